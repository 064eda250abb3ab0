// One runtime check: its options, its deadline, the container under test and the evidence gathered
// so far. Each job (start, observe, smoke, stop, harden, writable files) takes the check, reads what
// earlier jobs learnt through `seen` and records what it learns through the methods below; nothing
// else is shared between the jobs. The report is assembled from the evidence once, at the end.
import type { Logger } from '../log.js';
import type { ProcessEvidence } from '../types.js';
import { Container, removeContainer, track, uniqueContainerName } from './container.js';
import { CheckDeadline } from './deadline.js';
import type { EngineIdentity, ParsedState } from './inspect.js';
import { mergeEvidence } from './top.js';
import type {
  HardeningReport,
  RuntimeReport,
  SmokeResult,
  StopResult,
  UserOrigin,
  WritableReport,
} from './types.js';
import type { StaticVerdict } from './users.js';
import { appExitOf, exitNote, runtimeReport, type Evidence } from './verdict.js';

export interface SmokeOptions {
  /** HTTP path to probe, e.g. "/healthz"; no HTTP probe when absent. */
  path?: string | null;
  /** Container port to probe; default: the first EXPOSEd TCP port. */
  port?: number | null;
  /** How long the app may take to answer 2xx–3xx. */
  timeoutMs?: number;
  /** A command run inside with `docker exec` (argv); must exit 0. */
  exec?: string[] | null;
}

export interface VerifyOptions {
  log: Logger;
  /** Run as this user instead of the image's own (the workflow's `user` input). */
  user?: string | null;
  /** Arguments replacing CMD for this check (the `run-command` input). */
  runCommand?: string[] | null;
  /**
   * The USER the Dockerfile's final stage declares (null: none). Only used to say whether the
   * image's user was inherited from the base image.
   */
  declaredUser?: string | null;
  /** Time limit for the whole check; every docker call gets at most what is left of it. */
  timeoutMs?: number;
  /** How long to keep watching after the first observation, to catch privilege drops. */
  settleMs?: number;
  /** How long PID 1 gets to exit on the stop signal before it is killed (docker stop's default: 10 s). */
  stopTimeoutMs?: number;
  smoke?: SmokeOptions | null;
  /** Also start the image under --read-only/--cap-drop ALL/no-new-privileges and report what it tolerates. */
  hardening?: boolean;
  signal?: AbortSignal;
}

const DEFAULT_TIMEOUT_MS = 120_000;
const DEFAULT_SETTLE_MS = 500;
const DEFAULT_STOP_TIMEOUT_MS = 10_000;

/** The evidence as jobs read it: nothing in it can be changed but through the record methods. */
export type SeenEvidence = {
  readonly [K in keyof Evidence]: Evidence[K] extends (infer Item)[] ? readonly Item[] : Evidence[K];
};

/** The text of a thrown value, for a note. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class Check {
  readonly log: Logger;
  readonly deadline: CheckDeadline;
  /** The container under test; hardened runs start their own. */
  readonly container: Container;
  readonly settleMs: number;
  readonly stopTimeoutMs: number;
  private readonly began = Date.now();
  /** Containers made and not removed yet: close() removes them, whatever happened. */
  private readonly created: string[] = [];
  private readonly evidence: Evidence;

  constructor(
    readonly image: string,
    readonly options: VerifyOptions,
  ) {
    this.log = options.log;
    this.deadline = new CheckDeadline(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, options.signal);
    this.settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
    this.stopTimeoutMs = options.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS;
    this.container = new Container(uniqueContainerName(), this.deadline);
    this.evidence = {
      image,
      container: this.container.name,
      user: options.user ?? '',
      userOrigin: options.user ? 'input' : 'default',
      remapped: false,
      started: false,
      static: null,
      startFailure: null,
      processes: [],
      lastSeen: [],
      containerPid: 0,
      state: null,
      exitCode: null,
      logTail: null,
      exit: null,
      stop: null,
      smoke: null,
      hardening: null,
      writable: null,
      timings: [],
      notes: [],
    };
  }

  /** What the jobs so far recorded; read-only, record through the methods. */
  get seen(): SeenEvidence {
    return this.evidence;
  }

  /** PID 1 as last observed, if it was. */
  pid1(): ProcessEvidence | undefined {
    return this.evidence.lastSeen.find((p) => p.pid === this.evidence.containerPid);
  }

  /** Runs one step of the check: named for a timeout message, and timed for the report. */
  async timed<T>(step: string, fn: () => Promise<T>): Promise<T> {
    const started = Date.now();
    this.deadline.step = step;
    try {
      return await fn();
    } finally {
      this.evidence.timings.push({ step, ms: Date.now() - started });
    }
  }

  note(text: string): void {
    this.evidence.notes.push(text);
  }

  /** Marks a container as this check's before it is created, so even a half-made one is removed. */
  track(container: Container): void {
    track(container.name);
    this.created.push(container.name);
  }

  /** Removes a container now rather than at the end (a hardened run), so they never pile up. */
  async removeNow(container: Container): Promise<void> {
    await removeContainer(container.name).then(
      () => this.created.splice(this.created.indexOf(container.name), 1),
      () => undefined,
    );
  }

  /** Ends the check: stops the clock and removes every container it made, saying which could not be. */
  async close(): Promise<void> {
    this.deadline.dispose();
    const started = Date.now();
    const removals = await Promise.allSettled(this.created.map((c) => removeContainer(c)));
    for (const r of removals) {
      if (r.status === 'rejected') {
        this.log.warning(errorText(r.reason));
        this.note(errorText(r.reason));
      }
    }
    this.evidence.timings.push({ step: 'remove', ms: Date.now() - started });
  }

  recordUser(user: string, origin: UserOrigin): void {
    this.evidence.user = user;
    this.evidence.userOrigin = origin;
  }

  recordEngine(engine: EngineIdentity): void {
    this.evidence.remapped = engine.usernsRemap || engine.rootless;
  }

  recordStatic(verdict: StaticVerdict): void {
    this.evidence.static = verdict;
  }

  /** Why the container was never made or never ran, in the engine's words (also a note). */
  recordStartFailure(reason: string): void {
    this.evidence.startFailure = reason;
    this.note(reason);
  }

  recordStarted(): void {
    this.evidence.started = true;
  }

  /** One look at the processes: new distinct states join the evidence, and it is the last look. */
  recordProcesses(snapshot: ProcessEvidence[]): void {
    this.evidence.processes = mergeEvidence(this.evidence.processes, snapshot);
    this.evidence.lastSeen = snapshot;
  }

  recordContainerPid(pid: number): void {
    this.evidence.containerPid = pid;
  }

  recordSmoke(smoke: SmokeResult): void {
    this.evidence.smoke = smoke;
  }

  /** The container's exit code once it stopped, whichever way it stopped. */
  recordExitCode(code: number | null): void {
    this.evidence.exitCode = code;
  }

  /** PID 1 obeyed the stop signal, or had to be killed after it. */
  recordStop(stop: StopResult): void {
    this.evidence.stop = stop;
  }

  /** The app ended by itself: before the stop signal, or after it in a way the signal did not cause. */
  recordExit(state: ParsedState, stop: StopResult | null, logTail: string | null): void {
    this.evidence.logTail = logTail;
    this.evidence.exit = appExitOf(state, stop, logTail);
    this.note(exitNote(this.evidence.exit, stop));
  }

  recordLogTail(logTail: string | null): void {
    this.evidence.logTail = logTail;
  }

  /** What the engine said about the container when it was last asked. */
  recordState(state: ParsedState | null): void {
    this.evidence.state = state;
  }

  recordHardening(hardening: HardeningReport): void {
    this.evidence.hardening = hardening;
  }

  recordWritable(writable: WritableReport | null): void {
    this.evidence.writable = writable;
  }

  /** The report from the evidence recorded so far, with the verdict drawn from it. */
  report(): RuntimeReport {
    return runtimeReport(this.evidence, Date.now() - this.began);
  }
}
