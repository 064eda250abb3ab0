import { describe, expect, it } from 'vitest';
import {
  evaluate,
  lintOnlyPolicy,
  reaches,
  SIZE_PROBLEM_THRESHOLDS,
  SIZE_PROBLEM_LEVELS,
  parseSizeProblemLevel,
  withStageFailure,
  DEFAULT_POLICY,
  checkPolicy,
  type EvaluationInput,
} from '../../src/report/evaluate.js';
import { headReport, junk, wasted } from './fixtures.js';
import type { StopResult, WritableReport } from '../../src/verify/types.js';
import type { StaticVerdict } from '../../src/verify/users.js';
import type { Finding } from '../../src/types.js';
import type { RuntimeFacts } from '../../src/report/evaluate.js';

const finding = (severity: Finding['severity']): Finding => ({
  rule: 'x',
  aliases: [],
  severity,
  file: 'Dockerfile',
  line: 1,
  column: 1,
  endLine: 1,
  message: 'm',
  docs: 'd',
});
const runtime = (over: Partial<RuntimeFacts>): RuntimeFacts => ({
  user: '',
  uid: 0,
  nonRoot: false,
  source: 'runtime',
  evidence: { processes: [], exitCode: null, notes: [] },
  ...over,
});
const staticVerdict = (over: Partial<StaticVerdict>): StaticVerdict => ({
  user: '',
  uid: null,
  gid: null,
  userName: null,
  groupName: null,
  supplementaryGids: [],
  root: null,
  explanation: '',
  findings: [],
  hasPasswd: true,
  ...over,
});
const stopped = (over: Partial<StopResult>): StopResult => ({
  signal: 'SIGTERM',
  exitedOnSignal: false,
  killed: true,
  ms: 10_000,
  timeoutMs: 10_000,
  exitCode: 137,
  advice: null,
  ...over,
});
const writableFiles = (...paths: string[]): WritableReport => ({
  uid: 10001,
  gids: [10001],
  workingDir: '/app',
  files: paths.map((path) => ({ path, type: 'file', via: 'owner', uid: 10001, gid: 10001, mode: '0644' })),
  checked: paths.length,
  truncated: false,
  entrypoint: null,
  notes: [],
});
const base: EvaluationInput = { lint: { findings: [], errors: [] }, build: null, runtime: null };

describe('evaluate', () => {
  it('passes when nothing is wrong', () => {
    expect(evaluate(base)).toEqual({ status: 'pass', reasons: [], budgets: [] });
  });

  it('fails a root image and names the user', () => {
    const r = evaluate({ ...base, runtime: runtime({ user: 'root:root' }) });
    expect(r.status).toBe('fail');
    expect(r.reasons[0]!.message).toBe(
      'the container runs as root: user "root:root" resolves to uid 0 (seen from the host)',
    );
    expect(evaluate({ ...base, runtime: runtime({}) }).reasons[0]!.message).toContain(
      'no USER set (root by default)',
    );
  });

  it('only warns about root when require-non-root is off', () => {
    expect(
      evaluate({ ...base, runtime: runtime({}) }, { ...DEFAULT_POLICY, requireNonRoot: false }).status,
    ).toBe('warn');
  });

  it('warns when non-root could not be proven', () => {
    expect(evaluate({ ...base, runtime: runtime({ nonRoot: null, uid: null, source: null }) }).status).toBe(
      'warn',
    );
  });

  it('tells a privilege drop apart from a kept root, and fails both by default', () => {
    const dropped = evaluate({ ...base, runtime: runtime({ user: '', uid: 10001, privileges: 'dropped' }) });
    expect(dropped.status).toBe('fail');
    expect(dropped.reasons[0]!.message).toContain('starts as root and only then drops to uid 10001');
  });

  it('warns, with the code, time and last output, when the app exits non-zero during the check', () => {
    const crashed = runtime({
      user: '10001',
      uid: 10001,
      nonRoot: true,
      exit: {
        code: 3,
        afterMs: 2_010,
        afterSignal: true,
        oomKilled: false,
        error: null,
        logTail: 'starting\nboom',
      },
    });
    const r = evaluate({ ...base, runtime: crashed });
    expect(r.status).toBe('warn');
    expect(r.reasons).toEqual([
      {
        status: 'warn',
        code: 'app-exited',
        message:
          "the app exited with code 3 after 2.01 s during the runtime check, after shipshape's stop signal, which did not cause it; last output: starting ⏎ boom",
      },
    ]);
    expect(evaluate({ ...base, runtime: crashed }, checkPolicy('error', true, true)).reasons[0]!.status).toBe(
      'fail',
    );
    const clean = runtime({ user: '10001', uid: 10001, nonRoot: true, exit: { ...crashed.exit!, code: 0 } });
    expect(evaluate({ ...base, runtime: clean }).status).toBe('pass');
  });

  it('warns when the container never started, with the engine reason, and never calls it non-root', () => {
    const r = evaluate({
      ...base,
      runtime: runtime({
        user: '10001',
        uid: null,
        nonRoot: null,
        source: null,
        started: false,
        startFailure: 'the container never started: exec: "/app": stat /app: no such file or directory',
        static: staticVerdict({ uid: 10001, root: false }),
      }),
    });
    expect(r.status).toBe('warn');
    expect(r.reasons.map((x) => [x.status, x.code])).toEqual([
      ['warn', 'root-unproven'],
      ['warn', 'did-not-start'],
    ]);
    expect(r.reasons[1]!.message).toContain('no such file or directory');
  });

  it('still fails a configuration that resolves to root when nothing could be observed', () => {
    const r = evaluate({
      ...base,
      runtime: runtime({
        uid: null,
        nonRoot: null,
        source: null,
        static: staticVerdict({ uid: 0, root: true }),
      }),
    });
    expect(r.status).toBe('fail');
    expect(r.reasons[0]!.message).toBe(
      'the image is configured to run as root: no USER set (root by default) resolves to uid 0 (static: from the image configuration; no process was observed)',
    );
  });

  it('fails an unknown user name with the engine reason instead of a root verdict', () => {
    const r = evaluate({
      ...base,
      runtime: runtime({
        user: 'ghost',
        uid: null,
        nonRoot: null,
        source: null,
        static: staticVerdict({
          findings: [{ code: 'unknown-user', severity: 'error', message: 'no user "ghost" in /etc/passwd' }],
        }),
      }),
    });
    expect(r.reasons.map((x) => x.code)).toEqual(['unknown-user']);
    expect(r.status).toBe('fail');
  });

  it('draws no stop verdict from a kill after the engine refused to send the stop signal', () => {
    const refused = evaluate({
      ...base,
      runtime: runtime({ user: '10001', uid: 10001, nonRoot: true, stop: stopped({ signalled: false }) }),
    });
    const ignored = evaluate({
      ...base,
      runtime: runtime({ user: '10001', uid: 10001, nonRoot: true, stop: stopped({ signalled: true }) }),
    });
    const killedReason = (r: typeof refused) => r.reasons.some((x) => /had to be killed/.test(x.message));
    expect([killedReason(refused), killedReason(ignored)]).toEqual([false, true]);
  });

  it('warns about SIGTERM being ignored and writable app files; fails a failed smoke test', () => {
    const r = evaluate({
      ...base,
      runtime: runtime({
        user: '10001',
        uid: 10001,
        nonRoot: true,
        stop: stopped({ advice: 'use tini' }),
        writable: writableFiles('/app/a.py', '/app/b.py'),
        smoke: {
          ok: false,
          http: {
            url: 'http://127.0.0.1:1234/healthz',
            containerPort: '1234/tcp',
            ok: false,
            status: 500,
            ms: 12,
            attempts: 1,
            error: null,
          },
          exec: null,
        },
      }),
    });
    expect(r.reasons.map((x) => [x.status, x.code])).toEqual([
      ['fail', 'smoke-failed'],
      ['warn', 'ignores-sigterm'],
      ['warn', 'writable-app-files'],
    ]);
    expect(r.reasons[0]!.message).toBe('the smoke test failed: http://127.0.0.1:1234/healthz answered 500');
    expect(r.reasons[1]!.message).toBe('use tini');
  });

  it('names the stop signal when a killed PID 1 comes without advice', () => {
    const r = evaluate({
      ...base,
      runtime: runtime({
        user: '10001',
        uid: 10001,
        nonRoot: true,
        stop: stopped({ signal: 'SIGQUIT', timeoutMs: 5_000 }),
      }),
    });
    expect(r.reasons.map((x) => [x.code, x.message])).toEqual([
      ['ignores-sigterm', 'PID 1 did not exit on SIGQUIT within 5 s and had to be killed'],
    ]);
  });

  it('tiers lint findings by the policy', () => {
    expect(evaluate({ ...base, lint: { findings: [finding('error')], errors: [] } }).status).toBe('fail');
    expect(evaluate({ ...base, lint: { findings: [finding('warning')], errors: [] } }).status).toBe('warn');
    expect(
      evaluate({ ...base, lint: { findings: [finding('info'), finding('style')], errors: [] } }).status,
    ).toBe('pass');
    expect(
      evaluate(
        { ...base, lint: { findings: [finding('info')], errors: [] } },
        { ...DEFAULT_POLICY, lintFailOn: 'info' },
      ).status,
    ).toBe('fail');
  });

  it('fails a failed build with its line, failures listed first', () => {
    const r = evaluate({
      ...base,
      lint: { findings: [finding('warning')], errors: [] },
      build: {
        ok: false,
        imageId: null,
        configDigest: null,
        manifestDigest: null,
        imageStore: null,
        digest: null,
        durationMs: 1,
        cachedSteps: null,
        totalSteps: null,
        steps: [],
        warnings: [],
        error: { message: 'exit code 127', line: 7, instruction: 'RUN nope', logTail: null },
      },
    });
    expect(r.status).toBe('fail');
    expect(r.reasons[0]!.message).toBe('the build failed at line 7 (RUN nope): exit code 127');
  });

  it('orders thresholds', () => {
    expect(reaches('error', 'warning')).toBe(true);
    expect(reaches('style', 'info')).toBe(false);
    expect(reaches('error', 'none')).toBe(false);
  });
});

describe('a stage that could not finish', () => {
  it('is a reason naming the stage and what happened, before the figures it leaves missing', () => {
    const r = evaluate({
      ...base,
      lint: { findings: [finding('error')], errors: [] },
      failures: [{ stage: 'measure', message: 'docker save sha256:ab: No such image' }],
    });
    expect(r.status).toBe('fail');
    expect(r.reasons[0]).toEqual({
      status: 'fail',
      code: 'measure-failed',
      message:
        'the measure stage failed (its figures are not measured): docker save sha256:ab: No such image',
    });
    // The lint verdict is still decided beside it.
    expect(r.reasons.map((x) => x.code)).toEqual(['measure-failed', 'lint']);
  });

  it('fails the check for measure and verify, and only warns for the baseline and the comment', () => {
    const statusOf = (stage: 'measure' | 'verify' | 'baseline' | 'comment') =>
      evaluate({ ...base, failures: [{ stage, message: 'x' }] }).status;
    expect(statusOf('measure')).toBe('fail');
    expect(statusOf('verify')).toBe('fail');
    expect(statusOf('comment')).toBe('warn');
    expect(statusOf('baseline')).toBe('warn');
  });

  it('adds a comment that failed after the decision as a warning, never failing a passing check', () => {
    const passing = evaluate(base);
    expect(passing.status).toBe('pass');
    const report = headReport({ status: passing.status, reasons: passing.reasons });
    const after = withStageFailure(report, { stage: 'comment', message: 'HTTP 502 Bad Gateway' });
    expect(after.status).toBe('warn');
    expect(after.reasons.map((x) => [x.status, x.code])).toEqual([['warn', 'comment-failed']]);
    expect(after.reasons[0]!.message).toContain('HTTP 502 Bad Gateway');
    // The report it was made from is left as it was.
    expect(report.status).toBe('pass');
  });
});

describe('size problems', () => {
  const noFindings: EvaluationInput = { lint: { findings: [], errors: [] }, build: null, runtime: null };
  // 82.9 MB of apt lists, the figure the naive example measured, split over two layers.
  const aptLists = [
    junk('apt-lists', 'var/lib/apt/lists', 80_000_000, 7),
    junk('apt-lists', 'var/lib/apt/lists', 2_900_000, 12),
  ];

  it('names the junk, its size, the lines that left it and the fix, as a warning by default', () => {
    const result = evaluate({ ...noFindings, leftovers: { junk: aptLists, waste: [], reclaimableBytes: 0 } });
    expect(result.status).toBe('warn');
    expect(result.reasons).toEqual([
      {
        status: 'warn',
        code: 'junk:apt-lists',
        message:
          '82.9 MB of apt lists left by lines 7 and 12: add `rm -rf /var/lib/apt/lists/*` in the same RUN',
      },
    ]);
  });

  it('fails or stays silent when the policy says so', () => {
    const input = { ...noFindings, leftovers: { junk: aptLists, waste: [], reclaimableBytes: 0 } };
    expect(evaluate(input, checkPolicy('error', true, false, 'fail')).status).toBe('fail');
    expect(evaluate(input, checkPolicy('error', true, false, 'none')).reasons).toEqual([]);
    expect(evaluate(input, lintOnlyPolicy('error')).reasons).toEqual([]);
  });

  it('leaves junk under the threshold, the base image’s junk and a toolchain (a lint rule says it) to the tables', () => {
    const under = SIZE_PROBLEM_THRESHOLDS.junkBytes - 1;
    const leftovers = {
      junk: [
        junk('pip-cache', 'root/.cache/pip', under, 4),
        { ...junk('apt-cache', 'var/cache/apt', 50_000_000, 2), fromBase: true },
        junk('build-toolchain', 'usr/lib/gcc', 90_000_000, 3),
      ],
      waste: [],
      reclaimableBytes: SIZE_PROBLEM_THRESHOLDS.wasteBytes - 1,
    };
    expect(evaluate({ ...noFindings, leftovers }).reasons).toEqual([]);
  });

  it('names reclaimable waste over the threshold with its biggest path and lines, biggest problem first', () => {
    const leftovers = {
      junk: [junk('git', 'app/.git', 2_000_000, 9)],
      waste: [
        wasted('tmp/toolchain.tar', 30_000_000, 'deleted', 5, 6),
        wasted('tmp/a', 20_000, 'deleted', 5, 6),
      ],
      reclaimableBytes: 30_020_000,
    };
    const messages = evaluate({ ...noFindings, leftovers }).reasons.map((r) => r.message);
    expect(messages).toEqual([
      '30 MB written and then deleted or overwritten in a later layer, most of it `tmp/toolchain.tar` (30 MB, written by line 5, deleted by line 6): delete files in the same RUN that writes them, or build in another stage and COPY only the result',
      '2 MB of a .git directory left by line 9: add `.git` to .dockerignore',
    ]);
  });
});

describe('parseSizeProblemLevel', () => {
  it('reads warn, fail and none, and names the input on anything else', () => {
    expect(SIZE_PROBLEM_LEVELS.map((l) => parseSizeProblemLevel(` ${l} `, 'input size-problems'))).toEqual([
      'warn',
      'fail',
      'none',
    ]);
    expect(() => parseSizeProblemLevel('error', 'input size-problems')).toThrow(
      'input size-problems: "error" is not one of warn, fail, none',
    );
  });
});
