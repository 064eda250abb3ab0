// One runtime check's deadline (a time limit, unrelated to the size Budgets): every docker call gets
// at most what is left of it (and never more than a per-call cap), every wait is cancellable, and
// the caller's AbortSignal stops everything.
import type { Readable } from 'node:stream';
import { docker, execStream, type ExecOptions, type ExecResult } from '../exec.js';

/** No single docker call may take longer than this, whatever the overall deadline. */
const CALL_CAP_MS = 30_000;

export class Cancelled extends Error {
  constructor() {
    super('runtime check cancelled');
    this.name = 'Cancelled';
  }
}

export class DeadlineExceeded extends Error {
  constructor(timeoutMs: number, step: string) {
    super(`runtime check timed out after ${timeoutMs} ms (during ${step})`);
    this.name = 'DeadlineExceeded';
  }
}

export class CheckDeadline {
  readonly endsAt: number;
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  /** The step in progress, named in a timeout message. */
  step = 'start';

  constructor(
    readonly timeoutMs: number,
    private readonly outer: AbortSignal | undefined,
  ) {
    this.endsAt = Date.now() + timeoutMs;
    this.timer = setTimeout(() => this.controller.abort(), timeoutMs);
    if (outer?.aborted) this.controller.abort();
    outer?.addEventListener('abort', this.onOuterAbort, { once: true });
  }

  private readonly onOuterAbort = () => this.controller.abort();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get cancelled(): boolean {
    return this.outer?.aborted === true;
  }

  remainingMs(): number {
    return Math.max(0, this.endsAt - Date.now());
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.outer?.removeEventListener('abort', this.onOuterAbort);
  }

  /** Throws the right error when the deadline passed or the caller stopped us. */
  check(): void {
    if (this.cancelled) throw new Cancelled();
    if (this.controller.signal.aborted || Date.now() >= this.endsAt) {
      throw new DeadlineExceeded(this.timeoutMs, this.step);
    }
  }

  private callTimeout(capMs = CALL_CAP_MS): number {
    return Math.max(1, Math.min(capMs, this.remainingMs()));
  }

  async docker(args: string[], options: ExecOptions & { capMs?: number } = {}): Promise<ExecResult> {
    this.check();
    const { capMs, ...rest } = options;
    let result: ExecResult;
    try {
      result = await docker(args, { ...rest, timeoutMs: this.callTimeout(capMs), signal: this.signal });
    } catch (e) {
      this.check();
      throw e;
    }
    // A call killed by the deadline "fails" with allowFailure too; its result means nothing.
    this.check();
    return result;
  }

  /** A docker call whose stdout is consumed as a stream; `stop` kills it early. */
  dockerStream(args: string[]): { stdout: Readable; done: Promise<ExecResult>; stop: () => void } {
    this.check();
    const local = new AbortController();
    const { stdout, done } = execStream(process.env.SHIPSHAPE_DOCKER ?? 'docker', args, {
      timeoutMs: this.callTimeout(),
      signal: AbortSignal.any([this.signal, local.signal]),
      allowFailure: true,
    });
    return { stdout, done, stop: () => local.abort() };
  }

  /** Waits `ms` (cut short by the deadline or cancellation, which then throw). */
  async sleep(ms: number): Promise<void> {
    this.check();
    const signal = this.signal;
    const left = this.remainingMs();
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(t);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const t = setTimeout(done, Math.max(0, Math.min(ms, left)));
      signal.addEventListener('abort', done, { once: true });
    });
    this.check();
    // Timers may fire a millisecond early: a wait the deadline cut short has used up the time.
    if (ms >= left) throw new DeadlineExceeded(this.timeoutMs, this.step);
  }
}
