// When to comment, and what a comment that cannot be posted turns into. Pure decisions here;
// the API calls are in comment.ts and the entry layer does the logging and outputs.
import type { Deltas } from '../comparison.js';
import type { Report } from '../report/types.js';
import { upsertStickyComment, type CommentResult, type CommentTarget, type Octokit } from './comment.js';

export type CommentMode = 'on-change' | 'always' | 'never' | 'failure';
export const COMMENT_MODES: readonly CommentMode[] = ['on-change', 'always', 'never', 'failure'];

/** `comment`: one of the modes; `true`/`false` still work as `always`/`never`. */
export function parseCommentMode(text: string | undefined | null, what = 'input comment'): CommentMode {
  const t = (text ?? '').trim().toLowerCase();
  if (t === '' || t === 'true') return t === '' ? 'on-change' : 'always';
  if (t === 'false') return 'never';
  if ((COMMENT_MODES as readonly string[]).includes(t)) return t as CommentMode;
  throw new Error(`${what}: "${text}" is not one of ${COMMENT_MODES.join(', ')} (or true/false)`);
}

/** Anything a reviewer would want to hear about compared with the baseline. */
export function hasChanges(deltas: Deltas | null): boolean {
  if (!deltas) return true;
  const moved = [deltas.size, deltas.compressedSize, deltas.layers, deltas.reclaimable].some(
    (d) => d && d.change !== 0,
  );
  const lint = !!deltas.lint && (deltas.lint.new.length > 0 || deltas.lint.fixed.length > 0);
  const runtime =
    !!deltas.runtime && deltas.runtime.change !== 'unchanged' && deltas.runtime.change !== 'unproven';
  return moved || lint || runtime || deltas.refused !== null;
}

/**
 * - `always`: create or update.
 * - `on-change`: create when there is news (no baseline yet, a warning or failure, or any delta);
 *   an existing comment is always kept current so it never shows a stale state.
 * - `failure`: create only when the check fails; an existing one is kept current.
 * - `never`: no comment at all.
 */
export function commentDecision(
  mode: CommentMode,
  report: Pick<Report, 'status' | 'deltas' | 'baseline'>,
): 'upsert' | 'update-only' | 'skip' {
  switch (mode) {
    case 'never':
      return 'skip';
    case 'always':
      return 'upsert';
    case 'failure':
      return report.status === 'fail' ? 'upsert' : 'update-only';
    case 'on-change':
      return !report.baseline || report.status !== 'pass' || hasChanges(report.deltas)
        ? 'upsert'
        : 'update-only';
  }
}

export type PublishResult = CommentResult | { action: 'forbidden'; status: number; id: null; url: null };

/** Upserts as decided; a token that may not write (fork PRs) gives `forbidden`, not an error. */
export async function publishComment(
  octokit: Octokit,
  target: CommentTarget,
  key: string,
  body: string,
  decision: 'upsert' | 'update-only',
): Promise<PublishResult> {
  try {
    return await upsertStickyComment(octokit, target, key, body, { create: decision === 'upsert' });
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 403 || status === 404) return { action: 'forbidden', status, id: null, url: null };
    throw e;
  }
}
