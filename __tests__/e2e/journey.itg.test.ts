// The journey the seed tutorials teach (004: fat image → one RUN with cleanup → slim base →
// non-root; 000: multi-stage with a venv and an init), replayed as successive pushes to one pull
// request: `node dist/index.js` as the runner runs it, against the real engine and a local fake
// of GitHub's REST API. Each step's report is the next step's baseline (`baseline: report`).
// Then a fork-style run (read-only token) and the two-phase workflow that posts its report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { commentMarker } from '../../src/github/comment.js';
import type { Report } from '../../src/report/types.js';
import {
  BASE_DEBIAN,
  buildImage,
  dockerOut,
  managedContainers,
  payloadOf,
  removeImage,
} from '../support/docker.js';
import { FakeGitHub } from '../support/fake-github.js';
import { REPO_ROOT, pullRequestEvent, runAction, type ActionRun } from '../support/runner.js';

const TOKEN = 'ghs_journeyTokenThatMustNeverBePrinted01';
const OWNER = 'octo-org';
const REPO = 'octo-app';
const PR = 4;
const FORK_PR = 5;
const HEAD_SHA = 'ffac537e6cbbf934b08745a378932722df287a53';

const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'docs/schema/report.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validateReport = ajv.compile(schema);

/** A smaller stand-in for a `-slim` base: the same Debian with locales and zoneinfo left out, in one layer. */
const SLIM_STANDIN = `FROM ${BASE_DEBIAN} AS full
RUN rm -rf /usr/share/locale /usr/share/zoneinfo /usr/share/i18n /var/cache/debconf/*-old
FROM scratch
COPY --from=full / /
CMD ["bash"]
`;

const steps = (slim: string) => ({
  // 004 task 1: the naive image: separate update/install layers, recommends, lists left behind, root.
  fat: `FROM ${BASE_DEBIAN}
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update
RUN apt-get install -y python3
WORKDIR /app
COPY app.py .
CMD python3 app.py
`,
  // 004 task 2: one RUN layer, no recommends, lists removed in the same layer, ARG not ENV.
  oneRun: `FROM ${BASE_DEBIAN}
ARG DEBIAN_FRONTEND=noninteractive
ENV PYTHONUNBUFFERED=1
RUN apt-get update \\
    && apt-get install -y --no-install-recommends python3 \\
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY app.py .
CMD ["python3", "app.py"]
`,
  // 004 task 3: the slim-style base.
  slim: `FROM ${slim}
ARG DEBIAN_FRONTEND=noninteractive
ENV PYTHONUNBUFFERED=1
RUN apt-get update \\
    && apt-get install -y --no-install-recommends python3 \\
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY app.py .
CMD ["python3", "app.py"]
`,
  // 004 task 4: a user with a fixed uid, USER it.
  nonRoot: `FROM ${slim}
ARG DEBIAN_FRONTEND=noninteractive
ENV PYTHONUNBUFFERED=1
RUN apt-get update \\
    && apt-get install -y --no-install-recommends python3 \\
    && rm -rf /var/lib/apt/lists/* \\
    && useradd --uid 10001 --no-create-home --shell /usr/sbin/nologin app
WORKDIR /app
COPY app.py .
USER 10001
CMD ["python3", "app.py"]
`,
  // 000: multi-stage, the venv built in a builder and copied, tini as PID 1, non-root.
  multiStage: `FROM ${slim} AS builder
ARG DEBIAN_FRONTEND=noninteractive
RUN apt-get update \\
    && apt-get install -y --no-install-recommends python3 python3-venv \\
    && rm -rf /var/lib/apt/lists/*
RUN python3 -m venv /venv

FROM ${slim}
ARG DEBIAN_FRONTEND=noninteractive
ENV PYTHONUNBUFFERED=1 PATH=/venv/bin:$PATH
RUN apt-get update \\
    && apt-get install -y --no-install-recommends python3 tini \\
    && rm -rf /var/lib/apt/lists/* \\
    && useradd --uid 10001 --no-create-home --shell /usr/sbin/nologin app
COPY --from=builder /venv /venv
WORKDIR /app
COPY app.py .
USER 10001
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["python", "app.py"]
`,
});

describe('the seed tutorials’ journey, as successive runs on one pull request', () => {
  const github = new FakeGitHub({ token: TOKEN });
  const workspace = mkdtempSync(join(tmpdir(), 'shipshape-journey-'));
  const reportsDir = join(workspace, '..', `${workspace.split('/').pop()}-reports`);
  const runs: ActionRun[] = [];
  const images = new Set<string>();
  let slim = '';
  let dockerfiles: ReturnType<typeof steps>;
  const reports: Record<string, Report> = {};

  beforeAll(async () => {
    expect(
      existsSync(join(REPO_ROOT, 'dist/index.js')),
      'dist/index.js is missing: run `npm run bundle`',
    ).toBe(true);
    slim = buildImage('slim-standin', SLIM_STANDIN);
    dockerfiles = steps(slim);
    copyFileSync(join(REPO_ROOT, 'examples/python-web/app.py'), join(workspace, 'app.py'));
    mkdirSync(reportsDir, { recursive: true });
    await github.start();
  });

  afterAll(async () => {
    await github.stop();
    for (const r of runs) r.cleanup();
    for (const id of images) dockerOut(['image', 'rm', '-f', id]);
    removeImage(slim);
    rmSync(workspace, { recursive: true, force: true });
    rmSync(reportsDir, { recursive: true, force: true });
  });

  /** One push to the PR: write the Dockerfile, run the action with the previous report as baseline. */
  async function push(
    step: keyof ReturnType<typeof steps>,
    inputs: Record<string, string> = {},
    options: { pr?: number; previous?: string | null } = {},
  ) {
    writeFileSync(join(workspace, 'Dockerfile'), dockerfiles[step]);
    const previous = options.previous === undefined ? null : options.previous;
    const reportFile = join(reportsDir, `${step}-${runs.length}.json`);
    const r = await runAction({
      apiUrl: github.url,
      workspace,
      event: pullRequestEvent(options.pr ?? PR, `${OWNER}/${REPO}`),
      extraEnv: { GITHUB_RUN_ID: String(1000 + runs.length) },
      inputs: {
        'github-token': TOKEN,
        baseline: previous ? 'report' : 'none',
        'baseline-report': previous ?? '',
        'report-file': reportFile,
        ...inputs,
      },
    });
    runs.push(r);
    if (r.outputs['image-id']) images.add(r.outputs['image-id']);
    // `::add-mask::` is how the runner learns what to mask; it is never displayed.
    expect((r.stdout + r.stderr).replace(/^::add-mask::.*$/gm, '')).not.toContain(TOKEN);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    return { run: r, report, reportFile };
  }

  const mine = (pr = PR) => github.list(OWNER, REPO, pr).filter((c) => c.body.startsWith('<!-- shipshape:'));
  const reportFiles: Record<string, string> = {};

  it('1. the fat image: the first report, no baseline yet, one comment', async () => {
    const { run, report, reportFile } = await push('fat');
    reports.fat = report;
    reportFiles.fat = reportFile;
    expect(run.code, run.stdout + run.stderr).toBe(1); // runs as root, and require-non-root is on
    expect(report.baseline).toBeNull();
    expect(report.image?.sizeBytes).toBe(payloadOf(run.outputs['image-id']!));
    expect(run.outputs.baseline).toBe('');
    expect(run.summary).toContain('No baseline to compare with yet');
    expect(mine()).toHaveLength(1);
    expect(mine()[0]!.body.startsWith(commentMarker('Dockerfile'))).toBe(true);
    expect(mine()[0]!.body).toContain('| user | **root** |');
    expect(readFileSync(run.outputs['comment-body-file']!, 'utf8')).toBe(
      mine()[0]!.body.slice(commentMarker('Dockerfile').length + 1),
    );
  });

  it('2. one RUN with cleanup: smaller, fewer layers, findings fixed, the same comment updated', async () => {
    const first = mine()[0]!;
    const { run, report, reportFile } = await push('oneRun', {}, { previous: reportFiles.fat });
    reports.oneRun = report;
    reportFiles.oneRun = reportFile;
    expect(report.baseline?.source).toBe('report');
    const fat = reports.fat!.image!;
    expect(report.deltas?.size?.change).toBe(report.image!.sizeBytes! - fat.sizeBytes!);
    expect(report.deltas!.size!.change).toBeLessThan(0);
    expect(report.deltas?.layers?.change).toBe(report.image!.layerCount! - fat.layerCount!);
    expect(report.deltas!.layers!.change).toBeLessThan(0);
    expect(Number(run.outputs['size-delta'])).toBe(report.deltas!.size!.change);
    expect(Number(run.outputs['layers-delta'])).toBe(report.deltas!.layers!.change);
    // The findings the fat Dockerfile had on its apt lines are fixed, and listed as fixed.
    expect(report.deltas!.lint!.fixed.length).toBeGreaterThan(0);
    expect(Number(run.outputs['fixed-findings'])).toBe(report.deltas!.lint!.fixed.length);
    const comments = mine();
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(first.id);
    expect(comments[0]!.body).toContain(
      `Fixed lint findings in <code>Dockerfile</code> (${report.deltas!.lint!.fixed.length})`,
    );
    // The verdict, second line, says by how much it shrank.
    expect(comments[0]!.body).toMatch(
      /^\S+ \*\*\w+\*\*: .* · −[\d.]+ [kM]B \(−[\d.]+\u00a0%\) (?:to pull|unpacked)/m,
    );
  });

  it('3. the slim-style base: smaller again', async () => {
    const { report, reportFile } = await push('slim', {}, { previous: reportFiles.oneRun });
    reports.slim = report;
    reportFiles.slim = reportFile;
    expect(report.deltas!.size!.change).toBe(report.image!.sizeBytes! - reports.oneRun!.image!.sizeBytes!);
    expect(report.deltas!.size!.change).toBeLessThan(0);
    expect(mine()).toHaveLength(1);
  });

  it('4. non-root: the runtime verdict turns, the budgets on change pass, the check passes', async () => {
    const budgets = {
      'max-size-increase': 'warn=1MB,fail=5MB',
      'max-layers-increase': '0',
      'max-size': '1GB',
    };
    const { run, report, reportFile } = await push('nonRoot', budgets, { previous: reportFiles.slim });
    reports.nonRoot = report;
    reportFiles.nonRoot = reportFile;
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.passed).toBe('true');
    expect(report.runtime?.nonRoot, JSON.stringify(report.runtime)).toBe(true);
    expect(report.deltas?.runtime?.change).toBe('became-non-root');
    const change = report.budgets.filter((b) => b.name.endsWith('-increase'));
    expect(change.map((b) => [b.name, b.status])).toEqual([
      ['max-size-increase', 'pass'],
      ['max-size-increase', 'pass'],
      ['max-layers-increase', 'pass'],
    ]);
    expect(mine()).toHaveLength(1);
    expect(mine()[0]!.body).toContain('the container no longer runs as root (uid 10001)');
    expect(mine()[0]!.body).toContain('| user | **root** | uid 10001 | 🟢 no longer root |');
  });

  it('re-running step 4 leaves exactly one comment', async () => {
    const before = mine();
    const { run } = await push(
      'nonRoot',
      { 'max-size-increase': 'warn=1MB,fail=5MB', 'max-layers-increase': '0', 'max-size': '1GB' },
      { previous: reportFiles.slim },
    );
    expect(run.code).toBe(0);
    expect(mine()).toHaveLength(1);
    expect(mine()[0]!.id).toBe(before[0]!.id);
    expect(
      github.requests.filter((q) => q.method === 'POST' && q.path.endsWith(`/issues/${PR}/comments`)),
    ).toHaveLength(1);
  });

  it('5. the multi-stage build with a venv and an init: non-root, stops on SIGTERM, compared with step 4', async () => {
    const { run, report } = await push(
      'multiStage',
      { 'max-size': '1GB' },
      { previous: reportFiles.nonRoot },
    );
    reports.multiStage = report;
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(report.runtime?.nonRoot).toBe(true);
    expect(report.deltas?.runtime?.change).toBe('unchanged');
    expect(report.deltas?.size?.change).toBe(report.image!.sizeBytes! - reports.nonRoot!.image!.sizeBytes!);
    expect(report.reasons.map((r) => r.code)).not.toContain('ignores-sigterm');
    expect(mine()).toHaveLength(1);
  });

  it('a fork-style run (the token answers 403) passes on its budgets, with the report in the summary and the body in a file', async () => {
    github.readOnly = true;
    try {
      const { run, report } = await push(
        'multiStage',
        { 'max-size': '1GB' },
        { pr: FORK_PR, previous: reportFiles.nonRoot },
      );
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.outputs.passed).toBe('true');
      expect(run.stdout).toMatch(/::warning::The token cannot comment on #5 \(HTTP 403/);
      expect(run.summary).toContain('shipshape');
      expect(run.summary).toContain(report.key);
      expect(readFileSync(run.outputs['comment-body-file']!, 'utf8')).toMatch(/\| user \|.* uid 10001 \|/);
      expect(github.list(OWNER, REPO, FORK_PR)).toHaveLength(0);
      reportFiles.fork = join(reportsDir, 'fork-artifact');
      mkdirSync(reportFiles.fork, { recursive: true });
      cpSync(run.outputs['report-file']!, join(reportFiles.fork, 'shipshape-report.json'));
    } finally {
      github.readOnly = false;
    }
  });

  it('a fork-style run fails only on its budget, still with the report in the summary', async () => {
    github.readOnly = true;
    try {
      const { run, report } = await push(
        'multiStage',
        { 'max-size': '1MB' },
        { pr: FORK_PR, previous: reportFiles.nonRoot },
      );
      expect(run.code).toBe(1);
      expect(report.reasons.filter((r) => r.status === 'fail').map((r) => r.code)).toEqual([
        'budget:max-size',
      ]);
      expect(run.summary).toContain('max-size');
      expect(run.stdout).toMatch(/::warning::The token cannot comment/);
    } finally {
      github.readOnly = false;
    }
  });

  it('the workflow_run job posts the uploaded report with mode: post, once', async () => {
    const event = {
      action: 'completed',
      workflow_run: { head_sha: HEAD_SHA, pull_requests: [], conclusion: 'success' },
    };
    for (let i = 0; i < 2; i++) {
      const r = await runAction({
        apiUrl: github.url,
        workspace,
        eventName: 'workflow_run',
        event,
        inputs: { 'github-token': TOKEN, mode: 'post', 'report-file': reportFiles.fork! },
      });
      runs.push(r);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.summary).toMatch(/\| user \|.* uid 10001 \|/);
    }
    const posted = github.list(OWNER, REPO, FORK_PR);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.body.startsWith(commentMarker('Dockerfile'))).toBe(true);
    expect(posted[0]!.body).toMatch(/\| user \|.* uid 10001 \|/);
  });

  it('refuses to post a report for another commit than the workflow run’s', async () => {
    const r = await runAction({
      apiUrl: github.url,
      workspace,
      eventName: 'workflow_run',
      event: {
        action: 'completed',
        workflow_run: { head_sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e', pull_requests: [] },
      },
      inputs: { 'github-token': TOKEN, mode: 'post', 'report-file': reportFiles.fork!, 'pr-number': '6' },
    });
    runs.push(r);
    expect(r.stdout).toMatch(
      /::warning::the report for Dockerfile is for commit ffac537, but the workflow run is for 6dcb09b/,
    );
    expect(github.list(OWNER, REPO, 6)).toHaveLength(0);
  });

  it('leaves no container behind', () => {
    expect(managedContainers()).toEqual([]);
  });
});
