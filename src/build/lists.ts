// List inputs read the way docker/build-push-action (via @docker/actions-toolkit's Util.getList)
// reads them, so a workflow can move its `with:` block over unchanged, and docker/metadata-action's
// newline-separated `tags`/`labels` outputs plug straight in. Each line is a CSV record (csv-parse,
// the same parser, so quoting rules match): a quoted field may hold commas and even newlines.
import { parse } from 'csv-parse/sync';

export interface ListOptions {
  /** Keep commas inside an item (build args, labels, cache specs, secrets) instead of splitting on them. */
  ignoreComma?: boolean;
  /** Lines starting with this character are comments (off by default, as in build-push-action). */
  comment?: string;
}

export function parseList(input: string, options: ListOptions = {}): string[] {
  if (input === '') return [];
  const records = parse(input, {
    columns: false,
    relaxQuotes: true,
    relaxColumnCount: true,
    skipEmptyLines: true,
    comment: options.comment,
  }) as string[][];
  const items: string[] = [];
  for (const record of records) {
    // Same branches as Util.getList: a lone field is split on commas again, so a quoted single
    // item does not protect its commas, but a quoted field next to others does.
    if (options.ignoreComma) items.push(record.join(','));
    else if (record.length === 1) items.push(...record[0]!.split(','));
    else items.push(...record);
  }
  // Util.getList trims after dropping empty items, so a whitespace-only item survives as "";
  // an empty tag or build arg is never meant, so we drop it after trimming.
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/** How build-push-action splits each list input it shares with shipshape. */
export const LIST_INPUTS = {
  'build-args': { ignoreComma: true },
  labels: { ignoreComma: true },
  tags: {},
  platforms: {},
  'cache-from': { ignoreComma: true },
  'cache-to': { ignoreComma: true },
  secrets: { ignoreComma: true },
} as const satisfies Record<string, ListOptions>;

export type ListInput = keyof typeof LIST_INPUTS;

/** Throws `input <name>: …` when the text is not a valid list (an unclosed quote, say). */
export function parseListInput(name: ListInput, input: string, what = `input ${name}`): string[] {
  try {
    return parseList(input, LIST_INPUTS[name]);
  } catch (e) {
    // csv-parse's message quotes no input, but the error object carries the parsed text (maybe a
    // secret), so it is deliberately not attached as the cause.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(`${what}: ${(e as Error).message}`);
  }
}

/** A `secrets` item, either as buildx takes it or as build-push-action's `NAME=value`. */
export type SecretSpec =
  | { kind: 'buildx'; id: string; arg: string; env: string | null; src: string | null }
  | { kind: 'value'; id: string; value: string };

const BUILDX_SECRET_KEYS = new Set(['id', 'type', 'src', 'source', 'env', 'required']);

/**
 * `id=npmrc,src=/path` and `id=token,env=GH_TOKEN` go to buildx unchanged. Anything else of the form
 * `NAME=value` is a secret value (it may contain "=" and ","), which the build writes to a private
 * temp file, as build-push-action does. A value that happens to parse as buildx fields with an
 * `env`/`src` key is read as buildx's form.
 */
export function parseSecret(spec: string): SecretSpec {
  const fields = spec.split(',').map((f) => {
    const at = f.indexOf('=');
    return at < 0 ? null : ([f.slice(0, at).trim().toLowerCase(), f.slice(at + 1).trim()] as const);
  });
  const allKnown = fields.every((f) => f !== null && BUILDX_SECRET_KEYS.has(f[0]));
  if (allKnown) {
    const get = (...keys: string[]) => fields.find((f) => f && keys.includes(f[0]))?.[1] ?? null;
    const id = get('id');
    const env = get('env');
    const src = get('src', 'source');
    if (id && (env || src)) return { kind: 'buildx', id, arg: spec, env, src };
  }
  const at = spec.indexOf('=');
  const id = at > 0 ? spec.slice(0, at).trim() : '';
  if (!/^[A-Za-z0-9_.-]+$/.test(id)) {
    // Never echo the spec: it may be the secret itself.
    throw new Error('a secret must be `id=NAME,env=VAR`, `id=NAME,src=path` or `NAME=value`');
  }
  return { kind: 'value', id, value: spec.slice(at + 1) };
}
