import deprecatedIds from 'spdx-license-ids/deprecated.json' with { type: 'json' };
import licenseIds from 'spdx-license-ids/index.json' with { type: 'json' };
import { defineRule } from '../rule.js';

// hadolint parses a single SPDX license identifier (Cabal's LicenseId), not an expression, and
// the SPDX list still contains the deprecated ids (`GPL-2.0`), so both lists count.
const KNOWN = new Set<string>([...licenseIds, ...deprecatedIds]);

/** One SPDX license identifier, exactly as listed (`MIT`, `Apache-2.0`); no expressions. */
export function isSpdxLicenseId(value: string): boolean {
  return KNOWN.has(value);
}

export default defineRule({
  meta: {
    id: 'label-spdx-valid',
    aliases: ['DL3054'],
    severity: 'warning',
    description: 'A label the schema types as `spdx` should hold an SPDX license identifier',
    // hadolint does not look at `ONBUILD LABEL`.
    onbuild: false,
  },
  create(ctx) {
    const checked = new Set(
      Object.entries(ctx.settings.labelSchema)
        .filter(([, kind]) => kind === 'spdx')
        .map(([label]) => label),
    );
    return {
      LABEL(ins) {
        const reported = new Set<string>();
        for (const { key, value } of ins.pairs) {
          if (!checked.has(key) || reported.has(key) || isSpdxLicenseId(value ?? '')) continue;
          reported.add(key);
          ctx.report(ins, `Label \`${key}\` is not a valid SPDX license identifier: "${value ?? ''}"`);
        }
      },
    };
  },
});
