import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/model.js';
import { stageChain } from '../../src/dockerfile/stages.js';
import { alignHistory, historyKeyword } from '../../src/measure/history.js';

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
  const steps = stageChain(parseDockerfile(MULTI)).steps;
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
