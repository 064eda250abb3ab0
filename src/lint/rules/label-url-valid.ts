import { defineRule } from '../rule.js';

// RFC 3986 pieces, as Haskell's Network.URI.parseURI (hadolint's check) reads an absolute URI.
const UNRESERVED = String.raw`A-Za-z0-9\-._~`;
const SUB_DELIMS = "!$&'()*+,;=";
const PCT = '%[0-9A-Fa-f]{2}';
const PCHAR = `(?:[${UNRESERVED}${SUB_DELIMS}:@]|${PCT})`;
const SEGMENT = `${PCHAR}*`;
const QUERY = `(?:${PCHAR}|[/?])*`;
const USERINFO = `(?:(?:[${UNRESERVED}${SUB_DELIMS}:]|${PCT})*@)?`;
const HOST = `(?:\\[[${UNRESERVED}${SUB_DELIMS}:]+\\]|(?:[${UNRESERVED}${SUB_DELIMS}]|${PCT})*)`;
const AUTHORITY = `${USERINFO}${HOST}(?::[0-9]*)?`;
const HIER_PART = `(?://${AUTHORITY}(?:/${SEGMENT})*|/?(?:${SEGMENT}(?:/${SEGMENT})*)?)`;
const ABSOLUTE_URI = new RegExp(`^[A-Za-z][A-Za-z0-9+.\\-]*:${HIER_PART}(?:\\?${QUERY})?(?:#${QUERY})?$`);

/** An absolute URI (scheme, then hier-part, query, fragment), e.g. `https://github.com/o/r`. */
export function isAbsoluteUri(value: string): boolean {
  return ABSOLUTE_URI.test(value);
}

export default defineRule({
  meta: {
    id: 'label-url-valid',
    aliases: ['DL3052'],
    severity: 'warning',
    description: 'A label the schema types as `url` should hold an absolute URI',
    // hadolint does not look at `ONBUILD LABEL`.
    onbuild: false,
  },
  create(ctx) {
    const checked = new Set(
      Object.entries(ctx.settings.labelSchema)
        .filter(([, kind]) => kind === 'url')
        .map(([label]) => label),
    );
    return {
      LABEL(ins) {
        const reported = new Set<string>();
        for (const { key, value } of ins.pairs) {
          if (!checked.has(key) || reported.has(key) || isAbsoluteUri(value ?? '')) continue;
          reported.add(key);
          ctx.report(ins, `Label \`${key}\` is not a valid URL: "${value ?? ''}"`);
        }
      },
    };
  },
});
