// Thin measure for the walking skeleton: the engine's own figures for size and layers, and the
// image config. The streamed, store-independent analysis (per-layer table, waste, junk,
// compressed size) replaces this; until then those figures are null or empty, never guessed.
import { docker } from '../exec.js';
import type { Logger } from '../log.js';
import type { ImageConfigSummary, ImageMetrics } from '../types.js';

export type ImageAnalysis = ImageMetrics;

export interface MeasureOptions {
  log: Logger;
  dockerfile?: { path: string; text: string };
  baseImage?: string | null;
  timeoutMs?: number;
}

interface InspectedImage {
  Id: string;
  Size: number;
  Os: string;
  Architecture: string;
  Variant?: string;
  RootFS: { Layers?: string[] };
  Config: {
    User?: string;
    Entrypoint?: string[] | null;
    Cmd?: string[] | null;
    ExposedPorts?: Record<string, unknown> | null;
    Env?: string[] | null;
    Labels?: Record<string, string> | null;
    WorkingDir?: string;
    Healthcheck?: { Test?: string[] } | null;
  };
}

export function summarizeConfig(config: InspectedImage['Config']): ImageConfigSummary {
  return {
    user: config.User ?? '',
    entrypoint: config.Entrypoint ?? null,
    cmd: config.Cmd ?? null,
    exposedPorts: Object.keys(config.ExposedPorts ?? {}),
    envNames: (config.Env ?? []).map((e) => e.split('=')[0]!),
    labels: config.Labels ?? {},
    workingDir: config.WorkingDir ?? '',
    healthcheck: config.Healthcheck?.Test ?? null,
  };
}

export async function measureImage(image: string, options: MeasureOptions): Promise<ImageAnalysis> {
  const { stdout } = await docker(['image', 'inspect', image], { timeoutMs: options.timeoutMs ?? 60_000 });
  const [info] = JSON.parse(stdout) as InspectedImage[];
  if (!info) throw new Error(`docker image inspect ${image} returned nothing`);
  const layers = info.RootFS.Layers ?? [];
  options.log.info(`${layers.length} layers, ${info.Size} bytes uncompressed`);
  return {
    id: info.Id,
    sizeBytes: info.Size,
    compressedSizeBytes: null,
    compressedSource: null,
    layerCount: layers.length,
    reclaimableBytes: null,
    layers: [],
    config: summarizeConfig(info.Config),
    platform: [info.Os, info.Architecture, info.Variant].filter(Boolean).join('/'),
  };
}
