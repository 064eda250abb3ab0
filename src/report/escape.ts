// Anything that came from a Dockerfile, a log or an image goes through these before it enters
// Markdown, so it cannot break a table, inject HTML, close our hidden marker or @mention anyone.

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '|': '&#124;' };

/** For text inside HTML elements such as <code> or <summary>. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"|]/g, (c) => HTML[c]!).replace(/@/g, '@&#8203;');
}

/** For plain Markdown text, including table cells: one line, no formatting, no mentions. */
export function escapeMarkdown(text: string): string {
  return escapeHtml(text.replace(/\r?\n/g, ' '))
    .replace(/([\\`*_[\]{}()#+!~])/g, '\\$1')
    .replace(/^(\s*)([-=>])/, '$1\\$2');
}

/** Inline code that stays safe in table cells (a Markdown code span cannot escape `|` or backticks). */
export function inlineCode(text: string, max = 120): string {
  const one = text.replace(/\s+/g, ' ').trim();
  const cut = one.length > max ? `${one.slice(0, max - 1)}…` : one;
  return `<code>${escapeHtml(cut)}</code>`;
}

/** A fenced block for logs: the fence is longer than any backtick run inside. */
export function codeBlock(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text.replace(/@/g, '@\u200b')}\n${fence}`;
}
