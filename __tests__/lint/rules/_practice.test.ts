import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/dockerfile/model.js';
import {
  copiesWholeContext,
  dependencyInstall,
  effectiveArgv,
  imageProcess,
  packageInstall,
  packageName,
  packagesLeftInstalled,
} from '../../../src/lint/rules/_practice/index.js';

const model = (text: string) => parseDockerfile(text);
const finalOf = (text: string) => model(text).stages.at(-1)!;
const commandsOf = (run: string) =>
  model(`FROM x\nRUN ${run}`).stages[0]!.instructions[1]!.script()!.commands;

describe('imageProcess', () => {
  it('keeps a CMD set in the same stage as the ENTRYPOINT', () => {
    const p = imageProcess(finalOf('FROM x\nCMD ["a"]\nENTRYPOINT ["tini", "--"]'));
    expect(effectiveArgv(p)).toEqual(['tini', '--', 'a']);
  });
  it('drops a CMD inherited from the parent stage when the child sets ENTRYPOINT, as Docker does', () => {
    const p = imageProcess(finalOf('FROM x AS base\nCMD ["a"]\nFROM base\nENTRYPOINT ["b"]'));
    expect(p.cmd).toBeNull();
    expect(effectiveArgv(p)).toEqual(['b']);
  });
  it('ignores CMD under a shell-form ENTRYPOINT', () => {
    expect(effectiveArgv(imageProcess(finalOf('FROM x\nENTRYPOINT run.sh\nCMD ["a"]')))).toEqual([
      '/bin/sh',
      '-c',
      'run.sh',
    ]);
  });
});

describe('packageInstall', () => {
  it('reads packages after the subcommand, skipping flags and their values', () => {
    expect(
      packageInstall(
        commandsOf('apt-get -o Dpkg::Options::=x -y install --no-install-recommends gcc libpq-dev=15.*')[0]!,
      ),
    ).toEqual({
      manager: 'apt',
      packages: ['gcc', 'libpq-dev=15.*'],
      virtualName: null,
    });
    expect(packageInstall(commandsOf('apk add --no-cache --virtual .deps gcc musl-dev')[0]!)).toMatchObject({
      packages: ['gcc', 'musl-dev'],
      virtualName: '.deps',
    });
    expect(packageInstall(commandsOf('apt-get update')[0]!)).toBeNull();
  });
  it('strips versions and architectures', () => {
    expect(packageName('libc6-dev:amd64')).toBe('libc6-dev');
    expect(packageName('gcc=4:12.2.0-3')).toBe('gcc');
    expect(packageName('curl>=8')).toBe('curl');
  });
  it('follows removals to what is left at the end', () => {
    const stage = finalOf(
      'FROM x\nRUN apt-get install -y gcc make && apt-get purge -y gcc\nRUN apk add --virtual .b g++ && apk del .b',
    );
    expect([...packagesLeftInstalled(stage, () => true).values()].map((s) => [...s])).toEqual([['make']]);
  });
});

describe('copiesWholeContext and dependencyInstall', () => {
  it.each([
    ['COPY . .', true],
    ['COPY ./ /app/', true],
    ['ADD . /srv', true],
    ['COPY ["./", "/app"]', true],
    ['COPY --chown=app . .', true],
    ['COPY --from=build . .', false],
    ['COPY src/ ./src/', false],
    ['COPY requirements.txt .', false],
  ])('%s → %s', (line, whole) => {
    expect(copiesWholeContext(model(`FROM x\n${line}`).stages[0]!.instructions[1]!)).toBe(whole);
  });
  it.each([
    ['pip install -r requirements.txt', 'pip'],
    ['python3 -m pip install .', 'pip'],
    ['uv pip install -r r.txt', 'pip'],
    ['uv sync --frozen', 'uv'],
    ['npm ci', 'npm'],
    ['npm i -g pm2', null],
    ['yarn', 'yarn'],
    ['yarn build', null],
    ['go mod download', 'go'],
    ['bundle install', 'bundler'],
    ['pipx install black', null],
  ])('%s → %s', (run, ecosystem) => {
    expect(dependencyInstall(commandsOf(run)[0]!)).toBe(ecosystem);
  });
});
