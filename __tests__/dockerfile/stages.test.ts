import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/model.js';
import { buildArgMap, declaredUser, stageChain as chainOf } from '../../src/dockerfile/stages.js';

const stageChain = (text: string, target: string | null = null, buildArgs = new Map<string, string>()) =>
  chainOf(parseDockerfile(text), target, buildArgs);

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
      steps: [{ keyword: 'COPY', line: 10, text: 'COPY x /x', stage: 'other', key: 'COPY x /x' }],
    });
    expect(stageChain(MULTI, 'nope')).toEqual({ steps: [], baseImage: null });
  });
});

describe('the key of each step: the history entry BuildKit writes for it', () => {
  it('expands COPY and WORKDIR with the build args this build used, and keeps RUN as written', () => {
    const text =
      'FROM a\nARG SRC=app.txt\nARG DIR=/w\nCOPY --chown=1:1 --link ${SRC} /x/\nWORKDIR $DIR\nRUN --mount=type=cache,target=/c echo $SRC';
    expect(stageChain(text, null, buildArgMap(['SRC=other.txt'])).steps.map((s) => s.key)).toEqual([
      'ARG SRC=app.txt',
      'ARG DIR=/w',
      'COPY --chown=1:1 other.txt /x/',
      'WORKDIR /w',
      'RUN /bin/sh -c echo $SRC',
    ]);
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

describe('global ARGs in FROM', () => {
  it.each([
    ['${REG}/app:1', 'ghcr.io/app:1'],
    ['$REG/app', 'ghcr.io/app'],
    ['${MISSING:-python}:3', 'python:3'],
    ['${EMPTY:-alpine}', 'alpine'],
    ['plain:tag', 'plain:tag'],
  ])('%s → %s', (from, base) =>
    expect(stageChain(`ARG REG=ghcr.io\nARG EMPTY=\nFROM ${from}\nRUN true`).baseImage).toBe(base),
  );

  it('knows no base when a variable has no value (undeclared, or declared without a default)', () => {
    expect(stageChain('FROM ${NOWHERE}/app\nRUN true').baseImage).toBeNull();
    expect(stageChain('ARG BASE\nFROM ${BASE}\nRUN true').baseImage).toBeNull();
    expect(
      stageChain('ARG BASE\nFROM ${BASE}\nRUN true', null, new Map([['BASE', 'alpine:3']])).baseImage,
    ).toBe('alpine:3');
  });
});

describe('the escape directive', () => {
  const BACKTICK = [
    '# escape=`', // 1
    'FROM shipshape.local/debian:bookworm AS app', // 2
    'RUN useradd --uid 10001 app && `', // 3
    '    # a comment inside the continuation', // 4
    '    head -c 1000 /dev/zero > /blob', // 5
    'COPY a `', // 6
    '     C:\\app\\', // 7
    'USER app', // 8
  ].join('\n');

  it('joins continuations with the declared escape and keeps backslashes that are not one', () => {
    const chain = stageChain(BACKTICK);
    expect(chain.steps.map((s) => [s.keyword, s.line, s.stage, s.text])).toEqual([
      ['RUN', 3, 'app', 'RUN useradd --uid 10001 app && head -c 1000 /dev/zero > /blob'],
      ['COPY', 6, 'app', 'COPY a C:\\app\\'],
      ['USER', 8, 'app', 'USER app'],
    ]);
    expect(declaredUser(chain)).toBe('app');
  });
});

describe('declaredUser', () => {
  it('is the last USER of the chain that is built, not of the file', () => {
    const text = 'FROM a AS one\nUSER one\nFROM b\nUSER 0\nUSER two:grp\nFROM one AS three\nRUN true';
    expect(declaredUser(stageChain(text))).toBe('one');
    expect(declaredUser(stageChain(text.split('\n').slice(0, 5).join('\n')))).toBe('two:grp');
    expect(declaredUser(stageChain('FROM a\nRUN true'))).toBeNull();
  });
});

describe('heredocs', () => {
  it('a RUN with a heredoc shows its body on the one line', () => {
    const chain = stageChain('FROM a\nRUN <<EOF\napt-get update\napt-get install -y x\nEOF\nCMD ["x"]');
    expect(chain.steps.map((s) => [s.line, s.text])).toEqual([
      [2, 'RUN <<EOF apt-get update apt-get install -y x EOF'],
      [6, 'CMD ["x"]'],
    ]);
  });
});
