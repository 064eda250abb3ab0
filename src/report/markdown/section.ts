// What every section of the Markdown report shares with the assembly in ../markdown.ts: the
// options it is rendered with and the shape of a section. A leaf, so sections never import the
// assembly that imports them.

export interface RenderOptions {
  /** Base URL for links to Dockerfile lines, e.g. https://github.com/o/r/blob/<sha>/ */
  blobUrl?: string | null;
  /** The same for the baseline's version of the Dockerfile (links of fixed findings). */
  baseBlobUrl?: string | null;
  /** Where the full report can be read when the comment had to be cut (the run's page). */
  summaryUrl?: string | null;
  /** Longest text to return; sections that do not fit are shortened or left out. */
  maxLength?: number;
  /**
   * `comment`: the verdict and the evidence a reviewer needs; `summary` (the job summary and the
   * CLI) adds the runtime detail: every process's uids, pids, timings, hardening and notes.
   */
  audience?: 'comment' | 'summary';
}

/** A section given the room left (in characters); null when it has nothing to say. */
export type Section = (room: number) => string | null;
