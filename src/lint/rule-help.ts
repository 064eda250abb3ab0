// The help code scanning shows on an alert page, taken from the rule's own page in docs/ (why,
// bad and good examples, exceptions, how to ignore). The pages are embedded at build time in
// rule-docs.generated.ts, because the action's bundle and the npm package do not ship docs/;
// __tests__/lint/rule-help.test.ts fails when that file is not the docs as they are.
import { RULE_DOCS } from './rule-docs.generated.js';
import { RULE_DOCS_BASE_URL } from './rule.js';

/** Where docs/ lives on the web: relative links in a page are resolved against it. */
export const DOCS_BASE_URL = RULE_DOCS_BASE_URL.replace(/\/rules$/, '');

export function docUrl(docPath: string): string {
  return `${DOCS_BASE_URL}/${docPath}`;
}

export interface RuleHelp {
  /** The page's one-line summary (before the first ` · `). */
  summary: string;
  /** The first paragraph of "Why", as plain text. */
  why: string;
  markdown: string;
  text: string;
}

/** The help of a page in docs/ (`rules/<id>.md`, `checks/<name>.md`); null when there is none. */
export function ruleHelp(docPath: string): RuleHelp | null {
  const page = RULE_DOCS[docPath];
  return page === undefined ? null : helpFromPage(page, docUrl(docPath));
}

/** Splits a page into its summary, the why, and the help body (everything after the summary line). */
export function helpFromPage(page: string, url: string): RuleHelp {
  const lines = page.replace(/\r\n?/g, '\n').split('\n');
  let k = lines[0]?.startsWith('# ') ? 1 : 0;
  while (k < lines.length && lines[k]!.trim() === '') k++;
  const summaryLine = k < lines.length && !lines[k]!.startsWith('#') ? lines[k++]! : '';
  const summary = plain(summaryLine.split(' · ')[0]!.trim());
  const body = absoluteLinks(lines.slice(k).join('\n').trim(), url);
  const markdown = `${body}\n\n[Full documentation](${url})\n`;
  return { summary, why: plain(firstParagraph(body, '## Why')), markdown, text: markdownToText(markdown) };
}

function firstParagraph(markdown: string, heading: string): string {
  const at = markdown.split('\n').findIndex((l) => l.trim() === heading);
  if (at < 0) return '';
  const rest = markdown.split('\n').slice(at + 1);
  const start = rest.findIndex((l) => l.trim() !== '');
  if (start < 0) return '';
  const end = rest.findIndex((l, i) => i > start && (l.trim() === '' || l.startsWith('#')));
  return rest.slice(start, end < 0 ? undefined : end).join(' ');
}

/** `[a](foo.md)` in a page at `url` becomes `[a](<url of foo.md>)`: an alert page has no relative base. */
function absoluteLinks(markdown: string, url: string): string {
  return markdown.replace(/\]\(([^)\s]+)\)/g, (whole, target: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) return whole;
    return `](${new URL(target, url).href})`;
  });
}

/** Inline Markdown to plain words: links keep their text and URL, code keeps its text. */
function plain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, '$1 ($2)')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The help as plain text, for viewers that do not render Markdown: headings as lines, code indented. */
export function markdownToText(markdown: string): string {
  const out: string[] = [];
  let inCode = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) {
      inCode = !inCode;
      continue;
    }
    if (inCode) out.push(`    ${line}`);
    else if (/^#+ /.test(line)) out.push(line.replace(/^#+ /, '').toUpperCase());
    else out.push(plainKeepingSpacing(line));
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}

function plainKeepingSpacing(line: string): string {
  return line
    .replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, '$1 ($2)')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1');
}

/** The source of rule-docs.generated.ts for the given pages (path under docs/ → text). */
export function renderRuleDocsModule(pages: Record<string, string>): string {
  const entries = Object.keys(pages)
    .sort()
    .map((path) => `  ${JSON.stringify(path)}: ${JSON.stringify(pages[path])},`);
  return [
    '// Generated from docs/rules/*.md and docs/checks/*.md by',
    '// `UPDATE_RULE_DOCS=1 npx vitest run --project unit __tests__/lint/rule-help.test.ts`. Do not edit.',
    'export const RULE_DOCS: Readonly<Record<string, string>> = {',
    ...entries,
    '};',
    '',
  ].join('\n');
}
