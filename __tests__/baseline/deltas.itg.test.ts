// Issue 14 on the real engine and registry: against a registry image and a rebuild of the base
// commit, each instruction is one row (unchanged ±0, changed, added, removed, moved), the
// compressed change is like for like, and a rebuild reads each distinct layer once. Every figure
// checked comes from GNU tar's listing of the saved layers, the saved blobs, or the registry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baselineStages } from '../../src/baseline-stages.js';
import { compare } from '../../src/baseline/compare.js';
import { loadBaseline, type BaselineRequest } from '../../src/baseline/sources.js';
import type { InstructionDelta } from '../../src/comparison.js';
import { parseDockerfile } from '../../src/dockerfile/model.js';
import { stageChain } from '../../src/dockerfile/stages.js';
import { defaultLintConfig } from '../../src/lint/config.js';
import { nullLogger } from '../../src/log.js';
import { LayerCache, measureImage } from '../../src/measure/index.js';
import { runPipeline } from '../../src/pipeline.js';
import { renderComment } from '../../src/report/markdown.js';
import { imageFacts } from '../../src/report/snapshot.js';
import { buildRequest } from '../../src/types.js';
import {
  BASE_DEBIAN,
  REGISTRY,
  buildImage,
  dockerOut,
  removeImage,
  savedLayers,
  withSavedImage,
} from '../support/docker.js';
import { git } from '../support/git.js';

/** The registry's own record of an image: its layers' blob sizes (skopeo, not shipshape's client). */
function registryLayerSizes(ref: string): number[] {
  const manifest = JSON.parse(
    execFileSync('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${ref}`], {
      encoding: 'utf8',
    }),
  ) as { layers: { size: number }[] };
  return manifest.layers.map((l) => l.size);
}

function push(local: string, ref: string): void {
  execFileSync('docker', ['tag', local, ref]);
  execFileSync('docker', ['push', '-q', ref], { stdio: 'ignore' });
}

/** A git repository whose two commits hold the base and the head Dockerfile; the head checked out. */
function repository(base: string, head: string, files: Record<string, [string, string]>) {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-deltas-'));
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  writeFileSync(join(dir, 'Dockerfile'), base);
  for (const [name, [before]] of Object.entries(files)) writeFileSync(join(dir, name), before);
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  writeFileSync(join(dir, 'Dockerfile'), head);
  for (const [name, [, after]] of Object.entries(files)) writeFileSync(join(dir, name), after);
  git(dir, 'commit', '-q', '-am', 'head');
  return { dir, baseSha };
}

const rowsOf = (deltas: InstructionDelta[], instruction: string) =>
  deltas.filter((d) => d.instruction === instruction);

// --- the example of issue 14: one RUN added, nothing else changes ------------------------------

const EXAMPLE_BASE = `FROM ${BASE_DEBIAN}\nRUN head -c 3000000 /dev/urandom > /a\nRUN useradd -u 10001 app\nUSER 10001\nCMD ["sleep", "1"]\n`;
const EXAMPLE_HEAD = `FROM ${BASE_DEBIAN}\nRUN head -c 3000000 /dev/urandom > /a\nRUN head -c 9000000 /dev/urandom > /b\nRUN useradd -u 10001 app\nUSER 10001\nCMD ["sleep", "1"]\n`;

describe('an image baseline of the example in issue 14', () => {
  const repo = `shipshape-test/deltas-${process.pid}`;
  const baseRef = `${REGISTRY}/${repo}:main`;
  const headRef = `${REGISTRY}/${repo}:pr`;
  const headTag = `shipshape-test/deltas-head:${process.pid}`;
  const images: string[] = [baseRef, headRef];
  let work: { dir: string; baseSha: string };

  beforeAll(() => {
    work = repository(EXAMPLE_BASE, EXAMPLE_HEAD, {});
    const base = buildImage('deltas-base', EXAMPLE_BASE);
    images.push(base);
    push(base, baseRef);
  });

  afterAll(() => {
    images.forEach(removeImage);
    rmSync(work.dir, { recursive: true, force: true });
  });

  const run = (baseSha: string | null) =>
    runPipeline(
      {
        cwd: work.dir,
        build: buildRequest({ file: 'Dockerfile', context: '.', load: true, tags: [headTag] }),
        baseline: { mode: 'image', image: baseRef, reportPath: null, baseRef: baseSha },
        shellcheck: false,
      },
      nullLogger,
    ).then((r) => r.report);

  for (const [label, withCommit] of [
    ['aligned to the base commit', true],
    ['read from its history alone', false],
  ] as const) {
    it(`reads like a report baseline (${label}): one row +9 MB, the others ±0`, async () => {
      const report = await run(withCommit ? work.baseSha : null);
      images.push(headTag);
      expect(report.baseline?.source).toBe('image');
      const deltas = report.deltas!.instructions;
      // GNU tar's listing of the head's saved layers: base, /a, /b, useradd.
      const payload = savedLayers(headTag).map((l) => l.payload);
      expect(rowsOf(deltas, 'RUN head -c 9000000 /dev/urandom > /b')).toEqual([
        expect.objectContaining({ kind: 'added', change: payload[2], headBytes: payload[2] }),
      ]);
      expect(payload[2]).toBe(9_000_000);
      expect(rowsOf(deltas, 'RUN head -c 3000000 /dev/urandom > /a')).toEqual([
        expect.objectContaining({ kind: 'unchanged', change: 0, headBytes: payload[1] }),
      ]);
      expect(rowsOf(deltas, 'RUN useradd -u 10001 app')).toEqual([
        expect.objectContaining({ change: 0, headBytes: payload[3] }),
      ]);
      expect(rowsOf(deltas, '(base image)')).toEqual([expect.objectContaining({ change: 0 })]);
      expect(deltas).toHaveLength(4);

      const comment = renderComment(report);
      expect(comment).not.toMatch(/L\?|was L/);
      expect(comment).not.toContain('removed');
      expect(comment).toMatch(
        /RUN head -c 9000000 \/dev\/urandom &gt; \/b<\/code> \| added \| 9\u00a0MB \| 🔴 \+9\u00a0MB/,
      );

      // The true change in stored gzip bytes: both images as the registry holds them.
      push(headTag, headRef);
      const trueChange =
        registryLayerSizes(headRef).reduce((a, b) => a + b, 0) -
        registryLayerSizes(baseRef).reduce((a, b) => a + b, 0);
      const compressed = report.deltas!.compressedSize!;
      expect(compressed.basis).not.toBe('mixed');
      expect(Math.abs(compressed.change - trueChange) / trueChange).toBeLessThan(0.02);
    });
  }
});

// --- five kinds of change, against a registry image and a rebuild --------------------------------

const KINDS_BASE = [
  `FROM ${BASE_DEBIAN}`,
  'RUN head -c 3000000 /dev/urandom > /a',
  'COPY app.txt /app.txt',
  'RUN head -c 2000000 /dev/urandom > /old',
  'RUN useradd -u 10001 app',
  'USER 10001',
  '',
].join('\n');
const KINDS_HEAD = [
  `FROM ${BASE_DEBIAN}`,
  'RUN head -c 3000000 /dev/urandom > /a',
  'RUN useradd -u 10001 app',
  'COPY app.txt /app.txt',
  'RUN head -c 5000000 /dev/urandom > /new',
  'USER 10001',
  '',
].join('\n');
const APP: Record<string, [string, string]> = { 'app.txt': ['x'.repeat(1_000), 'y'.repeat(40_000)] };

describe('unchanged, changed, added, removed and moved instructions', () => {
  const repo = `shipshape-test/kinds-${process.pid}`;
  const baseRef = `${REGISTRY}/${repo}:main`;
  const images: string[] = [baseRef];
  let work: { dir: string; baseSha: string };
  let head = '';
  let base = '';

  beforeAll(() => {
    work = repository(KINDS_BASE, KINDS_HEAD, APP);
    base = buildImage('kinds-base', KINDS_BASE, { 'app.txt': APP['app.txt']![0] });
    head = buildImage('kinds-head', KINDS_HEAD, { 'app.txt': APP['app.txt']![1] });
    images.push(base, head);
    push(base, baseRef);
  });

  afterAll(() => {
    images.forEach(removeImage);
    rmSync(work.dir, { recursive: true, force: true });
  });

  const stages = (layerCache: LayerCache) =>
    baselineStages({
      request: buildRequest({ load: true }),
      displayFile: 'Dockerfile',
      cwd: work.dir,
      lintConfig: defaultLintConfig(),
      shellcheck: false,
      computeCompressedSize: true,
      layerCache,
      log: nullLogger,
    });
  const request = (mode: 'image' | 'rebuild', layerCache: LayerCache, image = baseRef): BaselineRequest => ({
    mode,
    reportPath: null,
    image: mode === 'image' ? image : null,
    baseRef: work.baseSha,
    cwd: work.dir,
    dockerfile: 'Dockerfile',
    key: 'Dockerfile',
    platform: null,
    build: buildRequest({ file: 'Dockerfile', context: '.', load: true }),
    headImageId: null,
    headCompressedSource: null,
    stages: stages(layerCache),
  });

  async function deltasAgainst(mode: 'image' | 'rebuild', layerCache: LayerCache, image = baseRef) {
    const measured = await measureImage(head, {
      log: nullLogger,
      chain: stageChain(parseDockerfile(KINDS_HEAD)),
      layerCache,
    });
    const baseline = await loadBaseline(request(mode, layerCache, image), nullLogger);
    expect(baseline?.source).toBe(mode);
    return compare(baseline!.snapshot, {
      image: imageFacts(measured, measured.platform),
      lint: null,
      runtime: null,
      cache: null,
    }).instructions;
  }

  for (const mode of ['image', 'rebuild'] as const) {
    it(`against ${mode === 'image' ? 'a registry image' : 'a rebuild of the base commit'}: one row each`, async () => {
      const deltas = await deltasAgainst(mode, new LayerCache());
      // GNU tar: head layers base, /a, useradd, app.txt, /new; base layers base, /a, app.txt, /old, useradd.
      const h = savedLayers(head).map((l) => l.payload);
      const b = savedLayers(base).map((l) => l.payload);
      expect(rowsOf(deltas, 'RUN head -c 3000000 /dev/urandom > /a')).toEqual([
        expect.objectContaining({ kind: 'unchanged', change: 0, line: 2, baseLine: 2 }),
      ]);
      expect(rowsOf(deltas, 'RUN useradd -u 10001 app')).toEqual([
        expect.objectContaining({ change: h[2]! - b[4]!, line: 3, baseLine: 5, layer: 3, baseLayer: 5 }),
      ]);
      expect(h[2]! - b[4]!).toBe(0);
      expect(rowsOf(deltas, 'COPY app.txt /app.txt')).toEqual([
        expect.objectContaining({ kind: 'grown', change: h[3]! - b[2]!, headBytes: h[3], baseBytes: b[2] }),
      ]);
      expect(h[3]! - b[2]!).toBe(39_000);
      expect(rowsOf(deltas, 'RUN head -c 5000000 /dev/urandom > /new')).toEqual([
        expect.objectContaining({ kind: 'added', change: h[4], baseLine: null }),
      ]);
      expect(rowsOf(deltas, 'RUN head -c 2000000 /dev/urandom > /old')).toEqual([
        expect.objectContaining({ kind: 'removed', change: -b[3]!, line: null, baseLine: 4 }),
      ]);
      expect(rowsOf(deltas, '(base image)')).toEqual([expect.objectContaining({ change: 0 })]);
      expect(deltas).toHaveLength(6);
    });
  }

  it("matches a base the classic builder made (its COPY names a hash) through the base commit's Dockerfile", async () => {
    const classicRef = `${REGISTRY}/${repo}:classic`;
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-classic-'));
    try {
      writeFileSync(join(dir, 'Dockerfile'), KINDS_BASE);
      writeFileSync(join(dir, 'app.txt'), APP['app.txt']![0]);
      execFileSync('docker', ['build', '-q', '-t', classicRef, dir], {
        env: { ...process.env, DOCKER_BUILDKIT: '0' },
        stdio: 'ignore',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    images.push(classicRef);
    execFileSync('docker', ['push', '-q', classicRef], { stdio: 'ignore' });
    const history = dockerOut(['history', '--no-trunc', '--format', '{{.CreatedBy}}', classicRef]);
    expect(history).toMatch(/#\(nop\) COPY file:[0-9a-f]+ in \/app.txt/);
    const h = savedLayers(head).map((l) => l.payload);
    const b = savedLayers(classicRef).map((l) => l.payload);
    const deltas = await deltasAgainst('image', new LayerCache(), classicRef);
    expect(rowsOf(deltas, 'COPY app.txt /app.txt')).toEqual([
      expect.objectContaining({ kind: 'grown', change: h[3]! - b[2]!, line: 4, baseLine: 3 }),
    ]);
    expect(rowsOf(deltas, 'RUN head -c 3000000 /dev/urandom > /a')).toEqual([
      expect.objectContaining({ change: h[1]! - b[1]!, line: 2, baseLine: 2 }),
    ]);
    expect(rowsOf(deltas, 'RUN useradd -u 10001 app')).toEqual([
      expect.objectContaining({ line: 3, baseLine: 5 }),
    ]);
    expect(deltas.map((d) => d.kind).sort()).toEqual([
      'added',
      'grown',
      'removed',
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
  });

  it('a rebuild reads each distinct layer once: what the head measurement read is not read again', async () => {
    const layerCache = new LayerCache();
    await deltasAgainst('rebuild', layerCache);
    // The layer blobs of both images, as `docker save` names them; the rebuild is the base
    // Dockerfile built again with the same builder and cache, so its blobs are the base's.
    const blobs = (ref: string) => withSavedImage(ref, (_dir, manifest) => manifest.Layers);
    const headBlobs = new Set(blobs(head));
    const baseBlobs = new Set(blobs(base));
    const shared = [...baseBlobs].filter((l) => headBlobs.has(l));
    expect(shared.length).toBeGreaterThanOrEqual(2);
    expect(layerCache.analysed).toBe(new Set([...headBlobs, ...baseBlobs]).size);
    expect(layerCache.reused).toBe(shared.length);
    expect(dockerOut(['image', 'ls', '-q', head])).not.toBe('');
  });
});
