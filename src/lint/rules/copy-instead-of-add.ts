import type { Instruction } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';

/** Extensions `ADD` unpacks (hadolint's archiveFileFormatExtensions). */
export const ARCHIVE_EXTENSIONS = [
  '.tar',
  '.Z',
  '.bz2',
  '.gz',
  '.lz',
  '.lzma',
  '.tZ',
  '.tb2',
  '.tbz',
  '.tbz2',
  '.tgz',
  '.tlz',
  '.tpz',
  '.txz',
  '.xz',
];

/** Strips the quotes around a word as hadolint does (`"file.tgz"` → `file.tgz`). */
export function dropQuotes(word: string): string {
  return word.replace(/^["']+|["']+$/g, '');
}

/**
 * Words of a shell-form COPY/ADD: split on whitespace outside quotes, quotes kept as part of the
 * word (hadolint strips them later), so `"my file" /dst/` is one source, not two.
 */
export function splitCopyWords(args: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: string | null = null;
  for (const c of args) {
    if (quote) {
      word += c;
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
      word += c;
    } else if (/\s/.test(c)) {
      if (word) words.push(word);
      word = '';
    } else word += c;
  }
  if (word) words.push(word);
  return words;
}

/** Sources and destination of a COPY/ADD as written: the JSON array, or the shell-form words. */
export function copySourcesAndTarget(ins: Instruction): { sources: string[]; target: string | null } {
  const words = ins.json ?? splitCopyWords(ins.args);
  if (words.length === 0) return { sources: [], target: null };
  return { sources: words.slice(0, -1), target: words[words.length - 1]! };
}

function addIsNeeded(source: string): boolean {
  const s = dropQuotes(source);
  return (
    ARCHIVE_EXTENSIONS.some((ext) => s.endsWith(ext)) ||
    s.startsWith('http://') ||
    s.startsWith('https://') ||
    // A heredoc source is inline text, not a file of the context.
    s.startsWith('<<')
  );
}

export default defineRule({
  meta: {
    id: 'copy-instead-of-add',
    aliases: ['DL3020'],
    severity: 'error',
    description: 'Use COPY instead of ADD for files and folders; keep ADD for archives to unpack and URLs',
    // hadolint does not look inside `ONBUILD ADD`.
    onbuild: false,
  },
  create(ctx) {
    return {
      ADD(ins) {
        const plain = copySourcesAndTarget(ins).sources.filter((s) => !addIsNeeded(s));
        if (plain.length > 0) {
          ctx.report(ins, `Use COPY instead of ADD for files and folders (${plain.join(', ')})`);
        }
      },
    };
  },
});
