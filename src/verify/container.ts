// Container lifecycle: unique names, the managed label, removal that always happens, and the
// handle a check asks about one container through.
import { randomBytes } from 'node:crypto';
import { docker } from '../exec.js';
import type { ProcessEvidence } from '../types.js';
import type { CheckDeadline } from './deadline.js';
import { parseContainerState, type ParsedState } from './inspect.js';
import { parseSignalMasks, parseTop, signalMaskArgs, topArgs, type SignalMasks } from './top.js';

/** How many lines of a container's output the report keeps. */
const LOG_TAIL_LINES = 20;

/** Label on every container shipshape starts (kept equal to the one the tests look for). */
export const CONTAINER_LABEL = 'dev.shipshape.managed';

/** Hard cap for `docker rm -f`; it must not inherit a spent deadline or an aborted signal. */
const REMOVE_TIMEOUT_MS = 30_000;

/** Containers started and not yet removed, so a cancelled run can remove them. */
const live = new Set<string>();

export function uniqueContainerName(): string {
  return `shipshape-verify-${randomBytes(6).toString('hex')}`;
}

export interface CreateArgsOptions {
  name: string;
  user?: string | null;
  runCommand?: string[] | null;
  /** `--publish` arguments (see publishArgs). */
  publish?: string[];
  /** Extra flags, e.g. the hardening ones. */
  flags?: string[];
}

/**
 * `docker create` for the image exactly as a user would start it: its own ENTRYPOINT/CMD and
 * configured user, no shell, no init. `--user` only when the workflow runs the image as someone
 * else; `runCommand` replaces CMD (arguments to the ENTRYPOINT), as `docker run IMAGE ARGS…` does.
 * Created first and started separately so the image's files can be read before anything runs.
 */
export function createArgs(image: string, options: CreateArgsOptions): string[] {
  const args = ['create', '--name', options.name, '--label', `${CONTAINER_LABEL}=1`];
  if (options.user) args.push('--user', options.user);
  args.push(...(options.publish ?? []), ...(options.flags ?? []));
  args.push(image);
  if (options.runCommand?.length) args.push(...options.runCommand);
  return args;
}

/** Marks a container as ours before `docker run`, so even a half-started one gets removed. */
export function track(name: string): void {
  live.add(name);
}

/** Removals under way: the check's own and cleanupAll's remove a container once, not twice. */
const removing = new Map<string, Promise<void>>();

export function removeContainer(name: string): Promise<void> {
  let removal = removing.get(name);
  if (!removal) {
    removal = removeOnce(name).finally(() => removing.delete(name));
    removing.set(name, removal);
  }
  return removal;
}

async function removeOnce(name: string): Promise<void> {
  const result = await docker(['rm', '--force', '--volumes', name], {
    timeoutMs: REMOVE_TIMEOUT_MS,
    allowFailure: true,
  });
  // "already in progress": another process's `docker rm` of the same container will finish it.
  if (result.code === 0 || /no such container|already in progress/i.test(result.stderr)) {
    live.delete(name);
    return;
  }
  throw new Error(`could not remove container ${name}: ${result.stderr.trim() || `exit ${result.code}`}`);
}

/** Containers cleanupAll removed: their check must not read the kill as the app's own exit. */
const removedOnCancel = new Set<string>();

/** Removes every container this process started and has not removed yet (SIGINT/SIGTERM). */
export async function cleanupAll(): Promise<void> {
  for (const name of live) removedOnCancel.add(name);
  await Promise.allSettled([...live].map((name) => removeContainer(name)));
}

/** Whether cleanupAll removed this container while its check ran. */
export function removedByCleanup(name: string): boolean {
  return removedOnCancel.has(name);
}

/** Names still tracked; for tests and diagnostics. */
export function liveContainers(): string[] {
  return [...live];
}

/** One container and the calls a check makes against it, each within the check's deadline. */
export class Container {
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

  /** The signal masks of host pid `pid`; null when they cannot be read. */
  async signalMasks(pid: number): Promise<SignalMasks | null> {
    const top = await this.deadline.docker(signalMaskArgs(this.name), { allowFailure: true });
    return top.code === 0 ? parseSignalMasks(top.stdout, pid) : null;
  }

  async logTail(): Promise<string | null> {
    const result = await this.deadline.docker(['logs', '--tail', String(LOG_TAIL_LINES), this.name], {
      allowFailure: true,
      maxOutputBytes: 16 * 1024,
    });
    const text = [result.stdout.trim(), result.stderr.trim()].filter(Boolean).join('\n');
    return text || null;
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
