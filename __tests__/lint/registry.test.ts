// Every rule file is registered, documented and tested, and the docs index lists them all.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  HADOLINT_CODES,
  coverageIn,
  coverageTable,
  renderReadme,
  rulesTable,
  tableIn,
} from '../../src/lint/docs-table.js';
import { RULES } from '../../src/lint/registry.js';

const ROOT = join(import.meta.dirname, '../..');
const ruleFiles = readdirSync(join(ROOT, 'src/lint/rules'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3))
  .sort();

describe('rule registry', () => {
  it('registers every file in src/lint/rules, under its file name as id', () => {
    expect(RULES.map((r) => r.meta.id).sort()).toEqual(ruleFiles);
  });

  it('lists rules/index.ts exports sorted by file name', () => {
    const lines = readFileSync(join(ROOT, 'src/lint/rules/index.ts'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('export'));
    const files = lines.map((l) => /from '\.\/(.+)\.js'/.exec(l)?.[1]);
    expect(files).toEqual([...files].sort());
  });

  for (const id of ruleFiles) {
    it(`${id}: has docs/rules/${id}.md with why, bad, good and how to ignore`, () => {
      const path = join(ROOT, 'docs/rules', `${id}.md`);
      expect(existsSync(path), path).toBe(true);
      const doc = readFileSync(path, 'utf8');
      expect(doc.startsWith(`# ${id}\n`)).toBe(true);
      for (const heading of ['## Why', '## Bad', '## Good', '## Ignore it'])
        expect(doc, heading).toContain(heading);
      expect(doc).toContain(`shipshape ignore=${id}`);
    });
    it(`${id}: has a table test`, () => {
      expect(existsSync(join(ROOT, '__tests__/lint/rules', `${id}.test.ts`))).toBe(true);
    });
  }

  it('has the rule table and the hadolint coverage table in docs/rules/README.md matching the registry', () => {
    const path = join(ROOT, 'docs/rules/README.md');
    // `UPDATE_RULES_TABLE=1 npx vitest run __tests__/lint/registry.test.ts` rewrites both tables.
    if (process.env.UPDATE_RULES_TABLE === '1')
      writeFileSync(path, renderReadme(readFileSync(path, 'utf8'), RULES));
    const readme = readFileSync(path, 'utf8');
    const hint = 'run UPDATE_RULES_TABLE=1 npx vitest run --project unit __tests__/lint/registry.test.ts';
    expect(tableIn(readme), hint).toBe(rulesTable(RULES));
    expect(coverageIn(readme), hint).toBe(coverageTable(RULES));
  });

  it('covers every hadolint rule that hadolint still runs in DL3000-DL3065 and DL4000-DL4006', () => {
    const covered = new Set(RULES.flatMap((r) => r.meta.aliases));
    expect(HADOLINT_CODES.filter((c) => !covered.has(c))).toEqual([]);
  });

  it('has ids in kebab-case and aliases that are hadolint codes, claimed once', () => {
    const seen = new Set<string>();
    for (const r of RULES) {
      expect(r.meta.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      for (const a of r.meta.aliases) {
        expect(a).toMatch(/^DL\d{4}$/);
        expect(seen.has(a), `${a} claimed twice`).toBe(false);
        seen.add(a);
      }
    }
  });
});
