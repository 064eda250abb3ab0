import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BuildError, buildImage, buildImages, detectProgressMode } from '../../src/build/buildx.js';
import type { Logger } from '../../src/log.js';
import { buildRequest, type BuildRequest } from '../../src/types.js';
import {
  BASE_DEBIAN,
  dockerOut,
  engineStore,
  makeContext,
  removeImage,
  uniqueTag,
  type Fixture,
} from '../support/docker.js';

const images: string[] = [];

function diffIds(ref: string): string[] {
  return JSON.parse(dockerOut(['image', 'inspect', '--format', '{{json .RootFS.Layers}}', ref])) as string[];
}
const contexts: Fixture[] = [];

afterAll(() => {
  for (const image of images) removeImage(image);
  for (const ctx of contexts) ctx.cleanup();
});

function recordingLogger(): Logger & { lines: string[]; groups: string[] } {
  const lines: string[] = [];
  const groups: string[] = [];
  return {
    lines,
    groups,
    debug: (m) => lines.push(m),
    info: (m) => lines.push(m),
    warning: (m) => lines.push(m),
    group: (name, fn) => {
      groups.push(name);
      return fn();
    },
  };
}

function request(ctx: Fixture, overrides: Partial<BuildRequest> = {}): BuildRequest {
  return buildRequest({ file: `${ctx.dir}/Dockerfile`, context: ctx.dir, ...overrides });
}

function context(files: Parameters<typeof makeContext>[0]): Fixture {
  const ctx = makeContext(files);
  contexts.push(ctx);
  return ctx;
}

describe('buildImage against the real engine', () => {
  it('probes the progress format without building: buildx rejects an unknown mode before the context', async () => {
    const bogus = spawnSync('docker', ['buildx', 'build', '--progress=bogus', '/shipshape-no-such-context'], {
      encoding: 'utf8',
    });
    expect(bogus.status).not.toBe(0);
    expect(bogus.stderr).toMatch(/invalid progress mode/i);
    const mode = await detectProgressMode();
    const probe = spawnSync(
      'docker',
      ['buildx', 'build', `--progress=${mode}`, '/shipshape-no-such-context'],
      {
        encoding: 'utf8',
      },
    );
    expect(probe.stderr).not.toMatch(/invalid progress mode/i);
    expect(probe.stderr).toMatch(/not found|no such file/i);
  });

  it('builds an image and reports the id Docker has, its tags, labels and build args', async () => {
    const marker = uniqueTag('build').split(':')[1]!;
    const ctx = context({
      Dockerfile: `FROM ${BASE_DEBIAN}\nARG GREETING\nRUN echo "$GREETING" > /greeting\nCOPY app.txt /app.txt\n`,
      'app.txt': 'hello\n',
    });
    const tag = uniqueTag('build');
    images.push(tag);
    const log = recordingLogger();
    const result = await buildImage(
      request(ctx, {
        tags: [tag],
        labels: [`dev.shipshape.test=${marker}`],
        buildArgs: [`GREETING=hi ${marker}`],
      }),
      log,
    );
    images.push(result.imageId);

    expect(result.imageId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(dockerOut(['image', 'inspect', '--format', '{{.Id}}', tag])).toBe(result.imageId);
    expect(
      dockerOut(['image', 'inspect', '--format', '{{index .Config.Labels "dev.shipshape.test"}}', tag]),
    ).toBe(marker);
    expect(result.tags).toEqual([tag]);
    expect(result.digest).toBeNull();
    expect(result.cacheTo).toEqual(['type=inline']);
    expect(result.durationMs).toBeGreaterThan(0);
    expect(result.totalSteps).toBe(2);
    expect(log.groups).toEqual([`Build ${ctx.dir}/Dockerfile`]);
    expect(log.lines.some((l) => l.includes('RUN echo'))).toBe(true);
    expect(dockerOut(['run', '--rm', tag, 'cat', '/greeting'])).toBe(`hi ${marker}`);
  });

  it('reports the unchanged step as cached on a rebuild', async () => {
    const ctx = context({
      Dockerfile: `FROM ${BASE_DEBIAN}\nRUN echo ${uniqueTag('x')} > /dep\nCOPY app.txt /app\n`,
      'app.txt': '1',
    });
    const first = await buildImage(request(ctx), recordingLogger());
    images.push(first.imageId);
    expect(first.cachedSteps).toBe(0);
    const second = await buildImage(request(ctx), recordingLogger());
    images.push(second.imageId);
    // The same layers. (On the containerd store a cached rebuild may still get a new config: the
    // inline cache record inside it is written again.)
    expect(diffIds(second.imageId)).toEqual(diffIds(first.imageId));
    expect(second.cachedSteps).toBe(2);
    expect(second.totalSteps).toBe(2);
  });

  it('reads the same cache hits and failure from plain progress output as from rawjson', async () => {
    const ctx = context({
      Dockerfile: `FROM ${BASE_DEBIAN}\nRUN echo ${uniqueTag('plain')} > /dep\nCOPY app.txt /app\nRUN echo "plain tail" && exit 5\n`,
      'app.txt': '1',
    });
    const results = [];
    for (const progress of ['rawjson', 'plain'] as const) {
      const error = (await buildImage(request(ctx), recordingLogger(), { progress }).catch(
        (e: unknown) => e,
      )) as BuildError;
      expect(error).toBeInstanceOf(BuildError);
      results.push({ line: error.line, instruction: error.instruction, tail: error.logTail });
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[0]).toEqual({
      line: 4,
      instruction: 'RUN echo "plain tail" && exit 5',
      tail: 'plain tail',
    });

    writeFileSync(
      join(ctx.dir, 'Dockerfile'),
      `FROM ${BASE_DEBIAN}\nRUN echo ${uniqueTag('plain')} > /dep\nCOPY app.txt /app\n`,
    );
    const first = await buildImage(request(ctx), recordingLogger(), { progress: 'rawjson' });
    images.push(first.imageId);
    const plain = await buildImage(request(ctx), recordingLogger(), { progress: 'plain' });
    images.push(plain.imageId);
    expect(diffIds(plain.imageId)).toEqual(diffIds(first.imageId));
    // The same steps, all cached; plain progress may list cached steps in another order.
    const byLine = (steps: typeof first.steps) => [...steps].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    expect(byLine(plain.steps)).toEqual(byLine(first.steps.map((s) => ({ ...s, cached: true }))));
    expect({ cached: plain.cachedSteps, total: plain.totalSteps }).toEqual({ cached: 2, total: 2 });
  });

  it('names the failing instruction, its Dockerfile line and the tail of its log', async () => {
    const ctx = context({
      Dockerfile: [
        `FROM ${BASE_DEBIAN} AS base`,
        'ENV STEP=two',
        'RUN echo first',
        '',
        '# the next instruction fails',
        'RUN echo "about to fail at $STEP" \\',
        '    && exit 3',
        'RUN echo never',
        '',
      ].join('\n'),
    });
    const error = await buildImage(request(ctx), recordingLogger()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BuildError);
    const e = error as BuildError;
    expect(e.line).toBe(6);
    expect(e.instruction).toBe('RUN echo "about to fail at $STEP" && exit 3');
    expect(e.logTail).toContain('about to fail at two');
    expect(e.message).toContain('line 6');
    expect(e.message).toContain('exit code: 3');
    expect(e.durationMs).toBeGreaterThan(0);
  });

  it('locates a failure in a named stage of a multi-stage build', async () => {
    const ctx = context({
      Dockerfile: [
        `FROM ${BASE_DEBIAN} AS deps`,
        'WORKDIR /src',
        'RUN echo deps > /deps',
        `FROM ${BASE_DEBIAN} AS runtime`,
        'COPY --from=deps /deps /deps',
        'RUN cat /does-not-exist',
        '',
      ].join('\n'),
    });
    const error = (await buildImage(request(ctx), recordingLogger()).catch((e: unknown) => e)) as BuildError;
    expect(error).toBeInstanceOf(BuildError);
    expect(error.line).toBe(6);
    expect(error.instruction).toBe('RUN cat /does-not-exist');
    expect(error.logTail).toContain('/does-not-exist');
  });

  it('fails with buildx’s own reason when the Dockerfile cannot be parsed', async () => {
    const ctx = context({ Dockerfile: `FROM ${BASE_DEBIAN}\nNOTANINSTRUCTION x\n` });
    const error = (await buildImage(request(ctx), recordingLogger()).catch((e: unknown) => e)) as BuildError;
    expect(error).toBeInstanceOf(BuildError);
    expect(error.message.toLowerCase()).toContain('notaninstruction');
    expect(error.line).toBe(2);
  });

  describe('secrets', () => {
    const envValue = `env-secret-${randomBytes(8).toString('hex')}`;
    const inlineValue = `inline=${randomBytes(8).toString('hex')},with-comma`;
    const envName = `SHIPSHAPE_TEST_TOKEN_${randomBytes(3).toString('hex').toUpperCase()}`;
    const sha = (v: string) => createHash('sha256').update(v).digest('hex');
    afterAll(() => {
      delete process.env[envName];
    });
    const buildDirs = () => readdirSync(tmpdir()).filter((d) => d.startsWith('shipshape-build-')).length;

    function secretContext(fail: boolean): Fixture {
      return context({
        Dockerfile: [
          `FROM ${BASE_DEBIAN}`,
          // Printing the secrets makes BuildKit put them in the log, which must be redacted.
          'RUN --mount=type=secret,id=tok --mount=type=secret,id=API_KEY \\',
          `    cat /run/secrets/tok /run/secrets/API_KEY && echo && sha256sum /run/secrets/tok /run/secrets/API_KEY > /sums${fail ? ' && exit 4' : ''}`,
          '',
        ].join('\n'),
      });
    }

    it('passes env and NAME=value secrets to the build and never shows their values', async () => {
      process.env[envName] = envValue;
      const before = buildDirs();
      const ctx = secretContext(false);
      const tag = uniqueTag('secrets');
      images.push(tag);
      const log = recordingLogger();
      const result = await buildImage(
        request(ctx, {
          tags: [tag],
          secrets: [`id=tok,env=${envName}`, `API_KEY=${inlineValue}`],
          noCache: true,
        }),
        log,
      );
      images.push(result.imageId);
      const sums = dockerOut(['run', '--rm', tag, 'cat', '/sums']);
      expect(sums).toContain(`${sha(envValue)}  /run/secrets/tok`);
      expect(sums).toContain(`${sha(inlineValue)}  /run/secrets/API_KEY`);
      const everything = `${log.lines.join('\n')}\n${JSON.stringify(result)}`;
      expect(everything).not.toContain(envValue);
      expect(everything).not.toContain(inlineValue);
      expect(log.lines.some((l) => l.includes('***'))).toBe(true);
      // The NAME=value secret went to a private temp file; it is gone with the build's temp dir.
      expect(buildDirs()).toBe(before);
    });

    it('keeps secret values out of a failed build’s error, instruction and log tail', async () => {
      process.env[envName] = envValue;
      const ctx = secretContext(true);
      const log = recordingLogger();
      const error = (await buildImage(
        request(ctx, { secrets: [`id=tok,env=${envName}`, `API_KEY=${inlineValue}`], noCache: true }),
        log,
      ).catch((e: unknown) => e)) as BuildError;
      expect(error).toBeInstanceOf(BuildError);
      expect(error.line).toBe(2);
      expect(error.logTail).toContain('***');
      const everything = [error.message, error.instruction, error.logTail, error.stack, ...log.lines].join(
        '\n',
      );
      expect(everything).not.toContain(envValue);
      expect(everything).not.toContain(inlineValue);
    });

    it('rejects a malformed secret without echoing it', async () => {
      const ctx = context({ Dockerfile: `FROM ${BASE_DEBIAN}\n` });
      const error = (await buildImage(
        request(ctx, { secrets: ['not a secret spec'] }),
        recordingLogger(),
      ).catch((e: unknown) => e)) as BuildError;
      expect(error).toBeInstanceOf(BuildError);
      expect(error.message).toMatch(/^a secret must be/);
      expect(error.message).not.toContain('not a secret spec');
    });
  });

  it('stops the build when cancelled and says so', async () => {
    const ctx = context({
      Dockerfile: `FROM ${BASE_DEBIAN}\nRUN echo ${uniqueTag('cancel')} && sleep 120\n`,
    });
    const controller = new AbortController();
    const log = recordingLogger();
    const pending = buildImage(request(ctx), log, { signal: controller.signal }).catch((e: unknown) => e);
    await vi.waitFor(() => expect(log.lines.some((l) => l.includes('sleep 120'))).toBe(true), {
      timeout: 30_000,
    });
    controller.abort();
    const error = (await pending) as BuildError;
    expect(error).toBeInstanceOf(BuildError);
    expect(error.message).toBe('the build was cancelled');
  });

  it('builds several platforms on the docker driver only on the containerd store, else says what would work', async () => {
    const driver = dockerOut(['buildx', 'inspect']);
    expect(driver).toMatch(/^Driver:\s+docker$/m);
    if (engineStore() === 'classic') {
      const ctx = context({ Dockerfile: `FROM ${BASE_DEBIAN}\nRUN echo multi\n` });
      const error = (await buildImage(
        request(ctx, { platforms: ['linux/amd64', 'linux/arm64'] }),
        recordingLogger(),
      ).catch((e: unknown) => e)) as BuildError;
      expect(error).toBeInstanceOf(BuildError);
      expect(error.message).toContain('cannot build linux/amd64, linux/arm64');
      expect(error.message).toContain('docker-container');
      expect(error.message).toContain('matrix');
      return;
    }
    // No RUN: this machine has no emulator for arm64, and a COPY needs none.
    const ctx = context({ Dockerfile: 'FROM scratch\nCOPY hello /hello\n', hello: 'hi\n' });
    const results = await buildImages(
      request(ctx, { platforms: ['linux/amd64', 'linux/arm64'] }),
      recordingLogger(),
    );
    images.push(...results.map((r) => r.imageId));
    expect(
      results.map((r) => dockerOut(['image', 'inspect', '--format', '{{.Os}}/{{.Architecture}}', r.imageId])),
    ).toEqual(['linux/amd64', 'linux/arm64']);
    for (const r of results) expect(r.imageStore).toBe('containerd');
  });

  it('builds a single requested platform on the docker driver', async () => {
    const ctx = context({ Dockerfile: `FROM ${BASE_DEBIAN}\nRUN echo one-platform\n` });
    const result = await buildImage(request(ctx, { platforms: ['linux/amd64'] }), recordingLogger());
    images.push(result.imageId);
    expect(dockerOut(['image', 'inspect', '--format', '{{.Os}}/{{.Architecture}}', result.imageId])).toBe(
      'linux/amd64',
    );
  });
});
