// Measures an image from its content: `docker save` is streamed through a tar parser, so the
// figures do not depend on the engine's image store and memory stays bounded by the number of
// files, not their bytes. Figures that were not measured are null, never guessed.
import { docker, execStream } from '../exec.js';
import type { Logger } from '../log.js';
import { formatBytes } from '../units.js';
import { readImageArchive, type ImageArchive } from './archive.js';
import { layerHistory, platformOf, summarizeConfig } from './config.js';
import { layerBytes, payloadBytes, reconcileCounting, unpackedBytes, type SizeCounting } from './layer.js';
import { resolveImage, type ResolvedImage } from './resolve.js';
import type { ImageAnalysis, LayerAnalysis, LayerOrigin } from './types.js';

export type { ImageAnalysis, LayerAnalysis } from './types.js';
export { summarizeConfig } from './config.js';

export interface MeasureOptions {
  log: Logger;
  dockerfile?: { path: string; text: string };
  /** Image whose layers count as the base; null: none. */
  baseImage?: string | null;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15 * 60_000;

function dockerBinary(): string {
  return process.env.SHIPSHAPE_DOCKER ?? 'docker';
}

/** Streams `docker save <image>` into the archive reader; stops docker when reading fails. */
async function saveAndRead(image: string, timeoutMs: number): Promise<ImageArchive> {
  const abort = new AbortController();
  const saved = execStream(dockerBinary(), ['save', image], { timeoutMs, signal: abort.signal });
  const reading = readImageArchive(saved.stdout);
  const [read, done] = await Promise.allSettled([
    reading.catch((e: unknown) => {
      abort.abort();
      throw e;
    }),
    saved.done,
  ]);
  // docker's own error (no such image, timeout) explains a truncated archive better than the parser.
  if (done.status === 'rejected') throw done.reason;
  if (read.status === 'rejected') throw read.reason;
  return read.value;
}

/** Size and diff IDs of an image as the engine reports them; null when it is not in the engine. */
async function inspectLocal(
  image: string,
  timeoutMs: number,
): Promise<{ size: number; layers: string[] } | null> {
  const res = await docker(
    ['image', 'inspect', '--format', '{{json .Size}} {{json .RootFS.Layers}}', image],
    {
      timeoutMs,
      allowFailure: true,
    },
  );
  if (res.code !== 0) return null;
  const [size, layers] = res.stdout.trim().split(' ');
  return { size: Number(size), layers: (JSON.parse(layers ?? 'null') as string[] | null) ?? [] };
}

/**
 * Base layers are the leading layers equal to the base image's, in order. null when the image does
 * not start with them (built from another version of the base): then nothing is known.
 */
export function baseLayerCount(
  imageDiffIds: readonly string[],
  baseDiffIds: readonly string[],
): number | null {
  let n = 0;
  while (n < baseDiffIds.length && n < imageDiffIds.length && imageDiffIds[n] === baseDiffIds[n]) n++;
  return n === baseDiffIds.length ? n : null;
}

export interface EngineFacts {
  /** The size the engine reports for the image (`docker image inspect` .Size); null if unknown. */
  sizeBytes: number | null;
  /** The base image's diff IDs, when the base is present in the engine. */
  baseDiffIds: readonly string[] | null;
  baseImage: string | null;
}

export const NO_ENGINE_FACTS: EngineFacts = { sizeBytes: null, baseDiffIds: null, baseImage: null };

/**
 * How to count each layer: the way the engine did, when its total can be reproduced exactly from
 * the content; otherwise as unpacked on disk (what the classic store shows after a pull).
 */
export function chooseCounting(resolved: ResolvedImage, engineSizeBytes: number | null): SizeCounting[] {
  const sizes = resolved.layers.map(({ scan }) => ({
    payload: payloadBytes(scan.entries),
    unpacked: unpackedBytes(scan.entries),
  }));
  const matched = engineSizeBytes === null ? null : reconcileCounting(sizes, engineSizeBytes);
  return matched ?? sizes.map(() => 'unpacked');
}

export function analyse(resolved: ResolvedImage, engine: EngineFacts = NO_ENGINE_FACTS): ImageAnalysis {
  const { baseDiffIds, baseImage } = engine;
  const counting = chooseCounting(resolved, engine.sizeBytes);
  const diffIds = resolved.layers.map((l) => l.diffId);
  const baseCount = baseDiffIds ? baseLayerCount(diffIds, baseDiffIds) : null;
  const history = layerHistory(resolved.config.history, resolved.layers.length);
  const layers: LayerAnalysis[] = resolved.layers.map(({ diffId, scan }, index) => {
    const origin: LayerOrigin = baseCount === null ? 'unknown' : index < baseCount ? 'base' : 'own';
    return {
      index,
      diffId,
      sizeBytes: layerBytes(scan.entries, counting[index]!),
      tarBytes: scan.tarBytes,
      entryCount: scan.entries.length,
      addsContent: scan.entries.length > 0,
      createdBy: history[index]?.created_by ?? null,
      line: null,
      fromBase: origin === 'base',
      origin,
    };
  });
  const sizeBytes = layers.reduce((sum, l) => sum + l.sizeBytes, 0);
  const baseBytes =
    baseCount === null
      ? null
      : layers.filter((l) => l.origin === 'base').reduce((s, l) => s + l.sizeBytes, 0);
  return {
    id: resolved.id,
    sizeBytes,
    engineSizeBytes: engine.sizeBytes,
    compressedSizeBytes: null,
    compressedSource: null,
    layerCount: layers.length,
    contentLayerCount: layers.filter((l) => l.addsContent).length,
    reclaimableBytes: null,
    layers,
    ownBytes: baseBytes === null ? null : sizeBytes - baseBytes,
    baseBytes,
    baseImage: baseCount === null ? null : baseImage,
    config: summarizeConfig(resolved.config.config),
    platform: platformOf(resolved.config),
    source: resolved.format,
  };
}

export async function measureImage(image: string, options: MeasureOptions): Promise<ImageAnalysis> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const { log } = options;
  const archive = await saveAndRead(image, timeoutMs);
  const resolved = resolveImage(archive);
  const inspectTimeout = Math.min(timeoutMs, 60_000);
  const engineImage = await inspectLocal(resolved.id, inspectTimeout);
  let base: Awaited<ReturnType<typeof inspectLocal>> = null;
  if (options.baseImage) {
    base = await inspectLocal(options.baseImage, inspectTimeout);
    if (!base)
      log.info(`base image ${options.baseImage} is not in the engine, so base layers are not told apart`);
  }
  const analysis = analyse(resolved, {
    sizeBytes: engineImage?.size ?? null,
    baseDiffIds: base?.layers ?? null,
    baseImage: options.baseImage ?? null,
  });
  if (analysis.engineSizeBytes !== null && analysis.engineSizeBytes !== analysis.sizeBytes) {
    log.info(
      `the engine reports ${analysis.engineSizeBytes} bytes, counted in a way the content cannot reproduce (another image store?); shipshape reports the unpacked size, ${analysis.sizeBytes} bytes`,
    );
  }
  log.info(
    `${formatBytes(analysis.sizeBytes)} uncompressed in ${analysis.layerCount} layers (${analysis.contentLayerCount} add content)`,
  );
  return analysis;
}
