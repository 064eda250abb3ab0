// run() with a typed double of @actions/core (as actions/typescript-action's template tests its
// entry): what inputs lead to which outputs, failures and summary, without an engine. The GitHub
// API is the real-HTTP fake (support/fake-github.ts). The runner-style e2e tests beside these
// (e2e/*.itg.test.ts) run the bundled dist/ on the real engine.
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as core from './__fixtures__/core.js';
import { headReport } from './report/fixtures.js';
import { FakeGitHub } from './support/fake-github.js';
import { actionDefaults, pullRequestEvent } from './support/runner.js';

vi.mock('@actions/core', () => core);
// The first import of main.ts transforms the whole action: more than the default 5 s on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const TOKEN = 'ghs_entrytest0000000000000000000000000';
let workspace: string;
let github: FakeGitHub;
const saved = { ...process.env };

beforeAll(async () => {
  workspace = realpathSync(mkdtempSync(join(tmpdir(), 'shipshape-main-test-')));
  github = new FakeGitHub({ token: TOKEN });
  await github.start();
});
afterAll(async () => {
  await github.stop();
  rmSync(workspace, { recursive: true, force: true });
});

beforeEach(() => {
  core.reset();
  for (const [name, value] of Object.entries(actionDefaults())) core.inputs.set(name, value);
  core.inputs.set('github-token', TOKEN);
  const event = join(workspace, 'event.json');
  writeFileSync(event, JSON.stringify(pullRequestEvent(7)));
  Object.assign(process.env, {
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'octo-org/octo-app',
    GITHUB_API_URL: github.url,
    RUNNER_TEMP: workspace,
  });
  // @actions/github reads the event when it is first imported: a fresh main.ts per test.
  vi.resetModules();
});
afterEach(() => {
  process.env = { ...saved };
});

async function run(inputs: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(inputs)) core.inputs.set(name, value);
  const { run } = await import('../src/main.js');
  await run();
}

function failures(): string[] {
  return core.setFailed.mock.calls.map(([m]) => String(m));
}

describe('run(): inputs', () => {
  it('fails on a bad input naming it and a valid value, with status and summary, and builds nothing', async () => {
    await run({ 'max-layers': '-3' });
    expect(failures()).toEqual([
      'input max-layers: "-3" is not a whole number; give a whole number (0 or more) such as 12 or warn=10,fail=15',
    ]);
    expect(core.outputs.get('status')).toBe('fail');
    expect(core.outputs.get('passed')).toBe(false);
    expect(core.summaries.join('')).toContain('input max-layers: "-3"');
    expect(core.outputs.has('image-id')).toBe(false);
  });

  it('refuses a file outside the workspace before reading it', async () => {
    await run({ file: '../../../../etc/passwd' });
    expect(failures()).toHaveLength(1);
    expect(failures()[0]).toMatch(
      /^input file: "\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd" resolves to \/etc\/passwd, outside the workspace; give a file inside the workspace/,
    );
    // Nothing from the file reached the summary or an annotation.
    expect(core.summaries.join('')).not.toContain('root:x:0:0');
    expect(core.error).not.toHaveBeenCalled();
    expect(core.warning).not.toHaveBeenCalled();
  });

  it('names a missing context', async () => {
    writeFileSync(join(workspace, 'Dockerfile'), 'FROM scratch\n');
    await run({ context: 'app' });
    expect(failures()).toEqual([
      'input context: "app" does not exist; give a directory inside the workspace, e.g. . or app',
    ]);
  });

  it('gives a binary file one clear file error and nothing else', async () => {
    writeFileSync(join(workspace, 'Dockerfile.bin'), readFileSync(process.execPath).subarray(0, 4096));
    await run({ file: 'Dockerfile.bin' });
    expect(failures()).toHaveLength(1);
    expect(failures()[0]).toMatch(/^the Dockerfile Dockerfile.bin is not (UTF-8 )?text \(line 1 /);
    expect(core.error).not.toHaveBeenCalled();
    expect(core.warning).not.toHaveBeenCalled();
    expect(core.notice).not.toHaveBeenCalled();
    expect(core.summaries).toHaveLength(1);
    // eslint-disable-next-line no-control-regex -- the summary must hold no raw bytes
    expect(core.summaries[0]).not.toMatch(/[\u0000-\u0008\u000e-\u001f\ufffd]/);
  });

  it('masks the token before anything can print it', async () => {
    await run({ file: 'missing/Dockerfile' });
    expect(core.setSecret).toHaveBeenCalledWith(TOKEN);
    expect(failures()[0]).toMatch(/^input file: "missing\/Dockerfile" does not exist/);
  });
});

describe('run(): mode post', () => {
  function reportFile(name: string): string {
    const path = join(workspace, name);
    const report = headReport({
      key: name,
      context: {
        repository: 'octo-org/octo-app',
        pullRequest: 7,
        sha: 'ffac537e6cbbf934b08745a378932722df287a53',
      },
    });
    writeFileSync(path, JSON.stringify(report));
    return path;
  }

  it('posts the uploaded report, sets the outputs from it and writes the summary', async () => {
    const path = reportFile('post-ok.json');
    const report = JSON.parse(readFileSync(path, 'utf8'));
    await run({ mode: 'post', 'report-file': path });
    expect(failures()).toEqual([]);
    const posted = github.list('octo-org', 'octo-app', 7);
    expect(posted).toHaveLength(1);
    expect(core.outputs.get('comment-url')).toBe(posted[0]!.html_url);
    expect(core.outputs.get('status')).toBe(report.status);
    expect(core.outputs.get('size')).toBe(report.image.sizeBytes);
    expect(core.outputs.get('findings')).toBe(report.lint.findings.length);
    expect(posted[0]!.body).toContain(readFileSync(String(core.outputs.get('comment-body-file')), 'utf8'));
    expect(core.summaries).toHaveLength(1);
  });

  it('on a read-only token (HTTP 403) warns and does not fail', async () => {
    const path = reportFile('post-403.json');
    github.readOnly = true;
    try {
      await run({ mode: 'post', 'report-file': path });
    } finally {
      github.readOnly = false;
    }
    expect(failures()).toEqual([]);
    expect(core.warning.mock.calls.map(([m]) => String(m)).join('\n')).toMatch(
      /The token cannot comment on #7 \(HTTP 403/,
    );
    expect(core.outputs.get('comment-url')).toBe('');
    expect(core.outputs.get('status')).toBe('pass');
  });

  it('needs report-file, and says so', async () => {
    await run({ mode: 'post' });
    expect(failures()).toEqual([
      'mode: post needs report-file: the report file (or a directory of them) the pull_request job uploaded',
    ]);
  });
});
