import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { figureDelta, type Deltas } from '../../src/baseline/compare.js';
import { commentDecision, hasChanges, parseCommentMode } from '../../src/github/publish.js';
import { loadReportsForPost, postTarget } from '../../src/github/post.js';
import { deltaOutputs } from '../../src/report/outputs.js';
import { comparedReport, headReport } from '../report/fixtures.js';

const still = (): Deltas => ({
  size: figureDelta(100, 100),
  compressedSize: null,
  layers: figureDelta(5, 5),
  reclaimable: null,
  newPull: { bytes: 0, layers: 0, basis: 'compressed', by: 'digest' },
  instructions: [],
  lint: { new: [], fixed: [], unchanged: 2 },
  runtime: null,
  cache: null,
  refused: null,
});
const baseline = {
  source: 'report' as const,
  requested: 'auto' as const,
  ref: 'r.json',
  description: 'r',
  platform: null,
  refused: null,
  notes: [],
};

describe('comment modes', () => {
  it.each([
    ['', 'on-change'],
    ['on-change', 'on-change'],
    ['always', 'always'],
    ['true', 'always'],
    ['false', 'never'],
    ['never', 'never'],
    ['FAILURE', 'failure'],
  ] as const)('%j → %s', (text, mode) => {
    expect(parseCommentMode(text)).toBe(mode);
  });

  it('rejects anything else, naming the input', () => {
    expect(() => parseCommentMode('sometimes')).toThrow(
      /input comment: "sometimes" is not one of on-change, always, never, failure/,
    );
  });

  it.each([
    ['never', 'fail', true, 'skip'],
    ['always', 'pass', false, 'upsert'],
    ['failure', 'fail', false, 'upsert'],
    ['failure', 'pass', true, 'update-only'],
    ['on-change', 'pass', false, 'update-only'],
    ['on-change', 'pass', true, 'upsert'],
    ['on-change', 'warn', false, 'upsert'],
  ] as const)('%s with status %s (changed: %s) → %s', (mode, status, changed, decision) => {
    const deltas = changed ? { ...still(), size: figureDelta(100, 120) } : still();
    expect(commentDecision(mode, { status, deltas, baseline })).toBe(decision);
  });

  it('on-change: the first report (no baseline) is news', () => {
    expect(commentDecision('on-change', { status: 'pass', deltas: null, baseline: null })).toBe('upsert');
  });

  it.each([
    ['nothing moved', {}, false],
    ['a new finding', { lint: { new: [{} as never], fixed: [], unchanged: 0 } }, true],
    ['a fixed finding', { lint: { new: [], fixed: [{} as never], unchanged: 0 } }, true],
    ['layers', { layers: figureDelta(5, 4) }, true],
    ['a refused comparison', { refused: 'platforms differ' }, true],
    [
      'the user',
      {
        runtime: {
          base: { user: '', uid: 0, nonRoot: false },
          head: { user: '1', uid: 1, nonRoot: true },
          change: 'became-non-root' as const,
        },
      },
      true,
    ],
  ])('hasChanges: %s', (_name, over, expected) => {
    expect(hasChanges({ ...still(), ...over })).toBe(expected);
  });
});

describe('deltaOutputs', () => {
  it('gives plain numbers and one JSON object', () => {
    const out = deltaOutputs(comparedReport());
    expect(out).toMatchObject({
      baseline: 'report',
      'size-delta': -32_000_000,
      'compressed-size-delta': '',
      'layers-delta': -2,
      'new-findings': 2,
      'fixed-findings': 4,
    });
    expect(JSON.parse(out.deltas as string)).toMatchObject({
      size: -32_000_000,
      sizePercent: -14.8,
      runtime: 'became-non-root',
      refused: null,
    });
  });

  it('is empty without a baseline', () => {
    expect(deltaOutputs(headReport())).toEqual({
      baseline: '',
      'size-delta': '',
      'compressed-size-delta': '',
      'layers-delta': '',
      'new-findings': '',
      'fixed-findings': '',
      deltas: '',
    });
  });
});

describe('mode: post', () => {
  const sha = 'ffac537e6cbbf934b08745a378932722df287a53';
  const report = () => ({ ...headReport(), context: { repository: 'o/r', pullRequest: 7, sha } });

  it('finds reports in a downloaded artifact directory, ignoring other JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-post-'));
    try {
      mkdirSync(join(dir, 'a'));
      writeFileSync(join(dir, 'a', 'report.json'), JSON.stringify(report()));
      writeFileSync(
        join(dir, 'matrix.json'),
        JSON.stringify([{ ...report(), key: 'b' }, { not: 'a report' }]),
      );
      writeFileSync(join(dir, 'broken.json'), '{');
      expect((await loadReportsForPost(dir)).map((r) => r.key).sort()).toEqual(['Dockerfile', 'b']);
      expect(await loadReportsForPost(join(dir, 'a', 'report.json'))).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [
      'the input wins',
      { prNumber: 9, payload: { workflow_run: { head_sha: sha, pull_requests: [{ number: 8 }] } } },
      9,
    ],
    [
      'then the workflow run',
      { prNumber: null, payload: { workflow_run: { head_sha: sha, pull_requests: [{ number: 8 }] } } },
      8,
    ],
    [
      'then the report (fork runs list no pull requests)',
      { prNumber: null, payload: { workflow_run: { head_sha: sha, pull_requests: [] } } },
      7,
    ],
  ])('PR number: %s', (_name, options, number) => {
    expect(postTarget(report(), options)).toEqual({ number, problem: null });
  });

  it('refuses a report whose commit is not the workflow run’s', () => {
    const t = postTarget(report(), {
      prNumber: null,
      payload: { workflow_run: { head_sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e', pull_requests: [] } },
    });
    expect(t.number).toBeNull();
    expect(t.problem).toMatch(/is for commit ffac537, but the workflow run is for 6dcb09b/);
  });
});
