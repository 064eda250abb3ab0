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

export const COVERAGE_START = '<!-- hadolint-coverage:start (generated from the registry) -->';
export const COVERAGE_END = '<!-- hadolint-coverage:end -->';

/**
 * hadolint's DL rules in DL3000-DL3065 and DL4000-DL4006 that it still runs (its Process.hs):
 * DL3005, DL3017, DL3031, DL3039 and DL3064 were removed from hadolint, DL4002 never existed.
 */
export const REMOVED_HADOLINT_CODES: readonly string[] = ['DL3005', 'DL3017', 'DL3031', 'DL3039', 'DL3064'];
export const HADOLINT_CODES: readonly string[] = [
  ...Array.from({ length: 66 }, (_, i) => `DL${3000 + i}`).filter((c) => !REMOVED_HADOLINT_CODES.includes(c)),
  ...[4000, 4001, 4003, 4004, 4005, 4006].map((n) => `DL${n}`),
];

/** hadolint code → the shipshape rule covering it, or "not covered yet". */
export function coverageTable(rules: readonly Rule[]): string {
  const byAlias = new Map<string, Rule>();
  for (const r of rules) for (const a of r.meta.aliases) byAlias.set(a, r);
  const rows = HADOLINT_CODES.map((code) => {
    const r = byAlias.get(code);
    return r ? `| ${code} | [${r.meta.id}](${r.meta.id}.md) |` : `| ${code} | not covered yet |`;
  });
  return ['| hadolint | shipshape rule |', '|---|---|', ...rows].join('\n');
}

function between(text: string, start: string, end: string): string | null {
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) return null;
  return text.slice(a + start.length, b).trim();
}

/** The coverage table of a README. */
export function coverageIn(readme: string): string | null {
  return between(readme, COVERAGE_START, COVERAGE_END);
}

/** The README with both generated tables replaced (for `UPDATE_RULES_TABLE=1` in the registry test). */
export function renderReadme(readme: string, rules: readonly Rule[]): string {
  const replace = (text: string, start: string, end: string, body: string): string => {
    const a = text.indexOf(start);
    const b = text.indexOf(end);
    if (a < 0 || b < a) return `${text.trimEnd()}\n\n${start}\n${body}\n${end}\n`;
    return `${text.slice(0, a + start.length)}\n${body}\n${text.slice(b)}`;
  };
  return replace(
    replace(readme, TABLE_START, TABLE_END, rulesTable(rules)),
    COVERAGE_START,
    COVERAGE_END,
    coverageTable(rules),
  );
}
