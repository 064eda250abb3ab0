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
 * How the engine counted a layer's size. Docker's classic store has two ways, depending on how the
 * layer entered it (both exact, both from content):
 * - `payload`: layers the engine committed itself (BuildKit on the docker driver, `docker commit`)
 *   are sized while their tar is recorded (moby layer.ChecksumForGraphID): the sum of the file
 *   payloads in the tar. Symlinks, hard links and directories add nothing.
 * - `unpacked`: layers it unpacked (pull, load, import) are sized by walking the unpacked
 *   directory (moby pkg/directory.Size): regular files by length, symlinks by the length of their
 *   target, each path once.
 */
export type SizeCounting = 'payload' | 'unpacked';

export function payloadBytes(entries: readonly LayerEntry[]): number {
  let total = 0;
  for (const e of entries) if (e.kind === 'file') total += e.bytes;
  return total;
}

export function unpackedBytes(entries: readonly LayerEntry[]): number {
  const byPath = new Map<string, number>();
  for (const e of entries) {
    if (e.kind === 'whiteout' || e.kind === 'opaque') continue;
    byPath.set(e.path, e.kind === 'file' || e.kind === 'symlink' ? e.bytes : 0);
  }
  let total = 0;
  for (const bytes of byPath.values()) total += bytes;
  return total;
}

export function layerBytes(entries: readonly LayerEntry[], counting: SizeCounting): number {
  return counting === 'payload' ? payloadBytes(entries) : unpackedBytes(entries);
}

/**
 * Which counting the engine used for each layer, given the total it reports. Layers the engine
 * unpacked (a pulled or loaded base) sit below the layers it built on them, so the answer is a
 * prefix of `unpacked` layers: the first prefix length whose sum equals the engine's total. null
 * when none does (another image store, which counts differently again).
 */
export function reconcileCounting(
  layers: readonly { payload: number; unpacked: number }[],
  engineTotal: number,
): SizeCounting[] | null {
  let total = layers.reduce((sum, l) => sum + l.payload, 0);
  for (let prefix = 0; prefix <= layers.length; prefix++) {
    if (prefix > 0) total += layers[prefix - 1]!.unpacked - layers[prefix - 1]!.payload;
    if (total === engineTotal) {
      return layers.map((_, i) => (i < prefix ? 'unpacked' : 'payload'));
    }
  }
  return null;
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
