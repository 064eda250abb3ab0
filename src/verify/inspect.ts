// Parsing what `docker image inspect` / `docker container inspect` print, and the engine's reason
// from a failed call, kept pure for tests.
import type { ContainerState } from './types.js';

export interface ImageRunConfig {
  user: string;
  entrypoint: string[] | null;
  cmd: string[] | null;
  exposedPorts: string[];
  workingDir: string;
  env: string[];
  stopSignal: string | null;
}

function stringArray(value: unknown): string[] | null {
  return Array.isArray(value) ? value.map(String) : null;
}

/** Parses `docker image inspect --format '{{json .Config}}'`. */
export function parseImageConfig(json: string): ImageRunConfig {
  const config = (JSON.parse(json) ?? {}) as Record<string, unknown>;
  return {
    user: typeof config.User === 'string' ? config.User : '',
    entrypoint: stringArray(config.Entrypoint),
    cmd: stringArray(config.Cmd),
    exposedPorts: Object.keys((config.ExposedPorts as Record<string, unknown> | null) ?? {}),
    workingDir: typeof config.WorkingDir === 'string' ? config.WorkingDir : '',
    env: stringArray(config.Env) ?? [],
    stopSignal: typeof config.StopSignal === 'string' && config.StopSignal ? config.StopSignal : null,
  };
}

export interface ParsedState extends ContainerState {
  /** Host pid of the container's PID 1; 0 when it is not running. */
  pid: number;
}

/** The engine writes "0001-01-01T00:00:00Z" for a time that never happened. */
function engineTime(value: unknown): string | null {
  return typeof value === 'string' && value && !value.startsWith('0001-') ? value : null;
}

/** Milliseconds between the engine's start and finish times; null when either is missing. */
export function runMs(state: Pick<ContainerState, 'startedAt' | 'finishedAt'>): number | null {
  if (!state.startedAt || !state.finishedAt) return null;
  const ms = Date.parse(state.finishedAt) - Date.parse(state.startedAt);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

/** Parses `docker container inspect --format '{{json .State}}'`. */
export function parseContainerState(json: string): ParsedState {
  const state = (JSON.parse(json) ?? {}) as Record<string, unknown>;
  const running = state.Running === true;
  const status = typeof state.Status === 'string' ? state.Status : 'unknown';
  return {
    status,
    running,
    // A container that was only created never ran, so its ExitCode 0 means nothing.
    exitCode: running || status === 'created' || typeof state.ExitCode !== 'number' ? null : state.ExitCode,
    error: typeof state.Error === 'string' && state.Error ? state.Error : null,
    oomKilled: state.OOMKilled === true,
    startedAt: engineTime(state.StartedAt),
    finishedAt: running ? null : engineTime(state.FinishedAt),
    pid: typeof state.Pid === 'number' ? state.Pid : 0,
  };
}

export interface EngineIdentity {
  /** The engine maps container uids to other host uids (userns-remap). */
  usernsRemap: boolean;
  /** The engine itself runs as an unprivileged user. */
  rootless: boolean;
}

/**
 * Parses `docker info --format '{{json .SecurityOptions}}'`. With user-namespace remapping or a
 * rootless engine, the uids `ps` shows on the host are not the container's uids, so a host-side
 * reading cannot prove anything about uid 0 inside.
 */
export function parseSecurityOptions(json: string): EngineIdentity {
  const options = (JSON.parse(json) ?? []) as unknown;
  const names = Array.isArray(options)
    ? options.map((o) => /(?:^|,)name=([^,]+)/.exec(String(o))?.[1] ?? '').filter(Boolean)
    : [];
  return { usernsRemap: names.includes('userns'), rootless: names.includes('rootless') };
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
