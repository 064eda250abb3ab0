import { describe, expect, it } from 'vitest';
import {
  alignHistory,
  buildArgMap,
  expandGlobalArgs,
  historyKeyword,
  stageChain,
} from '../../src/measure/dockerfile.js';

const MULTI = [
  'ARG BASE=debian:bookworm', // 1
  'FROM ${BASE} AS build', // 2
  'ARG VERSION=1', // 3
  'RUN make \\', // 4
  '    all', // 5
  'FROM build AS mid', // 6
  'ENV A=1', // 7
  'WORKDIR /app', // 8
  'FROM scratch AS other', // 9
  'COPY x /x', // 10
  'FROM mid', // 11
  'COPY --from=other /x /x', // 12
  'USER 1000', // 13
].join('\n');

describe('stageChain', () => {
  it('follows FROM <stage> back to the external base and keeps every instruction with its line', () => {
    const chain = stageChain(MULTI);
    expect(chain.baseImage).toBe('debian:bookworm');
    expect(chain.steps.map((s) => [s.keyword, s.line, s.stage])).toEqual([
      ['ARG', 3, 'build'],
      ['RUN', 4, 'build'],
      ['ENV', 7, 'mid'],
      ['WORKDIR', 8, 'mid'],
      ['COPY', 12, '3'],
      ['USER', 13, '3'],
    ]);
    expect(chain.steps[1]!.text).toBe('RUN make all');
  });

  it('builds the chain of a --target stage, and of a stage FROM scratch', () => {
    expect(stageChain(MULTI, 'mid').steps.map((s) => s.line)).toEqual([3, 4, 7, 8]);
    expect(stageChain(MULTI, 'OTHER')).toEqual({
      baseImage: 'scratch',
      steps: [{ keyword: 'COPY', line: 10, text: 'COPY x /x', stage: 'other' }],
    });
    expect(stageChain(MULTI, 'nope')).toEqual({ steps: [], baseImage: null });
  });
});

describe('build args in FROM', () => {
  it('a --build-arg replaces a declared global ARG default; an undeclared one changes nothing', () => {
    expect(stageChain(MULTI, null, buildArgMap(['BASE=shipshape.local/python:3-slim'])).baseImage).toBe(
      'shipshape.local/python:3-slim',
    );
    const undeclared = 'FROM ${IMAGE:-debian:bookworm}\nRUN true';
    expect(stageChain(undeclared, null, buildArgMap(['IMAGE=alpine'])).baseImage).toBe('debian:bookworm');
  });

  it('reads K=V pairs, and a bare K from the environment as docker does', () => {
    expect([...buildArgMap(['A=1', 'B==2', 'C', 'D'], { C: 'from-env' })]).toEqual([
      ['A', '1'],
      ['B', '=2'],
      ['C', 'from-env'],
    ]);
  });
});

describe('expandGlobalArgs', () => {
  const args = new Map([
    ['REG', 'ghcr.io'],
    ['EMPTY', ''],
  ]);
  it.each([
    ['${REG}/app:1', 'ghcr.io/app:1'],
    ['$REG/app', 'ghcr.io/app'],
    ['${MISSING:-python}:3', 'python:3'],
    ['${EMPTY:-alpine}', 'alpine'],
    ['plain:tag', 'plain:tag'],
  ])('%s → %s', (input, output) => expect(expandGlobalArgs(input, args)).toBe(output));
});

describe('historyKeyword', () => {
  it.each([
    ['RUN |1 VERSION=1 /bin/sh -c make # buildkit', 'RUN'],
    ['COPY /b /b2 # buildkit', 'COPY'],
    ['EXPOSE map[8080/tcp:{}]', 'EXPOSE'],
    ['/bin/sh -c #(nop)  CMD ["bash"]', 'CMD'],
    ['/bin/sh -c #(nop) ADD file:abc in / ', 'ADD'],
    ['/bin/sh -c apt-get update', 'RUN'],
    ['', null],
    [undefined, null],
  ])('%j → %s', (createdBy, keyword) => expect(historyKeyword(createdBy)).toBe(keyword));
});

describe('alignHistory', () => {
  const steps = stageChain(MULTI).steps;
  const own = [
    { created_by: 'ARG VERSION=1', empty_layer: true },
    { created_by: 'RUN |1 VERSION=1 /bin/sh -c make all # buildkit' },
    { created_by: 'ENV A=1', empty_layer: true },
    { created_by: 'WORKDIR /app' },
    { created_by: 'COPY /x /x # buildkit' },
    { created_by: 'USER 1000', empty_layer: true },
  ];

  it('maps the last entries to the steps and the ones before them to the base', () => {
    const history = [
      { created_by: '/bin/sh -c #(nop) ADD file:x in /' },
      { created_by: 'CMD ["bash"]', empty_layer: true },
      ...own,
    ];
    const { steps: aligned, baseEntries } = alignHistory(history, steps);
    expect(baseEntries).toBe(2);
    expect(aligned.map((s) => s?.line ?? null)).toEqual([null, null, 3, 4, 7, 8, 12, 13]);
  });

  it('maps what agrees from the end and leaves the base unknown when the history is not this file’s', () => {
    const history = [{ created_by: 'COPY other' }, ...own.slice(2)];
    const { steps: aligned, baseEntries } = alignHistory(history, steps);
    expect(baseEntries).toBeNull();
    expect(aligned.map((s) => s?.line ?? null)).toEqual([null, 7, 8, 12, 13]);
  });
});
