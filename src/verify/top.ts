// Reading process credentials from the host side. `docker top` runs `ps` on the engine's host
// against the container's cgroup, so it needs nothing inside the image: it works for scratch and
// distroless images, where `docker exec id` cannot.
import type { ProcessEvidence } from '../types.js';
import type { PrivilegeStory } from './types.js';

/** ps columns: pid, then real/effective/saved/fs uid, then the same for gid, then the command. */
export const TOP_FORMAT = 'pid,ruid,euid,suid,fsuid,rgid,egid,sgid,fsgid,args';

export function topArgs(container: string): string[] {
  return ['top', container, '-eo', TOP_FORMAT];
}

const ROW = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*(.*)$/;

/**
 * Parses `docker top … -eo TOP_FORMAT` output. The header line and anything that is not a
 * complete row are skipped; the command keeps its inner spacing.
 */
export function parseTop(output: string, observedAt: ProcessEvidence['observedAt']): ProcessEvidence[] {
  const processes: ProcessEvidence[] = [];
  for (const line of output.split('\n')) {
    const m = ROW.exec(line);
    if (!m) continue;
    const n = m.slice(1, 10).map(Number);
    processes.push({
      pid: n[0]!,
      uids: [n[1]!, n[2]!, n[3]!, n[4]!],
      gids: [n[5]!, n[6]!, n[7]!, n[8]!],
      command: m[10]!.trimEnd(),
      observedAt,
    });
  }
  return processes;
}

/** Credentials of a process, for spotting changes between observations (a privilege drop). */
export function credentialKey(p: ProcessEvidence): string {
  return `${p.pid}|${p.uids.join(',')}|${p.gids.join(',')}|${p.command}`;
}

/**
 * Appends to `seen` the processes of a new snapshot whose pid/credentials/command were not seen
 * before, so the evidence lists every distinct state without repeating identical polls.
 */
export function mergeEvidence(seen: ProcessEvidence[], snapshot: ProcessEvidence[]): ProcessEvidence[] {
  const keys = new Set(seen.map(credentialKey));
  const merged = [...seen];
  for (const p of snapshot) {
    const key = credentialKey(p);
    if (keys.has(key)) continue;
    keys.add(key);
    merged.push(p);
  }
  return merged;
}

/**
 * The runtime answer: non-root only when something was observed and no process ever had
 * effective uid 0. null means nothing was observed, which is not a proof either way.
 */
export function runtimeNonRoot(processes: ProcessEvidence[]): boolean | null {
  if (processes.length === 0) return null;
  return processes.every((p) => p.uids[1] !== 0);
}

/**
 * Tells a privilege drop (gosu/su-exec/setpriv: root first, then only non-root processes) from an
 * entrypoint that keeps a root process around (e.g. `su` waiting for its child). `startedAsRoot`
 * is the static answer for the start user: when the engine starts PID 1 as uid 0, it was root even
 * if it dropped before the first observation.
 */
export function privilegeStory(
  all: ProcessEvidence[],
  last: ProcessEvidence[],
  startedAsRoot: boolean | null,
): PrivilegeStory {
  if (all.length === 0) return 'unknown';
  if (last.some((p) => p.uids[1] === 0)) return 'kept-root';
  if (startedAsRoot || all.some((p) => p.uids[1] === 0)) return 'dropped';
  return 'never-root';
}

/**
 * The combined answer: non-root only if no process ever had effective uid 0, counting PID 1's
 * start as the configured user when that resolves to root.
 */
export function combinedNonRoot(all: ProcessEvidence[], startedAsRoot: boolean | null): boolean | null {
  if (all.length === 0) return null;
  if (startedAsRoot) return false;
  return runtimeNonRoot(all);
}

/**
 * `ps` columns to read which signals a process handles or waits for: the CAUGHT and BLOCKED hex
 * masks and the kernel function it sleeps in (WCHAN).
 */
export function signalMaskArgs(container: string): string[] {
  return ['top', container, '-eo', 'pid,caught,blocked,wchan:40'];
}

export interface SignalMasks {
  caught: string;
  blocked: string;
  /** Where the process sleeps in the kernel ("-" when running or unknown). */
  wchan: string;
}

/** The masks of host pid `pid` from `docker top … signalMaskArgs`; null when it is not listed. */
export function parseSignalMasks(output: string, pid: number): SignalMasks | null {
  for (const line of output.split('\n')) {
    const m = /^\s*(\d+)\s+([0-9a-fA-F]+)\s+([0-9a-fA-F]+)\s+(\S+)\s*$/.exec(line);
    if (m && Number(m[1]) === pid) return { caught: m[2]!, blocked: m[3]!, wchan: m[4]! };
  }
  return null;
}
