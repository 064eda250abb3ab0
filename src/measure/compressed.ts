// Compressed size: what a pull downloads. From the registry's manifest when the image was pushed
// (exact, labelled `registry`); otherwise by gzip-compressing each layer tar at zlib's default
// level as `docker push` does (labelled `computed`: another gzip implementation makes slightly
// different bytes, so it is an estimate within a fraction of a percent, never the registry's word).
import { constants, deflateRaw } from 'node:zlib';
import { readRegistryImage, type RegistryImage } from '../registry/client.js';
import type { LayerTap } from './archive.js';

/** gzip's fixed framing: 10-byte header, 8-byte trailer (CRC32 and length). */
const GZIP_FRAMING_BYTES = 18;
const BLOCK_BYTES = 1024 * 1024;
/** deflate's window: each block is primed with the previous 32 KiB, as pigz does. */
const DICTIONARY_BYTES = 32 * 1024;

function deflateBlock(block: Buffer, dictionary: Buffer | null, last: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    deflateRaw(
      block,
      {
        level: constants.Z_DEFAULT_COMPRESSION,
        ...(dictionary ? { dictionary } : {}),
        finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
      },
      (error, out) => (error ? reject(error) : resolve(out.length)),
    );
  });
}

/**
 * Counts the gzip size of a byte stream without keeping it. One deflate stream runs on one core,
 * so the stream is cut into 1 MiB blocks compressed in parallel on libuv's thread pool, each
 * primed with the 32 KiB before it (pigz's method): the output is a valid gzip member whose size
 * is within a few bytes per block of a single-threaded gzip's. At most `parallel` blocks are in
 * flight, which bounds memory and gives the producer back-pressure.
 */
export class GzipSizer {
  // Chunks are copied into one block buffer (one allocation per MiB, no concatenation), which
  // keeps the garbage, and so the peak RSS, low while gigabytes stream through.
  private block = Buffer.allocUnsafe(BLOCK_BYTES);
  private filled = 0;
  private previousTail: Buffer | null = null;
  private readonly inFlight: Promise<number>[] = [];
  private compressed = 0;

  constructor(private readonly parallel = 4) {}

  async write(chunk: Buffer): Promise<void> {
    let offset = 0;
    while (offset < chunk.length) {
      const n = Math.min(BLOCK_BYTES - this.filled, chunk.length - offset);
      chunk.copy(this.block, this.filled, offset, offset + n);
      this.filled += n;
      offset += n;
      // A full block is sent only once more bytes arrive, so the last block is always sent by end().
      if (this.filled === BLOCK_BYTES && offset < chunk.length) await this.flushBlock(false);
    }
  }

  /** The gzip size of everything written. */
  async end(): Promise<number> {
    await this.flushBlock(true);
    for (const p of this.inFlight.splice(0)) this.compressed += await p;
    return this.compressed + GZIP_FRAMING_BYTES;
  }

  private async flushBlock(last: boolean): Promise<void> {
    if (!last && this.filled < BLOCK_BYTES) return;
    if (this.inFlight.length >= this.parallel) this.compressed += await this.inFlight.shift()!;
    const block = this.block.subarray(0, this.filled);
    this.inFlight.push(deflateBlock(block, this.previousTail, last));
    this.previousTail = block.subarray(Math.max(0, block.length - DICTIONARY_BYTES));
    this.block = Buffer.allocUnsafe(BLOCK_BYTES);
    this.filled = 0;
  }
}

/** Taps every layer of an archive as it streams past and computes its gzip size. */
export class CompressionTap implements LayerTap {
  private readonly sizes = new Map<string, Promise<number>>();

  open(path: string): { write(chunk: Buffer): Promise<void>; end(): Promise<void> } {
    const sizer = new GzipSizer();
    let resolveSize!: (n: number) => void;
    let rejectSize!: (e: unknown) => void;
    const size = new Promise<number>((res, rej) => {
      resolveSize = res;
      rejectSize = rej;
    });
    size.catch(() => undefined);
    this.sizes.set(path, size);
    return {
      write: (chunk) => sizer.write(chunk).catch((e: unknown) => (rejectSize(e), Promise.reject(e))),
      end: () => sizer.end().then(resolveSize, (e: unknown) => (rejectSize(e), Promise.reject(e))),
    };
  }

  /** The computed size of the layer at an archive path; null when it never streamed past. */
  async sizeOf(path: string): Promise<number | null> {
    const size = this.sizes.get(path);
    return size ? await size : null;
  }
}

export interface RegistryLayers {
  totalBytes: number;
  layers: { digest: string | null; sizeBytes: number }[];
}

/** The registry's record of `ref`, or why there is none. */
export async function readRegistryLayers(
  ref: string,
  platform: string | null,
  timeoutMs: number,
): Promise<RegistryImage | { reason: string }> {
  try {
    return await readRegistryImage(ref, platform, { timeoutMs });
  } catch (e) {
    return { reason: `could not read ${ref} from its registry: ${(e as Error).message}` };
  }
}

/**
 * The registry's compressed sizes, when it holds exactly these layers (same diff IDs in the same
 * order); otherwise the reason, since another image's sizes would be a wrong answer.
 */
export function matchRegistryLayers(
  image: RegistryImage,
  diffIds: readonly string[],
): RegistryLayers | { reason: string } {
  const theirs = image.layers.map((l) => l.diffId);
  if (theirs.length !== diffIds.length || theirs.some((d, i) => d !== diffIds[i])) {
    return {
      reason: `${image.reference.registry}/${image.reference.repository} holds other layers than this image`,
    };
  }
  return {
    totalBytes: image.compressedSizeBytes,
    layers: image.layers.map((l) => ({ digest: l.digest, sizeBytes: l.compressedSizeBytes ?? 0 })),
  };
}
