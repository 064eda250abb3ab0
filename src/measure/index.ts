// Measures an image from its content: `docker save` is streamed through a tar parser, so the
// figures do not depend on the engine's image store and memory stays bounded by the number of
// files, not their bytes. Figures that were not measured are null, never guessed.
import { PassThrough } from 'node:stream';
import { docker, execStream, type ExecError } from '../exec.js';
import type { Logger } from '../log.js';
import { formatBytes } from '../units.js';
import type { RegistryImage } from '../registry/client.js';
import type { StageChain } from '../dockerfile/stages.js';
import { analyse, type CompressedFacts } from './analysis.js';
import { readImageArchive, type ImageArchive, type ReadArchiveOptions } from './archive.js';
import type { LayerCache } from './layer-cache.js';
import { CompressionTap, matchRegistryLayers, readRegistryLayers } from './compressed.js';
import { digestOfBlobPath, resolveImage, type ResolvedImage } from './resolve.js';
import { imageStore } from '../engine.js';
import type { ImageAnalysis } from './types.js';

export type { ImageAnalysis, LayerAnalysis, WastedPath, JunkFinding, LayerRef } from './types.js';
export { summarizeConfig } from './config.js';
export { analyse, baseLayerCount, type EngineFacts } from './analysis.js';
export { LayerCache } from './layer-cache.js';

export interface MeasureOptions {
  log: Logger;
  /**
   * The stage chain of the target the image was built from, with the build's `--build-arg`s (the
   * pipeline's BuiltDockerfile): maps layers to instructions and lines, and names the base image.
   */
  chain?: StageChain | null;
  /**
   * Image whose layers count as the base. Default: the image the Dockerfile's target stage chain
   * starts FROM; null: do not look one up (base layers are then told apart by history alone).
   */
  baseImage?: string | null;
  /**
   * Where the image was pushed ("registry/repo:tag" or "…@sha256:…"): its compressed size is then
   * read from the registry's manifest. null/absent: not pushed.
   */
  pushedRef?: string | null;
  /** The platform to pick from a multi-platform `pushedRef`; default: this machine's. */
  platform?: string | null;
  /**
   * Compute the compressed size by gzip-compressing every layer when the registry cannot say
   * (default true). Costs CPU roughly equal to one `gzip -6` of the image, spread over all cores.
   */
  compressed?: boolean;
  /** The run's layers already read: a layer another measurement read is not read again. */
  layerCache?: LayerCache;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15 * 60_000;
const READ_AHEAD_BYTES = 16 * 1024 * 1024;
const INSPECT_TIMEOUT_MS = 60_000;

function dockerBinary(): string {
  return process.env.SHIPSHAPE_DOCKER ?? 'docker';
}

/** Streams `docker save <image>` into the archive reader; stops docker when reading fails. */
export async function saveAndRead(
  image: string,
  timeoutMs: number,
  options: ReadArchiveOptions = {},
): Promise<ImageArchive> {
  const abort = new AbortController();
  const saved = execStream(dockerBinary(), ['save', image], { timeoutMs, signal: abort.signal });
  // A read-ahead buffer lets the engine keep streaming while a layer is being decompressed and
  // scanned, instead of stalling on a full 64 KiB pipe: the two then overlap on two cores.
  const readAhead = new PassThrough({ highWaterMark: READ_AHEAD_BYTES });
  saved.stdout.on('error', (e) => readAhead.destroy(e));
  saved.stdout.pipe(readAhead);
  const reading = readImageArchive(readAhead, options);
  const [read, done] = await Promise.allSettled([
    reading.catch((e: unknown) => {
      abort.abort();
      throw e;
    }),
    saved.done,
  ]);
  // docker's own error (no such image, timeout) explains a truncated archive better than the
  // parser, unless docker died because reading failed and we stopped it.
  const stoppedByUs =
    abort.signal.aborted &&
    done.status === 'rejected' &&
    (done.reason as ExecError).result?.signal === 'SIGKILL';
  if (done.status === 'rejected' && !stoppedByUs) throw done.reason;
  if (read.status === 'rejected') throw read.reason;
  return read.value;
}

/** ID, size and diff IDs of an image as the engine reports them; null when it is not in the engine. */
async function inspectLocal(
  image: string,
  timeoutMs: number,
): Promise<{ id: string; size: number; layers: string[] } | null> {
  const res = await docker(
    ['image', 'inspect', '--format', '{{json .Id}} {{json .Size}} {{json .RootFS.Layers}}', image],
    {
      timeoutMs,
      allowFailure: true,
    },
  );
  if (res.code !== 0) return null;
  const [id, size, layers] = res.stdout.trim().split(' ');
  return {
    id: JSON.parse(id ?? 'null') as string,
    size: Number(size),
    layers: (JSON.parse(layers ?? 'null') as string[] | null) ?? [],
  };
}

async function compressedFacts(
  resolved: ResolvedImage,
  registry: RegistryImage | null,
  tap: CompressionTap | null,
  reused: ReadonlyMap<string, { computedGzipBytes: number | null }>,
  log: Logger,
): Promise<CompressedFacts | null> {
  // Blobs the engine keeps compressed are the exact figure, free, and the same bytes a push sends.
  if (resolved.layers.length > 0 && resolved.layers.every((l) => l.scan.gzipBytes != null)) {
    return {
      source: 'stored',
      layers: resolved.layers.map((l) => ({
        sizeBytes: l.scan.gzipBytes!,
        digest: digestOfBlobPath(l.path),
      })),
    };
  }
  if (registry) {
    const matched = matchRegistryLayers(
      registry,
      resolved.layers.map((l) => l.diffId),
    );
    if (!('reason' in matched)) return { source: 'registry', layers: matched.layers };
    // Computing now would mean reading the whole image again; say so rather than guess.
    log.warning(`compressed size not measured: ${matched.reason}`);
    return null;
  }
  if (!tap) return null;
  const layers = await Promise.all(
    resolved.layers.map(async (l) => ({
      sizeBytes: reused.get(l.path)?.computedGzipBytes ?? (await tap.sizeOf(l.path)),
      digest: null,
    })),
  );
  return { source: 'computed', layers };
}

export async function measureImage(image: string, options: MeasureOptions): Promise<ImageAnalysis> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const inspectTimeout = Math.min(timeoutMs, INSPECT_TIMEOUT_MS);
  const { log } = options;
  let registry: RegistryImage | null = null;
  const store = await imageStore().catch(() => null);
  // On the containerd store the saved layers are the very blobs a push sent: no registry to ask.
  if (options.pushedRef && store !== 'containerd') {
    const read = await readRegistryLayers(options.pushedRef, options.platform ?? null, inspectTimeout);
    if ('reason' in read) log.info(`compressed size not from the registry: ${read.reason}`);
    else registry = read;
  }
  // The tap only ever sees layers the archive holds uncompressed (the classic store's).
  const tap = !registry && options.compressed !== false ? new CompressionTap() : null;
  const cache = options.layerCache ?? null;
  const reused = new Map<string, { computedGzipBytes: number | null }>();
  const reuse = (path: string) => {
    const digest = digestOfBlobPath(path);
    const known = cache && digest ? cache.reuse(digest, tap !== null) : null;
    if (known) reused.set(path, known);
    return known?.scan ?? null;
  };
  const [archive, engineImage] = await Promise.all([
    saveAndRead(image, timeoutMs, { ...(tap ? { tap } : {}), ...(cache ? { reuse } : {}) }),
    inspectLocal(image, inspectTimeout),
  ]);
  const resolved = resolveImage(archive, options.platform ?? null);
  const compressed = await compressedFacts(resolved, registry, tap, reused, log);
  if (cache) {
    resolved.layers.forEach((l, i) => {
      const digest = digestOfBlobPath(l.path);
      if (!digest || reused.has(l.path)) return;
      cache.remember(
        digest,
        l.scan,
        compressed?.source === 'computed' ? (compressed.layers[i]?.sizeBytes ?? null) : null,
      );
    });
    if (reused.size)
      log.info(`${reused.size} of ${resolved.layers.length} layers were already read in this run`);
  }
  const chain = options.chain ?? null;
  const baseImage = options.baseImage === undefined ? (chain?.baseImage ?? null) : options.baseImage;
  let base: Awaited<ReturnType<typeof inspectLocal>> = null;
  if (baseImage && baseImage !== 'scratch' && !baseImage.includes('$')) {
    base = await inspectLocal(baseImage, inspectTimeout);
    if (!base)
      log.info(
        `base image ${baseImage} is not in the engine; base layers are told apart by the image history`,
      );
  }
  const analysis = analyse(resolved, {
    engine: {
      imageId: engineImage?.id ?? null,
      sizeBytes: engineImage?.size ?? null,
      store,
      baseDiffIds: base?.layers ?? null,
      baseImage: base ? baseImage : null,
    },
    chain,
    compressed,
  });
  if (analysis.engineSizeBytes !== null) {
    const counts =
      analysis.engineStore === 'containerd'
        ? 'stored content (compressed layers, manifest and config)'
        : 'unpacked layers';
    log.info(
      `the engine (${analysis.engineStore ?? 'unknown'} image store) reports ${analysis.engineSizeBytes} bytes, its ${counts}; shipshape's size is the uncompressed payload, ${analysis.sizeBytes} bytes`,
    );
  }
  log.info(
    `${formatBytes(analysis.sizeBytes)} uncompressed in ${analysis.layerCount} layers (${analysis.contentLayerCount} add content); reclaimable ${formatBytes(analysis.reclaimableBytes ?? 0)}, junk ${formatBytes(analysis.junkBytes)}`,
  );
  return analysis;
}
