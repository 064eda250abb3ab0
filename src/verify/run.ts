// Start the image as a user would, watch its processes from the host, stop it the way an
// orchestrator does, and always remove it. Every failure becomes a reason in the report.
import type { Logger } from '../log.js';
import type { ProcessEvidence } from '../types.js';
import { CheckDeadline, Cancelled, DeadlineExceeded } from './deadline.js';
import { createArgs, removeContainer, removedByCleanup, track, uniqueContainerName } from './container.js';
import {
  entrypointCandidates,
  pathEnv,
  readFromContainer,
  readImageText,
  writableFiles,
  type FileEntry,
} from './files.js';
import {
  runMs,
  parseContainerState,
  parseImageConfig,
  parseSecurityOptions,
  type EngineIdentity,
  type ImageRunConfig,
  type ParsedState,
} from './inspect.js';
import { httpProbe, parseDockerPort, publishArgs, smokePort, type SmokeOptions } from './smoke.js';
import { exitCausedBySignal, receivesSignal, signalNumber, stopAdvice, stopSignal } from './stop.js';
import {
  combinedNonRoot,
  mergeEvidence,
  parseSignalMasks,
  parseTop,
  privilegeStory,
  signalMaskArgs,
  topArgs,
} from './top.js';
import type {
  AppExit,
  ExecProbeResult,
  HardeningReport,
  HardeningRun,
  HttpProbeResult,
  RuntimeReport,
  SmokeResult,
  StepTiming,
  StopResult,
  UserOrigin,
  WritableReport,
} from './types.js';
import { staticVerdict } from './users.js';

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
const DEFAULT_SMOKE_TIMEOUT_MS = 10_000;
const POLL_MS = 100;
const STOP_POLL_MS = 25;
/** How long to wait for a started container to show its first process. */
const FIRST_PROCESS_WINDOW_MS = 5_000;
const LOG_TAIL_LINES = 20;
const OUTPUT_TAIL_BYTES = 4 * 1024;
const MAX_LISTED_ENTRIES = 20_000;

export const HARDENING_FLAGS: readonly (readonly string[])[] = [
  ['--read-only', '--tmpfs', '/tmp'],
  ['--cap-drop', 'ALL'],
  ['--security-opt', 'no-new-privileges'],
];

async function timed<T>(
  timings: StepTiming[],
  deadline: CheckDeadline,
  step: string,
  fn: () => Promise<T>,
): Promise<T> {
  const started = Date.now();
  deadline.step = step;
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
    .filter(
      (l) => l && !/^(Run|See) 'docker .*--help'/.test(l) && !/^Error: failed to start containers:/.test(l),
    );
  const reason = lines.find((l) => /^(docker: )?Error response from daemon: /.test(l)) ?? lines.pop() ?? '';
  const daemon = reason.replace(/^docker: /, '').replace(/^Error response from daemon: /, '');
  // runc wraps the one useful clause ("exec: \"app\": … no such file or directory") in shim layers.
  const runc = /unable to start container process: (.+?)(?:: unknown)?$/.exec(daemon);
  return runc ? runc[1]! : daemon;
}

export function userOrigin(
  inputUser: string | null | undefined,
  configUser: string,
  declared?: string | null,
): UserOrigin {
  if (inputUser) return 'input';
  if (!configUser) return 'default';
  if (declared === null) return 'base-image';
  return 'image';
}

function tail(text: string, bytes = OUTPUT_TAIL_BYTES): string {
  return text.length > bytes ? text.slice(-bytes) : text;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

let engineIdentityCache: Promise<EngineIdentity> | null = null;

/** Asked once per process: the engine does not change its uid mapping while we run. */
function engineIdentity(deadline: CheckDeadline): Promise<EngineIdentity> {
  const lookup = (engineIdentityCache ??= deadline
    .docker(['info', '--format', '{{json .SecurityOptions}}'])
    .then((r) => parseSecurityOptions(r.stdout)));
  // A failed or cancelled lookup is asked again next time rather than cached.
  lookup.catch(() => {
    if (engineIdentityCache === lookup) engineIdentityCache = null;
  });
  return lookup;
}

/** One started container and the calls the check makes against it. */
class Container {
  constructor(
    readonly name: string,
    private readonly deadline: CheckDeadline,
  ) {}

  async state(): Promise<ParsedState> {
    const result = await this.deadline.docker([
      'container',
      'inspect',
      '--format',
      '{{json .State}}',
      this.name,
    ]);
    return parseContainerState(result.stdout);
  }

  /** The processes now, or null when the container is not running. */
  async top(observedAt: ProcessEvidence['observedAt']): Promise<ProcessEvidence[] | null> {
    const top = await this.deadline.docker(topArgs(this.name), { allowFailure: true });
    return top.code === 0 ? parseTop(top.stdout, observedAt) : null;
  }

  /** Whether host pid `pid` receives signal `signo` (see receivesSignal); null when unknown. */
  async receives(pid: number, signo: number): Promise<boolean | null> {
    const top = await this.deadline.docker(signalMaskArgs(this.name), { allowFailure: true });
    return receivesSignal(top.code === 0 ? parseSignalMasks(top.stdout, pid) : null, signo);
  }

  async logTail(): Promise<string | null> {
    const result = await this.deadline.docker(['logs', '--tail', String(LOG_TAIL_LINES), this.name], {
      allowFailure: true,
      maxOutputBytes: 16 * 1024,
    });
    const text = [result.stdout.trim(), result.stderr.trim()].filter(Boolean).join('\n');
    return text || null;
  }

  async hostPort(containerPort: string): Promise<{ host: string; port: number } | null> {
    const result = await this.deadline.docker(['port', this.name, containerPort], { allowFailure: true });
    return result.code === 0 ? parseDockerPort(result.stdout) : null;
  }

  /** Polls until the container is no longer running or `ms` passed; the last state seen. */
  async waitStopped(ms: number, pollMs: number): Promise<ParsedState> {
    const until = Date.now() + ms;
    for (;;) {
      const state = await this.state();
      if (!state.running || Date.now() >= until) return state;
      await this.deadline.sleep(Math.min(pollMs, until - Date.now()));
    }
  }
}

async function runSmoke(
  container: Container,
  deadline: CheckDeadline,
  smoke: SmokeOptions,
  probePort: string | null,
): Promise<SmokeResult> {
  const timeoutMs = smoke.timeoutMs ?? DEFAULT_SMOKE_TIMEOUT_MS;
  let http: HttpProbeResult | null = null;
  if (smoke.path != null && probePort) {
    const bound = await container.hostPort(probePort);
    const path = smoke.path.startsWith('/') ? smoke.path : `/${smoke.path}`;
    if (!bound) {
      http = {
        url: '',
        containerPort: probePort,
        ok: false,
        status: null,
        ms: 0,
        attempts: 0,
        error: `port ${probePort} is not published (the container may have exited)`,
      };
    } else {
      const url = `http://${bound.host}:${bound.port}${path}`;
      http = await httpProbe(url, probePort, Math.min(timeoutMs, deadline.remainingMs()), deadline.signal);
      deadline.check();
    }
  } else if (smoke.path != null) {
    http = {
      url: '',
      containerPort: '',
      ok: false,
      status: null,
      ms: 0,
      attempts: 0,
      error: 'no port to probe: the image EXPOSEs no TCP port and no smoke port was given',
    };
  }
  let exec: ExecProbeResult | null = null;
  if (smoke.exec?.length) {
    const started = Date.now();
    const result = await deadline.docker(['exec', container.name, ...smoke.exec], {
      allowFailure: true,
      capMs: timeoutMs,
      maxOutputBytes: OUTPUT_TAIL_BYTES,
    });
    exec = {
      command: smoke.exec,
      ok: result.code === 0,
      exitCode: result.code,
      ms: Date.now() - started,
      outputTail: tail([result.stdout.trim(), result.stderr.trim()].filter(Boolean).join('\n')),
    };
  }
  return { http, exec, ok: (http?.ok ?? true) && (exec?.ok ?? true) };
}

/**
 * Runs `image` as a user would and reports which uids its processes really had (read from the
 * host), next to what the image's passwd/group say it should be. The container is removed before
 * this returns or throws, whatever happened. Rejects only when `signal` aborts (cancellation);
 * every other failure is a report with reasons in `evidence.notes`.
 */
export async function verifyImage(image: string, opts: VerifyOptions): Promise<RuntimeReport> {
  const { log } = opts;
  const began = Date.now();
  const deadline = new CheckDeadline(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, opts.signal);
  const settleMs = opts.settleMs ?? DEFAULT_SETTLE_MS;
  const name = uniqueContainerName();
  const timings: StepTiming[] = [];
  const notes: string[] = [];
  const report: RuntimeReport = {
    image,
    container: name,
    user: opts.user ?? '',
    userOrigin: opts.user ? 'input' : 'default',
    uid: null,
    nonRoot: null,
    source: null,
    started: false,
    static: null,
    privileges: 'unknown',
    logTail: null,
    state: null,
    startFailure: null,
    exit: null,
    stop: null,
    smoke: null,
    hardening: null,
    writable: null,
    timings,
    totalMs: 0,
    evidence: { processes: [], exitCode: null, notes },
  };

  let all: ProcessEvidence[] = [];
  let last: ProcessEvidence[] = [];
  let containerPid = 0;
  const created: string[] = [];
  let cancelled: unknown = null;
  let remapped = false;
  const container = new Container(name, deadline);
  // Early returns end the check; the verdict is still concluded from whatever was learnt.
  const check = async (): Promise<void> => {
    const [config, engine] = await timed(timings, deadline, 'inspect image', () =>
      Promise.all([
        deadline
          .docker(['image', 'inspect', '--format', '{{json .Config}}', image])
          .then((r) => parseImageConfig(r.stdout)),
        engineIdentity(deadline),
      ]),
    );
    remapped = engine.usernsRemap || engine.rootless;
    report.user = opts.user ?? config.user;
    report.userOrigin = userOrigin(opts.user, config.user, opts.declaredUser);
    const probePort = opts.smoke?.path != null ? smokePort(config.exposedPorts, opts.smoke.port) : null;
    const publish = publishArgs(config.exposedPorts, probePort);

    track(name);
    created.push(name);
    const create = await timed(timings, deadline, 'create', () =>
      deadline.docker(createArgs(image, { name, user: opts.user, runCommand: opts.runCommand, publish }), {
        allowFailure: true,
      }),
    );
    if (create.code !== 0) {
      report.startFailure = `the container could not be created: ${engineReason(create.stderr) || `exit ${create.code}`}`;
      notes.push(report.startFailure);
      return;
    }

    await timed(timings, deadline, 'read users', async () => {
      try {
        const [passwd, group] = await Promise.all([
          readImageText(deadline, name, '/etc/passwd'),
          readImageText(deadline, name, '/etc/group'),
        ]);
        report.static = staticVerdict(report.user, passwd, group);
        if (passwd === null)
          notes.push('the image has no /etc/passwd: user names cannot resolve, numeric uids can');
      } catch (e) {
        if (e instanceof Cancelled || e instanceof DeadlineExceeded) throw e;
        notes.push(`could not read /etc/passwd and /etc/group from the image: ${message(e)}`);
      }
    });

    const start = await timed(timings, deadline, 'start', () =>
      deadline.docker(['start', name], { allowFailure: true }),
    );
    if (start.code !== 0) {
      report.startFailure = `the container never started: ${engineReason(start.stderr) || `docker start exited with ${start.code}`}`;
      notes.push(report.startFailure);
      report.state = await container.state().catch(() => null);
      report.logTail = await container.logTail().catch(() => null);
      return;
    }
    report.started = true;
    log.debug(`verify: started ${name} from ${image}`);

    // Listing WORKDIR reads the container's filesystem, so it can overlap the observation.
    const listing = listApplicationFiles(deadline, name, config);
    listing.catch(() => undefined);

    await timed(timings, deadline, 'observe at start', async () => {
      const until = Date.now() + FIRST_PROCESS_WINDOW_MS;
      for (;;) {
        const snapshot = await container.top('start');
        if (snapshot?.length) {
          all = mergeEvidence(all, snapshot);
          last = snapshot;
          return;
        }
        const state = await container.state();
        if (!state.running || Date.now() >= until) return;
        await deadline.sleep(POLL_MS);
      }
    });

    await timed(timings, deadline, 'settle', async () => {
      if (all.length === 0) return;
      const until = Date.now() + settleMs;
      while (Date.now() < until) {
        await deadline.sleep(Math.min(POLL_MS, until - Date.now()));
        const snapshot = await container.top('settled');
        if (!snapshot) return;
        all = mergeEvidence(all, snapshot);
        last = snapshot;
      }
    });

    let state = await timed(timings, deadline, 'inspect container', () => container.state());
    containerPid = state.pid;

    if (state.running && opts.smoke) {
      const smoke = opts.smoke;
      report.smoke = await timed(timings, deadline, 'smoke', () =>
        runSmoke(container, deadline, smoke, probePort),
      );
      state = await container.state();
    }

    let stop: StopResult | null = null;
    if (state.running) {
      stop = await timed(timings, deadline, 'stop', () =>
        stopContainer(
          container,
          deadline,
          config,
          opts.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS,
          containerPid,
          () => last.find((p) => p.pid === containerPid),
        ),
      );
      state = await container.state();
    }
    if (removedByCleanup(container.name)) {
      // The engine may still show the container as exited while `docker rm -f` finishes: that
      // exit was shipshape's own cancellation, not the app's.
      throw new Error('its container was removed because shipshape was cancelled');
    }
    report.evidence.exitCode = state.exitCode;
    if (stop && (stop.exitedOnSignal || stop.killed)) {
      report.stop = stop;
    } else {
      // The app ended by itself: before the signal, or after it in a way the signal did not cause.
      report.logTail = await timed(timings, deadline, 'logs', () => container.logTail());
      report.exit = appExit(state, stop, report.logTail);
      notes.push(exitNote(report.exit, stop));
    }
    report.state = state;

    if (opts.hardening) {
      report.hardening = await timed(timings, deadline, 'hardening', () =>
        hardeningReport(deadline, image, opts, publish, probePort, settleMs, created),
      );
    }

    await timed(timings, deadline, 'writable files', async () => {
      try {
        report.writable = writableReport(await listing, report, last, containerPid);
      } catch (e) {
        if (e instanceof Cancelled || e instanceof DeadlineExceeded) throw e;
        notes.push(`could not list the application files: ${message(e)}`);
      }
    });
  };
  try {
    await check();
  } catch (e) {
    if (e instanceof Cancelled) cancelled = e;
    else if (e instanceof DeadlineExceeded) notes.push(e.message);
    else notes.push(`runtime check failed: ${message(e)}`);
  } finally {
    deadline.dispose();
    const started = Date.now();
    const removals = await Promise.allSettled(created.map((c) => removeContainer(c)));
    for (const r of removals) {
      if (r.status === 'rejected') {
        log.warning(message(r.reason));
        notes.push(message(r.reason));
      }
    }
    timings.push({ step: 'remove', ms: Date.now() - started });
  }
  if (cancelled) throw cancelled;

  conclude(report, all, last, containerPid, remapped);
  report.totalMs = Date.now() - began;
  log.info(summary(report));
  for (const note of notes) log.info(`  ${note}`);
  log.debug(`verify timings: ${timings.map((t) => `${t.step} ${t.ms} ms`).join(', ')}`);
  return report;
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

/** Fills the verdict fields from what was observed, falling back to the static view and saying so. */
function conclude(
  report: RuntimeReport,
  all: ProcessEvidence[],
  last: ProcessEvidence[],
  containerPid: number,
  remapped: boolean,
): void {
  const notes = report.evidence.notes;
  const startedAsRoot = report.started && report.static ? report.static.root : null;
  report.evidence.processes = all;
  if (remapped && all.length) {
    // Kept as evidence, but not used for the verdict below.
    notes.push(
      'the engine remaps user namespaces (userns-remap or rootless): the uids seen from the host are not the ' +
        "container's, so the observed processes prove nothing about uid 0 inside",
    );
    all = [];
    last = [];
  }
  report.privileges = privilegeStory(all, last, startedAsRoot);
  if (all.length) {
    report.source = 'runtime';
    report.nonRoot = combinedNonRoot(all, startedAsRoot);
    const pid1 = (list: ProcessEvidence[]) => list.find((p) => p.pid === containerPid);
    const main = pid1(last) ?? [...all].reverse().find((p) => p.pid === containerPid) ?? last[0] ?? all[0];
    report.uid = main ? main.uids[1] : null;
    if (startedAsRoot && !all.some((p) => p.uids[1] === 0)) {
      notes.push(
        `PID 1 was started as root ("${report.user}" resolves to uid 0) and had already dropped to uid ` +
          `${report.uid} when first observed`,
      );
    }
    if (report.privileges === 'dropped') {
      notes.push('the entrypoint starts as root and drops privileges; the image itself still starts as root');
    }
    return;
  }
  // Nothing observed: no runtime verdict. The static one stays in report.static, shown as static.
  if (report.static && report.static.root !== null) {
    notes.push(
      (remapped && report.started
        ? 'the host-side uids cannot be mapped to the container'
        : report.started
          ? 'no process could be observed before the container exited'
          : 'the container did not run, so nothing could be observed') +
        `: no runtime verdict; the image configuration and its /etc/passwd say ${report.static.root ? 'root' : `uid ${report.static.uid}`} (static, not proven)`,
    );
  } else if (report.static && report.static.root === null) {
    notes.push(`no verdict: ${report.static.explanation}`);
  } else {
    notes.push(
      'no process could be observed and the image user could not be resolved: no verdict either way',
    );
  }
}

function appExit(state: ParsedState, stop: StopResult | null, logTail: string | null): AppExit {
  return {
    code: state.exitCode,
    afterMs: runMs(state),
    afterSignal: stop?.signalled === true,
    oomKilled: state.oomKilled,
    error: state.error,
    logTail,
  };
}

function exitNote(exit: AppExit, stop: StopResult | null): string {
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

async function stopContainer(
  container: Container,
  deadline: CheckDeadline,
  config: ImageRunConfig,
  timeoutMs: number,
  containerPid: number,
  pid1: () => ProcessEvidence | undefined,
): Promise<StopResult> {
  const signal = stopSignal(config.stopSignal);
  const signo = signalNumber(signal);
  const handled = signo === null || !containerPid ? null : await container.receives(containerPid, signo);
  const started = Date.now();
  const kill = await deadline.docker(['kill', '--signal', signal, container.name], { allowFailure: true });
  if (kill.code !== 0) {
    const state = await container.state();
    if (!state.running) {
      // It exited between the last look and the signal: the signal was never delivered.
      return {
        signal,
        signalled: false,
        handled,
        exitedOnSignal: false,
        killed: false,
        ms: 0,
        timeoutMs,
        exitCode: state.exitCode,
        advice: null,
      };
    }
  }
  // The engine refused the signal and the container still runs: whatever follows was not the
  // app's answer to it, so no stop verdict or init advice is drawn from it.
  const signalled = kill.code === 0;
  let state = await container.waitStopped(timeoutMs, STOP_POLL_MS);
  const ms = Date.now() - started;
  if (!state.running) {
    return {
      signal,
      signalled,
      handled,
      exitedOnSignal: signalled && exitCausedBySignal(state.exitCode, signo, handled),
      killed: false,
      ms,
      timeoutMs,
      exitCode: state.exitCode,
      advice: null,
    };
  }
  await deadline.docker(['kill', '--signal', 'SIGKILL', container.name], { allowFailure: true });
  state = await container.waitStopped(10_000, STOP_POLL_MS);
  return {
    signal,
    signalled,
    handled,
    exitedOnSignal: false,
    killed: true,
    ms: Date.now() - started,
    timeoutMs,
    exitCode: state.exitCode,
    advice: signalled ? stopAdvice(signal, timeoutMs, pid1()) : null,
  };
}

interface Listing {
  workingDir: string;
  entries: FileEntry[];
  truncated: boolean;
  entrypoint: string | null;
  notes: string[];
}

async function listApplicationFiles(
  deadline: CheckDeadline,
  name: string,
  config: ImageRunConfig,
): Promise<Listing> {
  const notes: string[] = [];
  const entries: FileEntry[] = [];
  let truncated = false;
  const workdir = config.workingDir;
  if (!workdir || workdir === '/') {
    notes.push('no WORKDIR (or WORKDIR /): the application files were not listed, only the entrypoint');
  } else {
    const read = await readFromContainer(deadline, name, workdir, { maxEntries: MAX_LISTED_ENTRIES });
    if (!read.found) notes.push(`WORKDIR ${workdir} does not exist in the image`);
    entries.push(...read.entries);
    truncated = read.truncated;
    if (truncated) notes.push(`only the first ${MAX_LISTED_ENTRIES} entries under ${workdir} were checked`);
  }
  let entrypoint: string | null = null;
  for (const candidate of entrypointCandidates(config.entrypoint, config.cmd, workdir, pathEnv(config.env))) {
    const read = await readFromContainer(deadline, name, candidate, { maxEntries: 1 });
    if (!read.found || !read.entries[0]) continue;
    entrypoint = candidate;
    if (!entries.some((e) => e.path === candidate)) entries.push({ ...read.entries[0], path: candidate });
    break;
  }
  return { workingDir: workdir, entries, truncated, entrypoint, notes };
}

function writableReport(
  listed: Listing,
  report: RuntimeReport,
  last: ProcessEvidence[],
  containerPid: number,
): WritableReport | null {
  const main = last.find((p) => p.pid === containerPid) ?? last[0];
  const uid = main ? main.uids[1] : report.static?.uid;
  const gid = main ? main.gids[1] : report.static?.gid;
  if (uid == null || gid == null) return null;
  const gids = [gid, ...(report.static?.uid === uid ? report.static.supplementaryGids : [])];
  const notes = [...listed.notes];
  if (uid === 0) notes.push('the runtime user is root, which can write every file: see the root verdict');
  return {
    uid,
    gids,
    workingDir: listed.workingDir,
    files: writableFiles(listed.entries, { uid, gids }),
    checked: listed.entries.length,
    truncated: listed.truncated,
    entrypoint: listed.entrypoint,
    notes,
  };
}

async function hardeningReport(
  deadline: CheckDeadline,
  image: string,
  opts: VerifyOptions,
  publish: string[],
  probePort: string | null,
  settleMs: number,
  created: string[],
): Promise<HardeningReport> {
  const combined = await hardenedRun(
    deadline,
    image,
    opts,
    publish,
    probePort,
    settleMs,
    created,
    HARDENING_FLAGS.flat(),
  );
  const each: HardeningRun[] = [];
  if (!combined.ok) {
    for (const flags of HARDENING_FLAGS) {
      each.push(await hardenedRun(deadline, image, opts, publish, probePort, settleMs, created, [...flags]));
    }
  }
  return { combined, each };
}

async function hardenedRun(
  deadline: CheckDeadline,
  image: string,
  opts: VerifyOptions,
  publish: string[],
  probePort: string | null,
  settleMs: number,
  created: string[],
  flags: string[],
): Promise<HardeningRun> {
  const name = uniqueContainerName();
  const container = new Container(name, deadline);
  const run: HardeningRun = {
    flags,
    started: false,
    running: false,
    smoke: null,
    exitCode: null,
    error: null,
    logTail: null,
    ok: false,
  };
  track(name);
  created.push(name);
  try {
    const create = await deadline.docker(
      createArgs(image, { name, user: opts.user, runCommand: opts.runCommand, publish, flags }),
      { allowFailure: true },
    );
    const start = create.code === 0 ? await deadline.docker(['start', name], { allowFailure: true }) : create;
    if (start.code !== 0) {
      run.error = engineReason(start.stderr) || `exit ${start.code}`;
      return run;
    }
    run.started = true;
    let state = await container.waitStopped(settleMs, POLL_MS);
    if (state.running && opts.smoke) {
      run.smoke = await runSmoke(container, deadline, opts.smoke, probePort);
      state = await container.state();
    }
    run.running = state.running;
    if (!state.running) {
      run.exitCode = state.exitCode;
      run.error = state.error;
      run.logTail = await container.logTail();
    }
    run.ok = run.running && (run.smoke?.ok ?? true);
  } finally {
    // Removed now rather than at the end, so hardened runs never pile up.
    await removeContainer(name).then(
      () => created.splice(created.indexOf(name), 1),
      () => undefined,
    );
  }
  return run;
}
