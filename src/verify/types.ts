// The verify stage's own result: the shared RuntimeVerdict plus the detail the report shows.
import type { RuntimeVerdict } from '../types.js';
import type { FileEntry } from './files.js';
import type { StaticVerdict } from './users.js';

export interface StepTiming {
  step: string;
  ms: number;
}

/** What the engine said about the container when we last looked. */
export interface ContainerState {
  status: string;
  running: boolean;
  exitCode: number | null;
  /** The engine's own error text, e.g. "exec: \"app\": executable file not found". */
  error: string | null;
  oomKilled: boolean;
  /** The engine's clock: when PID 1 started and when it exited (null: not yet, or unknown). */
  startedAt?: string | null;
  finishedAt?: string | null;
}

/** Where the user the container ran as came from. */
export type UserOrigin =
  /** The workflow's `user` input (docker run --user). */
  | 'input'
  /** The image's own Config.User, set by this Dockerfile. */
  | 'image'
  /** Config.User is set but the Dockerfile's final stage has no USER: the base image set it. */
  | 'base-image'
  /** No user anywhere: the engine's default, root. */
  | 'default';

/**
 * How the processes' privileges evolved:
 * - never-root: no process had effective uid 0 and the start user is not root;
 * - dropped: PID 1 started as root (or a root process was seen) and by the settle every process ran non-root;
 * - kept-root: a process still had effective uid 0 at the last observation;
 * - unknown: nothing was observed.
 */
export type PrivilegeStory = 'never-root' | 'dropped' | 'kept-root' | 'unknown';

export interface StopResult {
  signal: string;
  /**
   * true only when the stop signal caused the exit: it was delivered, PID 1 handles it (or its
   * handling could not be read), and the exit code is 0 or 128 + the signal's number.
   */
  exitedOnSignal: boolean;
  /** false when the container had already exited when the signal was to be sent. */
  signalled?: boolean;
  /** Whether PID 1 handles or waits for the signal (the kernel drops it otherwise); null: not read. */
  handled?: boolean | null;
  /** true when it had to be killed with SIGKILL after the timeout. */
  killed: boolean;
  /** From sending the signal until the container was no longer running. */
  ms: number;
  timeoutMs: number;
  exitCode: number | null;
  /** Set when it had to be killed: what to change. */
  advice: string | null;
}

/**
 * An exit shipshape's stop signal did not cause: the app ended by itself during the check. Made in
 * one place (verdict.ts: appExitOf, with exitNote for the note) from the engine's last state, the
 * stop and the log tail. `code`, `oomKilled`, `error` and `logTail` repeat the report's `state`
 * and `logTail` because the report schema (runtime.exit) carries them and the app-exited reason
 * (report/evaluate.ts) reads them from here; dropping them would change the schema.
 */
export interface AppExit {
  code: number | null;
  /** From the start of PID 1 to its exit, by the engine's clock (null: not known). */
  afterMs: number | null;
  /** Whether shipshape had already sent its stop signal (which the exit code shows it did not obey). */
  afterSignal: boolean;
  oomKilled: boolean;
  /** The engine's own error text, if any. */
  error: string | null;
  /** Last lines of the container's output. */
  logTail: string | null;
}

export interface HttpProbeResult {
  url: string;
  containerPort: string;
  ok: boolean;
  status: number | null;
  ms: number;
  attempts: number;
  error: string | null;
}

export interface ExecProbeResult {
  command: string[];
  ok: boolean;
  exitCode: number | null;
  ms: number;
  outputTail: string;
}

export interface SmokeResult {
  http: HttpProbeResult | null;
  exec: ExecProbeResult | null;
  ok: boolean;
}

export interface HardeningRun {
  /** The extra docker run flags this run used. */
  flags: string[];
  started: boolean;
  /** Still running after the settle window. */
  running: boolean;
  smoke: SmokeResult | null;
  exitCode: number | null;
  error: string | null;
  logTail: string | null;
  /** started, still running and (when configured) passed the smoke test. */
  ok: boolean;
}

export interface HardeningReport {
  /** All hardening flags at once. */
  combined: HardeningRun;
  /** One run per flag, only when the combined run failed, to say which one the image cannot take. */
  each: HardeningRun[];
}

export interface WritableFile {
  path: string;
  type: FileEntry['type'];
  /** Which permission bit lets the runtime user write it. */
  via: 'owner' | 'group' | 'other';
  uid: number;
  gid: number;
  mode: string;
}

export interface WritableReport {
  /** The identity the files were checked against. */
  uid: number;
  gids: number[];
  workingDir: string;
  files: WritableFile[];
  /** Entries listed under WORKDIR (and the entrypoint). */
  checked: number;
  truncated: boolean;
  entrypoint: string | null;
  notes: string[];
}

export interface RuntimeReport extends RuntimeVerdict {
  image: string;
  /** The unique name the container ran under (already removed). */
  container: string;
  userOrigin: UserOrigin;
  /** true once the process started; false when the engine refused or it never started. */
  started: boolean;
  /** The verdict from the image's passwd/group alone; null when the files could not be read. */
  static: StaticVerdict | null;
  privileges: PrivilegeStory;
  /** Last lines of the container's output, when it exited early or failed. */
  logTail: string | null;
  state: ContainerState | null;
  /** Why the container never ran, in the engine's words (null when it started). */
  startFailure?: string | null;
  /** Set when the app exited during the check without shipshape's signal causing it. */
  exit?: AppExit | null;
  /** Set only when the stop signal was sent and PID 1 obeyed it or had to be killed. */
  stop: StopResult | null;
  smoke: SmokeResult | null;
  hardening: HardeningReport | null;
  writable: WritableReport | null;
  /** Wall-clock per step, in order, so the report can print where the time went. */
  timings: StepTiming[];
  totalMs: number;
}
