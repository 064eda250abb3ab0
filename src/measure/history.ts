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
