// Issue 13's broken cases, through the bundled action as the runner starts it, on the real engine:
// an app that crashes during the check, a container that does nothing, a run cancelled mid-build
// (its secret must not survive on disk), and a GitHub outage past the retries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_DEBIAN, dockerOut, managedContainers } from '../support/docker.js';
import { FakeGitHub } from '../support/fake-github.js';
import { REPO_ROOT, pullRequestEvent, runAction, startAction, type ActionRun } from '../support/runner.js';

const TOKEN = 'ghs_verdictsE2eTokenNeverPrinted0013';
const OWNER = 'octo-org';
const REPO = 'octo-app';
/** The build secret of the cancel test: it must be found nowhere on disk afterwards. */
const SECRET = `verdicts-secret-${process.pid}-${Date.now()}`;
const HANDLES_TERM = "trap 'exit 0' TERM; sleep 300 & wait";

interface Report {
  status: string;
  reasons: { status: string; code: string; message: string }[];
  runtime: {
    nonRoot: boolean | null;
    source: string | null;
    static: { root: boolean | null; uid: number | null } | null;
    stop: unknown;
    exit: {
      code: number | null;
      afterSignal: boolean;
      logTail: string | null;
      afterMs: number | null;
    } | null;
    startFailure: string | null;
  } | null;
}

function reportOf(r: ActionRun): Report {
  expect(r.outputs['report-file'], r.stdout + r.stderr).toBeTruthy();
  return JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8')) as Report;
}

/** Every file under `dir` whose content holds `needle`. */
function filesHolding(dir: string, needle: string): string[] {
  const grep = spawnSync('grep', ['-rl', '--', needle, dir], { encoding: 'utf8' });
  // grep exits 1 when nothing matched, 2 on an error (which must fail the test).
  expect(grep.status, grep.stderr).not.toBe(2);
  return grep.stdout.trim() ? grep.stdout.trim().split('\n') : [];
}

describe('runtime verdicts, cancellation and GitHub faults (issue 13)', () => {
  const github = new FakeGitHub({ token: TOKEN });
  const runs: ActionRun[] = [];
  const workspaces: string[] = [];

  beforeAll(async () => {
    expect(
      existsSync(join(REPO_ROOT, 'dist/index.js')),
      'dist/index.js is missing: run `npm run bundle`',
    ).toBe(true);
    await github.start();
  });

  afterAll(async () => {
    await github.stop();
    const images = new Set(runs.map((r) => r.outputs['image-id']).filter(Boolean));
    for (const id of images) dockerOut(['image', 'rm', '-f', id!]);
    for (const r of runs) r.cleanup();
    for (const w of workspaces) rmSync(w, { recursive: true, force: true });
  });

  function workspace(dockerfile: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-verdicts-'));
    workspaces.push(dir);
    writeFileSync(join(dir, 'Dockerfile'), dockerfile);
    return dir;
  }

  async function check(pr: number, dockerfile: string, inputs: Record<string, string> = {}) {
    const r = await runAction({
      apiUrl: github.url,
      workspace: workspace(dockerfile),
      event: pullRequestEvent(pr, `${OWNER}/${REPO}`),
      inputs: { file: 'Dockerfile', context: '.', 'github-token': TOKEN, ...inputs },
    });
    runs.push(r);
    return r;
  }

  it('case 1: an app that crashes during the check warns with its exit code, time and output', async () => {
    const r = await check(
      131,
      `FROM ${BASE_DEBIAN}\nUSER 10001\nCMD ["sh", "-c", "sleep 2; echo boom >&2; exit 3"]\n`,
    );
    const report = reportOf(r);
    expect(report.status).toBe('warn');
    expect(r.code).toBe(0);
    expect(r.outputs.status).toBe('warn');
    expect(report.runtime!.stop).toBeNull();
    expect(report.runtime!.exit).toMatchObject({ code: 3, afterSignal: true, logTail: 'boom' });
    expect(report.runtime!.exit!.afterMs).toBeGreaterThanOrEqual(2_000);
    const crash = report.reasons.find((x) => x.code === 'app-exited');
    expect(crash?.status).toBe('warn');
    expect(crash?.message).toContain('code 3');
    expect(crash?.message).toContain('boom');
    // The processes were seen running as 10001 before it crashed: that verdict is observed.
    expect(r.outputs['non-root']).toBe('true');
    expect(r.summary).not.toMatch(/exited on SIGTERM/);
    expect(r.summary).toContain('exited by itself with code 3');
    const comments = github.list(OWNER, REPO, 131);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('boom');
  });

  it('case 1: fail-on-crash policy aside, an app that exits 0 after a signal it ignores is no clean stop', async () => {
    const r = await check(132, `FROM ${BASE_DEBIAN}\nUSER 10001\nCMD ["sleep", "3"]\n`);
    const report = reportOf(r);
    expect(report.runtime!.stop).toBeNull();
    expect(report.runtime!.exit).toMatchObject({ code: 0, afterSignal: true });
    expect(r.summary).not.toMatch(/exited on SIGTERM/);
  });

  it('case 2: a container that exits 1 at once is not called non-root and warns', async () => {
    const r = await check(
      133,
      `FROM ${BASE_DEBIAN}\nUSER 10001\nCMD ["sh", "-c", "echo no config >&2; exit 1"]\n`,
    );
    const report = reportOf(r);
    expect(report.runtime!.nonRoot).toBeNull();
    expect(report.runtime!.source).toBeNull();
    expect(report.runtime!.static).toMatchObject({ uid: 10001, root: false });
    expect(r.outputs['non-root']).toBe('');
    expect(report.status).toBe('warn');
    expect(r.outputs.status).toBe('warn');
    const crash = report.reasons.find((x) => x.code === 'app-exited');
    expect(crash?.message).toContain('code 1');
    expect(crash?.message).toContain('no config');
    expect(r.summary).toContain('not observed: the verdict is the static one');
  });

  it('case 2: a missing entrypoint binary never started: warns with the engine reason, no non-root', async () => {
    const r = await check(134, `FROM ${BASE_DEBIAN}\nUSER 10001\nENTRYPOINT ["/no/such/app"]\n`);
    const report = reportOf(r);
    expect(report.runtime!.nonRoot).toBeNull();
    expect(r.outputs['non-root']).toBe('');
    expect(report.status).toBe('warn');
    const reason = report.reasons.find((x) => x.code === 'did-not-start');
    expect(reason?.status).toBe('warn');
    expect(reason?.message).toContain('/no/such/app');
  });

  it('case 3: SIGTERM mid-build removes the secret and every temp folder, and says the build was cancelled', async () => {
    // A private TMPDIR: everything the action makes there must be gone when it exits.
    const temp = mkdtempSync(join(tmpdir(), 'shipshape-verdicts-tmp-'));
    workspaces.push(temp);
    const dockerfile =
      `FROM ${BASE_DEBIAN}\n` +
      `RUN --mount=type=secret,id=token test -s /run/secrets/token && sleep 120 # ${Date.now()}\n` +
      'USER 10001\n';
    const started = startAction({
      apiUrl: github.url,
      workspace: workspace(dockerfile),
      event: pullRequestEvent(135, `${OWNER}/${REPO}`),
      inputs: {
        file: 'Dockerfile',
        context: '.',
        'github-token': TOKEN,
        // NAME=value: the form the build writes to a temp file for buildx.
        secrets: `token=${SECRET}`,
      },
      extraEnv: { TMPDIR: temp },
    });
    // Wait until buildx has the secret file and the long RUN step is under way.
    const deadline = Date.now() + 120_000;
    let secretFile: string | null = null;
    while (Date.now() < deadline && !secretFile) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const dirs = readdirSync(temp).filter((d) => d.startsWith('shipshape-build-'));
      secretFile = dirs.map((d) => join(temp, d, 'secret-0')).find((f) => existsSync(f)) ?? null;
    }
    expect(secretFile, 'the build never wrote its secret file').not.toBeNull();
    expect(readFileSync(secretFile!, 'utf8')).toBe(SECRET);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    started.child.kill('SIGTERM');
    const r = await started.done;
    runs.push(r);

    expect(existsSync(secretFile!)).toBe(false);
    expect(readdirSync(temp).filter((d) => d.startsWith('shipshape-'))).toEqual([]);
    expect(filesHolding(temp, SECRET)).toEqual([]);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    expect(r.outputs.status).toBe('cancelled');
    expect(r.outputs['cancelled-stage']).toBe('build');
    expect(r.outputs.passed).toBe('false');
    expect(r.summary).toContain('cancelled');
    expect(r.summary).toContain('build stage');
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/could not remove container/);
    expect(managedContainers()).toEqual([]);
  }, 180_000);

  it('case 5: a GitHub outage past the retries is a warning; the image decides the check', async () => {
    github.failNext(1_000, 502);
    let r: ActionRun;
    try {
      r = await check(136, `FROM ${BASE_DEBIAN}\nUSER 10001\nCMD ["sh", "-c", "${HANDLES_TERM}"]\n`);
    } finally {
      github.failNext(0, 502);
    }
    const report = reportOf(r);
    const failed = report.reasons.find((x) => x.code === 'comment-failed');
    expect(failed?.status).toBe('warn');
    expect(report.reasons.filter((x) => x.status === 'fail')).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs.status).toBe(report.status);
    expect(r.outputs.passed).toBe('true');
    expect(r.stdout).not.toContain('shipshape failed');
    expect(r.stdout).toMatch(/::warning::The comment could not be posted/);
    expect(readFileSync(r.outputs['comment-body-file']!, 'utf8')).toContain('shipshape');
    expect(github.list(OWNER, REPO, 136)).toHaveLength(0);
  }, 180_000);

  it('leaves no container behind', () => {
    expect(managedContainers()).toEqual([]);
  });
});
