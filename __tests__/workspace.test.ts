// file and context must resolve inside the workspace, symlinks followed: checked on a real
// directory tree with real symlinks.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../src/errors.js';
import { checkBuildPaths, isInside } from '../src/workspace.js';

let top: string;
let workspace: string;
let outside: string;
const asAction = { allowOutside: false, label: (n: string) => `input ${n}`, rootName: 'workspace' };

beforeAll(() => {
  top = realpathSync(mkdtempSync(join(tmpdir(), 'shipshape-ws-test-')));
  workspace = join(top, 'workspace');
  outside = join(top, 'outside');
  mkdirSync(join(workspace, 'app'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(workspace, 'Dockerfile'), 'FROM scratch\n');
  writeFileSync(join(workspace, 'app', 'Dockerfile'), 'FROM scratch\n');
  writeFileSync(join(outside, 'Dockerfile'), 'FROM scratch\n');
  symlinkSync(join(outside, 'Dockerfile'), join(workspace, 'Dockerfile.link'));
  symlinkSync(outside, join(workspace, 'ctx-link'));
  symlinkSync('app/Dockerfile', join(workspace, 'Dockerfile.inside-link'));
});
afterAll(() => rmSync(top, { recursive: true, force: true }));

async function failure(build: { file: string; context: string }, options = asAction): Promise<Error> {
  const e = await checkBuildPaths(build, workspace, options).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(UsageError);
  return e as Error;
}

describe('checkBuildPaths', () => {
  it('accepts paths inside, including a symlink that stays inside, and returns where they lead', async () => {
    await expect(checkBuildPaths({ file: 'Dockerfile', context: '.' }, workspace, asAction)).resolves.toEqual(
      { file: join(workspace, 'Dockerfile'), context: workspace },
    );
    // The real paths: the run builds what was checked, not the link.
    await expect(
      checkBuildPaths({ file: 'Dockerfile.inside-link', context: 'app' }, workspace, asAction),
    ).resolves.toEqual({ file: join(workspace, 'app', 'Dockerfile'), context: join(workspace, 'app') });
    await expect(
      checkBuildPaths(
        { file: join(workspace, 'app/Dockerfile'), context: 'app/../app' },
        workspace,
        asAction,
      ),
    ).resolves.toEqual({ file: join(workspace, 'app', 'Dockerfile'), context: join(workspace, 'app') });
  });

  it('refuses a file that climbs out with ../, naming the input and a valid value', async () => {
    const e = await failure({ file: '../outside/Dockerfile', context: '.' });
    expect(e.message).toBe(
      `input file: "../outside/Dockerfile" resolves to ${join(outside, 'Dockerfile')}, outside the workspace; give a file inside the workspace, e.g. Dockerfile or app/Dockerfile (or allow it with allow-outside-workspace)`,
    );
  });

  it('refuses /etc/passwd and a symlink that leads out', async () => {
    expect((await failure({ file: '/etc/passwd', context: '.' })).message).toMatch(
      /^input file: "\/etc\/passwd" resolves to \/etc\/passwd, outside the workspace/,
    );
    expect((await failure({ file: 'Dockerfile.link', context: '.' })).message).toMatch(
      /^input file: "Dockerfile.link" resolves to .*outside\/Dockerfile, outside the workspace/,
    );
    expect((await failure({ file: 'Dockerfile', context: 'ctx-link' })).message).toMatch(
      /^input context: "ctx-link" resolves to .*outside, outside the workspace; give a directory inside the workspace, e.g. \. or app/,
    );
  });

  it('names a missing context, and a context that is a file', async () => {
    expect((await failure({ file: 'Dockerfile', context: 'no-such-dir' })).message).toBe(
      'input context: "no-such-dir" does not exist; give a directory inside the workspace, e.g. . or app',
    );
    expect((await failure({ file: 'Dockerfile', context: 'Dockerfile' })).message).toMatch(
      /^input context: "Dockerfile" is not a directory/,
    );
    expect((await failure({ file: 'app', context: '.' })).message).toMatch(
      /^input file: "app" is not a file/,
    );
    expect((await failure({ file: 'nope/Dockerfile', context: '.' })).message).toMatch(
      /^input file: "nope\/Dockerfile" does not exist/,
    );
  });

  it('lets the paths leave only when asked, and names options as the CLI spells them', async () => {
    await expect(
      checkBuildPaths({ file: 'Dockerfile.link', context: 'ctx-link' }, workspace, {
        ...asAction,
        allowOutside: true,
      }),
    ).resolves.toEqual({ file: join(outside, 'Dockerfile'), context: outside });
    const cli = { allowOutside: false, label: (n: string) => `--${n}`, rootName: 'working directory' };
    expect((await failure({ file: '../outside/Dockerfile', context: '.' }, cli)).message).toMatch(
      /^--file: .*outside the working directory; give a file inside the working directory/,
    );
  });
});

describe('isInside', () => {
  it.each([
    ['/w', '/w', true],
    ['/w', '/w/a/b', true],
    ['/w', '/w2', false],
    ['/w', '/', false],
    ['/w', '/w/..x', true],
  ])('%s holds %s: %s', (root, inner, inside) => expect(isInside(root, inner)).toBe(inside));
});
