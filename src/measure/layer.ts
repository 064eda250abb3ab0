// One layer's file list, read from its tar headers, and its size counted the ways Docker counts it.
import { TarHeaderParser, type TarHeader } from './tar-headers.js';

export type LayerEntryKind = 'file' | 'hardlink' | 'symlink' | 'directory' | 'whiteout' | 'opaque' | 'other';

export interface LayerEntry {
  /** Normalised path without a leading "/" or "./"; for whiteouts, the path they delete. */
  path: string;
  kind: LayerEntryKind;
  /** File length, symlink target length, else 0 (see `entryBytes`). */
  bytes: number;
}

export interface LayerScan {
  /** Bytes of the layer tar (uncompressed). */
  tarBytes: number;
  entries: LayerEntry[];
  /**
   * Bytes of the gzip blob the archive held, when the layer came compressed (the containerd image
   * store saves the blobs it keeps, as built or pulled); null when the archive held the plain tar.
   */
  gzipBytes?: number | null;
}

const WHITEOUT_PREFIX = '.wh.';
const OPAQUE_MARKER = '.wh..wh..opq';

export function normalizePath(name: string): string {
  let path = name;
  while (path.startsWith('./')) path = path.slice(2);
  path = path.replace(/^\/+/, '').replace(/\/+$/, '');
  return path === '.' ? '' : path;
}

/** Bytes an entry holds: a file its length, a symlink its target's length (what lstat reports). */
export function entryBytes(header: Pick<TarHeader, 'type' | 'size' | 'linkname'>): number {
  if (header.type === 'file') return header.size;
  if (header.type === 'symlink') return Buffer.byteLength(header.linkname);
  return 0;
}

export function toLayerEntry(header: TarHeader): LayerEntry | null {
  const path = normalizePath(header.name);
  if (path === '') return null;
  const slash = path.lastIndexOf('/');
  const dir = slash === -1 ? '' : path.slice(0, slash);
  const base = slash === -1 ? path : path.slice(slash + 1);
  if (base === OPAQUE_MARKER) return { path: dir, kind: 'opaque', bytes: 0 };
  if (base.startsWith(WHITEOUT_PREFIX)) {
    const target = base.slice(WHITEOUT_PREFIX.length);
    return { path: dir ? `${dir}/${target}` : target, kind: 'whiteout', bytes: 0 };
  }
  const kind: LayerEntryKind =
    header.type === 'file' ||
    header.type === 'hardlink' ||
    header.type === 'symlink' ||
    header.type === 'directory'
      ? header.type
      : 'other';
  return { path, kind, bytes: entryBytes(header) };
}

/**
 * The uncompressed payload of a layer: the bytes of every regular file its tar records (a file
 * written twice counts twice; links, directories and whiteouts add nothing). It is read from the
 * content alone, so it is the same on either image store, which each count their own way: the
 * classic store walks the unpacked directory (symlink targets count, each path once) or sums the
 * payload of layers it committed itself; the containerd store reports the compressed content.
 */
export function payloadBytes(entries: readonly LayerEntry[]): number {
  let total = 0;
  for (const e of entries) if (e.kind === 'file') total += e.bytes;
  return total;
}

/** Streams a layer tar in (`write` each chunk, then `end`) and keeps only its entry list. */
export class LayerScanner {
  private readonly entries: LayerEntry[] = [];
  private readonly parser = new TarHeaderParser((header) => {
    const entry = toLayerEntry(header);
    if (entry) this.entries.push(entry);
  });

  write(chunk: Buffer): void {
    this.parser.write(chunk);
  }

  end(): LayerScan {
    this.parser.end();
    return { tarBytes: this.parser.bytes, entries: this.entries };
  }
}
