// Ties image history back to Dockerfile lines. BuildKit records one history entry per instruction
// of the stages an image is made of (FROM excepted), in order, and the base image's own entries
// before them; so the stage chain of the target, aligned to the end of the history, names the
// instruction and line of every layer the build made, and everything before it is the base.
import type { DockerfileStep } from '../dockerfile/stages.js';
import type { HistoryEntry } from './types.js';

/** The Dockerfile keyword a history entry was made by (BuildKit and the classic builder). */
export function historyKeyword(createdBy: string | undefined): string | null {
  if (!createdBy) return null;
  const text = createdBy.trim();
  const nop = /^\/bin\/sh -c #\(nop\)\s+([A-Za-z]+)/.exec(text);
  if (nop) return nop[1]!.toUpperCase();
  if (/^\/bin\/sh -c /.test(text)) return 'RUN'; // the classic builder writes RUN without a keyword
  const word = /^([A-Za-z]+)\b/.exec(text);
  return word ? word[1]!.toUpperCase() : null;
}

export interface HistoryAlignment {
  /** For each history entry, the Dockerfile step that made it; null when not from this Dockerfile. */
  steps: (DockerfileStep | null)[];
  /** Number of leading history entries that belong to the base image; null when not established. */
  baseEntries: number | null;
}

/**
 * Aligns the steps to the end of the history, newest first, as long as the keywords agree. The
 * base is known only when every step found its entry (otherwise the history is not this file's).
 */
export function alignHistory(
  history: readonly HistoryEntry[],
  steps: readonly DockerfileStep[],
): HistoryAlignment {
  const aligned: (DockerfileStep | null)[] = history.map(() => null);
  let h = history.length - 1;
  let s = steps.length - 1;
  while (h >= 0 && s >= 0 && historyKeyword(history[h]!.created_by) === steps[s]!.keyword) {
    aligned[h] = steps[s]!;
    h--;
    s--;
  }
  return { steps: aligned, baseEntries: s < 0 ? h + 1 : null };
}

/**
 * The instruction text a history entry records, in the form a Dockerfile shows it, so base and
 * head layers can be matched by what made them rather than by position or line.
 */
export function normaliseCreatedBy(createdBy: string): string {
  let t = createdBy.trim().replace(/\s+# buildkit$/, '');
  // Classic builder: "/bin/sh -c #(nop)  COPY file:… in /app" and "/bin/sh -c apt-get …".
  const nop = /^\/bin\/sh -c #\(nop\)\s+(.*)$/s.exec(t);
  if (nop) t = nop[1]!;
  else if (t.startsWith('/bin/sh -c ')) t = `RUN ${t.slice('/bin/sh -c '.length)}`;
  // BuildKit prefixes RUN with the build args in scope: "RUN |2 A=1 B=2 /bin/sh -c …".
  t = t.replace(/^RUN \|\d+ (?:\S+=\S* )*/, 'RUN ');
  t = t.replace(/^RUN \/bin\/sh -c /, 'RUN ');
  return normaliseInstruction(t);
}

/** Whitespace, line continuations and keyword case do not change what an instruction does. */
export function normaliseInstruction(text: string): string {
  const one = text
    .replace(/\\\r?\n/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const m = /^(\S+)(.*)$/.exec(one);
  return m ? `${m[1]!.toUpperCase()}${m[2]}` : one;
}
