// Anything that came from a Dockerfile, a log or an image goes through these before it enters
// Markdown, so it cannot break a table, inject HTML, close our hidden marker or @mention anyone.

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '|': '&#124;' };

// Terminal escape sequences (colours, cursor moves) as build logs and containers print them, then
// any other C0/C1 control character but tab and newline.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ANSI_SEQUENCE = /\u001b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text without terminal escape sequences or control characters (tab and newline kept). */
export function stripControl(text: string): string {
  return text.replace(ANSI_SEQUENCE, '').replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** For text inside HTML elements such as <code> or <summary>. */
export function escapeHtml(text: string): string {
  return stripControl(text)
    .replace(/[&<>"|]/g, (c) => HTML[c]!)
    .replace(/@/g, '@&#8203;');
}

/** For plain Markdown text, including table cells: one line, no formatting, no mentions. */
export function escapeMarkdown(text: string): string {
  // Markdown first, HTML second: the other way round would break the entities escapeHtml writes.
  const markdown = text
    .replace(/\r?\n/g, ' ')
    .replace(/([\\`*_[\]{}()#+!~])/g, '\\$1')
    .replace(/^(\s*)([-=])/, '$1\\$2');
  return escapeHtml(markdown);
}

/**
 * For messages (lint findings, reasons, notes) that mark commands and names as `code`: each
 * backtick span becomes safe inline code and the rest plain escaped text, so the comment shows
 * code where the message meant it instead of literal backticks. Whatever a Dockerfile put into
 * the message is escaped either way; a stray backtick only stays literal.
 */
export function escapeMessage(text: string): string {
  return text
    .split(/`([^`\n]+)`/)
    .map((part, i) => (i % 2 === 1 ? inlineCode(part, Infinity) : escapeMarkdown(part)))
    .join('');
}

/** Inline code that stays safe in table cells (a Markdown code span cannot escape `|` or backticks). */
export function inlineCode(text: string, max = 120): string {
  const one = stripControl(text).replace(/\s+/g, ' ').trim();
  const cut = one.length > max ? `${one.slice(0, max - 1)}…` : one;
  // Markdown stays live inside inline HTML: backticks would open code spans, `*`/`_` emphasis.
  const inert = cut
    .replace(/[&<>"|`*_~[\]\\!#]/g, (c) => HTML[c] ?? `&#${c.charCodeAt(0)};`)
    .replace(/@/g, '@&#8203;');
  return `<code>${inert}</code>`;
}

/** A fenced block for logs: the fence is longer than any backtick run inside. */
export function codeBlock(raw: string, lang = ''): string {
  const text = stripControl(raw);
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  // Literal inside a fence already; neutralised anyway, so a cut fence could never open a comment.
  const safe = text
    .replace(/@/g, '@\u200b')
    .replace(/<!--/g, '<\u200b!--')
    .replace(/--!?>/g, (m) => `--\u200b${m.slice(2)}`);
  return `${fence}${lang}\n${safe}\n${fence}`;
}
