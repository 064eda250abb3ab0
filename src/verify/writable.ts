// The writable-files job: which application files (everything under WORKDIR, and the program the
// container starts) the runtime user can write, by their owner/group/other bits, read from the
// image content.
import { posix } from 'node:path';
import type { ProcessEvidence } from '../types.js';
import { Cancelled, DeadlineExceeded } from './deadline.js';
import { errorText, type Check } from './check.js';
import { readFromContainer, type FileEntry } from './files.js';
import type { ImageRunConfig } from './inspect.js';
import type { WritableFile, WritableReport } from './types.js';
import type { StaticVerdict } from './users.js';

const MAX_LISTED_ENTRIES = 20_000;

export interface Identity {
  uid: number;
  /** Primary and supplementary gids. */
  gids: number[];
}

/**
 * How `who` may write `entry`, by the classic owner/group/other bits. Root (uid 0) can write
 * anything and is not reported here: the root verdict already covers it. Symlinks are skipped:
 * their own bits mean nothing.
 */
export function writeAccess(entry: FileEntry, who: Identity): WritableFile['via'] | null {
  if (entry.type === 'symlink' || who.uid === 0) return null;
  if (entry.uid === who.uid) return entry.mode & 0o200 ? 'owner' : null;
  if (who.gids.includes(entry.gid)) return entry.mode & 0o020 ? 'group' : null;
  return entry.mode & 0o002 ? 'other' : null;
}

export function writableFiles(entries: FileEntry[], who: Identity): WritableFile[] {
  const out: WritableFile[] = [];
  for (const e of entries) {
    const via = writeAccess(e, who);
    if (via) {
      out.push({
        path: e.path,
        type: e.type,
        via,
        uid: e.uid,
        gid: e.gid,
        mode: (e.mode & 0o7777).toString(8),
      });
    }
  }
  return out;
}

/**
 * Where the program the container starts lives, in the order the kernel would find it: the first
 * word of ENTRYPOINT (or CMD), absolute as is, relative to WORKDIR when it has a slash, else each
 * directory of the image's PATH.
 */
export function entrypointCandidates(
  entrypoint: string[] | null,
  cmd: string[] | null,
  workingDir: string,
  pathEnv: string | null,
): string[] {
  const program = (entrypoint?.length ? entrypoint : cmd)?.[0];
  if (!program) return [];
  if (program.startsWith('/')) return [posix.normalize(program)];
  if (program.includes('/')) return [posix.resolve(workingDir || '/', program)];
  const dirs = (pathEnv ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin')
    .split(':')
    .filter(Boolean);
  return dirs.map((d) => posix.join(d, program));
}

export function pathEnv(env: string[]): string | null {
  const entry = env.find((e) => e.startsWith('PATH='));
  return entry ? entry.slice('PATH='.length) : null;
}

/** The files to check: WORKDIR's entries and the entrypoint's file, with notes on what was left out. */
export interface Listing {
  workingDir: string;
  entries: FileEntry[];
  truncated: boolean;
  entrypoint: string | null;
  notes: string[];
}

/** Lists WORKDIR and finds the entrypoint's file, from the image content of the created container. */
export async function listApplicationFiles(check: Check, config: ImageRunConfig): Promise<Listing> {
  const { deadline, container } = check;
  const notes: string[] = [];
  const entries: FileEntry[] = [];
  let truncated = false;
  const workdir = config.workingDir;
  if (!workdir || workdir === '/') {
    notes.push('no WORKDIR (or WORKDIR /): the application files were not listed, only the entrypoint');
  } else {
    const read = await readFromContainer(deadline, container.name, workdir, {
      maxEntries: MAX_LISTED_ENTRIES,
    });
    if (!read.found) notes.push(`WORKDIR ${workdir} does not exist in the image`);
    entries.push(...read.entries);
    truncated = read.truncated;
    if (truncated) notes.push(`only the first ${MAX_LISTED_ENTRIES} entries under ${workdir} were checked`);
  }
  let entrypoint: string | null = null;
  for (const candidate of entrypointCandidates(config.entrypoint, config.cmd, workdir, pathEnv(config.env))) {
    const read = await readFromContainer(deadline, container.name, candidate, { maxEntries: 1 });
    if (!read.found || !read.entries[0]) continue;
    entrypoint = candidate;
    if (!entries.some((e) => e.path === candidate)) entries.push({ ...read.entries[0], path: candidate });
    break;
  }
  return { workingDir: workdir, entries, truncated, entrypoint, notes };
}

/** Who the files are checked against: PID 1 as last seen, else the static verdict's user. */
export interface RuntimeIdentity {
  static: StaticVerdict | null;
  lastSeen: readonly ProcessEvidence[];
  containerPid: number;
}

/** The writable files of `listed` for the runtime identity; null when that identity is not known. */
export function writableReport(listed: Listing, who: RuntimeIdentity): WritableReport | null {
  const main = who.lastSeen.find((p) => p.pid === who.containerPid) ?? who.lastSeen[0];
  const uid = main ? main.uids[1] : who.static?.uid;
  const gid = main ? main.gids[1] : who.static?.gid;
  if (uid == null || gid == null) return null;
  const gids = [gid, ...(who.static?.uid === uid ? who.static.supplementaryGids : [])];
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

/** Records the writable files once the listing (started beside the observation) is done. */
export async function reportWritableFiles(check: Check, listing: Promise<Listing>): Promise<void> {
  await check.timed('writable files', async () => {
    try {
      check.recordWritable(writableReport(await listing, check.seen));
    } catch (e) {
      if (e instanceof Cancelled || e instanceof DeadlineExceeded) throw e;
      check.note(`could not list the application files: ${errorText(e)}`);
    }
  });
}
