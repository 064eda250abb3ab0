// Compressed size: what a pull downloads. From the gzip blobs the containerd image store keeps
// (exact, `stored`, read in archive.ts), from the registry's manifest when the image was pushed
// (exact, `registry`); otherwise by gzip-compressing each layer tar at zlib's default level as
// `docker push` does (`computed`: another gzip implementation makes slightly different bytes, and
// large layers are estimated from level 1, so it is within a fraction of a percent, never exact).
import { constants, deflateRaw } from 'node:zlib';
import { readRegistryImage, type RegistryImage } from '../registry/client.js';
import type { LayerTap } from './archive.js';

/** gzip's fixed framing: 10-byte header, 8-byte trailer (CRC32 and length). */
const GZIP_FRAMING_BYTES = 18;
const BLOCK_BYTES = 1024 * 1024;
/** deflate's window: each block is primed with the previous 32 KiB, as pigz does. */
const DICTIONARY_BYTES = 32 * 1024;

function deflateBlock(
  block: Buffer,
  dictionary: Buffer | null,
  last: boolean,
  level: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    deflateRaw(
      block,
      {
        level,
        ...(dictionary ? { dictionary } : {}),
        finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
      },
      (error, out) => (error ? reject(error) : resolve(out.length)),
    );
  });
}

/** What one block costs at the default level, or at level 1 with (every few blocks) the default too. */
interface BlockSizes {
  atDefault: number | null;
  atFastest: number | null;
}

export interface GzipSizerOptions {
  /** Blocks compressed at once (bounds memory; two cores keep four busy). */
  parallel?: number;
  /** Leading blocks compressed at the default level exactly. */
  exactBlocks?: number;
  /** Past those, one block in this many is also compressed at the default level to calibrate. */
  calibrateEvery?: number;
}

/**
 * Counts the gzip size of a byte stream without keeping it. One deflate stream runs on one core,
 * so the stream is cut into 1 MiB blocks compressed in parallel on libuv's thread pool, each
 * primed with the 32 KiB before it (pigz's method): the output is a valid gzip member whose size
 * is within a few bytes per block of a single-threaded gzip's. At most `parallel` blocks are in
 * flight, which bounds memory and gives the producer back-pressure.
 *
 * The default level costs two to four times level 1 in zlib. So the first `exactBlocks` MiB of a
 * layer (all of most layers) are compressed at the default level, exactly; past them every block
 * is compressed at level 1 and one in `calibrateEvery` also at the default level, and the level-1
 * total is scaled by the ratio those sampled blocks show (a ratio estimate over a systematic
 * sample). On a 200 MB toolchain layer this was 0.22 % below compressing everything at the
 * default level, for 28 % less CPU (docs/measure.md).
 */
export class GzipSizer {
  // Chunks are copied into one block buffer (one allocation per MiB, no concatenation), which
  // keeps the garbage, and so the peak RSS, low while gigabytes stream through.
  private block = Buffer.allocUnsafe(BLOCK_BYTES);
  private filled = 0;
  private blocks = 0;
  private previousTail: Buffer | null = null;
  private readonly inFlight: Promise<BlockSizes>[] = [];
  private exact = 0;
  private fastest = 0;
  private sampledFastest = 0;
  private sampledDefault = 0;
  private readonly parallel: number;
  private readonly exactBlocks: number;
  private readonly calibrateEvery: number;

  constructor(options: GzipSizerOptions = {}) {
    this.parallel = options.parallel ?? 4;
    this.exactBlocks = options.exactBlocks ?? 8;
    this.calibrateEvery = options.calibrateEvery ?? 4;
  }

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

  /** The gzip size of everything written (estimated past `exactBlocks` MiB, see above). */
  async end(): Promise<number> {
    await this.flushBlock(true);
    for (const p of this.inFlight.splice(0)) this.add(await p);
    const scaled =
      this.fastest === 0 ? 0 : Math.round((this.fastest * this.sampledDefault) / this.sampledFastest);
    return this.exact + scaled + GZIP_FRAMING_BYTES;
  }

  private add(sizes: BlockSizes): void {
    if (sizes.atFastest === null) {
      this.exact += sizes.atDefault!;
      return;
    }
    this.fastest += sizes.atFastest;
    if (sizes.atDefault !== null) {
      this.sampledFastest += sizes.atFastest;
      this.sampledDefault += sizes.atDefault;
    }
  }

  private async flushBlock(last: boolean): Promise<void> {
    if (!last && this.filled < BLOCK_BYTES) return;
    if (this.inFlight.length >= this.parallel) this.add(await this.inFlight.shift()!);
    const block = this.block.subarray(0, this.filled);
    const dictionary = this.previousTail;
    const index = this.blocks++;
    const exact = index < this.exactBlocks;
    const sampled = exact || (index - this.exactBlocks) % this.calibrateEvery === 0;
    this.inFlight.push(
      Promise.all([
        sampled ? deflateBlock(block, dictionary, last, constants.Z_DEFAULT_COMPRESSION) : null,
        exact ? null : deflateBlock(block, dictionary, last, constants.Z_BEST_SPEED),
      ]).then(([atDefault, atFastest]) => ({ atDefault, atFastest })),
    );
    this.previousTail = block.subarray(Math.max(0, block.length - DICTIONARY_BYTES));
    this.block = Buffer.allocUnsafe(BLOCK_BYTES);
    this.filled = 0;
  }
}

/** Taps every layer of an archive as it streams past and computes its gzip size. */
export class CompressionTap implements LayerTap {
  private readonly sizes = new Map<string, Promise<number>>();

  open(
    path: string,
    layer: { gzip: boolean } = { gzip: false },
  ): { write(chunk: Buffer): Promise<void>; end(): Promise<void> } | null {
    // A layer that came as a gzip blob has its exact compressed size already.
    if (layer.gzip) return null;
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
