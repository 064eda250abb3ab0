// From a resolved archive (and what the engine and the Dockerfile say) to the figures the report
// shows. Pure: no process, no file, so every rule here is unit-tested on synthetic archives.
import { formatBytes } from '../units.js';
import { layerHistoryIndexes, platformOf, summarizeConfig } from './config.js';
import type { DockerfileStep, StageChain } from '../dockerfile/stages.js';
import { alignHistory } from './history.js';
import { layerKey, readableCreatedBy } from '../dockerfile/history-key.js';
import { replayLayers, type HiddenBytes } from './filesystem.js';
import { findJunk, JUNK_DESCRIPTIONS } from './junk.js';
import type { ImageStore } from '../engine.js';
import { payloadBytes } from './layer.js';
import type { ResolvedImage } from './resolve.js';
import type {
  ImageAnalysis,
  JunkFinding,
  LayerAnalysis,
  LayerOrigin,
  LayerRef,
  WastedPath,
} from './types.js';

export interface EngineFacts {
  /** The reference the engine knows the image by (`docker image inspect` .Id); null if unknown. */
  imageId?: string | null;
  /** The size the engine reports for the image (`docker image inspect` .Size); null if unknown. */
  sizeBytes: number | null;
  /** The image store that size comes from, which decides what it counts. */
  store?: ImageStore | null;
  /** The base image's diff IDs, when the base is present in the engine. */
  baseDiffIds: readonly string[] | null;
  baseImage: string | null;
}

export const NO_ENGINE_FACTS: EngineFacts = {
  imageId: null,
  sizeBytes: null,
  store: null,
  baseDiffIds: null,
  baseImage: null,
};

const TOP_WASTE = 20;

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

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Per-layer compressed sizes, in layer order, and where they came from. */
export interface CompressedFacts {
  source: 'stored' | 'registry' | 'computed';
  layers: { sizeBytes: number | null; digest: string | null }[];
}

export interface AnalyseInput {
  engine?: EngineFacts;
  /** The Dockerfile's stage chain for the built target; null when no Dockerfile is known. */
  chain?: StageChain | null;
  compressed?: CompressedFacts | null;
}

export function analyse(resolved: ResolvedImage, input: AnalyseInput = {}): ImageAnalysis {
  const engine = input.engine ?? NO_ENGINE_FACTS;
  const chain = input.chain ?? null;
  const history = resolved.config.history ?? [];
  const historyIndex = layerHistoryIndexes(history, resolved.layers.length);
  const alignment = chain ? alignHistory(history, chain.steps) : null;
  const stepOf = (index: number): DockerfileStep | null => {
    const h = historyIndex[index];
    return h == null || !alignment ? null : (alignment.steps[h] ?? null);
  };

  // Base layers: by the base image's diff IDs when the engine has it; else by the history
  // entries that come before this Dockerfile's own; a chain FROM scratch has none.
  const diffIds = resolved.layers.map((l) => l.diffId);
  let baseCount: number | null = engine.baseDiffIds ? baseLayerCount(diffIds, engine.baseDiffIds) : null;
  let baseMatchedBy: ImageAnalysis['baseMatchedBy'] = baseCount === null ? null : 'diff-ids';
  if (baseCount === null && chain?.baseImage === 'scratch') {
    baseCount = 0;
    baseMatchedBy = 'history';
  } else if (baseCount === null && alignment?.baseEntries != null && !historyIndex.includes(null)) {
    const baseEntries = alignment.baseEntries;
    baseCount = historyIndex.filter((h) => h! < baseEntries).length;
    baseMatchedBy = 'history';
  }

  const fs = replayLayers(resolved.layers.map((l) => l.scan.entries));
  const wasted = new Array<number>(resolved.layers.length).fill(0);
  const hides = new Array<number>(resolved.layers.length).fill(0);
  for (const h of fs.hidden) {
    wasted[h.writtenBy]! += h.bytes;
    hides[h.hiddenBy]! += h.bytes;
  }

  const layers: LayerAnalysis[] = resolved.layers.map(({ diffId, scan }, index) => {
    const origin: LayerOrigin = baseCount === null ? 'unknown' : index < baseCount ? 'base' : 'own';
    const h = historyIndex[index];
    const step = stepOf(index);
    const createdBy = h == null ? null : (history[h]?.created_by ?? null);
    return {
      index,
      diffId,
      sizeBytes: payloadBytes(scan.entries),
      tarBytes: scan.tarBytes,
      entryCount: scan.entries.length,
      addsContent: scan.entries.length > 0,
      createdBy,
      line: step?.line ?? null,
      instruction: step?.text ?? (createdBy ? readableCreatedBy(createdBy) : null),
      instructionKey: layerKey(createdBy, step?.key ?? null),
      stage: step?.stage ?? null,
      fromBase: origin === 'base',
      origin,
      wastedBytes: wasted[index]!,
      hidesBytes: hides[index]!,
      compressedSizeBytes: input.compressed?.layers[index]?.sizeBytes ?? null,
      digest: input.compressed?.layers[index]?.digest ?? null,
    };
  });
  const compressedKnown = layers.every((l) => l.compressedSizeBytes !== null);
  const compressedSizeBytes =
    input.compressed && compressedKnown ? sum(layers.map((l) => l.compressedSizeBytes!)) : null;

  const ref = (index: number): LayerRef => {
    const l = layers[index]!;
    return { layer: index, line: l.line, instruction: l.instruction, stage: l.stage };
  };
  const waste = topWaste(fs.hidden, ref);
  const keywords = layers.map((_, i) => stepOf(i)?.keyword ?? null);
  const junk: JunkFinding[] = findJunk(fs.visible(), keywords).map((g) => ({
    kind: g.kind,
    description: JUNK_DESCRIPTIONS[g.kind],
    path: g.paths[0] ?? '',
    paths: g.paths,
    bytes: g.bytes,
    files: g.files,
    layer: ref(g.layer),
    line: layers[g.layer]!.line,
    fromBase: layers[g.layer]!.fromBase,
  }));

  const sizeBytes = sum(layers.map((l) => l.sizeBytes));
  const baseBytes =
    baseCount === null ? null : sum(layers.filter((l) => l.origin === 'base').map((l) => l.sizeBytes));
  return {
    id: engine.imageId ?? resolved.id,
    configDigest: resolved.id,
    manifestDigest: resolved.manifestDigest,
    sizeBytes,
    engineSizeBytes: engine.sizeBytes,
    engineStore: engine.sizeBytes === null ? null : (engine.store ?? null),
    compressedSizeBytes,
    compressedSource: compressedSizeBytes === null ? null : input.compressed!.source,
    layerCount: layers.length,
    contentLayerCount: layers.filter((l) => l.addsContent).length,
    reclaimableBytes: sum(fs.hidden.map((h) => h.bytes)),
    layers,
    ownBytes: baseBytes === null ? null : sizeBytes - baseBytes,
    baseBytes,
    baseImage: baseCount === null ? null : (engine.baseImage ?? chain?.baseImage ?? null),
    baseMatchedBy,
    config: summarizeConfig(resolved.config.config),
    platform: platformOf(resolved.config),
    source: resolved.format,
    waste,
    junk,
    junkBytes: sum(junk.map((j) => j.bytes)),
    biggestContributor: biggestContributor(layers, baseBytes, engine.baseImage ?? chain?.baseImage ?? null),
  };
}

function topWaste(hidden: readonly HiddenBytes[], ref: (index: number) => LayerRef): WastedPath[] {
  return [...hidden]
    .sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path))
    .slice(0, TOP_WASTE)
    .map((h) => {
      const written = ref(h.writtenBy);
      const removed = ref(h.hiddenBy);
      return {
        path: h.path,
        bytes: h.bytes,
        files: h.files,
        how: h.how,
        written,
        removed,
        writtenLine: written.line,
        removedLine: removed.line,
      };
    });
}

/** The one thing that adds the most bytes: the base image as a whole, or one of the own layers. */
export function biggestContributor(
  layers: readonly LayerAnalysis[],
  baseBytes: number | null,
  baseImage: string | null,
): string | null {
  const candidates = layers.filter((l) => l.origin !== 'base' && l.sizeBytes > 0);
  const top = candidates.reduce<LayerAnalysis | null>(
    (best, l) => (!best || l.sizeBytes > best.sizeBytes ? l : best),
    null,
  );
  if (baseBytes !== null && baseBytes > 0 && (!top || baseBytes >= top.sizeBytes)) {
    return `the base image${baseImage ? ` ${baseImage}` : ''}: ${formatBytes(baseBytes)}`;
  }
  if (!top) return null;
  const what = top.instruction ?? `layer ${top.index + 1}`;
  return `${what}${top.line !== null ? ` (line ${top.line})` : ''}: ${formatBytes(top.sizeBytes)}`;
}
