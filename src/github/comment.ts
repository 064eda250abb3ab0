// The sticky PR comment: one per key, found again by a hidden marker and its author, updated in
// place, left alone when nothing changed, and never duplicated by re-runs or two jobs racing.
import type { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface CommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  /** null when skipped (nothing to update and not asked to create). */
  id: number | null;
  url: string | null;
}

export interface UpsertOptions {
  /** Create the comment when there is none yet (false: only keep an existing one current). */
  create?: boolean;
}

/** The key goes inside an HTML comment, so it must not be able to close it. */
export function commentMarker(key: string): string {
  const safe = key.replace(/--+/g, '-').replace(/[<>]/g, '').replace(/\s+/g, ' ').trim();
  return `<!-- shipshape:${safe} -->`;
}

export function withMarker(key: string, body: string): string {
  return `${commentMarker(key)}\n${body}`;
}

interface ListedComment {
  id: number;
  body?: string | null;
  html_url: string;
  user?: { login: string } | null;
}

/** GraphQL names an app `github-actions` where REST says `github-actions[bot]`. */
function sameAuthor(a: string, b: string): boolean {
  const plain = (login: string) => login.replace(/\[bot\]$/, '').toLowerCase();
  return plain(a) === plain(b);
}

/**
 * Who the token is, so only our own comments are ever edited or deleted. GraphQL's `viewer`
 * answers for every kind of token (REST's `GET /user` refuses the Actions token); null when it
 * cannot be asked, and then the marker alone decides, as before.
 */
export async function tokenLogin(octokit: Octokit): Promise<string | null> {
  try {
    const data = await octokit.graphql<{ viewer?: { login?: string } }>('query { viewer { login } }');
    return data.viewer?.login || null;
  } catch {
    return null;
  }
}

async function findMarked(
  octokit: Octokit,
  target: CommentTarget,
  marker: string,
  author: string | null,
): Promise<ListedComment[]> {
  const all: ListedComment[] = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  // Our comments start with the marker (a human quoting one does not) and are written by us (a
  // human pasting one is not ours to edit or delete).
  return all
    .filter((c) => (c.body ?? '').startsWith(marker))
    .filter((c) => author === null || (c.user != null && sameAuthor(c.user.login, author)))
    .sort((a, b) => a.id - b.id);
}

export async function upsertStickyComment(
  octokit: Octokit,
  target: CommentTarget,
  key: string,
  body: string,
  options: UpsertOptions = {},
): Promise<CommentResult> {
  const marker = commentMarker(key);
  const full = withMarker(key, body);
  const author = await tokenLogin(octokit);
  const existing = await findMarked(octokit, target, marker, author);
  const keep = existing[0];
  if (keep) {
    await removeDuplicates(octokit, target, existing.slice(1));
    if (keep.body === full) return { action: 'unchanged', id: keep.id, url: keep.html_url };
    const { data } = await octokit.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: keep.id,
      body: full,
    });
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  if (options.create === false) return { action: 'skipped', id: null, url: null };
  const { data: created } = await octokit.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body: full,
  });
  // Two jobs with the same key may both have found nothing: the oldest comment wins and the
  // newer ones are removed, so the PR ends with exactly one.
  const after = await findMarked(octokit, target, marker, author ?? created.user?.login ?? null);
  const winner = after[0];
  if (winner && winner.id !== created.id) {
    await removeDuplicates(
      octokit,
      target,
      after.filter((c) => c.id !== winner.id),
    );
    const { data } = await octokit.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: winner.id,
      body: full,
    });
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  return { action: 'created', id: created.id, url: created.html_url };
}

async function removeDuplicates(
  octokit: Octokit,
  target: CommentTarget,
  extra: ListedComment[],
): Promise<void> {
  for (const c of extra) {
    await octokit.rest.issues
      .deleteComment({ owner: target.owner, repo: target.repo, comment_id: c.id })
      .catch((e: { status?: number }) => {
        if (e.status !== 404) throw e;
      });
  }
}
