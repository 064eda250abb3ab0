import { describe, expect, it } from 'vitest';
import { cacheType, planCache, unreadableCacheSources } from '../../src/build/cache.js';
import { buildRequest, type BuildRequest } from '../../src/types.js';

function request(overrides: Partial<BuildRequest> = {}): BuildRequest {
  return buildRequest({ push: true, ...overrides });
}

describe('cacheType', () => {
  it.each([
    ['type=registry,ref=r/a:cache', 'registry'],
    ['ref=r/a:cache,type=gha', 'gha'],
    ['type=inline', 'inline'],
    ['r/a:cache', 'registry'],
    ['ref=r/a:cache', ''],
  ])('%s → %s', (spec, type) => {
    expect(cacheType(spec)).toBe(type);
  });
});

describe('planCache', () => {
  it('defaults to inline cache and warns about nothing when the image is pushed', () => {
    expect(planCache(request(), { driver: 'docker' })).toEqual({
      cacheFrom: [],
      cacheTo: ['type=inline'],
      warnings: [],
      notes: [],
    });
  });

  it('warns, with the reason, that inline cache asked for on an image that is not pushed helps no later build', () => {
    const plan = planCache(request({ push: false, cacheTo: ['type=inline'] }), { driver: 'docker' });
    expect(plan.cacheTo).toEqual(['type=inline']);
    expect(plan.warnings).toEqual([expect.stringMatching(/inline cache .* not pushed/)]);
    expect(plan.notes).toEqual([]);
  });

  it('only notes it when inline cache is the default (a pull request build that does not push)', () => {
    const plan = planCache(request({ push: false }), { driver: 'docker' });
    expect(plan.warnings).toEqual([]);
    expect(plan.notes).toEqual([expect.stringMatching(/inline cache .* not pushed/)]);
  });

  it('uses the baseline/base-branch image as registry cache when no cache-from is given', () => {
    const plan = planCache(request(), { driver: 'docker', fallbackRef: '127.0.0.1:5000/app:main' });
    expect(plan.cacheFrom).toEqual(['type=registry,ref=127.0.0.1:5000/app:main']);
  });

  it('keeps the user’s own cache-from instead of the fallback', () => {
    const plan = planCache(request({ cacheFrom: ['type=registry,ref=r/a:x'] }), {
      driver: 'docker',
      fallbackRef: 'r/a:main',
    });
    expect(plan.cacheFrom).toEqual(['type=registry,ref=r/a:x']);
  });

  it('drops, with the reason, cache the docker driver cannot export or import', () => {
    const plan = planCache(
      request({
        cacheFrom: ['type=gha', 'type=registry,ref=r/a:main', 'type=local,src=/c'],
        cacheTo: ['type=gha,mode=max', 'type=inline', 'type=registry,ref=r/a:cache'],
      }),
      { driver: 'docker' },
    );
    expect(plan.cacheFrom).toEqual(['type=registry,ref=r/a:main']);
    expect(plan.cacheTo).toEqual(['type=inline']);
    expect(plan.warnings).toHaveLength(4);
    expect(plan.warnings.every((w) => w.includes('docker driver') && w.includes('docker-container'))).toBe(
      true,
    );
    expect(plan.warnings.some((w) => w.startsWith('cache-to type=gha,mode=max ignored'))).toBe(true);
    expect(plan.warnings.some((w) => w.startsWith('cache-from type=local,src=/c ignored'))).toBe(true);
  });

  it('keeps local, registry and gha cache on the docker driver of the containerd image store, not s3', () => {
    const plan = planCache(
      request({
        cacheTo: ['type=local,dest=/tmp/c', 'type=registry,ref=r/a:cache', 'type=gha', 'type=s3,bucket=b'],
        cacheFrom: ['type=local,src=/tmp/c', 'type=gha', 'type=s3,bucket=b'],
      }),
      { driver: 'docker', imageStore: 'containerd' },
    );
    expect(plan.cacheTo).toEqual(['type=local,dest=/tmp/c', 'type=registry,ref=r/a:cache', 'type=gha']);
    expect(plan.cacheFrom).toEqual(['type=local,src=/tmp/c', 'type=gha']);
    expect(plan.warnings).toEqual([
      expect.stringMatching(/^cache-to type=s3,bucket=b ignored: .*containerd image store.*docker-container/),
      expect.stringMatching(/^cache-from type=s3,bucket=b ignored: .*containerd image store/),
    ]);
    // The same request on the classic store keeps only what that store's docker driver can do.
    const classic = planCache(request({ cacheTo: ['type=local,dest=/tmp/c'] }), {
      driver: 'docker',
      imageStore: 'classic',
    });
    expect(classic.cacheTo).toEqual([]);
  });

  it('passes every backend through on a docker-container builder', () => {
    const r = request({ cacheFrom: ['type=gha'], cacheTo: ['type=gha,mode=max'] });
    expect(planCache(r, { driver: 'docker-container' })).toEqual({
      cacheFrom: ['type=gha'],
      cacheTo: ['type=gha,mode=max'],
      warnings: [],
      notes: [],
    });
  });

  it('says that no-cache makes cache-from pointless', () => {
    const plan = planCache(request({ noCache: true, cacheFrom: ['type=registry,ref=r/a:main'] }), {
      driver: 'docker',
    });
    expect(plan.warnings).toEqual([expect.stringContaining('no-cache')]);
  });
});

describe('unreadableCacheSources', () => {
  it('turns a failed cache import step into a warning and ignores the rest', () => {
    expect(
      unreadableCacheSources([
        {
          name: 'importing cache manifest from 127.0.0.1:5000/nope:nope',
          error: '127.0.0.1:5000/nope:nope: not found',
        },
        { name: 'importing cache manifest from r/a:ok', error: null },
        { name: '[2/2] RUN false', error: 'exit code: 1' },
      ]),
    ).toEqual([
      'cache-from 127.0.0.1:5000/nope:nope could not be read (127.0.0.1:5000/nope:nope: not found); built without it',
    ]);
  });
});
