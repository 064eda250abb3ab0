// The verdict, assembled from what a check gathered: whether the processes ran as root, how the
// run ended (a clean stop or the app's own exit), and the RuntimeReport. Pure: no engine, no clock.
import type { ProcessEvidence } from '../types.js';
import { runMs, type ParsedState } from './inspect.js';
import { combinedNonRoot, privilegeStory } from './top.js';
import type {
  AppExit,
  HardeningReport,
  PrivilegeStory,
  RuntimeReport,
  SmokeResult,
  StepTiming,
  StopResult,
  UserOrigin,
  WritableReport,
} from './types.js';
import type { StaticVerdict } from './users.js';

/** Everything one check learnt, in the order the report lists it; each job records its part. */
export interface Evidence {
  image: string;
  container: string;
  user: string;
  userOrigin: UserOrigin;
  /**
   * The engine remaps user namespaces (userns-remap or rootless): the uids seen from the host are
   * not the container's.
   */
  remapped: boolean;
  started: boolean;
  static: StaticVerdict | null;
  startFailure: string | null;
  /** Every distinct process state seen from the host, in order. */
  processes: ProcessEvidence[];
  /** The last snapshot of the processes. */
  lastSeen: ProcessEvidence[];
  /** Host pid of the container's PID 1 when it was inspected after the settle (0: not known). */
  containerPid: number;
  state: ParsedState | null;
  exitCode: number | null;
  logTail: string | null;
  exit: AppExit | null;
  stop: StopResult | null;
  smoke: SmokeResult | null;
  hardening: HardeningReport | null;
  writable: WritableReport | null;
  timings: StepTiming[];
  notes: string[];
}

/** The runtime verdict drawn from the observed processes, and the notes that explain it. */
export interface Conclusion {
  uid: number | null;
  nonRoot: boolean | null;
  source: 'runtime' | null;
  privileges: PrivilegeStory;
  notes: string[];
}

/** The verdict from what was observed, falling back to the static view and saying so. */
export function conclude(
  evidence: Pick<
    Evidence,
    'started' | 'static' | 'user' | 'processes' | 'lastSeen' | 'containerPid' | 'remapped'
  >,
): Conclusion {
  const { static: fromImage, started, remapped, containerPid } = evidence;
  const notes: string[] = [];
  const startedAsRoot = started && fromImage ? fromImage.root : null;
  let all = evidence.processes;
  let last = evidence.lastSeen;
  if (remapped && all.length) {
    // Kept as evidence, but not used for the verdict below.
    notes.push(
      'the engine remaps user namespaces (userns-remap or rootless): the uids seen from the host are not the ' +
        "container's, so the observed processes prove nothing about uid 0 inside",
    );
    all = [];
    last = [];
  }
  const privileges = privilegeStory(all, last, startedAsRoot);
  if (all.length) {
    const pid1 = (list: ProcessEvidence[]) => list.find((p) => p.pid === containerPid);
    const main = pid1(last) ?? [...all].reverse().find((p) => p.pid === containerPid) ?? last[0] ?? all[0];
    const uid = main ? main.uids[1] : null;
    if (startedAsRoot && !all.some((p) => p.uids[1] === 0)) {
      notes.push(
        `PID 1 was started as root ("${evidence.user}" resolves to uid 0) and had already dropped to uid ` +
          `${uid} when first observed`,
      );
    }
    if (privileges === 'dropped') {
      notes.push('the entrypoint starts as root and drops privileges; the image itself still starts as root');
    }
    return { uid, nonRoot: combinedNonRoot(all, startedAsRoot), source: 'runtime', privileges, notes };
  }
  // Nothing observed: no runtime verdict. The static one stays in report.static, shown as static.
  if (fromImage && fromImage.root !== null) {
    notes.push(
      (remapped && started
        ? 'the host-side uids cannot be mapped to the container'
        : started
          ? 'no process could be observed before the container exited'
          : 'the container did not run, so nothing could be observed') +
        `: no runtime verdict; the image configuration and its /etc/passwd say ${fromImage.root ? 'root' : `uid ${fromImage.uid}`} (static, not proven)`,
    );
  } else if (fromImage && fromImage.root === null) {
    notes.push(`no verdict: ${fromImage.explanation}`);
  } else {
    notes.push(
      'no process could be observed and the image user could not be resolved: no verdict either way',
    );
  }
  return { uid: null, nonRoot: null, source: null, privileges, notes };
}

/** Whether the stop signal ended the container: PID 1 obeyed it, or had to be killed after it. */
export function isCleanStop(stop: StopResult | null): stop is StopResult {
  return stop !== null && (stop.exitedOnSignal || stop.killed);
}

/**
 * The app's own exit, from the engine's last state; `stop` is the signal that did not cause it
 * (null: none was sent).
 */
export function appExitOf(state: ParsedState, stop: StopResult | null, logTail: string | null): AppExit {
  return {
    code: state.exitCode,
    afterMs: runMs(state),
    afterSignal: stop?.signalled === true,
    oomKilled: state.oomKilled,
    error: state.error,
    logTail,
  };
}

/** The note that says how the app exited by itself and why that is not a clean stop. */
export function exitNote(exit: AppExit, stop: StopResult | null): string {
  const when = exit.afterMs === null ? '' : ` ${(exit.afterMs / 1000).toFixed(2)} s after it started`;
  const why = !exit.afterSignal
    ? 'before shipshape sent its stop signal'
    : stop?.handled === false
      ? `after ${stop.signal}, which PID 1 neither handles nor waits for, so the kernel dropped it`
      : `after ${stop?.signal ?? 'the stop signal'}, with a code the signal does not explain`;
  return (
    `the container exited by itself${exit.code === null ? '' : ` with code ${exit.code}`}${when}, ${why}` +
    (exit.oomKilled ? ' (killed: out of memory)' : '') +
    (exit.error ? `: ${exit.error}` : '') +
    '; not a clean stop'
  );
}

/** The report of a check that took `totalMs`: the evidence, its verdict and the notes after it. */
export function runtimeReport(evidence: Evidence, totalMs: number): RuntimeReport {
  const verdict = conclude(evidence);
  return {
    image: evidence.image,
    container: evidence.container,
    user: evidence.user,
    userOrigin: evidence.userOrigin,
    uid: verdict.uid,
    nonRoot: verdict.nonRoot,
    source: verdict.source,
    started: evidence.started,
    static: evidence.static,
    privileges: verdict.privileges,
    logTail: evidence.logTail,
    state: evidence.state,
    startFailure: evidence.startFailure,
    exit: evidence.exit,
    stop: evidence.stop,
    smoke: evidence.smoke,
    hardening: evidence.hardening,
    writable: evidence.writable,
    timings: evidence.timings,
    totalMs,
    evidence: {
      processes: evidence.processes,
      exitCode: evidence.exitCode,
      notes: [...evidence.notes, ...verdict.notes],
    },
  };
}

/** One line for the log: the verdict, where it came from and how long the check took. */
export function summary(report: RuntimeReport): string {
  const verdict = report.nonRoot === null ? 'no verdict' : report.nonRoot ? 'non-root' : 'ROOT';
  const user = report.user ? `user "${report.user}"` : 'no user set';
  const uid = report.uid === null ? '' : `, uid ${report.uid}`;
  const how = report.source ? ` (${report.source}, privileges ${report.privileges})` : '';
  const stop = report.stop
    ? report.stop.killed
      ? `; killed after ${report.stop.timeoutMs} ms`
      : `; stopped on ${report.stop.signal} in ${report.stop.ms} ms`
    : report.exit
      ? `; exited by itself with code ${report.exit.code ?? '?'}`
      : report.startFailure
        ? '; did not start'
        : '';
  return `${verdict}: ${user}${uid}${how}${stop}; ${report.totalMs} ms`;
}
