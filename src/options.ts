// Parsers for option values shared by the action's inputs and the CLI's flags (pure).

/**
 * An argv from user text: a JSON array (`["serve", "--port", "8080"]`) when it starts with `[`,
 * otherwise words split on whitespace. Never handed to a shell.
 */
export function parseArgv(text: string | undefined | null, what: string): string[] | null {
  const t = (text ?? '').trim();
  if (!t) return null;
  if (t.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(t);
    } catch {
      throw new Error(`${what}: starts with "[" but is not a JSON array of strings`);
    }
    if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === 'string') || parsed.length === 0) {
      throw new Error(`${what}: must be a non-empty JSON array of strings`);
    }
    return parsed;
  }
  return t.split(/\s+/);
}

/** A duration in seconds: "10", "10s", "1.5s", "500ms". Returns milliseconds. */
export function parseDuration(text: string | undefined | null, what: string): number | null {
  const t = (text ?? '').trim();
  if (!t) return null;
  const m = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(t);
  if (!m) throw new Error(`${what}: "${t}" is not a duration such as 10s or 500ms`);
  return Math.round(Number(m[1]) * (m[2] === 'ms' ? 1 : 1000));
}

/** A TCP port number. */
export function parsePort(text: string | undefined | null, what: string): number | null {
  const t = (text ?? '').trim();
  if (!t) return null;
  const n = Number(t);
  if (!/^\d+$/.test(t) || n < 1 || n > 65535)
    throw new Error(`${what}: "${t}" is not a port number (1-65535)`);
  return n;
}

/** An HTTP path for the smoke probe. */
export function parseHttpPath(text: string | undefined | null, what: string): string | null {
  const t = (text ?? '').trim();
  if (!t) return null;
  if (!t.startsWith('/')) throw new Error(`${what}: "${t}" must start with "/"`);
  return t;
}
