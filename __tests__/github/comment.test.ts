// The sticky comment against a local HTTP server speaking GitHub's REST shapes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commentMarker, upsertStickyComment } from '../../src/github/comment.js';
import { createOctokit } from '../../src/github/client.js';
import { nullLogger } from '../../src/log.js';
import { botUser, FakeGitHub } from '../support/fake-github.js';

const TOKEN = 'ghs_unitTokenValue';
const target = { owner: 'o', repo: 'r', issueNumber: 5 };

// The throttling plugin spaces writes about a second apart, as GitHub asks of integrations.
describe('upsertStickyComment', { timeout: 30_000 }, () => {
  const github = new FakeGitHub({ token: TOKEN, defaultPerPage: 30 });
  let octokit: ReturnType<typeof createOctokit>;

  beforeAll(async () => {
    await github.start();
    process.env.GITHUB_API_URL = github.url;
    octokit = createOctokit(TOKEN, nullLogger);
  });
  afterAll(() => github.stop());
  beforeEach(() => {
    github.comments.clear();
    github.requests.length = 0;
    github.readOnly = false;
  });

  it('creates once, then updates in place, then leaves an unchanged body alone', async () => {
    const first = await upsertStickyComment(octokit, target, 'Dockerfile', 'one');
    expect(first.action).toBe('created');
    const second = await upsertStickyComment(octokit, target, 'Dockerfile', 'two');
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    const third = await upsertStickyComment(octokit, target, 'Dockerfile', 'two');
    expect(third).toMatchObject({ action: 'unchanged', id: first.id });
    expect(github.list('o', 'r', 5).map((c) => c.body)).toEqual([`${commentMarker('Dockerfile')}\ntwo`]);
  });

  it('keeps one comment per key', async () => {
    await upsertStickyComment(octokit, target, 'a/Dockerfile', 'a');
    await upsertStickyComment(octokit, target, 'b/Dockerfile', 'b');
    expect(github.list('o', 'r', 5)).toHaveLength(2);
  });

  it('finds its comment on a later page', async () => {
    for (let i = 0; i < 250; i++) github.addComment('o', 'r', 5, `chatter ${i}`);
    const mine = github.addComment('o', 'r', 5, `${commentMarker('Dockerfile')}\nold`);
    const r = await upsertStickyComment(octokit, target, 'Dockerfile', 'new');
    expect(r).toMatchObject({ action: 'updated', id: mine.id });
    expect(github.requests.filter((q) => q.method === 'GET').length).toBe(3);
  });

  it('ignores a human quoting the marker', async () => {
    github.addComment('o', 'r', 5, `> ${commentMarker('Dockerfile')}\n> quoted`);
    expect((await upsertStickyComment(octokit, target, 'Dockerfile', 'x')).action).toBe('created');
  });

  it("never edits or deletes someone else's comment that carries the marker", async () => {
    const pasted = github.addComment(
      'o',
      'r',
      5,
      `${commentMarker('Dockerfile')}\npasted by a human`,
      botUser('octocat', 583231),
    );
    const mine = github.addComment('o', 'r', 5, `${commentMarker('Dockerfile')}\nold`);
    const r = await upsertStickyComment(octokit, target, 'Dockerfile', 'new');
    expect(r).toMatchObject({ action: 'updated', id: mine.id });
    expect(github.list('o', 'r', 5).map((c) => [c.id, c.body])).toEqual([
      [pasted.id, `${commentMarker('Dockerfile')}\npasted by a human`],
      [mine.id, `${commentMarker('Dockerfile')}\nnew`],
    ]);
    expect(github.requests.some((q) => q.method === 'DELETE')).toBe(false);
  });

  it('matches by the marker alone when the token cannot say who it is', async () => {
    github.viewerLogin = null;
    try {
      const mine = github.addComment('o', 'r', 5, `${commentMarker('k')}\nold`, botUser('some-app[bot]', 1));
      expect(await upsertStickyComment(octokit, target, 'k', 'new')).toMatchObject({
        action: 'updated',
        id: mine.id,
      });
    } finally {
      github.viewerLogin = 'github-actions';
    }
  });

  it('heals duplicates left by two racing jobs, keeping the oldest', async () => {
    const older = github.addComment('o', 'r', 5, `${commentMarker('k')}\nA`);
    github.addComment('o', 'r', 5, `${commentMarker('k')}\nB`);
    const r = await upsertStickyComment(octokit, target, 'k', 'C');
    expect(r.id).toBe(older.id);
    expect(github.list('o', 'r', 5).map((c) => c.body)).toEqual([`${commentMarker('k')}\nC`]);
  });

  it('retries a 5xx answer', async () => {
    github.failNext(1, 502);
    expect((await upsertStickyComment(octokit, target, 'Dockerfile', 'x')).action).toBe('created');
  });

  it('retries each REST call on 5xx: listing, creating and updating the comment', async () => {
    github.failMatching('GET', /\/issues\/7\/comments$/, 1, 500);
    const created = await upsertStickyComment(octokit, { ...target, issueNumber: 7 }, 'rest', 'one');
    expect(created.action).toBe('created');
    expect(github.unservedFailures).toBe(0);
    github.failMatching('POST', /\/issues\/8\/comments$/, 2, 502);
    expect((await upsertStickyComment(octokit, { ...target, issueNumber: 8 }, 'rest', 'one')).action).toBe(
      'created',
    );
    expect(github.unservedFailures).toBe(0);
    github.failMatching('PATCH', /\/issues\/comments\/\d+$/, 1, 503);
    const updated = await upsertStickyComment(octokit, { ...target, issueNumber: 7 }, 'rest', 'two');
    expect(updated).toMatchObject({ action: 'updated', id: created.id });
    expect(github.unservedFailures).toBe(0);
    expect(github.list('o', 'r', 7).map((c) => c.body)).toEqual([`${commentMarker('rest')}\ntwo`]);
    expect(github.list('o', 'r', 8)).toHaveLength(1);
  }, 60_000);

  it('gives up past the retries with the status GitHub answered', async () => {
    github.failMatching('POST', /\/issues\/9\/comments$/, 100, 502);
    try {
      await expect(
        upsertStickyComment(octokit, { ...target, issueNumber: 9 }, 'rest', 'x'),
      ).rejects.toMatchObject({ status: 502 });
    } finally {
      github.failMatching('POST', /$^/, 0, 502);
    }
    expect(github.list('o', 'r', 9)).toHaveLength(0);
  }, 60_000);

  it('surfaces 403 from a read-only token as an error with its status', async () => {
    github.readOnly = true;
    await expect(upsertStickyComment(octokit, target, 'Dockerfile', 'x')).rejects.toMatchObject({
      status: 403,
    });
  });

  it('sends the token only in the Authorization header', async () => {
    await upsertStickyComment(octokit, target, 'Dockerfile', 'x');
    expect(
      github.requests.every((q) => q.authorization === `token ${TOKEN}` && !q.path.includes(TOKEN)),
    ).toBe(true);
  });

  it('cannot be closed by a hostile key', () => {
    expect(commentMarker('x --> <b>')).toBe('<!-- shipshape:x - b -->');
  });
});

describe('upsertStickyComment without creating', { timeout: 30_000 }, () => {
  const github = new FakeGitHub({ token: TOKEN });
  let octokit: ReturnType<typeof createOctokit>;
  beforeAll(async () => {
    await github.start();
    octokit = createOctokit(TOKEN, nullLogger, github.url);
  });
  afterAll(() => github.stop());

  it('skips when there is no comment, and still keeps an existing one current', async () => {
    expect(await upsertStickyComment(octokit, target, 'k', 'x', { create: false })).toEqual({
      action: 'skipped',
      id: null,
      url: null,
    });
    expect(github.list('o', 'r', 5)).toHaveLength(0);
    const mine = github.addComment('o', 'r', 5, `${commentMarker('k')}\nold`);
    expect(await upsertStickyComment(octokit, target, 'k', 'new', { create: false })).toMatchObject({
      action: 'updated',
      id: mine.id,
    });
  });
});
