// The measure stage's own shapes. `ImageAnalysis` extends the shared `ImageMetrics`, so the rest
// of the pipeline reads the common figures and the report carries the detail as is.
import type { ImageMetrics, LayerInfo } from '../types.js';

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
}

export interface ImageAnalysis extends ImageMetrics {
  layers: LayerAnalysis[];
  /**
   * What the engine itself reports as the image size (null when not asked or not there). Equal to
   * sizeBytes whenever the engine's count could be reproduced from the content (see docs/measure.md).
   */
  engineSizeBytes: number | null;
  /** Layers whose diff is not empty. */
  contentLayerCount: number;
  /** Bytes of the layers that are not the base image's; null when the base is not known. */
  ownBytes: number | null;
  baseBytes: number | null;
  /** The base image the layers were matched against, as named; null when none was. */
  baseImage: string | null;
  /** Which archive format the image was read from. */
  source: 'docker-archive' | 'oci-layout';
}
