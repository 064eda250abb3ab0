// The one place that decides pass / warn / fail. Every stage only reports what it saw; the
// policy turns that into reasons here, so the comment, the exit code and the outputs agree.
import type { Deltas } from '../comparison.js';
import type {
  BudgetCheck,
  BudgetResult,
  FailedStage,
  Finding,
  LintError,
  Reason,
  Severity,
  StageFailure,
  Status,
} from '../types.js';
import type { JunkKind } from '../measure/junk.js';
import type { JunkFinding, WastedPath } from '../measure/types.js';
import { formatBytes } from '../units.js';
import {
  checkBudgets,
  checkChangeBudgets,
  type BudgetFigures,
  type Budgets,
  type ChangeBudgets,
} from './budgets.js';
import type { Report, ReportBuild, ReportRuntime } from './types.js';

export type Threshold = Severity | 'none';

/** Lint thresholds, most severe first; `none` never fails. The one list every front door uses. */
export const THRESHOLDS: readonly Threshold[] = ['error', 'warning', 'info', 'style', 'none'];

/** A threshold from user text; throws naming `what` (the input or flag) when it is not one. */
export function parseThreshold(text: string, what: string): Threshold {
  const t = text.trim() as Threshold;
  if (!THRESHOLDS.includes(t)) throw new Error(`${what}: "${text}" is not one of ${THRESHOLDS.join(', ')}`);
  return t;
}

export interface Policy {
  /** A root verdict fails the check (input `require-non-root`). */
  requireNonRoot: boolean;
  /** Lint findings at or above this severity fail the check. */
  lintFailOn: Threshold;
  /** Lint findings at or above this severity (and below lintFailOn) make it a warning. */
  lintWarnOn: Threshold;
  /** What a Dockerfile that could not be fully linted weighs. */
  unlintable: Exclude<Status, 'pass'>;
  /** What junk or waste above SIZE_PROBLEM_THRESHOLDS weighs; `none` leaves it to the tables. */
  sizeProblems: SizeProblemLevel;
  /**
   * What an app that exits non-zero during the runtime check, or a container that never starts,
   * weighs (input `fail-on-crash`); default warn.
   */
  crash?: Exclude<Status, 'pass'>;
}

export type SizeProblemLevel = Exclude<Status, 'pass'> | 'none';
export const SIZE_PROBLEM_LEVELS: readonly SizeProblemLevel[] = ['warn', 'fail', 'none'];

/** A size-problem level from user text; throws naming `what` (the input or flag) when it is not one. */
export function parseSizeProblemLevel(text: string, what: string): SizeProblemLevel {
  const level = text.trim() as SizeProblemLevel;
  if (!SIZE_PROBLEM_LEVELS.includes(level))
    throw new Error(`${what}: "${text}" is not one of ${SIZE_PROBLEM_LEVELS.join(', ')}`);
  return level;
}

/**
 * When leftovers become a reason rather than a row in a collapsed table. One kind of junk left by
 * this Dockerfile of at least `junkBytes`, or reclaimable bytes of at least `wasteBytes`: below
 * these a fix saves less than a pull's round trip. Read only through sizeProblems().
 */
export const SIZE_PROBLEM_THRESHOLDS = { junkBytes: 1_000_000, wasteBytes: 10_000_000 } as const;

/** Reclaimable paths smaller than this are not worth a row in the waste table. */
export const WASTE_ROW_MIN_BYTES = 10_000;

/**
 * What each kind of junk is and the fix, for the reason. A compiler toolchain is left out: the
 * lint rule build-toolchain-in-final-stage already says it, with the line, and it is said once.
 */
export const JUNK_FIXES: Record<Exclude<JunkKind, 'build-toolchain'>, { what: string; fix: string }> = {
  'apt-lists': { what: 'apt lists', fix: 'add `rm -rf /var/lib/apt/lists/*` in the same RUN' },
  'apt-cache': { what: 'apt cache', fix: 'add `apt-get clean` in the same RUN' },
  'pip-cache': { what: 'pip cache', fix: 'use `pip install --no-cache-dir`' },
  'npm-cache': { what: 'npm cache', fix: 'add `npm cache clean --force` in the same RUN' },
  pycache: { what: 'Python bytecode from the build context', fix: 'add `__pycache__` to .dockerignore' },
  git: { what: 'a .git directory', fix: 'add `.git` to .dockerignore' },
  venv: { what: 'a virtualenv from the build context', fix: 'add `.venv` to .dockerignore' },
  tests: { what: 'tests from the build context', fix: 'add `tests` to .dockerignore' },
  dockerfile: { what: 'the Dockerfile copied into the image', fix: 'add it to .dockerignore' },
};

/** The check's policy: findings at `lintFailOn` fail, those one severity below warn. */
export function checkPolicy(
  lintFailOn: Threshold,
  requireNonRoot: boolean,
  failOnCrash = false,
  sizeProblems: SizeProblemLevel = 'warn',
): Policy {
  const lintWarnOn =
    lintFailOn === 'none' ? 'none' : (THRESHOLDS[THRESHOLDS.indexOf(lintFailOn) + 1] ?? 'none');
  return {
    requireNonRoot,
    lintFailOn,
    lintWarnOn,
    unlintable: 'warn',
    sizeProblems,
    ...(failOnCrash ? { crash: 'fail' } : {}),
  };
}

/**
 * `shipshape lint`'s policy, as hadolint's exit code: findings at the threshold fail, and so does
 * a file that cannot be linted, unless the threshold is `none`.
 */
export function lintOnlyPolicy(failureThreshold: Threshold): Policy {
  return {
    requireNonRoot: false,
    lintFailOn: failureThreshold,
    lintWarnOn: 'none',
    unlintable: failureThreshold === 'none' ? 'warn' : 'fail',
    sizeProblems: 'none',
  };
}

export const DEFAULT_POLICY: Policy = checkPolicy('error', true);

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, style: 0 };

export function reaches(severity: Severity, threshold: Threshold): boolean {
  return threshold !== 'none' && RANK[severity] >= RANK[threshold];
}

export interface EvaluationInput {
  lint: { findings: Finding[]; errors: LintError[] };
  build: ReportBuild | null;
  runtime: RuntimeFacts | null;
  /** The size budgets and the measured figures they are held against (null: not measured). */
  budgets?: { settings: Budgets; figures: BudgetFigures } | null;
  /** The budgets on change and the comparison with the baseline; null without a baseline. */
  change?: ChangeEvidence | null;
  /** Stages after lint that could not finish; each is a reason naming the stage. */
  failures?: StageFailure[];
  /** What the measure stage found left in the image; null when not measured. */
  leftovers?: Leftovers | null;
}

export interface Leftovers {
  junk: readonly JunkFinding[];
  waste: readonly WastedPath[];
  reclaimableBytes: number | null;
}

export interface ChangeEvidence {
  settings: ChangeBudgets;
  deltas: Deltas;
  /**
   * Whether the baseline had image figures to compare (or said why not). A lint-only baseline has
   * none, and growth budgets are then left out rather than reported as unknown.
   */
  imageCompared: boolean;
}

export interface Evaluation {
  status: Status;
  reasons: Reason[];
  /** Every budget check with the status it was given, size budgets first, then budgets on change. */
  budgets: BudgetResult[];
}

/** What the verify stage found, as the report carries it: the policy reads the verdict and its detail. */
export type RuntimeFacts = ReportRuntime;

/** The last few lines of output, on one line, for a reason. */
function lastOutput(logTail: string | null): string {
  const lines = (logTail ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(-3);
  const text = lines.join(' ⏎ ');
  return text ? `; last output: ${text.length > 300 ? `…${text.slice(-300)}` : text}` : '; no output';
}

function appExitMessage(exit: NonNullable<ReportRuntime['exit']>): string {
  const after = exit.afterMs === null ? '' : ` after ${(exit.afterMs / 1000).toFixed(2)} s`;
  const when = exit.afterSignal
    ? "after shipshape's stop signal, which did not cause it"
    : 'before it was asked to stop';
  return (
    `the app exited with code ${exit.code ?? '?'}${after} during the runtime check, ${when}` +
    (exit.oomKilled ? ', killed for running out of memory' : '') +
    (exit.error ? `: ${exit.error}` : '') +
    lastOutput(exit.logTail)
  );
}

function runtimeReasons(rt: RuntimeFacts | null, policy: Policy): Reason[] {
  if (!rt) return [];
  const reasons: Reason[] = [];
  const who = rt.user ? `user "${rt.user}"` : 'no USER set (root by default)';
  const rootStatus = policy.requireNonRoot ? 'fail' : 'warn';
  const unknownUser = rt.static?.findings.find(
    (f) => f.code === 'unknown-user' || f.code === 'unknown-group',
  );
  if (unknownUser) {
    reasons.push({
      status: 'fail',
      code: 'unknown-user',
      message: `the engine cannot start the image as configured: ${unknownUser.message}`,
    });
  } else if (rt.nonRoot === false) {
    if (rt.privileges === 'dropped') {
      reasons.push({
        status: rootStatus,
        code: 'runs-as-root',
        message: `the container starts as root and only then drops to uid ${rt.uid ?? '?'} (${who}): a process had effective uid 0, seen from the host`,
      });
    } else {
      // nonRoot is false only when processes were seen from the host.
      const uid = rt.static?.uid ?? rt.uid ?? 0;
      reasons.push({
        status: rootStatus,
        code: 'runs-as-root',
        message: `the container runs as root: ${who} resolves to uid ${uid} (seen from the host)`,
      });
    }
  } else if (rt.nonRoot === null && rt.static?.root === true) {
    // Nothing was observed, but the configuration alone says root: the engine starts PID 1 as uid 0.
    reasons.push({
      status: rootStatus,
      code: 'runs-as-root',
      message: `the image is configured to run as root: ${who} resolves to uid ${rt.static.uid ?? 0} (static: from the image configuration; no process was observed)`,
    });
  } else if (rt.nonRoot === null && policy.requireNonRoot) {
    reasons.push({
      status: 'warn',
      code: 'root-unproven',
      message: `could not prove the container does not run as root (${who})`,
    });
  }
  const crashStatus = policy.crash ?? 'warn';
  if (rt.started === false && rt.startFailure && !unknownUser) {
    reasons.push({ status: crashStatus, code: 'did-not-start', message: rt.startFailure });
  }
  if (rt.exit && rt.exit.code !== 0) {
    reasons.push({ status: crashStatus, code: 'app-exited', message: appExitMessage(rt.exit) });
  }
  if (rt.smoke && !rt.smoke.ok) {
    const what =
      rt.smoke.http && rt.smoke.http.error !== null
        ? `${rt.smoke.http.url}: ${rt.smoke.http.error}`
        : rt.smoke.http
          ? `${rt.smoke.http.url} answered ${rt.smoke.http.status}`
          : rt.smoke.exec
            ? `\`${rt.smoke.exec.command.join(' ')}\` exited ${rt.smoke.exec.exitCode}`
            : 'no probe answered';
    reasons.push({ status: 'fail', code: 'smoke-failed', message: `the smoke test failed: ${what}` });
  }
  if (rt.stop?.killed && rt.stop.signalled !== false) {
    reasons.push({
      status: 'warn',
      code: 'ignores-sigterm',
      // The advice already tells the whole story (what happened, why, the fix); no preamble twice.
      message:
        rt.stop.advice ??
        `PID 1 did not exit on ${rt.stop.signal ?? 'the stop signal'} within ${Math.round(rt.stop.timeoutMs / 1000)} s and had to be killed`,
    });
  }
  const writable = rt.writable?.files ?? [];
  if (writable.length) {
    const first = writable
      .slice(0, 3)
      .map((f) => f.path)
      .join(', ');
    reasons.push({
      status: 'warn',
      code: 'writable-app-files',
      message: `the runtime user can write ${writable.length} application file${writable.length === 1 ? '' : 's'} (${first}${writable.length > 3 ? ', …' : ''})`,
    });
  }
  return reasons;
}

function lines(numbers: (number | null)[]): string {
  const known = [...new Set(numbers.filter((n): n is number => n !== null))].sort((a, b) => a - b);
  if (!known.length) return 'this Dockerfile';
  if (known.length === 1) return `line ${known[0]}`;
  return `lines ${known.slice(0, -1).join(', ')} and ${known.at(-1)}`;
}

type FixableJunkKind = keyof typeof JUNK_FIXES;

/** One kind of junk this Dockerfile left, big enough to be worth a fix. */
export interface JunkProblem {
  kind: FixableJunkKind;
  /** Every finding of the kind the Dockerfile left, biggest first (each may be small alone). */
  found: JunkFinding[];
  bytes: number;
}

/** Reclaimable waste big enough to be worth a fix. */
export interface WasteProblem {
  bytes: number;
  /** The biggest wasted path: the one to fix first, named by the reason and the SARIF result. */
  biggest: WastedPath | null;
}

export interface SizeProblems {
  /** Biggest first. */
  junk: JunkProblem[];
  waste: WasteProblem | null;
}

/**
 * Which leftovers are problems, the one answer the reasons, the comment and SARIF all give: junk
 * counted per kind (one cache spread over three RUNs costs as much as one big one), waste as the
 * image's reclaimable total. The base image's junk is not this Dockerfile's to fix in a RUN, and a
 * compiler toolchain is the lint rule build-toolchain-in-final-stage's to say; the tables still
 * show both.
 */
export function sizeProblems(leftovers: Leftovers): SizeProblems {
  const byKind = new Map<FixableJunkKind, JunkFinding[]>();
  for (const j of leftovers.junk) {
    if (j.fromBase || j.kind === 'build-toolchain') continue;
    byKind.set(j.kind, [...(byKind.get(j.kind) ?? []), j]);
  }
  const junk: JunkProblem[] = [];
  for (const [kind, found] of byKind) {
    const bytes = found.reduce((n, j) => n + j.bytes, 0);
    if (bytes >= SIZE_PROBLEM_THRESHOLDS.junkBytes)
      junk.push({ kind, found: [...found].sort((a, b) => b.bytes - a.bytes), bytes });
  }
  const reclaimable = leftovers.reclaimableBytes ?? 0;
  const waste =
    reclaimable >= SIZE_PROBLEM_THRESHOLDS.wasteBytes
      ? { bytes: reclaimable, biggest: [...leftovers.waste].sort((a, b) => b.bytes - a.bytes)[0] ?? null }
      : null;
  return { junk: junk.sort((a, b) => b.bytes - a.bytes), waste };
}

/** The size problems as reasons, each with its line and fix, the biggest first. */
function sizeProblemReasons(leftovers: Leftovers | null | undefined, policy: Policy): Reason[] {
  if (!leftovers || policy.sizeProblems === 'none') return [];
  const status = policy.sizeProblems;
  const problems = sizeProblems(leftovers);
  const reasons: (Reason & { bytes: number })[] = problems.junk.map(({ kind, found, bytes }) => {
    const { what, fix } = JUNK_FIXES[kind];
    return {
      status,
      code: `junk:${kind}`,
      message: `${formatBytes(bytes)} of ${what} left by ${lines(found.map((j) => j.line))}: ${fix}`,
      bytes,
    };
  });
  if (problems.waste) {
    const top = problems.waste.biggest;
    const biggest = top
      ? `, most of it \`${top.path}\` (${formatBytes(top.bytes)}, written by ${top.writtenLine === null ? 'the base image' : `line ${top.writtenLine}`}${top.removedLine === null ? '' : `, ${top.how} by line ${top.removedLine}`})`
      : '';
    reasons.push({
      status,
      code: 'waste',
      message: `${formatBytes(problems.waste.bytes)} written and then deleted or overwritten in a later layer${biggest}: delete files in the same RUN that writes them, or build in another stage and COPY only the result`,
      bytes: problems.waste.bytes,
    });
  }
  // The biggest first: it is the one worth fixing first.
  return reasons
    .sort((a, b) => b.bytes - a.bytes)
    .map(({ status, code, message }) => ({ status, code, message }));
}

/**
 * How much a stage that could not finish weighs. Without measurements or a runtime check the image
 * cannot be called good. A baseline that cannot be had, or a comment GitHub would not take past the
 * retries, is never more than a warning: the check is decided by the image alone, and the comment
 * body is still in the comment-body-file output.
 */
const FAILURE_STATUS: Record<FailedStage, Exclude<Status, 'pass'>> = {
  measure: 'fail',
  verify: 'fail',
  baseline: 'warn',
  comment: 'warn',
};

const FAILURE_CONSEQUENCE: Record<FailedStage, string> = {
  measure: 'its figures are not measured',
  verify: 'the runtime user is not proven',
  baseline: 'nothing is compared with the baseline',
  comment: 'the report is in the job summary, the report file and comment-body-file',
};

export function stageFailureReason(failure: StageFailure): Reason {
  return {
    status: FAILURE_STATUS[failure.stage],
    code: `${failure.stage}-failed`,
    message: `the ${failure.stage} stage failed (${FAILURE_CONSEQUENCE[failure.stage]}): ${failure.message}`,
  };
}

/** A figure over its limit weighs as the tier it broke; one that could not be checked warns. */
function decideBudget({ outcome, ...check }: BudgetCheck): BudgetResult {
  const status: Status = outcome === 'over' ? check.level : outcome === 'unchecked' ? 'warn' : 'pass';
  return { ...check, status };
}

function budgetResults(input: EvaluationInput): BudgetResult[] {
  const checks = input.budgets ? checkBudgets(input.budgets.settings, input.budgets.figures) : [];
  const change = input.change;
  if (change) {
    const settings = change.imageCompared
      ? change.settings
      : { ...change.settings, maxSizeIncrease: null, maxLayersIncrease: null };
    checks.push(...checkChangeBudgets(settings, change.deltas));
  }
  return checks.map(decideBudget);
}

function failuresFirst(reasons: Reason[]): Reason[] {
  return reasons.sort((a, b) => (a.status === b.status ? 0 : a.status === 'fail' ? -1 : 1));
}

/** A report decided before a later stage (the comment) failed, with that failure decided in. */
export function withStageFailure(report: Report, failure: StageFailure): Report {
  const reasons = failuresFirst([...report.reasons, stageFailureReason(failure)]);
  return { ...report, reasons, status: worst(reasons) };
}

function worst(reasons: Reason[]): Status {
  if (reasons.some((r) => r.status === 'fail')) return 'fail';
  return reasons.length ? 'warn' : 'pass';
}

function countBySeverity(findings: Finding[]): string {
  const counts = new Map<Severity, number>();
  for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${n} ${s}${n === 1 ? '' : 's'}`).join(', ');
}

export function evaluate(input: EvaluationInput, policy: Policy = DEFAULT_POLICY): Evaluation {
  const reasons: Reason[] = [];
  const budgets = budgetResults(input);

  if (input.build && !input.build.ok) {
    const e = input.build.error;
    const where = e?.line ? ` at line ${e.line}${e.instruction ? ` (${e.instruction})` : ''}` : '';
    reasons.push({
      status: 'fail',
      code: 'build-failed',
      message: `the build failed${where}: ${e?.message ?? 'unknown error'}`,
    });
  }

  // A stage that could not finish explains the figures missing below, so it comes before them.
  reasons.push(...(input.failures ?? []).map(stageFailureReason));

  for (const b of budgets) {
    if (b.status !== 'pass') reasons.push({ status: b.status, code: `budget:${b.name}`, message: b.message });
  }

  reasons.push(...runtimeReasons(input.runtime, policy));
  reasons.push(...sizeProblemReasons(input.leftovers, policy));

  for (const e of input.lint.errors) {
    reasons.push({
      status: policy.unlintable,
      code: 'lint-error',
      message: `the Dockerfile could not be fully linted: line ${e.line}: ${e.message}`,
    });
  }
  const failing = input.lint.findings.filter((f) => reaches(f.severity, policy.lintFailOn));
  const warning = input.lint.findings.filter(
    (f) => !reaches(f.severity, policy.lintFailOn) && reaches(f.severity, policy.lintWarnOn),
  );
  if (failing.length) {
    reasons.push({
      status: 'fail',
      code: 'lint',
      message: `${failing.length} lint finding${failing.length === 1 ? '' : 's'} at or above "${policy.lintFailOn}" (${countBySeverity(failing)})`,
    });
  }
  if (warning.length) {
    reasons.push({
      status: 'warn',
      code: 'lint',
      message: `${warning.length} lint finding${warning.length === 1 ? '' : 's'} at or above "${policy.lintWarnOn}" (${countBySeverity(warning)})`,
    });
  }

  // Failures first, so the headline names what broke the check.
  failuresFirst(reasons);
  return { status: worst(reasons), reasons, budgets };
}
