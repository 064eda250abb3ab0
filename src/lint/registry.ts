// The rules shipshape runs, discovered from rules/index.ts (one export line per rule), so adding a
// rule never touches this file.
import type { Rule } from './rule.js';
import * as all from './rules/index.js';

export const RULES: readonly Rule[] = Object.values(all as Record<string, Rule>).sort((a, b) =>
  a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0,
);

const byCode = new Map<string, Rule>();
for (const rule of RULES) {
  for (const code of [rule.meta.id, ...rule.meta.aliases]) {
    if (byCode.has(code))
      throw new Error(
        `rule code ${code} is claimed by both ${byCode.get(code)!.meta.id} and ${rule.meta.id}`,
      );
    byCode.set(code, rule);
  }
}

/** A rule by id or hadolint alias. */
export function findRule(code: string): Rule | undefined {
  return byCode.get(code);
}
