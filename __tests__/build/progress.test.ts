import { describe, expect, it } from 'vitest';
import { cacheSummary, parseStepName, progressParser } from '../../src/build/progress.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');

// Shape of `docker buildx build --progress=rawjson` stderr (buildx 0.13): pretty-printed
// SolveStatus objects, a vertex repeated as its state changes, and buildx's own text at the end.
const rawjson = `{
  "vertexes": [
    { "digest": "sha256:a", "name": "[1/3] FROM shipshape.local/debian:bookworm" },
    { "digest": "sha256:b", "inputs": ["sha256:a"], "name": "[2/3] RUN echo \\"{not a brace}\\"" },
    { "digest": "sha256:c", "inputs": ["sha256:b"], "name": "[3/3] RUN make \\u0026\\u0026 false" }
  ]
}
{
  "vertexes": [
    { "digest": "sha256:b", "name": "[2/3] RUN echo \\"{not a brace}\\"", "started": "t", "completed": "t", "cached": true }
  ]
}
{
  "vertexes": [{ "digest": "sha256:c", "name": "[3/3] RUN make \\u0026\\u0026 false", "started": "t" }]
}
{
  "logs": [{ "vertex": "sha256:c", "stream": 1, "data": "${b64('compiling\nstill compiling\n')}" }]
}
{
  "vertexes": [
    { "digest": "sha256:c", "name": "[3/3] RUN make \\u0026\\u0026 false", "completed": "t", "error": "exit code: 2" }
  ]
}
ERROR: failed to solve: exit code: 2
`;

const plain = `#0 building with "default" instance using docker driver

#1 [internal] load build definition from Dockerfile
#1 transferring dockerfile: 31B done
#1 DONE 0.0s

#4 [1/3] FROM shipshape.local/debian:bookworm
#4 DONE 0.0s

#5 [2/3] RUN echo hi
#5 CACHED

#6 [3/3] RUN make && false
#6 0.182 compiling
#6 0.190 still compiling
#6 ERROR: executor failed running [/bin/sh -c make && false]: exit code: 2
------
 > [3/3] RUN make && false:
0.182 compiling
------
ERROR: failed to solve: executor failed running [/bin/sh -c make && false]: exit code: 2
`;

function feedInPieces(mode: 'rawjson' | 'plain', text: string, size: number) {
  const parser = progressParser(mode);
  const shown: string[] = [];
  for (let i = 0; i < text.length; i += size) shown.push(...parser.push(text.slice(i, i + size)));
  shown.push(...parser.end());
  return { parser, shown };
}

describe.each([
  ['rawjson', rawjson],
  ['plain', plain],
] as const)('progress parser (%s)', (mode, text) => {
  it.each([1, 7, 4096])('merges repeated vertices and keeps logs, fed %i characters at a time', (size) => {
    const { parser } = feedInPieces(mode, text, size);
    const steps = parser.steps.filter((s) => parseStepName(s.name));
    expect(steps).toHaveLength(3);
    const failed = parser.steps.find((s) => s.error !== null)!;
    expect(failed.name).toBe('[3/3] RUN make && false');
    expect(failed.error).toMatch(/exit code: 2$/);
    expect(failed.log).toBe('compiling\nstill compiling\n');
    expect(cacheSummary(parser.steps)).toEqual({ cachedSteps: 1, totalSteps: 2 });
    expect(parser.messages.at(-1)).toMatch(/^ERROR: failed to solve: .*exit code: 2$/);
  });

  it('shows the step names and their output in the log', () => {
    const { shown } = feedInPieces(mode, text, 4096);
    expect(shown.some((l) => l.includes('RUN make && false'))).toBe(true);
    expect(shown.some((l) => l.includes('still compiling'))).toBe(true);
  });
});

describe('parseStepName', () => {
  it.each([
    ['[2/3] RUN echo hi', { stage: null, platform: null, index: 2, total: 3, command: 'RUN echo hi' }],
    [
      '[stage-1  2/11] COPY --from=builder /x /y',
      { stage: 'stage-1', platform: null, index: 2, total: 11, command: 'COPY --from=builder /x /y' },
    ],
    [
      '[linux/arm64 build 3/4] RUN make',
      { stage: 'build', platform: 'linux/arm64', index: 3, total: 4, command: 'RUN make' },
    ],
  ])('%s', (name, expected) => {
    expect(parseStepName(name)).toEqual(expected);
  });

  it.each([
    '[internal] load build definition from Dockerfile',
    'exporting to image',
    'building with "default"',
  ])('is null for BuildKit’s own vertex %s', (name) => {
    expect(parseStepName(name)).toBeNull();
  });
});

describe('step logs', () => {
  it('keep only the tail of a very chatty step', () => {
    const parser = progressParser('plain');
    parser.push('#5 [2/2] RUN make\n');
    for (let i = 0; i < 20_000; i++) parser.push(`#5 1.${i} line ${i} ${'x'.repeat(20)}\n`);
    const step = parser.steps.find((s) => s.id === '#5')!;
    expect(step.log.length).toBeLessThanOrEqual(64 * 1024);
    expect(step.log.endsWith(`line 19999 ${'x'.repeat(20)}\n`)).toBe(true);
  });
});
