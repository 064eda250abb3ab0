import { describe, expect, it } from 'vitest';
import { lineFromErrorOutput, locateStep } from '../../src/build/locate.js';
import { parseStepName } from '../../src/build/progress.js';
import { parseDockerfile } from '../../src/dockerfile/model.js';

const multiStage = `# syntax=docker/dockerfile:1
FROM debian AS builder
ENV FOO=bar
LABEL a=b
RUN echo $FOO \\
    && echo hi
WORKDIR /app
COPY Dockerfile /x

FROM debian
ARG X=1
COPY --from=builder /x /y
RUN echo 1
RUN echo 2
`;

function locate(text: string, name: string) {
  return locateStep(parseDockerfile(text), parseStepName(name)!);
}

describe('locateStep', () => {
  // Step names exactly as BuildKit (Docker 20.10) printed them for this Dockerfile.
  it.each([
    ['[builder 1/4] FROM debian', 2, 'FROM debian AS builder'],
    ['[builder 2/4] RUN echo bar     && echo hi', 5, 'RUN echo $FOO && echo hi'],
    ['[builder 3/4] WORKDIR /app', 7, 'WORKDIR /app'],
    ['[builder 4/4] COPY Dockerfile /x', 8, 'COPY Dockerfile /x'],
    ['[stage-1 2/4] COPY --from=builder /x /y', 12, 'COPY --from=builder /x /y'],
    ['[stage-1 4/4] RUN echo 2', 14, 'RUN echo 2'],
    ['[linux/amd64 stage-1 3/4] RUN echo 1', 13, 'RUN echo 1'],
  ])('%s → line %i', (name, line, instruction) => {
    expect(locate(multiStage, name)).toEqual({ line, instruction });
  });

  it('finds the step of a single unnamed stage', () => {
    expect(locate('FROM debian\nRUN a\n\nRUN b\n', '[3/3] RUN b')).toEqual({ line: 4, instruction: 'RUN b' });
  });

  it('falls back to the text when the numbering does not line up', () => {
    // An ONBUILD trigger of the base adds a step the Dockerfile does not show.
    expect(locate('FROM base\nRUN a\nRUN b\n', '[4/4] RUN b')).toEqual({ line: 3, instruction: 'RUN b' });
  });

  it('joins continuations with the escape the file declares, keeping other backslashes', () => {
    const text =
      '# escape=`\nFROM base AS app\nRUN useradd app && `\n    head -c 10 /dev/zero > C:\\blob\nUSER app\n';
    expect(locate(text, '[app 2/2] RUN useradd app && head -c 10 /dev/zero > C:\\blob')).toEqual({
      line: 3,
      instruction: 'RUN useradd app && head -c 10 /dev/zero > C:\\blob',
    });
  });

  it('is null when nothing matches rather than guessing', () => {
    expect(locate('FROM base\nRUN a\n', '[5/5] RUN c')).toBeNull();
  });
});

describe('lineFromErrorOutput', () => {
  it('reads the source position newer BuildKit prints above the excerpt', () => {
    const output = [
      'Dockerfile:12',
      '--------------------',
      '  11 |     COPY . .',
      '  12 | >>> RUN make',
      '--------------------',
      'ERROR: failed to solve: process "/bin/sh -c make" did not complete successfully: exit code: 2',
    ].join('\n');
    expect(lineFromErrorOutput(output)).toBe(12);
  });

  it.each([
    ['ERROR: failed to solve: dockerfile parse error line 2: unknown instruction: NOPE', 2],
    ['ERROR: failed to solve: dockerfile parse error on line 7: unknown instruction: NOPE', 7],
  ])('reads the line of a parse error: %s', (output, line) => {
    expect(lineFromErrorOutput(output)).toBe(line);
  });

  it('is null when the output names no line', () => {
    expect(lineFromErrorOutput('ERROR: failed to solve: exit code: 1')).toBeNull();
  });
});
