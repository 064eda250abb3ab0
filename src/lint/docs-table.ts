// The rule table of docs/rules/README.md, generated from the registry so the docs cannot drift:
// the registry test compares the README with this and prints the expected table on a mismatch.
import type { Rule } from './rule.js';

export const TABLE_START =
  '<!-- rules-table:start (checked against the registry by __tests__/lint/registry.test.ts) -->';
export const TABLE_END = '<!-- rules-table:end -->';

export function rulesTable(rules: readonly Rule[]): string {
  const rows = [...rules]
    .sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))
    .map(
      (r) =>
        `| [${r.meta.id}](${r.meta.id}.md) | ${r.meta.aliases.join(', ') || '—'} | ${r.meta.severity} | ${r.meta.defaultOn ? 'on' : 'off'} | ${r.meta.description.replace(/\|/g, '\\|')} |`,
    );
  return ['| rule | hadolint | severity | default | description |', '|---|---|---|---|---|', ...rows].join(
    '\n',
  );
}

/** The text between the table markers of a README. */
export function tableIn(readme: string): string | null {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) return null;
  return readme.slice(start + TABLE_START.length, end).trim();
}
