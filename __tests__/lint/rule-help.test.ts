// The help code scanning shows comes from docs/: the embedded copy must be the docs as they are.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_DOCS } from '../../src/lint/rule-docs.generated.js';
import { docUrl, helpFromPage, renderRuleDocsModule, ruleHelp } from '../../src/lint/rule-help.js';

const ROOT = join(import.meta.dirname, '../..');
const GENERATED = join(ROOT, 'src/lint/rule-docs.generated.ts');

function docPages(): Record<string, string> {
  const pages: Record<string, string> = {};
  for (const dir of ['rules', 'checks']) {
    const abs = join(ROOT, 'docs', dir);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs).filter((f) => f.endsWith('.md') && f !== 'README.md'))
      pages[`${dir}/${f}`] = readFileSync(join(abs, f), 'utf8');
  }
  return pages;
}

describe('embedded rule docs', () => {
  it('are docs/rules/*.md and docs/checks/*.md as they are', () => {
    const expected = renderRuleDocsModule(docPages());
    if (process.env.UPDATE_RULE_DOCS === '1') writeFileSync(GENERATED, expected);
    const hint = 'run UPDATE_RULE_DOCS=1 npx vitest run --project unit __tests__/lint/rule-help.test.ts';
    expect(readFileSync(GENERATED, 'utf8') === expected, hint).toBe(true);
  });
});

describe('helpFromPage', () => {
  const page = [
    '# some-rule',
    '',
    'Do the thing with `--flag` · default severity: info · hadolint: DL3000',
    '',
    '## Why',
    '',
    'Practice 3: the first reason,',
    'on two lines.',
    '',
    'A second paragraph, see [other-rule](other-rule.md) and [engine](../lint-engine.md).',
    '',
    '## Bad',
    '',
    '```dockerfile',
    'RUN thing',
    '```',
    '',
    '## Ignore it',
    '',
    '`# shipshape ignore=some-rule` on the line before.',
  ].join('\n');
  const url = 'https://example.test/docs/rules/some-rule.md';
  const help = helpFromPage(page, url);

  it('takes the summary before the first ·, as plain text', () => {
    expect(help.summary).toBe('Do the thing with --flag');
  });

  it('takes the first paragraph of Why', () => {
    expect(help.why).toBe('Practice 3: the first reason, on two lines.');
  });

  it('keeps the page from Why on as Markdown, links made absolute, with a link to the page', () => {
    expect(help.markdown.startsWith('## Why\n')).toBe(true);
    expect(help.markdown).toContain('[other-rule](https://example.test/docs/rules/other-rule.md)');
    expect(help.markdown).toContain('[engine](https://example.test/docs/lint-engine.md)');
    expect(help.markdown).toContain('```dockerfile\nRUN thing\n```');
    expect(help.markdown.trimEnd().endsWith(`[Full documentation](${url})`)).toBe(true);
    expect(help.markdown).not.toContain('# some-rule');
  });

  it('gives a plain-text twin: headings as words, code indented, no fences', () => {
    expect(help.text).toContain('WHY\n');
    expect(help.text).toContain('    RUN thing');
    expect(help.text).not.toContain('```');
    expect(help.text).toContain('# shipshape ignore=some-rule on the line before.');
  });

  it('reads the real pages: every one has a summary, a why and an ignore section', () => {
    for (const path of Object.keys(RULE_DOCS)) {
      const h = ruleHelp(path)!;
      expect(h.summary, path).not.toBe('');
      expect(h.why, path).not.toBe('');
      expect(h.markdown, path).toMatch(/## Ignore it|## How to (ignore|turn it off)/);
      expect(h.markdown, path).toContain(docUrl(path));
    }
    expect(ruleHelp('rules/no-such-rule.md')).toBeNull();
  });
});
