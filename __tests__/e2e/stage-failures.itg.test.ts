// Never a bare error: when a stage after lint fails, the bundled action still writes the report
// file, the job summary, the outputs and the sticky comment with everything it saw, and the CLI
// still writes its report file. Each failure is forced from outside the code: a `docker` script
// first on PATH refuses one subcommand and hands every other call to the real docker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { BASE_DEBIAN, dockerOut, managedContainers } from '../support/docker.js';
import { FakeGitHub } from '../support/fake-github.js';
import { REPO_ROOT, pullRequestEvent, runAction, type ActionRun } from '../support/runner.js';

const TOKEN = 'ghs_stageFailureTokenNeverPrinted0002';
const OWNER = 'octo-org';
const REPO = 'octo-app';
const REFUSAL = 'refused by the test shim';

/** A directory holding a `docker` that refuses `subcommand` and runs the real docker otherwise. */
function dockerRefusing(subcommand: string): { path: string; cleanup(): void } {
  const realDocker = execFileSync('sh', ['-c', 'command -v docker'], { encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-shim-'));
  writeFileSync(
    join(dir, 'docker'),
    [
      '#!/bin/sh',
      `if [ "$1" = "${subcommand}" ]; then`,
      `  echo "Error response from daemon: ${subcommand} ${REFUSAL}" >&2`,
      '  exit 1',
      'fi',
      `exec ${realDocker} "$@"`,
      '',
    ].join('\n'),
  );
  chmodSync(join(dir, 'docker'), 0o755);
  return {
    path: `${dir}${delimiter}${process.env.PATH}`,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

// One lint finding the test can look for (ADD of a local file: copy-instead-of-add), a non-root
// user, and a process that stays up so the runtime check can see it.
const DOCKERFILE = `FROM ${BASE_DEBIAN}\nADD hello.txt /hello.txt\nUSER 10001\nCMD ["sleep", "60"]\n`;

describe('a stage that fails after lint', () => {
  const github = new FakeGitHub({ token: TOKEN });
  const runs: ActionRun[] = [];
  const cleanups: (() => void)[] = [];
  let workspace: string;

  beforeAll(async () => {
    expect(
      existsSync(join(REPO_ROOT, 'dist/index.js')),
      'dist/index.js is missing: run `npm run bundle`',
    ).toBe(true);
    await github.start();
    workspace = mkdtempSync(join(tmpdir(), 'shipshape-stages-'));
    writeFileSync(join(workspace, 'Dockerfile'), DOCKERFILE);
    writeFileSync(join(workspace, 'hello.txt'), 'hello\n');
    cleanups.push(() => rmSync(workspace, { recursive: true, force: true }));
  });

  afterAll(async () => {
    await github.stop();
    // Every run builds the same Dockerfile, so the runs share one image: remove it once.
    const images = new Set(runs.map((r) => r.outputs['image-id']).filter(Boolean));
    for (const id of images) dockerOut(['image', 'rm', '-f', id!]);
    for (const r of runs) r.cleanup();
    for (const c of cleanups) c();
  });

  async function run(pr: number, options: { refuse?: string; token?: string }) {
    const shim = options.refuse ? dockerRefusing(options.refuse) : null;
    if (shim) cleanups.push(shim.cleanup);
    const r = await runAction({
      apiUrl: github.url,
      workspace,
      event: pullRequestEvent(pr, `${OWNER}/${REPO}`),
      inputs: { file: 'Dockerfile', context: '.', 'github-token': options.token ?? TOKEN },
      extraEnv: shim ? { PATH: shim.path } : {},
    });
    runs.push(r);
    return r;
  }

  function reportOf(r: ActionRun) {
    expect(r.outputs['report-file'], r.stdout + r.stderr).toBeTruthy();
    return JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8')) as {
      status: string;
      reasons: { status: string; code: string; message: string }[];
      image: { sizeBytes: number } | null;
      build: { ok: boolean; error: { message: string } | null };
      runtime: { nonRoot: boolean | null; uid: number | null } | null;
      lint: { findings: { rule: string; line: number }[] };
      timings: Record<string, number | null>;
    };
  }

  function expectNoBareError(r: ActionRun) {
    expect(r.stdout).not.toContain('::error::shipshape failed');
    expect(r.summary).not.toContain('### ❌ shipshape\n');
  }

  it('measure: the image is still run, and the comment, summary, outputs and report keep the lint findings', async () => {
    const r = await run(21, { refuse: 'save' });
    expect(r.code).toBe(1);
    expectNoBareError(r);
    const report = reportOf(r);
    expect(report.build.ok).toBe(true);
    expect(report.image).toBeNull();
    expect(report.reasons[0]!.code).toBe('measure-failed');
    expect(report.reasons[0]!.message).toContain('the measure stage failed');
    expect(report.reasons[0]!.message).toContain(`save ${REFUSAL}`);
    expect(report.lint.findings.map((f) => [f.rule, f.line])).toContainEqual(['copy-instead-of-add', 2]);
    // The runtime check does not need the measurements: it still ran and proved the user.
    expect(report.timings.verify).toEqual(expect.any(Number));
    expect(report.runtime?.nonRoot).toBe(true);
    expect(report.runtime?.uid).toBe(10001);
    expect(r.outputs['non-root']).toBe('true');
    expect(r.outputs.status).toBe('fail');
    expect(r.outputs.passed).toBe('false');
    expect(r.outputs.size).toBe('');
    expect(r.outputs.findings).toBe(String(report.lint.findings.length));
    expect(r.stdout).toMatch(/::error::.*the measure stage failed/);
    expect(r.summary).toContain('the measure stage failed');
    expect(r.summary).toContain('copy-instead-of-add');
    const comments = github.list(OWNER, REPO, 21);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('copy-instead-of-add');
    expect(comments[0]!.body).toContain('the measure stage failed');
    expect(comments[0]!.body).toContain('**not measured**');
  });

  it('verify: a container that cannot be created leaves the user unproven, with the comment and the findings', async () => {
    const r = await run(22, { refuse: 'create' });
    expectNoBareError(r);
    const report = reportOf(r);
    expect(report.build.ok).toBe(true);
    expect(report.runtime).not.toBeNull();
    expect(report.runtime!.nonRoot).not.toBe(true);
    expect(report.reasons.map((x) => x.code)).toContain('root-unproven');
    expect(r.outputs['non-root']).not.toBe('true');
    expect(report.lint.findings.map((f) => f.rule)).toContain('copy-instead-of-add');
    const comments = github.list(OWNER, REPO, 22);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('copy-instead-of-add');
    expect(comments[0]!.body).toContain('could not prove the container does not run as root');
  });

  it('build: buildx that refuses to run is a failed build, reported with the lint findings', async () => {
    const r = await run(23, { refuse: 'buildx' });
    expect(r.code).toBe(1);
    expectNoBareError(r);
    const report = reportOf(r);
    expect(report.build.ok).toBe(false);
    expect(report.build.error!.message).toContain(REFUSAL);
    expect(report.image).toBeNull();
    expect(report.runtime).toBeNull();
    expect(report.reasons[0]!.code).toBe('build-failed');
    expect(r.outputs['image-id']).toBe('');
    const comments = github.list(OWNER, REPO, 23);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('copy-instead-of-add');
    expect(comments[0]!.body).toContain('**build failed**');
  });

  it('comment: a token the API refuses is a warning; summary, outputs and report still agree', async () => {
    const r = await run(24, { token: 'ghs_revokedTokenTheFakeRefuses0003' });
    expectNoBareError(r);
    expect(github.list(OWNER, REPO, 24)).toHaveLength(0);
    const report = reportOf(r);
    const failed = report.reasons.find((x) => x.code === 'comment-failed');
    expect(failed?.status).toBe('warn');
    expect(failed?.message).toContain('the comment stage failed');
    expect(failed?.message).toContain('Bad credentials');
    // The check is the image's: only the lint error (ADD) fails it, never the comment.
    expect(report.reasons.filter((x) => x.status === 'fail').map((x) => x.code)).toEqual(['lint']);
    expect(r.code).toBe(1);
    expect(report.status).toBe('fail');
    expect(r.outputs.status).toBe(report.status);
    expect(r.outputs.passed).toBe('false');
    expect(r.stdout).toMatch(/::warning::The comment could not be posted: .*Bad credentials/);
    expect(r.outputs['comment-url']).toBe('');
    expect(r.summary).toContain('the comment stage failed');
    expect(r.summary).toContain('copy-instead-of-add');
    expect(readFileSync(r.outputs['comment-body-file']!, 'utf8')).toContain('copy-instead-of-add');
    expect(r.stdout).not.toMatch(/::error::.*comment/);
  });

  it('the CLI writes its report file when measuring fails', async () => {
    const shim = dockerRefusing('save');
    cleanups.push(shim.cleanup);
    const reportFile = join(workspace, 'cli-report.json');
    const r = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [join(REPO_ROOT, 'dist/cli/index.js'), 'check', '--report-file', reportFile, '--format', 'json'],
        { cwd: workspace, env: { ...process.env, PATH: shim.path }, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) =>
          resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
      );
    });
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    expect(report.image).toBeNull();
    expect(report.reasons[0].code).toBe('measure-failed');
    expect(report.reasons[0].message).toContain(`save ${REFUSAL}`);
    expect(report.lint.findings.map((f: { rule: string }) => f.rule)).toContain('copy-instead-of-add');
    expect(JSON.parse(r.stdout)).toEqual(report);
  });

  it('leaves no container behind', () => {
    expect(managedContainers()).toEqual([]);
  });
});
