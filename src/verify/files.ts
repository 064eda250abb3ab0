// Reading files and ownership from the image content (docker cp's tar stream), never by running
// a shell inside: works for scratch and distroless images.
import * as tar from 'tar-stream';
import { posix } from 'node:path';
import type { CheckDeadline } from './deadline.js';

export interface FileEntry {
  /** Absolute path inside the image. */
  path: string;
  type: 'file' | 'directory' | 'symlink' | 'other';
  mode: number;
  uid: number;
  gid: number;
}

export interface Identity {
  uid: number;
  /** Primary and supplementary gids. */
  gids: number[];
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

function entryType(type: tar.Header['type']): FileEntry['type'] {
  if (type === 'file' || type === 'contiguous-file') return 'file';
  if (type === 'directory') return 'directory';
  if (type === 'symlink' || type === 'link') return 'symlink';
  return 'other';
}

export interface TarRead {
  /** false when the path does not exist in the container. */
  found: boolean;
  entries: FileEntry[];
  /** Contents of the entries `keepContent` asked for. */
  contents: Map<string, Buffer>;
  /** true when the listing stopped at `maxEntries`. */
  truncated: boolean;
}

/**
 * Streams `docker cp -L <container>:<path> -` (a tar of the path, ownership included) and lists
 * it. tar names are relative to the parent of `path`; they are turned back into image paths.
 */
export async function readFromContainer(
  deadline: CheckDeadline,
  container: string,
  path: string,
  options: { maxEntries?: number; keepContent?: (path: string) => boolean } = {},
): Promise<TarRead> {
  const maxEntries = options.maxEntries ?? 20_000;
  const parent = posix.dirname(posix.normalize(path));
  const proc = deadline.dockerStream(['cp', '--follow-link', `${container}:${path}`, '-']);
  const extract = tar.extract();
  proc.stdout.pipe(extract);
  const result: TarRead = { found: false, entries: [], contents: new Map(), truncated: false };
  let parseError: unknown = null;
  try {
    for await (const entry of extract) {
      const h = entry.header;
      const abs = posix.join(parent, h.name).replace(/\/$/, '') || '/';
      if (result.entries.length >= maxEntries) {
        result.truncated = true;
        entry.resume();
        break;
      }
      result.entries.push({
        path: abs,
        type: entryType(h.type),
        mode: h.mode ?? 0,
        uid: h.uid ?? 0,
        gid: h.gid ?? 0,
      });
      if (options.keepContent?.(abs)) {
        const chunks: Buffer[] = [];
        for await (const chunk of entry) chunks.push(chunk as Buffer);
        result.contents.set(abs, Buffer.concat(chunks));
      } else {
        entry.resume();
      }
    }
  } catch (e) {
    parseError = e;
  }
  // Stop docker cp when we quit reading early, or it blocks on a full pipe until its timeout.
  if (result.truncated || parseError) proc.stop();
  const done = await proc.done;
  deadline.check();
  if (done.code !== 0 && !result.truncated) {
    if (/no such container:path|could not find the file|not found/i.test(done.stderr)) return result;
    throw new Error(`reading ${path} from the image failed: ${done.stderr.trim() || `exit ${done.code}`}`);
  }
  if (parseError && !result.truncated) throw parseError;
  result.found = true;
  return result;
}

/** Reads one small file's text; null when the image does not have it. */
export async function readImageText(
  deadline: CheckDeadline,
  container: string,
  path: string,
): Promise<string | null> {
  const read = await readFromContainer(deadline, container, path, { maxEntries: 1, keepContent: () => true });
  if (!read.found) return null;
  const content = read.contents.get(path);
  return content ? content.toString('utf8') : null;
}
