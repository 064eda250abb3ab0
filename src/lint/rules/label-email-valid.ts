import { defineRule } from '../rule.js';

// RFC 5322 addr-spec as Haskell's email-validate (hadolint's check) reads it: a dot-atom or
// quoted-string local part, `@`, a dot-atom domain or a `[domain literal]`.
const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]";
const DOT_ATOM = `${ATEXT}+(?:\\.${ATEXT}+)*`;
const QUOTED = '"(?:[^"\\\\\\r\\n]|\\\\.)*"';
const LITERAL = '\\[[^\\[\\]\\\\\\s]*\\]';
const ADDR_SPEC = new RegExp(`^(${DOT_ATOM}|${QUOTED})@(${DOT_ATOM}|${LITERAL})$`);

/** An email address such as `team@example.com` (local part at most 64, domain at most 255 bytes). */
export function isEmailAddress(value: string): boolean {
  const m = ADDR_SPEC.exec(value);
  return m !== null && Buffer.byteLength(m[1]!) <= 64 && Buffer.byteLength(m[2]!) <= 255;
}

export default defineRule({
  meta: {
    id: 'label-email-valid',
    aliases: ['DL3058'],
    severity: 'warning',
    description: 'A label the schema types as `email` should hold an email address',
    // hadolint does not look at `ONBUILD LABEL`.
    onbuild: false,
  },
  create(ctx) {
    const checked = new Set(
      Object.entries(ctx.settings.labelSchema)
        .filter(([, kind]) => kind === 'email')
        .map(([label]) => label),
    );
    return {
      LABEL(ins) {
        const reported = new Set<string>();
        for (const { key, value } of ins.pairs) {
          if (!checked.has(key) || reported.has(key) || isEmailAddress(value ?? '')) continue;
          reported.add(key);
          ctx.report(
            ins,
            `Label \`${key}\` is not a valid email format - must conform to RFC5322: "${value ?? ''}"`,
          );
        }
      },
    };
  },
});
