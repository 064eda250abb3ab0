// The small Markdown formatters and layout helpers every section uses: sizes that never wrap,
// changes with their sign and mark, tables cut to the room left, folded <details>.
import { signed as signedWith } from '../facts.js';
import { formatBytes } from '../../units.js';
import type { Status } from '../../types.js';

export const STATUS_ICON: Record<Status, string> = { pass: '✅', warn: '⚠️', fail: '❌' };
const MINUS = '−';
/** A no-break space: a size or percentage never wraps into "196 / MB" in a narrow column. */
export const NBSP = '\u00a0';
/** Marks beside a change in the facts table: worse for the image, better for it. */
export const WORSE = '🔴';
export const BETTER = '🟢';

/** formatBytes that never wraps. */
export function size(n: number): string {
  return formatBytes(n).replace(' ', NBSP);
}

export function bytes(n: number | null | undefined): string {
  return n == null ? 'not measured' : size(n);
}

/** A change with the typographic minus sign. */
export function signed(n: number, format: (n: number) => string): string {
  return signedWith(n, format, MINUS);
}

function signedPercent(p: number): string {
  return `${p > 0 ? '+' : p < 0 ? MINUS : '±'}${Math.abs(p)}${NBSP}%`;
}

export type Change = { change: number; percent: number | null };

/** "+9 MB (+13.5 %)", "±0". */
export function changeText(d: Change, format: (n: number) => string, withPercent = true): string {
  if (d.change === 0) return '±0';
  // A change that rounds to 0.0 % is left without a percentage rather than called "±0 %".
  const percent = withPercent && d.percent != null && d.percent !== 0 ? ` (${signedPercent(d.percent)})` : '';
  return `${signed(d.change, format)}${percent}`;
}

/** A change with its mark: growth of a figure where smaller is better is worse, and the reverse. */
export function markedChange(
  d: Change | null | undefined,
  format: (n: number) => string,
  withPercent = true,
): string {
  if (!d) return '';
  const mark = d.change > 0 ? `${WORSE} ` : d.change < 0 ? `${BETTER} ` : '';
  return `${mark}${changeText(d, format, withPercent)}`;
}

/** A table cut to `room` characters, with a closing row that says what was left out. */
export function tableWithin(
  header: string[],
  rows: string[],
  room: number,
  more: (n: number) => string,
): string {
  const out = [...header];
  let length = out.join('\n').length;
  let i = 0;
  const reserve = 200;
  for (; i < rows.length; i++) {
    if (length + rows[i]!.length + 1 > room - reserve) break;
    out.push(rows[i]!);
    length += rows[i]!.length + 1;
  }
  if (i < rows.length) out.push(`\n${more(rows.length - i)}`);
  return out.join('\n');
}

export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
