// The CLI's front door without an engine: flags read through the one options reader, and every
// usage error (bad flag, path outside the working directory, a file that is not a Dockerfile)
// ends with exit 2 and one line naming the flag or file, before anything is built.
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, readCheckFlags, useColor } from '../src/cli.js';
import { getInputs } from '../src/inputs.js';
import { actionDefaults } from './support/runner.js';

let cwd: string;
beforeAll(() => {
  cwd = realpathSync(mkdtempSync(join(tmpdir(), 'shipshape-cli-test-')));
  writeFileSync(join(cwd, 'Dockerfile.bin'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0xff]));
  writeFileSync(join(cwd, 'Dockerfile.empty'), '# nothing here\n\n');
  writeFileSync(join(cwd, 'Dockerfile'), 'FROM scratch\n');
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

async function run(argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c) => out.push(String(c)));
  stderr.on('data', (c) => err.push(String(c)));
  const code = await cli(argv, { stdout, stderr, cwd });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('readCheckFlags', () => {
  it('starts from the same options as the action with its defaults, the image always loaded', () => {
    for (const [name, value] of Object.entries(actionDefaults()))
      process.env[`INPUT_${name.toUpperCase()}`] = value;
    try {
      const { githubToken: _token, ...action } = getInputs();
      const { options, format } = readCheckFlags([]);
      expect(options).toEqual(action);
      expect(format).toBe('text');
    } finally {
      for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k];
    }
  });

  it('maps the CLI spellings onto the action inputs', () => {
    const { options } = readCheckFlags([
      '-f',
      'app/Dockerfile',
      '-c',
      'app',
      '-t',
      'a:1',
      '-t',
      'b:2',
      '--build-arg',
      'X=1,2',
      '--platform',
      'linux/arm64',
      '--allow-root',
      '--no-shellcheck',
      '--no-compressed-size',
      '--max-layers',
      'warn=10,fail=15',
      '--baseline',
      'none',
      '--lint-fail-on',
      'warning',
      '--smoke-port',
      '8080',
      '--run-command',
      '["serve", "--port", "8080"]',
      '--allow-outside-workspace',
      '--fail-on-crash',
      '--size-problems',
      'fail',
    ]);
    expect(options.build).toMatchObject({
      file: 'app/Dockerfile',
      context: 'app',
      tags: ['a:1', 'b:2'],
      buildArgs: ['X=1,2'],
      platforms: ['linux/arm64'],
      load: true,
    });
    expect(options.policy).toMatchObject({
      requireNonRoot: false,
      lintFailOn: 'warning',
      crash: 'fail',
      sizeProblems: 'fail',
    });
    expect(options.shellcheck).toBe(false);
    expect(options.computeCompressedSize).toBe(false);
    expect(options.budgets.maxLayers).toEqual({
      warn: { kind: 'count', value: 10 },
      fail: { kind: 'count', value: 15 },
    });
    expect(options.baseline.mode).toBe('none');
    expect(options.runtime.smoke.port).toBe(8080);
    expect(options.runtime.runCommand).toEqual(['serve', '--port', '8080']);
    expect(options.allowOutsideWorkspace).toBe(true);
  });
});

describe('shipshape check: usage errors exit 2 before anything is built', () => {
  it.each([
    [
      ['--max-layers=-3'],
      /^shipshape: --max-layers: "-3" is not a whole number; give a whole number \(0 or more\) such as 12/,
    ],
    [['--baseline', 'latest'], /^shipshape: --baseline: "latest" is not one of auto, report/],
    [['--format', 'html'], /^shipshape: --format: "html" is not one of text, markdown, json/],
    [['--smoke-port', '0'], /^shipshape: --smoke-port: "0" is not a port number/],
    [['--size-problems', 'error'], /^shipshape: --size-problems: "error" is not one of warn, fail, none/],
    [
      ['-f', '../../etc/passwd'],
      /^shipshape: --file: "\.\.\/\.\.\/etc\/passwd" resolves to \/etc\/passwd, outside the working directory; give a file inside the working directory, e\.g\. Dockerfile/,
    ],
    [
      ['-f', '/etc/passwd'],
      /^shipshape: --file: "\/etc\/passwd" resolves to \/etc\/passwd, outside the working directory/,
    ],
    [['-f', 'Dockerfile.bin'], /^shipshape: the Dockerfile Dockerfile.bin is not UTF-8 text \(line 1/],
    [
      ['-c', 'nowhere'],
      /^shipshape: --context: "nowhere" does not exist; give a directory inside the working directory, e\.g\. \. or app\n/,
    ],
    [['--bogus'], /^shipshape: Unknown option '--bogus'/],
  ])('%j', async (argv, message) => {
    const r = await run(['check', ...argv]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('a binary or empty Dockerfile is one clear file error and nothing else', async () => {
    const binary = await run(['check', '-f', 'Dockerfile.bin']);
    expect(binary).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'shipshape: the Dockerfile Dockerfile.bin is not UTF-8 text (line 1 holds bytes that are not UTF-8); give the Dockerfile itself with file\n',
    });
    const empty = await run(['check', '-f', 'Dockerfile.empty']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe(
      'shipshape: the Dockerfile Dockerfile.empty has no instruction (only blank lines and comments); it needs at least a FROM line\n',
    );
  });
});

describe('useColor', () => {
  const tty = Object.assign(new PassThrough(), { isTTY: true });
  it('colours a terminal unless NO_COLOR is set, and never a pipe', () => {
    expect(useColor(tty, {})).toBe(true);
    expect(useColor(tty, { NO_COLOR: '1' })).toBe(false);
    expect(useColor(new PassThrough(), {})).toBe(false);
  });
});
