// Reading files and ownership from the image content (docker cp's tar stream), never by running
// a shell inside: works for scratch and distroless images. The start job (passwd, group) and the
// writable-files job read through it.
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
