import { describe, expect, it } from 'vitest';
import { expandVariables, parseDockerfile, parseImageRef } from '../../src/dockerfile/model.js';

describe('parseDockerfile', () => {
  it('reads stages, aliases, base images and the final stage', () => {
    const m = parseDockerfile(
      'ARG BASE=python:3.12-slim\nFROM --platform=$BUILDPLATFORM golang:1.22@sha256:abc AS build\nFROM ${BASE} AS app\nFROM app\nFROM scratch\n',
    );
    expect(m.globalArgs.map((i) => i.line)).toEqual([1]);
    expect(m.stages.map((s) => [s.index, s.alias, s.isFinal])).toEqual([
      [0, 'build', false],
      [1, 'app', false],
      [2, null, false],
      [3, null, true],
    ]);
    const [build, app, child, scratch] = m.stages;
    expect(build!.from).toMatchObject({
      registry: null,
      name: 'golang',
      tag: '1.22',
      digest: 'sha256:abc',
      platform: '$BUILDPLATFORM',
    });
    expect(app!.from).toMatchObject({ text: '${BASE}', hasVariables: true, tag: null });
    expect(app!.from.resolved).toMatchObject({ name: 'python', tag: '3.12-slim' });
    expect(child!.from.parentStage).toBe(app);
    expect(scratch!.from.isScratch).toBe(true);
  });

  it('joins continuations, drops comment lines inside them, honours the escape directive', () => {
    const m = parseDockerfile(
      '# escape=`\nFROM x\nRUN a `\n  # note\n\n  b\nCOPY --chown=1:1 --from=build a b\n',
    );
    expect(m.escape).toBe('`');
    expect(m.directives).toEqual({ escape: '`' });
    const [, run, copy] = m.instructions;
    expect(run!.args).toBe('a   b');
    expect([run!.line, run!.endLine]).toEqual([3, 6]);
    expect(copy!.flags).toEqual([
      { name: 'chown', value: '1:1' },
      { name: 'from', value: 'build' },
    ]);
    expect(copy!.flag('from')).toBe('build');
    expect(copy!.flag('link')).toBeUndefined();
  });

  it('unwraps ONBUILD and keeps JSON vs shell form', () => {
    const m = parseDockerfile('FROM x\nonbuild run echo hi\nCMD ["a", "b"]\nCMD [not json\n');
    const onbuild = m.instructions[1]!;
    expect(onbuild.keyword).toBe('ONBUILD');
    expect(onbuild.trigger!.keyword).toBe('RUN');
    expect(onbuild.trigger!.onbuild).toBe(onbuild);
    expect(onbuild.trigger!.script()!.commands[0]!.argv).toEqual(['echo', 'hi']);
    expect(m.instructions[2]!.json).toEqual(['a', 'b']);
    expect(m.instructions[3]!.form).toBe('shell');
  });

  it('tracks variables per stage: ENV/ARG, redeclared global ARG, parent ENV', () => {
    const m = parseDockerfile(
      'ARG V=1\nARG W=2\nFROM x AS a\nARG V\nENV E=$V-x\nRUN a\nFROM a AS b\nRUN b\nFROM b\nRUN c\n',
    );
    const runA = m.instructions[5]!;
    expect(Object.fromEntries(runA.vars)).toEqual({ V: '1', E: '1-x' });
    expect(runA.expand('${E}/${W:-dflt}/$NOPE')).toBe('1-x/dflt/$NOPE');
    expect(Object.fromEntries(m.instructions[7]!.vars)).toEqual({ E: '1-x' });
    expect(Object.fromEntries(m.instructions[9]!.vars)).toEqual({ E: '1-x' });
  });

  it('reads heredoc bodies for RUN and COPY', () => {
    const m = parseDockerfile('FROM x\nCOPY <<EOF /etc/conf\nkey=value\nEOF\nRUN echo ok\n');
    expect(m.instructions[1]!.heredocs).toEqual([{ name: 'EOF', body: 'key=value', line: 3 }]);
    expect(m.instructions[1]!.args).toBe('<<EOF /etc/conf');
    expect(m.instructions[2]!.line).toBe(5);
  });

  it('lists what BuildKit would refuse without throwing', () => {
    expect(parseDockerfile('RUN x\nFROM y\n').problems).toEqual([
      { message: 'RUN before the first FROM (only ARG may come first)', line: 1 },
    ]);
    // A line that is no instruction is one error, not three (no "before the first FROM", no "no FROM").
    expect(parseDockerfile('hello world\n').problems).toEqual([
      { message: 'line 1 is not a Dockerfile instruction: "hello world"', line: 1 },
    ]);
    expect(parseDockerfile('{"garbage": true}\nFROM debian:bookworm\n').problems).toEqual([
      { message: 'line 1 is not a Dockerfile instruction: "{"garbage": true}"', line: 1 },
    ]);
    expect(parseDockerfile('# a comment\nARG X=1\n').problems.map((p) => p.message)).toEqual([
      'no FROM instruction: this is not a Dockerfile',
    ]);
    expect(parseDockerfile('').problems.map((p) => p.line)).toEqual([1]);
  });

  it('lists a FROM without an image at its line and models the rest as written', () => {
    const m = parseDockerfile('FROM debian AS base\nRUN true\nFROM --platform=linux/amd64\nUSER app\n');
    expect(m.problems).toEqual([{ message: 'FROM without an image', line: 3 }]);
    // Still a stage of its own: what follows it is not counted into the stage above.
    expect(
      m.stages.map((s) => [s.fromInstruction.line, s.instructions.map((i) => i.keyword), s.isFinal]),
    ).toEqual([
      [1, ['FROM', 'RUN'], false],
      [3, ['FROM', 'USER'], true],
    ]);
    expect(m.stages[1]!.from.parentStage).toBeNull();
    expect(parseDockerfile('FROM\n').problems).toEqual([{ message: 'FROM without an image', line: 1 }]);
  });

  it('lists instructions without the arguments the build needs, at their lines', () => {
    const m = parseDockerfile(
      'FROM x\nCOPY app.py\nADD ["a"]\nUSER\nEXPOSE\nONBUILD\nCOPY <<EOF /x\nhi\nEOF\nCMD\nRUN\nCOPY a b\n',
    );
    expect(m.problems).toEqual([
      { message: 'COPY needs at least a source and a destination', line: 2 },
      { message: 'ADD needs at least a source and a destination', line: 3 },
      { message: 'USER needs an argument', line: 4 },
      { message: 'EXPOSE needs an argument', line: 5 },
      { message: 'ONBUILD needs an argument', line: 6 },
    ]);
  });
});

describe('parseImageRef', () => {
  it.each([
    ['python', { registry: null, name: 'python', tag: null, digest: null }],
    ['python:3.12', { registry: null, name: 'python', tag: '3.12', digest: null }],
    ['localhost:5000/app', { registry: 'localhost:5000', name: 'app', tag: null, digest: null }],
    ['ghcr.io/o/r:v1@sha256:ab', { registry: 'ghcr.io', name: 'o/r', tag: 'v1', digest: 'sha256:ab' }],
    ['library/debian:bookworm', { registry: null, name: 'library/debian', tag: 'bookworm', digest: null }],
  ])('%s', (text, expected) => {
    expect(parseImageRef(text)).toEqual({ text, ...expected });
  });
});

describe('expandVariables', () => {
  const vars = new Map<string, string | null>([
    ['A', 'a'],
    ['EMPTY', ''],
    ['UNSET', null],
  ]);
  it.each([
    ['$A-${A}', 'a-a'],
    ['${EMPTY:-d}|${EMPTY-d}', 'd|'],
    ['${UNSET-d}|${A:+alt}|${EMPTY:+alt}', 'd|alt|'],
    ['$UNKNOWN ${UNKNOWN}', '$UNKNOWN ${UNKNOWN}'],
  ])('%s', (text, expected) => {
    expect(expandVariables(text, vars)).toBe(expected);
  });
});

describe('the shell each instruction runs in', () => {
  const shellAt = (text: string): [number, string, string][] =>
    parseDockerfile(text)
      .instructions.filter((i) => i.keyword === 'RUN')
      .map((i) => [i.line, i.shell.join(' '), i.shellKind]);

  it('follows SHELL, resets at FROM, and keeps a parent stage’s SHELL', () => {
    expect(
      shellAt(
        'FROM debian AS base\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN a\nFROM base\nRUN b\nFROM debian\nRUN c\n',
      ),
    ).toEqual([
      [3, '/bin/bash -o pipefail -c', 'posix'],
      [5, '/bin/bash -o pipefail -c', 'posix'],
      [7, '/bin/sh -c', 'posix'],
    ]);
  });

  it('takes `# hadolint shell=` for every stage before the first FROM, for the rest of its stage after', () => {
    expect(
      shellAt(
        '# hadolint shell=pwsh\nFROM w\nRUN a\nFROM w\nRUN b\n# hadolint shell=bash\nRUN c\nFROM w\nRUN d\n',
      ),
    ).toEqual([
      [3, 'pwsh', 'other'],
      [5, 'pwsh', 'other'],
      [7, 'bash', 'posix'],
      [9, 'pwsh', 'other'],
    ]);
  });

  it('looks through `env` to the shell it runs', () => {
    expect(shellAt('FROM a\nSHELL ["/usr/bin/env", "-i", "A=1", "bash", "-c"]\nRUN x\n')[0]![2]).toBe(
      'posix',
    );
    expect(shellAt('FROM a\nSHELL ["/usr/bin/env", "pwsh", "-c"]\nRUN x\n')[0]![2]).toBe('other');
  });
});
