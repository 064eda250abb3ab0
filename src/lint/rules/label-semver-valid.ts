import { defineRule } from '../rule.js';

const IDENTIFIERS = '[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*';
// Written here rather than taken from the `semver` package: that one accepts `v1.2.3` and `=1.2.3`,
// which hadolint's parser (Haskell's semver) rejects. Like that parser, leading zeros pass.
const SEMVER = new RegExp(`^\\d+\\.\\d+\\.\\d+(?:-${IDENTIFIERS})?(?:\\+${IDENTIFIERS})?$`);

/** `MAJOR.MINOR.PATCH` with optional `-prerelease` and `+build` (Semantic Versioning 2.0.0). */
export function isSemVer(value: string): boolean {
  return SEMVER.test(value);
}

export default defineRule({
  meta: {
    id: 'label-semver-valid',
    aliases: ['DL3056'],
    severity: 'warning',
    description: 'A label the schema types as `semver` should hold a semantic version',
    // hadolint does not look at `ONBUILD LABEL`.
    onbuild: false,
  },
  create(ctx) {
    const checked = new Set(
      Object.entries(ctx.settings.labelSchema)
        .filter(([, kind]) => kind === 'semver')
        .map(([label]) => label),
    );
    return {
      LABEL(ins) {
        const reported = new Set<string>();
        for (const { key, value } of ins.pairs) {
          if (!checked.has(key) || reported.has(key) || isSemVer(value ?? '')) continue;
          reported.add(key);
          ctx.report(ins, `Label \`${key}\` does not conform to semantic versioning: "${value ?? ''}"`);
        }
      },
    };
  },
});
