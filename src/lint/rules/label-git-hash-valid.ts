import { defineRule } from '../rule.js';

/** A full (40) or short (7) lower-case hexadecimal git commit hash, as hadolint accepts. */
export function isGitHash(value: string): boolean {
  return /^(?:[0-9a-f]{7}|[0-9a-f]{40})$/.test(value);
}

export default defineRule({
  meta: {
    id: 'label-git-hash-valid',
    aliases: ['DL3055'],
    severity: 'warning',
    description: 'A label the schema types as `hash` should hold a 7- or 40-character git commit hash',
    // hadolint does not look at `ONBUILD LABEL`.
    onbuild: false,
  },
  create(ctx) {
    const checked = new Set(
      Object.entries(ctx.settings.labelSchema)
        .filter(([, kind]) => kind === 'hash')
        .map(([label]) => label),
    );
    return {
      LABEL(ins) {
        const reported = new Set<string>();
        for (const { key, value } of ins.pairs) {
          if (!checked.has(key) || reported.has(key) || isGitHash(value ?? '')) continue;
          reported.add(key);
          ctx.report(ins, `Label \`${key}\` is not a valid git hash: "${value ?? ''}"`);
        }
      },
    };
  },
});
