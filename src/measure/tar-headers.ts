// A push parser that reads only the headers of a tar stream and skips the file contents.
//
// Why not tar-stream here: tar-stream makes a stream object for every entry and waits for it to be
// drained; a Debian base layer has ~7,000 entries and that alone made the analysis twice as slow
// as `docker save` itself. A layer's analysis needs the headers only (path, type, size, link),
// so this parser walks the 512-byte blocks and counts content bytes without copying them.
// tar-stream still reads the outer `docker save` archive, which has few, large entries.
//
// Supported: ustar (with the 155-byte prefix), POSIX pax extended headers (`x`, and `g` ignored),
// GNU long names (`L`) and long link names (`K`), base-256 sizes. Sparse files are not produced
// by image layers (Docker writes them plain), so `S` entries are reported as files of their size.

const BLOCK = 512;

export type TarEntryType = 'file' | 'hardlink' | 'symlink' | 'directory' | 'other';

export interface TarHeader {
  /** Path as written in the archive (not normalised). */
  name: string;
  type: TarEntryType;
  /** Content bytes that follow the header (0 for links and directories). */
  size: number;
  linkname: string;
  mode: number;
}

export class TarFormatError extends Error {
  override name = 'TarFormatError';
}

function readString(block: Buffer, offset: number, length: number): string {
  const end = block.indexOf(0, offset);
  return block.toString('utf8', offset, end === -1 || end > offset + length ? offset + length : end);
}

function readNumber(block: Buffer, offset: number, length: number): number {
  // GNU base-256: the high bit of the first byte is set; the rest is a big-endian number.
  if (block[offset]! & 0x80) {
    let value = block[offset]! & 0x7f;
    for (let i = 1; i < length; i++) value = value * 256 + block[offset + i]!;
    return value;
  }
  const text = readString(block, offset, length).trim();
  return text ? parseInt(text, 8) : 0;
}

function checksumOk(block: Buffer): boolean {
  let sum = 8 * 32; // the checksum field itself counts as spaces
  for (let i = 0; i < BLOCK; i++) if (i < 148 || i >= 156) sum += block[i]!;
  return sum === readNumber(block, 148, 8);
}

function typeOf(flag: number): TarEntryType {
  switch (String.fromCharCode(flag)) {
    case '\0':
    case '0':
    case '7':
    case 'S':
      return 'file';
    case '1':
      return 'hardlink';
    case '2':
      return 'symlink';
    case '5':
      return 'directory';
    default:
      return 'other';
  }
}

/** Parses pax records ("<len> key=value\n"); only the keys a layer analysis needs. */
export function parsePax(data: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let pos = 0;
  while (pos < data.length) {
    const space = data.indexOf(0x20, pos);
    if (space === -1) break;
    const length = parseInt(data.toString('ascii', pos, space), 10);
    if (!Number.isFinite(length) || length <= 0) break;
    const record = data.toString('utf8', space + 1, pos + length - 1);
    const eq = record.indexOf('=');
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    pos += length;
  }
  return out;
}

type State =
  | { kind: 'header' }
  | { kind: 'skip'; remaining: number }
  | {
      kind: 'meta';
      meta: 'pax' | 'gnu-name' | 'gnu-link' | 'pax-global';
      remaining: number;
      parts: Buffer[];
      size: number;
    };

/**
 * Feed it chunks with `write`, call `end` after the last one. `onEntry` runs for every real entry
 * (meta headers are folded into the entry they describe).
 */
export class TarHeaderParser {
  private state: State = { kind: 'header' };
  private pending: Buffer | null = null;
  private pax: Record<string, string> = {};
  private gnuName: string | null = null;
  private gnuLink: string | null = null;
  private finished = false;
  /** Bytes consumed so far, i.e. the tar size once ended. */
  bytes = 0;

  constructor(private readonly onEntry: (header: TarHeader) => void) {}

  write(chunk: Buffer): void {
    this.bytes += chunk.length;
    const buf = chunk;
    let pos = 0;
    while (pos < buf.length) {
      const state = this.state;
      if (state.kind === 'skip') {
        const n = Math.min(state.remaining, buf.length - pos);
        state.remaining -= n;
        pos += n;
        if (state.remaining === 0) this.state = { kind: 'header' };
        continue;
      }
      if (state.kind === 'meta') {
        const n = Math.min(state.remaining, buf.length - pos);
        state.parts.push(buf.subarray(pos, pos + n));
        state.remaining -= n;
        pos += n;
        if (state.remaining === 0) this.finishMeta(state);
        continue;
      }
      // Header: need one whole block, which may straddle chunks.
      if (this.pending || buf.length - pos < BLOCK) {
        const have: Buffer = this.pending ?? Buffer.alloc(0);
        const need = BLOCK - have.length;
        const take = buf.subarray(pos, pos + need);
        this.pending = Buffer.concat([have, take]);
        pos += take.length;
        if (this.pending.length < BLOCK) return;
        const block = this.pending;
        this.pending = null;
        this.header(block);
        continue;
      }
      this.header(buf.subarray(pos, pos + BLOCK));
      pos += BLOCK;
    }
  }

  /** Call after the last chunk; throws when the archive stopped in the middle of an entry. */
  end(): void {
    if (this.pending || this.state.kind !== 'header') {
      throw new TarFormatError('the layer archive ends in the middle of an entry');
    }
  }

  get sawEndMarker(): boolean {
    return this.finished;
  }

  private header(block: Buffer): void {
    if (this.finished) return;
    if (block.every((b) => b === 0)) {
      // Two zero blocks end the archive; one is enough to know no entry follows in practice.
      this.finished = true;
      return;
    }
    if (!checksumOk(block)) throw new TarFormatError('bad tar header checksum in a layer');
    const flag = block[156]!;
    const size = readNumber(block, 124, 12);
    const padded = Math.ceil(size / BLOCK) * BLOCK;
    const flagChar = String.fromCharCode(flag);
    const meta =
      flagChar === 'x'
        ? 'pax'
        : flagChar === 'g'
          ? 'pax-global'
          : flagChar === 'L'
            ? 'gnu-name'
            : flagChar === 'K'
              ? 'gnu-link'
              : null;
    if (meta) {
      this.state =
        padded === 0 ? { kind: 'header' } : { kind: 'meta', meta, remaining: padded, parts: [], size };
      return;
    }
    let name = readString(block, 0, 100);
    const magic = block.toString('ascii', 257, 262);
    if (magic === 'ustar') {
      const prefix = readString(block, 345, 155);
      if (prefix) name = `${prefix}/${name}`;
    }
    const header: TarHeader = {
      name: this.pax.path ?? this.gnuName ?? name,
      type: typeOf(flag),
      size: this.pax.size !== undefined ? Number(this.pax.size) : size,
      linkname: this.pax.linkpath ?? this.gnuLink ?? readString(block, 157, 100),
      mode: readNumber(block, 100, 8),
    };
    this.pax = {};
    this.gnuName = null;
    this.gnuLink = null;
    const contentBytes = header.type === 'file' || header.type === 'other' ? header.size : 0;
    const skip = Math.ceil(contentBytes / BLOCK) * BLOCK;
    this.state = skip === 0 ? { kind: 'header' } : { kind: 'skip', remaining: skip };
    this.onEntry(header);
  }

  private finishMeta(state: Extract<State, { kind: 'meta' }>): void {
    const data = Buffer.concat(state.parts).subarray(0, state.size);
    if (state.meta === 'pax') this.pax = parsePax(data);
    else if (state.meta === 'gnu-name') this.gnuName = readString(data, 0, data.length);
    else if (state.meta === 'gnu-link') this.gnuLink = readString(data, 0, data.length);
    this.state = { kind: 'header' };
  }
}
