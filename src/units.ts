// Byte units, parsed strictly and printed the way Docker prints them (SI: 1 MB = 10^6 B).

const UNITS: Record<string, number> = {
  B: 1,
  kB: 1e3,
  MB: 1e6,
  GB: 1e9,
  KiB: 1024,
  MiB: 1024 ** 2,
  GiB: 1024 ** 3,
};

/**
 * Parses "200MB", "1.5 GiB", "512B". Units are case-sensitive as Docker and the SI write them
 * ("mb" or "Mb" could mean megabits); a bare number is refused because its unit would be a guess.
 * "KB" is refused too: people write it for both 1000 and 1024 bytes, so the error asks which.
 */
export function parseBytes(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]+)\s*$/.exec(text);
  if (!m)
    throw new Error(
      `"${text}" is not a size: write a number and a unit (${Object.keys(UNITS).join(', ')}), e.g. 200MB`,
    );
  const factor = UNITS[m[2]!];
  if (m[2] === 'KB')
    throw new Error(`"${text}": unit "KB" is ambiguous; write kB (1000 bytes) or KiB (1024 bytes)`);
  if (factor === undefined)
    throw new Error(`"${text}": unknown unit "${m[2]}"; use one of ${Object.keys(UNITS).join(', ')}`);
  return Math.round(Number(m[1]) * factor);
}

/** Like `docker image ls`: SI units, three significant digits, e.g. "184 MB", "1.03 GB", "812 kB". */
export function formatBytes(bytes: number): string {
  const sign = bytes < 0 ? '-' : '';
  let n = Math.abs(bytes);
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (n >= 1000 && i < units.length - 1) {
    n /= 1000;
    i++;
  }
  const digits = i === 0 ? 0 : n < 10 ? 2 : n < 100 ? 1 : 0;
  let text = n.toFixed(digits);
  // 999.6 kB rounds to "1000 kB": carry into the next unit as Docker does.
  if (Number(text) >= 1000 && i < units.length - 1) {
    n /= 1000;
    i++;
    text = n.toFixed(2);
  }
  return `${sign}${text.replace(/\.0+$|(\.\d*?)0+$/, '$1')} ${units[i]}`;
}

/**
 * formatBytes, with the exact byte count added when the rounded text would read the same as
 * `other`'s: "400 MB is over the budget of 400 MB" tells a reader nothing.
 */
export function formatBytesBeside(bytes: number, other: number): string {
  const text = formatBytes(bytes);
  if (bytes === other || text !== formatBytes(other)) return text;
  return `${text} (${bytes.toLocaleString('en-US')} B)`;
}
