// Inputs that must be refused, through the bundled action run as the runner runs it (issue 13):
// a file outside the workspace (directly or through a symlink), a binary file, a file with no
// instruction, a missing context and a bad budget each end in one error naming the input or the
// file, with the status outputs and a summary, and nothing linted, built or left behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { managedContainers } from '../support/docker.js';
import { FakeGitHub } from '../support/fake-github.js';
import { REPO_ROOT, pullRequestEvent, runAction, type ActionRun } from '../support/runner.js';

const TOKEN = 'ghs_e2eInputsTokenThatMustNeverBePrinted';

describe('the action refuses inputs it must not act on', () => {
  const github = new FakeGitHub({ token: TOKEN });
  const runs: ActionRun[] = [];
  let top: string;
  let workspace: string;

  beforeAll(async () => {
    expect(
      existsSync(join(REPO_ROOT, 'dist/index.js')),
      'dist/index.js is missing: run `npm run bundle`',
    ).toBe(true);
    await github.start();
    top = realpathSync(mkdtempSync(join(tmpdir(), 'shipshape-inputs-e2e-')));
    workspace = join(top, 'workspace');
    mkdirSync(join(workspace, 'app'), { recursive: true });
    mkdirSync(join(top, 'secret'));
    writeFileSync(join(top, 'secret', 'Dockerfile'), 'FROM scratch\nLABEL token=outside-the-workspace\n');
    writeFileSync(join(workspace, 'Dockerfile'), 'FROM scratch\n');
    writeFileSync(join(workspace, 'Dockerfile.bin'), readFileSync(process.execPath).subarray(0, 65_536));
    writeFileSync(join(workspace, 'Dockerfile.comments'), '# syntax=docker/dockerfile:1\n# to do\n');
    symlinkSync(join(top, 'secret', 'Dockerfile'), join(workspace, 'Dockerfile.link'));
  });

  afterAll(async () => {
    await github.stop();
    for (const r of runs) r.cleanup();
    rmSync(top, { recursive: true, force: true });
  });

  async function run(inputs: Record<string, string>) {
    const r = await runAction({
      apiUrl: github.url,
      workspace,
      event: pullRequestEvent(8),
      inputs: { 'github-token': TOKEN, ...inputs },
    });
    runs.push(r);
    return r;
  }

  /** The workflow commands the run wrote: errors, warnings and notices (annotations included). */
  function commands(r: ActionRun): string[] {
    return r.stdout.split('\n').filter((l) => /^::(error|warning|notice)\b/.test(l));
  }

  function expectOneError(r: ActionRun, message: RegExp): void {
    expect(r.code).toBe(1);
    expect(commands(r)).toHaveLength(1);
    expect(commands(r)[0]).toMatch(new RegExp(`^::error::${message.source}`));
    expect(r.outputs.status).toBe('fail');
    expect(r.outputs.passed).toBe('false');
    expect(r.outputs['image-id']).toBeUndefined();
    expect(r.summary).toMatch(message);
    // No raw bytes and no replacement characters from a file that is not text.
    // eslint-disable-next-line no-control-regex -- the summary must hold none
    expect(r.summary).not.toMatch(/[\u0000-\u0008\u000e-\u001f\ufffd]/);
    expect(github.requests).toHaveLength(0);
    // The token reaches the runner only in its own mask command, which the runner swallows.
    const printed = (r.stdout + r.stderr).split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(printed.join('\n')).not.toContain(TOKEN);
  }

  it('a file outside the workspace', async () => {
    const r = await run({ file: '../../../../etc/passwd' });
    expectOneError(
      r,
      /input file: "\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd" resolves to \/etc\/passwd, outside the workspace; give a file inside the workspace, e\.g\. Dockerfile or app\/Dockerfile \(or allow it with allow-outside-workspace\)/,
    );
    expect(r.summary).not.toContain('root:x:0:0');
  });

  it('a symlink in the workspace that leads out of it, and a context that does', async () => {
    const file = await run({ file: 'Dockerfile.link' });
    expectOneError(
      file,
      /input file: "Dockerfile\.link" resolves to .*\/secret\/Dockerfile, outside the workspace/,
    );
    expect(file.summary).not.toContain('outside-the-workspace');
    const context = await run({ context: '../secret' });
    expectOneError(
      context,
      /input context: "\.\.\/secret" resolves to .*\/secret, outside the workspace; give a directory/,
    );
  });

  it('a binary file, and a file with no instruction', async () => {
    expectOneError(
      await run({ file: 'Dockerfile.bin' }),
      /the Dockerfile Dockerfile\.bin is not (UTF-8 )?text \(line 1 holds /,
    );
    expectOneError(
      await run({ file: 'Dockerfile.comments' }),
      /the Dockerfile Dockerfile\.comments has no instruction \(only blank lines and comments\); it needs at least a FROM line/,
    );
  });

  it('a missing context and a negative layer budget', async () => {
    expectOneError(
      await run({ context: 'nope' }),
      /input context: "nope" does not exist; give a directory inside the workspace, e\.g\. \. or app/,
    );
    expectOneError(
      await run({ 'max-layers': '-3' }),
      /input max-layers: "-3" is not a whole number; give a whole number \(0 or more\) such as 12 or warn=10,fail=15/,
    );
  });

  it('leaves no container behind', () => {
    expect(managedContainers()).toEqual([]);
  });
});
