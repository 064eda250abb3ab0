import { describe, expect, it } from 'vitest';
import {
  compare,
  compareInstructions,
  compareLint,
  compareRuntime,
  figureDelta,
  newPullBytes,
  platformMismatch,
} from '../../src/baseline/compare.js';
import type { ImageFacts, LayerFacts, Snapshot } from '../../src/comparison.js';
import { parseDockerfile } from '../../src/dockerfile/model.js';
import { normaliseCreatedBy } from '../../src/measure/history.js';
import type { Finding } from '../../src/types.js';

const layer = (over: Partial<LayerFacts>): LayerFacts => ({
  diffId: null,
  digest: null,
  sizeBytes: null,
  compressedSizeBytes: null,
  createdBy: null,
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

describe('normaliseCreatedBy', () => {
  it.each([
    [
      'RUN /bin/sh -c apt-get update && apt-get install -y curl # buildkit',
      'RUN apt-get update && apt-get install -y curl',
    ],
    [
      'RUN |2 BASE_IMAGE=x PIP=1 /bin/sh -c pip install -r requirements.txt # buildkit',
      'RUN pip install -r requirements.txt',
    ],
    ['COPY requirements.txt . # buildkit', 'COPY requirements.txt .'],
    ['/bin/sh -c #(nop)  WORKDIR /app', 'WORKDIR /app'],
    ['/bin/sh -c pip   install  flask', 'RUN pip install flask'],
    ['run   echo hi', 'RUN echo hi'],
  ])('%s', (raw, expected) => {
    expect(normaliseCreatedBy(raw)).toBe(expected);
  });
});

describe('compareInstructions', () => {
  const base = [
    layer({ diffId: 'sha256:b1', sizeBytes: 80_000_000, fromBase: true }),
    layer({
      diffId: 'sha256:a1',
      sizeBytes: 120_000_000,
      createdBy: 'RUN /bin/sh -c apt-get update # buildkit',
      line: 3,
    }),
    layer({
      diffId: 'sha256:a2',
      sizeBytes: 50_000_000,
      createdBy: 'RUN /bin/sh -c pip install -r requirements.txt # buildkit',
      line: 8,
    }),
    layer({ diffId: 'sha256:a3', sizeBytes: 1_000, createdBy: 'COPY app.py . # buildkit', line: 10 }),
  ];
  const head = [
    layer({ diffId: 'sha256:b1', sizeBytes: 80_000_000, fromBase: true }),
    layer({
      diffId: 'sha256:c2',
      sizeBytes: 132_000_000,
      createdBy: 'RUN |1 X=1 /bin/sh -c pip install -r requirements.txt # buildkit',
      line: 14,
    }),
    layer({ diffId: 'sha256:a3', sizeBytes: 1_000, createdBy: 'COPY app.py . # buildkit', line: 16 }),
    layer({
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
      { bytes: 0, layers: 0, basis: 'compressed' },
    ],
    [
      'compressed sizes of new layers',
      [layer({ diffId: 'a', sizeBytes: 100 }), layer({ diffId: 'c', compressedSizeBytes: 7, sizeBytes: 20 })],
      { bytes: 7, layers: 1, basis: 'compressed' },
    ],
    [
      'uncompressed when a compressed size is missing',
      [layer({ diffId: 'c', compressedSizeBytes: 7, sizeBytes: 20 }), layer({ diffId: 'd', sizeBytes: 5 })],
      { bytes: 25, layers: 2, basis: 'uncompressed' },
    ],
    ['unknown identity', [layer({ sizeBytes: 5 })], null],
    ['no layers measured', [], null],
  ])('%s', (_name, head, expected) => {
    expect(newPullBytes(base, head)).toEqual(expected);
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
