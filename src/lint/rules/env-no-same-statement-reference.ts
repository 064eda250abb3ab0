import { defineRule } from '../rule.js';

/**
 * `$name` or `${name}` appears in `text` as a whole variable name (`$BLAFOO` is not `$BLA`); the
 * reading hadolint uses.
 */
export function referencesVariable(text: string, name: string): boolean {
  if (text.includes(`\${${name}}`)) return true;
  const bare = `$${name}`;
  const pieces = text.split(bare);
  return pieces.length > 1 && pieces.slice(1).some((after) => !/^[0-9A-Za-z_]/.test(after));
}

export default defineRule({
  meta: {
    id: 'env-no-same-statement-reference',
    aliases: ['DL3044'],
    severity: 'error',
    description:
      'Do not refer to a variable in the same `ENV` statement that defines it (it still has its old value there)',
    // hadolint looks at the stage's own ENV lines, not at ENV triggers for child images.
    onbuild: false,
  },
  create(ctx) {
    // Names defined by any earlier ENV or ARG, in any stage, as hadolint keeps them: a reference to
    // one of those is deliberate (it reads the earlier value).
    const defined = new Set<string>();
    return {
      ARG(ins) {
        for (const p of ins.pairs) defined.add(p.key);
      },
      ENV(ins) {
        const pairs = ins.pairs;
        const offending = pairs.filter(
          (p, k) =>
            !defined.has(p.key) &&
            pairs.some((other, j) => j !== k && referencesVariable(other.value ?? '', p.key)),
        );
        for (const p of pairs) defined.add(p.key);
        if (offending.length > 0)
          ctx.report(
            ins,
            `Do not refer to an environment variable within the same \`ENV\` statement where it is defined (${offending.map((p) => p.key).join(', ')}).`,
          );
      },
    };
  },
});
