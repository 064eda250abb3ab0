import { describe, expect, it } from 'vitest';
import {
  compare,
  compareInstructions,
  compareLint,
  compareRuntime,
  compressedDelta,
  figureDelta,
  newPullBytes,
  platformMismatch,
} from '../../src/baseline/compare.js';
import type { ImageFacts, LayerFacts, Snapshot } from '../../src/comparison.js';
import { parseDockerfile } from '../../src/dockerfile/model.js';
import type { Finding } from '../../src/types.js';

const layer = (over: Partial<LayerFacts>): LayerFacts => ({
  position: 1,
  diffId: null,
  digest: null,
  sizeBytes: null,
  compressedSizeBytes: null,
  createdBy: null,
  instruction: null,
  instructionKey: null,
  line: null,
  stage: null,
  fromBase: false,
  ...over,
});

const finding = (rule: string, line: number, message = `${rule} message`): Finding => ({
  rule,
  aliases: [],
  severity: 'warning',
  file: 'Dockerfile',
  line,
  column: 1,
  endLine: line,
  message,
  docs: `https://example.test/${rule}`,
});

describe('figureDelta', () => {
  it.each([
    [216_000_000, 184_000_000, { base: 216_000_000, head: 184_000_000, change: -32_000_000, percent: -14.8 }],
    [9, 11, { base: 9, head: 11, change: 2, percent: 22.2 }],
    [0, 5, { base: 0, head: 5, change: 5, percent: null }],
    [7, 7, { base: 7, head: 7, change: 0, percent: 0 }],
    [null, 5, null],
    [5, null, null],
  ])('%j → %j', (base, head, expected) => {
    expect(figureDelta(base, head)).toEqual(expected);
  });
});

describe('platformMismatch', () => {
  it.each([
    ['linux/amd64', 'linux/amd64', null],
    ['linux/amd64/v1', 'linux/amd64', null],
    ['linux/arm64/v8', 'linux/arm64', null],
    [null, 'linux/amd64', null],
    ['linux/arm64', 'linux/amd64', /baseline is linux\/arm64 but this image is linux\/amd64/],
  ] as const)('%s vs %s', (base, head, expected) => {
    const r = platformMismatch(base, head);
    if (expected === null) expect(r).toBeNull();
    else expect(r).toMatch(expected);
  });
});

describe('compareInstructions', () => {
  const base = [
    layer({ position: 1, diffId: 'sha256:b1', sizeBytes: 80_000_000, fromBase: true }),
    layer({
      position: 2,
      diffId: 'sha256:a1',
      sizeBytes: 120_000_000,
      createdBy: 'RUN /bin/sh -c apt-get update # buildkit',
      line: 3,
    }),
    layer({
      position: 3,
      diffId: 'sha256:a2',
      sizeBytes: 50_000_000,
      createdBy: 'RUN /bin/sh -c pip install -r requirements.txt # buildkit',
      line: 8,
    }),
    layer({
      position: 4,
      diffId: 'sha256:a3',
      sizeBytes: 1_000,
      createdBy: 'COPY app.py . # buildkit',
      line: 10,
    }),
  ];
  const head = [
    layer({ position: 1, diffId: 'sha256:b1', sizeBytes: 80_000_000, fromBase: true }),
    layer({
      position: 2,
      diffId: 'sha256:c2',
      sizeBytes: 132_000_000,
      createdBy: 'RUN |1 X=1 /bin/sh -c pip install -r requirements.txt # buildkit',
      line: 14,
    }),
    layer({
      position: 3,
      diffId: 'sha256:a3',
      sizeBytes: 1_000,
      createdBy: 'COPY app.py . # buildkit',
      line: 16,
    }),
    layer({
      position: 4,
      diffId: 'sha256:c4',
      sizeBytes: 4_000,
      createdBy: 'RUN /bin/sh -c useradd app # buildkit',
      line: 15,
    }),
  ];

  it('matches by instruction text (not line), reports growth, additions and removals, largest first', () => {
    expect(compareInstructions(base, head)).toEqual([
      {
        instruction: 'RUN apt-get update',
        stage: null,
        line: null,
        baseLine: 3,
        layer: null,
        baseLayer: 2,
        baseBytes: 120_000_000,
        headBytes: null,
        change: -120_000_000,
        kind: 'removed',
      },
      {
        instruction: 'RUN pip install -r requirements.txt',
        stage: null,
        line: 14,
        baseLine: 8,
        layer: 2,
        baseLayer: 3,
        baseBytes: 50_000_000,
        headBytes: 132_000_000,
        change: 82_000_000,
        kind: 'grown',
      },
      {
        instruction: 'RUN useradd app',
        stage: null,
        line: 15,
        baseLine: null,
        layer: 4,
        baseLayer: null,
        baseBytes: null,
        headBytes: 4_000,
        change: 4_000,
        kind: 'added',
      },
      {
        instruction: '(base image)',
        stage: null,
        line: null,
        baseLine: null,
        layer: null,
        baseLayer: null,
        baseBytes: 80_000_000,
        headBytes: 80_000_000,
        change: 0,
        kind: 'unchanged',
      },
      {
        instruction: 'COPY app.py .',
        stage: null,
        line: 16,
        baseLine: 10,
        layer: 3,
        baseLayer: 4,
        baseBytes: 1_000,
        headBytes: 1_000,
        change: 0,
        kind: 'unchanged',
      },
    ]);
  });

  it('keeps stages apart: the same text in another stage is another instruction', () => {
    const b = [layer({ diffId: 'x', sizeBytes: 10, createdBy: 'RUN make', stage: 'build' })];
    const h = [layer({ diffId: 'y', sizeBytes: 10, createdBy: 'RUN make', stage: 'final' })];
    expect(
      compareInstructions(b, h)
        .map((d) => d.kind)
        .sort(),
    ).toEqual(['added', 'removed']);
  });

  it('treats a registry baseline layer as base when the head knows that content as its base', () => {
    const b = [layer({ diffId: 'sha256:b1', sizeBytes: 80, createdBy: '# debian.sh bookworm' })];
    const h = [layer({ diffId: 'sha256:b1', sizeBytes: 80, fromBase: true })];
    expect(compareInstructions(b, h)).toEqual([
      expect.objectContaining({ instruction: '(base image)', kind: 'unchanged' }),
    ]);
  });

  // The history BuildKit wrote for the base image (no Dockerfile aligned: no lines, no stages)
  // against the head aligned to its Dockerfile: an unchanged, a changed, an added, a removed and a
  // moved instruction, as in issue 14. The created_by texts are the engine's own spelling.
  describe('against a registry image read without its Dockerfile', () => {
    const registry = [
      layer({ position: 1, diffId: 'sha256:deb', sizeBytes: 100_000_000 }),
      layer({
        position: 2,
        diffId: 'sha256:a',
        sizeBytes: 3_000_000,
        createdBy: 'RUN |1 V=1 /bin/sh -c head -c 3000000 /dev/urandom > /a # buildkit',
      }),
      layer({
        position: 3,
        diffId: 'sha256:app1',
        sizeBytes: 1_000,
        createdBy: 'COPY app.txt /app.txt # buildkit',
      }),
      layer({
        position: 4,
        diffId: 'sha256:old',
        sizeBytes: 2_000_000,
        createdBy: 'RUN |1 V=1 /bin/sh -c head -c 2000000 /dev/urandom > /old # buildkit',
      }),
      layer({
        position: 5,
        diffId: 'sha256:user1',
        sizeBytes: 5_000,
        createdBy: 'RUN |1 V=1 /bin/sh -c useradd -u 10001 app # buildkit',
      }),
    ];
    const aligned = (position: number, line: number, instruction: string, over: Partial<LayerFacts>) =>
      layer({ position, line, instruction, stage: '0', ...over });
    const pr = [
      layer({ position: 1, diffId: 'sha256:deb', sizeBytes: 100_000_000, fromBase: true, stage: '0' }),
      aligned(2, 3, 'RUN head -c 3000000 /dev/urandom > /a', {
        diffId: 'sha256:a',
        sizeBytes: 3_000_000,
        createdBy: 'RUN |1 V=1 /bin/sh -c head -c 3000000 /dev/urandom > /a # buildkit',
        instructionKey: 'RUN /bin/sh -c head -c 3000000 /dev/urandom > /a',
      }),
      aligned(3, 4, 'RUN useradd -u 10001 app', {
        diffId: 'sha256:user2',
        sizeBytes: 5_000,
        createdBy: 'RUN |1 V=1 /bin/sh -c useradd -u 10001 app # buildkit',
        instructionKey: 'RUN /bin/sh -c useradd -u 10001 app',
      }),
      aligned(4, 5, 'COPY app.txt /app.txt', {
        diffId: 'sha256:app2',
        sizeBytes: 5_000,
        createdBy: 'COPY app.txt /app.txt # buildkit',
        instructionKey: 'COPY app.txt /app.txt',
      }),
      aligned(5, 6, 'RUN head -c 9000000 /dev/urandom > /b', {
        diffId: 'sha256:b',
        sizeBytes: 9_000_000,
        createdBy: 'RUN |1 V=1 /bin/sh -c head -c 9000000 /dev/urandom > /b # buildkit',
        instructionKey: 'RUN /bin/sh -c head -c 9000000 /dev/urandom > /b',
      }),
    ];
    const deltas = compareInstructions(registry, pr);
    const row = (instruction: string) => deltas.filter((d) => d.instruction === instruction);

    it('gives each instruction one row: unchanged ±0, moved ±0, changed by its growth', () => {
      expect(row('RUN head -c 3000000 /dev/urandom > /a')).toEqual([
        expect.objectContaining({ kind: 'unchanged', change: 0, line: 3, layer: 2, baseLayer: 2 }),
      ]);
      expect(row('RUN useradd -u 10001 app')).toEqual([
        expect.objectContaining({ kind: 'unchanged', change: 0, line: 4, layer: 3, baseLayer: 5 }),
      ]);
      expect(row('COPY app.txt /app.txt')).toEqual([
        expect.objectContaining({ kind: 'grown', change: 4_000, baseBytes: 1_000, headBytes: 5_000 }),
      ]);
    });

    it('shows the added and the removed instruction once each, the removed one by the history', () => {
      expect(row('RUN head -c 9000000 /dev/urandom > /b')).toEqual([
        expect.objectContaining({ kind: 'added', change: 9_000_000, baseBytes: null }),
      ]);
      expect(row('layer 4: RUN head -c 2000000 /dev/urandom > /old')).toEqual([
        expect.objectContaining({ kind: 'removed', change: -2_000_000, baseLayer: 4, baseLine: null }),
      ]);
      expect(deltas).toHaveLength(6);
      expect(deltas.find((d) => d.instruction === '(base image)')).toMatchObject({ change: 0 });
    });
  });

  it('names a layer nothing attributes by its position, and never pairs it', () => {
    const b = [layer({ position: 2, diffId: 'x', sizeBytes: 10 })];
    const h = [layer({ position: 2, diffId: 'y', sizeBytes: 10 })];
    expect(compareInstructions(b, h).map((d) => [d.instruction, d.kind])).toEqual([
      ['layer 2', 'added'],
      ['layer 2', 'removed'],
    ]);
  });
});

describe('newPullBytes', () => {
  const base = [
    layer({ diffId: 'a', compressedSizeBytes: 30, sizeBytes: 100 }),
    layer({ diffId: 'b', compressedSizeBytes: 10, sizeBytes: 40 }),
  ];
  it.each([
    [
      'nothing new',
      [layer({ diffId: 'a', compressedSizeBytes: 30, sizeBytes: 100 })],
      { bytes: 0, layers: 0, basis: 'compressed', by: 'diff-id' },
    ],
    [
      'compressed sizes of new layers',
      [layer({ diffId: 'a', sizeBytes: 100 }), layer({ diffId: 'c', compressedSizeBytes: 7, sizeBytes: 20 })],
      { bytes: 7, layers: 1, basis: 'compressed', by: 'diff-id' },
    ],
    [
      'uncompressed when a compressed size is missing',
      [layer({ diffId: 'c', compressedSizeBytes: 7, sizeBytes: 20 }), layer({ diffId: 'd', sizeBytes: 5 })],
      { bytes: 25, layers: 2, basis: 'uncompressed', by: 'diff-id' },
    ],
    ['unknown identity', [layer({ sizeBytes: 5 })], null],
    ['no layers measured', [], null],
  ])('%s', (_name, head, expected) => {
    expect(newPullBytes(base, head)).toEqual(expected);
  });

  it('counts blobs by digest when both sides know them: same content in another blob is fetched', () => {
    const b = [layer({ diffId: 'a', digest: 'sha256:blob-a', compressedSizeBytes: 30, sizeBytes: 100 })];
    const h = [
      // The same content (diff ID), compressed again into another blob: a pull fetches it.
      layer({ diffId: 'a', digest: 'sha256:blob-a2', compressedSizeBytes: 31, sizeBytes: 100 }),
      layer({ diffId: 'c', digest: 'sha256:blob-c', compressedSizeBytes: 7, sizeBytes: 20 }),
      // One blob twice in an image is one download.
      layer({ diffId: 'c', digest: 'sha256:blob-c', compressedSizeBytes: 7, sizeBytes: 20 }),
    ];
    expect(newPullBytes(b, h)).toEqual({ bytes: 38, layers: 2, basis: 'compressed', by: 'digest' });
  });
});

describe('compareLint', () => {
  const baseText = parseDockerfile(
    ['FROM debian:bookworm', 'RUN apt-get update', 'RUN apt-get install -y curl', 'CMD ["bash"]'].join('\n'),
  );
  const headText = parseDockerfile(
    [
      'FROM debian:bookworm',
      '# a comment moves lines',
      '',
      'RUN apt-get update',
      'RUN apt-get install -y  curl',
      'USER 10001',
      'CMD ["bash"]',
    ].join('\n'),
  );

  it('matches by rule and instruction, so moved lines are unchanged; new and fixed by difference', () => {
    const base = [
      finding('apt-no-install-recommends', 3),
      finding('apt-lists-not-cleaned', 2),
      finding('last-user-root', 4),
    ];
    const head = [
      finding('apt-no-install-recommends', 5),
      finding('apt-lists-not-cleaned', 4),
      finding('pin-base-digest', 1),
    ];
    const d = compareLint(base, baseText, head, headText);
    expect(d.unchanged).toBe(2);
    expect(d.new.map((f) => f.rule)).toEqual(['pin-base-digest']);
    expect(d.fixed.map((f) => f.rule)).toEqual(['last-user-root']);
  });

  it('counts duplicates: two findings of one rule on one instruction, one fixed', () => {
    const d = compareLint([finding('r', 2), finding('r', 2)], baseText, [finding('r', 4)], headText);
    expect(d).toMatchObject({ unchanged: 1, new: [], fixed: [expect.objectContaining({ rule: 'r' })] });
  });

  it('falls back to rule + message without the Dockerfile text', () => {
    const d = compareLint(
      [finding('r', 2, 'same')],
      null,
      [finding('r', 9, 'same'), finding('r', 9, 'other')],
      null,
    );
    expect(d.unchanged).toBe(1);
    expect(d.new.map((f) => f.message)).toEqual(['other']);
  });

  it('tells the same instruction in two stages apart', () => {
    const text = parseDockerfile(['FROM a AS build', 'RUN make', 'FROM b', 'RUN make'].join('\n'));
    const d = compareLint([finding('r', 2)], text, [finding('r', 4)], text);
    expect(d.new).toHaveLength(1);
    expect(d.fixed).toHaveLength(1);
  });

  it('reads instructions with the escape each file declares, so a re-wrapped RUN still matches', () => {
    const backslash = parseDockerfile('FROM a\nRUN apt-get update && \\\n    apt-get install -y curl\n');
    const backtick = parseDockerfile(
      '# escape=`\nFROM a\n\nRUN apt-get update && `\n    # why\n    apt-get install -y curl\n',
    );
    const d = compareLint([finding('r', 3)], backslash, [finding('r', 5)], backtick);
    expect(d).toMatchObject({ unchanged: 1, new: [], fixed: [] });
  });
});

describe('compressedDelta: like for like, or marked approximate', () => {
  const side = (compressedSizeBytes: number | null, compressedSource: ImageFacts['compressedSource']) =>
    ({ compressedSizeBytes, compressedSource }) as ImageFacts;
  it.each([
    ['stored', 'registry', 'exact'],
    ['registry', 'stored', 'exact'],
    ['stored', 'stored', 'exact'],
    ['computed', 'computed', 'computed'],
  ] as const)('%s vs %s: %s, not approximate', (base, head, basis) => {
    expect(compressedDelta(side(100, base), side(120, head))).toEqual({
      base: 100,
      head: 120,
      change: 20,
      percent: 20,
      basis,
      approximate: null,
    });
  });
  it.each([
    ['registry', 'computed', /registry's blob sizes, this image's gzip computed here/],
    ['computed', 'stored', /gzip computed here, this image's the gzip blobs the engine stores/],
    [null, 'stored', /origin the baseline does not record/],
  ] as const)('%s vs %s is never presented as exact', (base, head, why) => {
    const d = compressedDelta(side(100, base), side(120, head))!;
    expect(d.basis).toBe('mixed');
    expect(d.approximate).toMatch(why);
  });
  it('is null when a side has no compressed size', () => {
    expect(compressedDelta(side(null, null), side(120, 'stored'))).toBeNull();
  });
});

describe('compareRuntime', () => {
  const root = { user: '', uid: 0, nonRoot: false };
  const app = { user: '10001', uid: 10001, nonRoot: true };
  it.each([
    [root, app, 'became-non-root'],
    [app, root, 'became-root'],
    [app, { ...app, user: 'app', uid: 1000 }, 'user-changed'],
    [app, app, 'unchanged'],
    [app, { ...app, nonRoot: null }, 'unproven'],
  ] as const)('%j → %j: %s', (base, head, change) => {
    expect(compareRuntime(base, head)?.change).toBe(change);
  });
  it('is null without both sides', () => {
    expect(compareRuntime(null, app)).toBeNull();
  });
});

describe('compare', () => {
  const image = (over: Partial<ImageFacts>): ImageFacts => ({
    sizeBytes: 100,
    compressedSizeBytes: 40,
    compressedSource: 'stored',
    layerCount: 5,
    reclaimableBytes: null,
    layers: [],
    user: '',
    platform: 'linux/amd64',
    ...over,
  });
  const snapshot = (over: Partial<Snapshot>): Snapshot => ({
    image: null,
    lint: null,
    runtime: null,
    cache: null,
    ...over,
  });

  it('gives every figure both sides have, and null for the rest', () => {
    const d = compare(
      snapshot({ image: image({}), cache: { cachedSteps: 2, totalSteps: 8 } }),
      snapshot({
        image: image({ sizeBytes: 80, layerCount: 4, compressedSizeBytes: null }),
        cache: { cachedSteps: 6, totalSteps: 8 },
        lint: { findings: [], dockerfile: null },
      }),
    );
    expect(d.size).toEqual({ base: 100, head: 80, change: -20, percent: -20 });
    expect(d.layers).toEqual({ base: 5, head: 4, change: -1, percent: -20 });
    expect(d.compressedSize).toBeNull();
    expect(d.reclaimable).toBeNull();
    expect(d.lint).toBeNull();
    expect(d.cache).toEqual({ baseRate: 0.25, headRate: 0.75, headCachedSteps: 6, headTotalSteps: 8 });
    expect(d.refused).toBeNull();
  });

  it('refuses image deltas across platforms, with the reason, but still compares lint', () => {
    const lint = { findings: [finding('r', 1)], dockerfile: parseDockerfile('FROM x') };
    const d = compare(
      snapshot({
        image: image({ platform: 'linux/arm64' }),
        lint: { findings: [], dockerfile: parseDockerfile('FROM x') },
      }),
      snapshot({ image: image({}), lint }),
    );
    expect(d.size).toBeNull();
    expect(d.refused).toMatch(/linux\/arm64.*linux\/amd64/);
    expect(d.lint?.new).toHaveLength(1);
  });
});
