// The measure stage's own shapes. `ImageAnalysis` extends the shared `ImageMetrics`, so the rest
// of the pipeline reads the common figures and the report carries the detail as is.
import type { ImageMetrics, LayerInfo } from '../types.js';
import type { JunkKind } from './junk.js';

/** The image config document (OCI image config / Docker image JSON), the parts we read. */
export interface ImageConfigFile {
  architecture?: string;
  os?: string;
  variant?: string;
  config?: ContainerConfig | null;
  rootfs?: { type?: string; diff_ids?: string[] };
  history?: HistoryEntry[];
}

export interface ContainerConfig {
  User?: string;
  Entrypoint?: string[] | null;
  Cmd?: string[] | null;
  ExposedPorts?: Record<string, unknown> | null;
  Env?: string[] | null;
  Labels?: Record<string, string> | null;
  WorkingDir?: string;
  Healthcheck?: { Test?: string[] | null } | null;
}

export interface HistoryEntry {
  created?: string;
  created_by?: string;
  comment?: string;
  empty_layer?: boolean;
}

/** Where a layer came from: the base image (matched by diff ID), the user's own, or not known. */
export type LayerOrigin = 'base' | 'own' | 'unknown';

/** A layer as a reader knows it: by the Dockerfile instruction that made it. */
export interface LayerRef {
  layer: number;
  /** Dockerfile line; null when the layer is not from this Dockerfile (base image) or unknown. */
  line: number | null;
  /** The instruction as written in the Dockerfile, else as the history records it; null if neither. */
  instruction: string | null;
  stage: string | null;
}

export interface LayerAnalysis extends LayerInfo {
  /** Position in the image, 0 = bottom. */
  index: number;
  /** Bytes of the uncompressed layer tar (what `docker save` streams; more than sizeBytes). */
  tarBytes: number;
  /** Entries in the layer tar (files, directories, links, whiteouts). */
  entryCount: number;
  /** false for a layer whose diff is empty (no entries at all). */
  addsContent: boolean;
  origin: LayerOrigin;
  /** The Dockerfile instruction as written (see LayerRef.instruction); createdBy is the history's. */
  instruction: string | null;
  /**
   * What made the layer, in one spelling whether read from the Dockerfile or the history
   * (src/dockerfile/history-key.ts): baselines match layers to instructions by it.
   */
  instructionKey: string | null;
  stage: string | null;
  /** Bytes this layer wrote that a later layer deleted or overwrote. */
  wastedBytes: number;
  /** Bytes of earlier layers that this layer deleted or overwrote. */
  hidesBytes: number;
  /** gzip size of this layer: the registry's blob size, or computed; null when not measured. */
  compressedSizeBytes: number | null;
  /** The gzip blob's digest, when the compressed size came from the stored blobs or a registry manifest. */
  digest: string | null;
}

/** Bytes written by one instruction and hidden by a later one: reclaimable. */
export interface WastedPath {
  /** The file, or the directory whose content was removed at once. */
  path: string;
  bytes: number;
  files: number;
  how: 'deleted' | 'overwritten';
  written: LayerRef;
  removed: LayerRef;
  /** Shorthands of written.line / removed.line for flat renderers. */
  writtenLine: number | null;
  removedLine: number | null;
}

export interface JunkFinding {
  kind: JunkKind;
  description: string;
  /** The first place it was found; `paths` has up to five. */
  path: string;
  paths: string[];
  bytes: number;
  files: number;
  /** The layer that added it. */
  layer: LayerRef;
  line: number | null;
  fromBase: boolean;
}

export interface ImageAnalysis extends ImageMetrics {
  layers: LayerAnalysis[];
  /**
   * What the engine itself reports as the image size (`docker image inspect` .Size; null when not
   * asked or not there). Its meaning depends on `engineStore`: the unpacked layers on the classic
   * store, the stored content (compressed layers, manifest and config) on the containerd store.
   * sizeBytes is the store-independent figure (see docs/measure.md).
   */
  engineSizeBytes: number | null;
  /** The image store engineSizeBytes came from; null when there is no engine figure. */
  engineStore: 'containerd' | 'classic' | null;
  /** Layers whose diff is not empty. */
  contentLayerCount: number;
  /** Bytes of the layers that are not the base image's; null when the base is not known. */
  ownBytes: number | null;
  baseBytes: number | null;
  /** The base image the layers were matched against, as named; null when none was. */
  baseImage: string | null;
  /** How base layers were told apart: by the base image's diff IDs, or by aligning the history. */
  baseMatchedBy: 'diff-ids' | 'history' | null;
  /** Which archive format the image was read from. */
  source: 'docker-archive' | 'oci-layout';
  /** The largest reclaimable paths, biggest first (at most 20; reclaimableBytes covers all). */
  waste: WastedPath[];
  /** Junk visible in the final image, by kind and layer, biggest first. */
  junk: JunkFinding[];
  junkBytes: number;
  /** e.g. "RUN apt-get install … (line 4): 82 MB"; for budget messages. */
  biggestContributor: string | null;
}
