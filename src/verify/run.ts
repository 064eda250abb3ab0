// Start the image as a user would, watch its processes from the host, and always remove it.
import { docker, ExecError, type ExecOptions, type ExecResult } from '../exec.js';
import type { Logger } from '../log.js';
import type { ProcessEvidence } from '../types.js';
import { removeContainer, runArgs, track, uniqueContainerName } from './container.js';
import { parseContainerState, parseImageConfig, type ParsedState } from './inspect.js';
import { mergeEvidence, parseTop, runtimeNonRoot, topArgs } from './top.js';
import type { RuntimeReport, StepTiming } from './types.js';

export interface VerifyOptions {
  log: Logger;
  /** Run as this user instead of the image's own (the workflow's `user` input). */
  user?: string | null;
  /** Arguments replacing CMD for this check (the `run-command` input). */
  runCommand?: string[] | null;
  /** Budget for the whole check; every docker call gets at most what is left of it. */
  timeoutMs?: number;
  /** How long to keep watching after the first observation, to catch privilege drops. */
  settleMs?: number;
  signal?: AbortSignal;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_SETTLE_MS = 500;
/** No single docker call may take longer than this, whatever the overall budget. */
const CALL_CAP_MS = 30_000;
const POLL_MS = 100;
/** How long to wait for a running container to show its first process. */
const FIRST_PROCESS_WINDOW_MS = 5_000;
const LOG_TAIL_LINES = 20;

class Cancelled extends Error {
  constructor() {
    super('runtime check cancelled');
    this.name = 'Cancelled';
  }
}

class DeadlineExceeded extends Error {
  constructor(timeoutMs: number, step: string) {
    super(`runtime check timed out after ${timeoutMs} ms (during ${step})`);
    this.name = 'DeadlineExceeded';
  }
}

/** Everything one check needs to keep its docker calls inside the budget and cancellable. */
class Budget {
  readonly deadline: number;
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  step = 'start';

  constructor(
    readonly timeoutMs: number,
    private readonly outer: AbortSignal | undefined,
  ) {
    this.deadline = Date.now() + timeoutMs;
    this.timer = setTimeout(() => this.controller.abort(), timeoutMs);
    if (outer?.aborted) this.controller.abort();
    outer?.addEventListener('abort', this.onOuterAbort, { once: true });
  }

  private readonly onOuterAbort = () => this.controller.abort();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.outer?.removeEventListener('abort', this.onOuterAbort);
  }

  /** Throws the right error when the budget or the caller stopped us. */
  check(): void {
    if (this.outer?.aborted) throw new Cancelled();
    if (this.controller.signal.aborted || Date.now() >= this.deadline) {
      throw new DeadlineExceeded(this.timeoutMs, this.step);
    }
  }

  async docker(args: string[], options: ExecOptions = {}): Promise<ExecResult> {
    this.check();
    const left = this.deadline - Date.now();
    try {
      return await docker(args, {
        ...options,
        timeoutMs: Math.max(1, Math.min(CALL_CAP_MS, left)),
        signal: this.signal,
      });
    } catch (e) {
      this.check();
      throw e;
    }
  }

  async sleep(ms: number): Promise<void> {
    this.check();
    await new Promise<void>((resolve) => {
      const t = setTimeout(done, Math.max(0, Math.min(ms, this.deadline - Date.now())));
      const signal = this.signal;
      function done() {
        clearTimeout(t);
        signal.removeEventListener('abort', done);
        resolve();
      }
      signal.addEventListener('abort', done, { once: true });
    });
    this.check();
  }
}

async function timed<T>(
  timings: StepTiming[],
  budget: Budget,
  step: string,
  fn: () => Promise<T>,
): Promise<T> {
  const started = Date.now();
  budget.step = step;
  try {
    return await fn();
  } finally {
    timings.push({ step, ms: Date.now() - started });
  }
}

/**
 * The engine's own reason from a failed docker CLI call, without the CLI's "Run 'docker run
 * --help'" trailer or its "docker: Error response from daemon:" prefix.
 */
export function engineReason(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^(Run|See) 'docker .*--help'/.test(l));
  const reason = lines.find((l) => l.startsWith('docker: ')) ?? lines.pop() ?? '';
  return reason.replace(/^docker: /, '').replace(/^Error response from daemon: /, '');
}

/**
 * Runs `image` as a user would and reports which uids its processes really had, read from the
 * host. The container is removed before this returns or throws, whatever happened.
 * Rejects only when `signal` aborts (cancellation); every other failure is a report with reasons.
 */
export async function verifyImage(image: string, opts: VerifyOptions): Promise<RuntimeReport> {
  const { log } = opts;
  const budget = new Budget(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, opts.signal);
  const settleMs = opts.settleMs ?? DEFAULT_SETTLE_MS;
  const name = uniqueContainerName();
  const timings: StepTiming[] = [];
  const notes: string[] = [];
  let processes: ProcessEvidence[] = [];
  const report: RuntimeReport = {
    image,
    container: name,
    user: opts.user ?? '',
    uid: null,
    nonRoot: null,
    source: null,
    started: false,
    logTail: null,
    state: null,
    timings,
    evidence: { processes, exitCode: null, notes },
  };

  let containerPid = 0;
  let cancelled: unknown = null;
  try {
    const config = await timed(timings, budget, 'inspect image', async () =>
      parseImageConfig(
        (await budget.docker(['image', 'inspect', '--format', '{{json .Config}}', image])).stdout,
      ),
    );
    report.user = opts.user ?? config.user;

    track(name);
    const run = await timed(timings, budget, 'start', () =>
      budget.docker(runArgs(image, { name, user: opts.user, runCommand: opts.runCommand }), {
        allowFailure: true,
      }),
    );
    if (run.code !== 0) {
      // The engine refuses e.g. an unknown user or a missing entrypoint binary here.
      notes.push(
        `the container never started: ${engineReason(run.stderr) || `docker run exited with ${run.code}`}`,
      );
      report.state = await readState(budget, name).catch(() => null);
      return report;
    }
    report.started = true;
    log.debug(`verify: started ${name} from ${image}`);

    const observe = async (observedAt: ProcessEvidence['observedAt']): Promise<number | null> => {
      const top = await budget.docker(topArgs(name), { allowFailure: true });
      if (top.code !== 0) return null;
      const snapshot = parseTop(top.stdout, observedAt);
      processes = mergeEvidence(processes, snapshot);
      return snapshot.length;
    };

    await timed(timings, budget, 'observe at start', async () => {
      const until = Date.now() + FIRST_PROCESS_WINDOW_MS;
      for (;;) {
        const seen = await observe('start');
        if (seen) return;
        const state = await readState(budget, name);
        containerPid = state.pid;
        if (!state.running || Date.now() >= until) return;
        await budget.sleep(POLL_MS);
      }
    });

    await timed(timings, budget, 'settle', async () => {
      if (processes.length === 0) return;
      const until = Date.now() + settleMs;
      while (Date.now() < until) {
        await budget.sleep(Math.min(POLL_MS, until - Date.now()));
        if ((await observe('settled')) === null) return;
      }
    });

    const state = await timed(timings, budget, 'inspect container', () => readState(budget, name));
    report.state = state;
    if (state.pid) containerPid = state.pid;
    if (!state.running) {
      report.evidence.exitCode = state.exitCode;
      report.logTail = await timed(timings, budget, 'logs', () => readLogTail(budget, name));
      notes.push(
        `the container exited${state.exitCode === null ? '' : ` with code ${state.exitCode}`} during the check` +
          (state.oomKilled ? ' (killed: out of memory)' : '') +
          (state.error ? `: ${state.error}` : ''),
      );
    }
  } catch (e) {
    if (e instanceof Cancelled) cancelled = e;
    else if (e instanceof DeadlineExceeded) notes.push(e.message);
    else
      notes.push(
        `runtime check failed: ${e instanceof ExecError || e instanceof Error ? e.message : String(e)}`,
      );
  } finally {
    budget.dispose();
    const started = Date.now();
    try {
      await removeContainer(name);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      log.warning(message);
      notes.push(message);
    }
    timings.push({ step: 'remove', ms: Date.now() - started });
  }
  if (cancelled) throw cancelled;

  report.evidence.processes = processes;
  report.nonRoot = runtimeNonRoot(processes);
  if (processes.length) {
    report.source = 'runtime';
    const last = (pid: number) => processes.filter((p) => p.pid === pid).pop();
    const main = last(containerPid) ?? last(processes[0]!.pid);
    report.uid = main ? main.uids[1] : null;
  } else if (report.started) {
    notes.push('no process of the container could be observed, so there is no runtime proof either way');
  }
  return report;
}

async function readState(budget: Budget, name: string): Promise<ParsedState> {
  const result = await budget.docker(['container', 'inspect', '--format', '{{json .State}}', name]);
  return parseContainerState(result.stdout);
}

async function readLogTail(budget: Budget, name: string): Promise<string | null> {
  const result = await budget.docker(['logs', '--tail', String(LOG_TAIL_LINES), name], {
    allowFailure: true,
    maxOutputBytes: 16 * 1024,
  });
  const text = `${result.stdout}${result.stderr}`.trim();
  return text || null;
}
