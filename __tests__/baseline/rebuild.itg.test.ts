// `rebuild` and the base's lint findings, in a shallow clone as actions/checkout makes it: the
// base commit is fetched alone, checked out in a worktree, built with the build stage and the
// same cache, measured, and everything it made is removed again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baselineStages } from '../../src/baseline-stages.js';
import { compare } from '../../src/baseline/compare.js';
import { loadBaseline, type BaselineRequest } from '../../src/baseline/sources.js';
import { parseDockerfile } from '../../src/dockerfile/model.js';
import { defaultLintConfig } from '../../src/lint/config.js';
import { nullLogger } from '../../src/log.js';
import { LayerCache } from '../../src/measure/layer-cache.js';
import { buildRequest, type BuildRequest } from '../../src/types.js';
import { BASE_DEBIAN, buildImage, dockerOut, payloadOf, removeImage } from '../support/docker.js';
import { git } from '../support/git.js';

const BASE_DOCKERFILE = `FROM ${BASE_DEBIAN}\nRUN head -c 4000000 /dev/urandom > /data\nRUN head -c 2000000 /dev/urandom > /more\nCMD ["sleep", "1"]\n`;
const HEAD_DOCKERFILE = `FROM ${BASE_DEBIAN}\nRUN head -c 4000000 /dev/urandom > /data\nRUN useradd -u 10001 app\nUSER 10001\nCMD ["sleep", "1"]\n`;

describe('rebuild baseline in a shallow checkout', () => {
  const root = mkdtempSync(join(tmpdir(), 'shipshape-rebuild-'));
  const origin = join(root, 'origin');
  const work = join(root, 'work');
  let baseSha = '';
  let expectedSize = 0;
  const images: string[] = [];

  beforeAll(() => {
    execFileSync('git', ['init', '-q', '-b', 'main', origin]);
    // GitHub serves any reachable commit by sha; a plain local repo must be told to.
    git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
    writeFileSync(join(origin, 'Dockerfile'), BASE_DOCKERFILE);
    git(origin, 'add', 'Dockerfile');
    git(origin, 'commit', '-q', '-m', 'base');
    baseSha = git(origin, 'rev-parse', 'HEAD');
    writeFileSync(join(origin, 'Dockerfile'), HEAD_DOCKERFILE);
    git(origin, 'commit', '-q', '-am', 'head');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, work]);
    // Docker's own figure for the base version, built apart.
    const reference = buildImage('rebuild-ref', BASE_DOCKERFILE);
    images.push(reference);
    expectedSize = payloadOf(reference);
  });

  afterAll(() => {
    for (const i of images) removeImage(i);
    rmSync(root, { recursive: true, force: true });
  });

  const build: BuildRequest = buildRequest({ load: true });
  const request = (over: Partial<BaselineRequest>): BaselineRequest => ({
    mode: 'rebuild',
    reportPath: null,
    image: null,
    baseRef: baseSha,
    cwd: work,
    dockerfile: 'Dockerfile',
    key: 'Dockerfile',
    platform: null,
    build,
    headImageId: null,
    headCompressedSource: null,
    stages: baselineStages({
      request: build,
      displayFile: 'Dockerfile',
      cwd: work,
      lintConfig: defaultLintConfig(),
      shellcheck: true,
      computeCompressedSize: true,
      layerCache: new LayerCache(),
      log: nullLogger,
    }),
    ...over,
  });

  it('starts from a checkout that does not have the base commit', () => {
    expect(() => git(work, 'cat-file', '-e', `${baseSha}^{commit}`)).toThrow();
  });

  it('fetches the base commit, rebuilds it in a worktree and measures it as GNU tar counts its files', async () => {
    const before = dockerOut(['image', 'ls', '-q', '--no-trunc']).split('\n').sort();
    const baseline = await loadBaseline(request({}), nullLogger);
    expect(baseline?.source).toBe('rebuild');
    expect(baseline?.ref).toBe(baseSha);
    expect(baseline?.description).toBe(`a rebuild of the base commit ${baseSha.slice(0, 7)}`);
    expect(baseline?.snapshot.image?.sizeBytes).toBe(expectedSize);
    expect(baseline?.snapshot.lint?.dockerfile?.text).toBe(BASE_DOCKERFILE);
    // The worktree is gone, and so is the image it built (its layers stay in the build cache).
    expect(git(work, 'worktree', 'list').split('\n')).toHaveLength(1);
    expect(dockerOut(['image', 'ls', '-q', '--no-trunc']).split('\n').sort()).toEqual(before);
  });

  it('lints the base version of the Dockerfile, so fixed findings show as fixed', async () => {
    const baseline = await loadBaseline(request({ mode: 'auto' }), nullLogger);
    expect(baseline?.requested).toBe('auto');
    expect(baseline?.source).toBe('rebuild');
    const { lintText } = await import('../../src/lint/index.js');
    const head = await lintText('Dockerfile', HEAD_DOCKERFILE, { cwd: work });
    const deltas = compare(baseline!.snapshot, {
      image: null,
      lint: { findings: head.findings, dockerfile: parseDockerfile(HEAD_DOCKERFILE) },
      runtime: null,
      cache: null,
    });
    // The base has no USER; the head sets one: whatever rule says so is fixed, not unchanged.
    const baseRules = baseline!.snapshot.lint!.findings.map((f) => f.rule);
    const headRules = head.findings.map((f) => f.rule);
    const gone = baseRules.filter((r) => !headRules.includes(r));
    expect(gone.length).toBeGreaterThan(0);
    expect(deltas.lint!.fixed.map((f) => f.rule)).toEqual(expect.arrayContaining(gone));
  });

  it('falls back to the base Dockerfile alone (lint-only) when the base cannot be built', async () => {
    const baseline = await loadBaseline(
      request({
        mode: 'auto',
        build: { ...build, buildArgs: [], file: 'Dockerfile', target: 'no-such-stage' },
      }),
      nullLogger,
    );
    expect(baseline?.source).toBe('lint-only');
    expect(baseline?.notes.join('\n')).toMatch(/could not be rebuilt/);
    expect(git(work, 'worktree', 'list').split('\n')).toHaveLength(1);
  });

  it('has no baseline, with a note, when the base commit does not exist anywhere', async () => {
    const baseline = await loadBaseline(
      request({ mode: 'auto', baseRef: '0123456789abcdef0123456789abcdef01234567' }),
      nullLogger,
    );
    expect(baseline).toBeNull();
  });
});
