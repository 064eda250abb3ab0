// Inline cache through the local registry: a pushed image carries its cache, and a later build on
// an engine with an empty build cache takes the dependency step from it.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildImage, type BuildOutcome } from '../../src/build/buildx.js';
import { nullLogger } from '../../src/log.js';
import { buildRequest, type BuildRequest } from '../../src/types.js';
import {
  BASE_DEBIAN,
  engineStore,
  makeContext,
  REGISTRY,
  removeImage,
  type Fixture,
} from '../support/docker.js';

const images = new Set<string>();
const contexts: Fixture[] = [];

afterAll(() => {
  for (const image of images) removeImage(image);
  for (const ctx of contexts) ctx.cleanup();
});

function request(ctx: Fixture, overrides: Partial<BuildRequest> = {}): BuildRequest {
  return buildRequest({ file: join(ctx.dir, 'Dockerfile'), context: ctx.dir, ...overrides });
}

function keep(result: BuildOutcome): BuildOutcome {
  images.add(result.imageId);
  return result;
}

function pruneBuildCache(): void {
  execFileSync('docker', ['builder', 'prune', '-af'], { stdio: 'ignore', timeout: 120_000 });
}

function stepAt(result: BuildOutcome, line: number) {
  const step = result.steps.find((s) => s.line === line);
  expect(step, `a step for Dockerfile line ${line} in ${JSON.stringify(result.steps)}`).toBeDefined();
  return step!;
}

async function registryDigest(repository: string, tag: string): Promise<string | null> {
  const res = await fetch(`http://${REGISTRY}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: {
      accept: [
        'application/vnd.docker.distribution.manifest.v2+json',
        'application/vnd.oci.image.manifest.v1+json',
        'application/vnd.oci.image.index.v1+json',
        'application/vnd.docker.distribution.manifest.list.v2+json',
      ].join(', '),
    },
  });
  return res.ok ? res.headers.get('docker-content-digest') : null;
}

describe('inline cache through the local registry', () => {
  const run = randomBytes(4).toString('hex');
  const repository = `shipshape-test/build-cache-${run}`;
  const ref = `${REGISTRY}/${repository}:main`;
  const dockerfile = [
    `FROM ${BASE_DEBIAN}`,
    'COPY requirements.txt /app/requirements.txt',
    // The "dependency install": slow enough to matter, unique per run so no other cache has it.
    `RUN echo ${run} > /app/deps && head -c 2000000 /dev/urandom > /app/deps.bin && sleep 1`,
    'COPY src.txt /app/src.txt',
    '',
  ].join('\n');

  it('pushes an image whose cache a build on an empty build cache reuses for the dependency step', async () => {
    const ctx = makeContext({
      Dockerfile: dockerfile,
      'requirements.txt': 'flask==3.0\n',
      'src.txt': 'v1\n',
    });
    contexts.push(ctx);

    const pushed = keep(await buildImage(request(ctx, { tags: [ref], push: true }), nullLogger));
    images.add(ref);
    expect(pushed.cacheTo).toEqual(['type=inline']);
    expect(pushed.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(pushed.digest).toBe(await registryDigest(repository, 'main'));
    expect(pushed.warnings.filter((w) => w.startsWith('inline cache'))).toEqual([]);

    // Control: with the build cache emptied and no cache source, nothing comes from cache.
    pruneBuildCache();
    const cold = keep(await buildImage(request(ctx), nullLogger));
    expect(cold.cachedSteps).toBe(0);
    expect(stepAt(cold, 3).cached).toBe(false);

    const layers = (id: string) =>
      JSON.parse(
        execFileSync('docker', ['image', 'inspect', '--format', '{{json .RootFS.Layers}}', id], {
          encoding: 'utf8',
        }),
      ) as string[];
    const pushedLayers = layers(pushed.imageId);

    // The source changes; the engine forgets everything; the baseline image is the only cache.
    writeFileSync(join(ctx.dir, 'src.txt'), 'v2\n');
    pruneBuildCache();
    removeImage(ref);
    const warm = keep(await buildImage(request(ctx), nullLogger, { cacheFromFallback: ref }));
    expect(warm.cacheFrom).toEqual([`type=registry,ref=${ref}`]);
    expect(stepAt(warm, 2).cached).toBe(true);
    expect(stepAt(warm, 3)).toMatchObject({ cached: true, instruction: expect.stringMatching(/^RUN echo /) });
    expect(stepAt(warm, 4).cached).toBe(false);
    expect({ cachedSteps: warm.cachedSteps, totalSteps: warm.totalSteps }).toEqual({
      cachedSteps: 2,
      totalSteps: 3,
    });
    // Same dependency layers as the pushed image, a new one for the changed source.
    expect(layers(warm.imageId).slice(0, -1)).toEqual(pushedLayers.slice(0, -1));
    expect(layers(warm.imageId).at(-1)).not.toBe(pushedLayers.at(-1));
  });

  it('warns, and still builds, when the cache source cannot be read', async () => {
    const ctx = makeContext({ Dockerfile: `FROM ${BASE_DEBIAN}\nRUN echo ${run}-missing > /x\n` });
    contexts.push(ctx);
    const missing = `${REGISTRY}/${repository}:does-not-exist`;
    const result = keep(
      await buildImage(request(ctx, { cacheFrom: [`type=registry,ref=${missing}`] }), nullLogger),
    );
    expect(result.warnings).toContainEqual(
      expect.stringMatching(new RegExp(`^cache-from ${missing} could not be read`)),
    );
  });

  it('drops cache the docker driver cannot export on the classic store, with the reason; exports it on the containerd store', async () => {
    const ctx = makeContext({ Dockerfile: `FROM ${BASE_DEBIAN}\nRUN echo ${run}-local > /x\n` });
    contexts.push(ctx);
    const cacheDir = join(ctx.dir, 'cache');
    const cacheTo = [`type=local,dest=${cacheDir}`];
    const store = engineStore();
    // What buildx itself does with this request on the docker driver: refuse it on the classic store.
    const raw = (() => {
      try {
        execFileSync('docker', ['buildx', 'build', '--cache-to', cacheTo[0]!, ctx.dir], { stdio: 'pipe' });
        return '';
      } catch (e) {
        return String((e as { stderr: Buffer }).stderr);
      }
    })();
    if (store === 'classic') expect(raw).toMatch(/not supported for the docker driver/i);
    else expect(raw).toBe('');
    rmSync(cacheDir, { recursive: true, force: true });

    // push and load together also exercise the docker driver's one-output limit of old BuildKit.
    const tag = `${REGISTRY}/${repository}:local`;
    images.add(tag);
    const result = keep(
      await buildImage(request(ctx, { cacheTo, tags: [tag], push: true, load: true }), nullLogger),
    );
    expect(result.digest).toBe(await registryDigest(repository, 'local'));
    if (store === 'classic') {
      expect(result.cacheTo).toEqual([]);
      expect(result.warnings).toEqual([
        expect.stringMatching(/^cache-to type=local,.* ignored: .*docker driver.*docker-container/),
      ]);
    } else {
      expect(result.cacheTo).toEqual(cacheTo);
      expect(result.warnings).toEqual([]);
      // BuildKit wrote the cache as an OCI layout where it was told to.
      expect(existsSync(join(cacheDir, 'index.json'))).toBe(true);
    }
  });
});
