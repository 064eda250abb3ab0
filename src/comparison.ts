// What a comparison is made of (a Snapshot of each side) and what it gives (Deltas), whatever the
// baseline came from (a base-branch report, a registry image, a rebuild of the merge-base, or only
// the base version of the Dockerfile). `null` = not known. A leaf: the registry client, measure,
// baseline and report all read these types, and this module imports none of theirs.
import type { DockerfileModel } from './dockerfile/model.js';
import type { Finding } from './types.js';

export type BaselineMode = 'auto' | 'report' | 'image' | 'rebuild' | 'none';
export const BASELINE_MODES: readonly BaselineMode[] = ['auto', 'report', 'image', 'rebuild', 'none'];

/** Where the figures came from; `lint-only` = no image figures, only the base Dockerfile's findings. */
export type BaselineSource = 'report' | 'image' | 'rebuild' | 'lint-only';

/** How a compressed size was had: blobs as stored or pushed (exact), or gzipped here (computed). */
export type CompressedSource = 'stored' | 'registry' | 'computed';

/** One layer of an image, reduced to what comparisons need. */
export interface LayerFacts {
  /** 1-based position in the image, for a layer nothing else can name. */
  position: number;
  /** sha256 of the uncompressed tar; equal diff IDs are equal content. */
  diffId: string | null;
  /** Digest of the compressed blob in a registry, when known. */
  digest: string | null;
  sizeBytes: number | null;
  compressedSizeBytes: number | null;
  /** The history's created_by for the layer, e.g. "RUN /bin/sh -c apt-get update # buildkit". */
  createdBy: string | null;
  /** The Dockerfile instruction as written, when the layer was aligned to one. */
  instruction: string | null;
  /** What made the layer in one spelling (src/dockerfile/history-key.ts); layers are matched by it. */
  instructionKey: string | null;
  line: number | null;
  stage: string | null;
  fromBase: boolean;
}

export interface ImageFacts {
  sizeBytes: number | null;
  compressedSizeBytes: number | null;
  /** How compressedSizeBytes was had; null when it was not, or an old report does not say. */
  compressedSource: CompressedSource | null;
  layerCount: number | null;
  reclaimableBytes: number | null;
  layers: LayerFacts[];
  user: string | null;
  platform: string | null;
}

export interface RuntimeFactsSummary {
  user: string;
  uid: number | null;
  nonRoot: boolean | null;
}

export interface CacheFacts {
  cachedSteps: number | null;
  totalSteps: number | null;
}

/** Everything one side of a comparison offers. The head side is built from the current report. */
export interface Snapshot {
  image: ImageFacts | null;
  /** The findings and the Dockerfile they were made on (parsed; null when the text is unknown). */
  lint: { findings: Finding[]; dockerfile: DockerfileModel | null } | null;
  runtime: RuntimeFactsSummary | null;
  cache: CacheFacts | null;
}

/** A baseline as loaded by src/baseline/sources.ts. */
export interface Baseline {
  source: BaselineSource;
  /** What was asked for (`auto` resolves to one of the others). */
  requested: BaselineMode;
  /** Report path, image reference or commit, as a human would recognise it. */
  ref: string;
  /** One sentence for the comment and the log, e.g. "report from main (abc1234)". */
  description: string;
  snapshot: Snapshot;
  /** Why image figures cannot be compared (e.g. the registry has no image for this platform). */
  refused?: string | null;
  /** See ReportBaseline.otherKey. */
  otherKey?: string | null;
  /** Steps taken and things skipped on the way (which sources were tried and why they were passed over). */
  notes: string[];
}

/** What the report records about the baseline (no snapshot: the deltas carry what matters). */
export interface ReportBaseline {
  source: BaselineSource;
  requested: BaselineMode;
  ref: string;
  description: string;
  platform: string | null;
  /** Set when the image deltas were refused (e.g. platforms differ); lint deltas may still be given. */
  refused: string | null;
  /**
   * The baseline report's key when it is not this report's: the only report found, compared
   * anyway, so the baseline may be another image (the comment says so). null otherwise.
   */
  otherKey: string | null;
  notes: string[];
}

export interface FigureDelta {
  base: number;
  head: number;
  change: number;
  /** Change as a percentage of the base, one decimal; null when the base is 0. */
  percent: number | null;
}

/** The instruction of the base image's layers, counted as one row. */
export const BASE_IMAGE_ROW = '(base image)';

export interface InstructionDelta {
  /**
   * The instruction as the head's Dockerfile writes it (else the base's, else the history's
   * created_by); "(base image)" for the base's layers; "layer N: <created_by>" for a layer that
   * neither a Dockerfile nor a history names.
   */
  instruction: string;
  stage: string | null;
  /** Line in the head's Dockerfile (null when the instruction was removed). */
  line: number | null;
  baseLine: number | null;
  /** 1-based layer position in the head image and in the base image; null on the side without it. */
  layer: number | null;
  baseLayer: number | null;
  /** null = the instruction is not on that side. */
  baseBytes: number | null;
  headBytes: number | null;
  change: number;
  kind: 'added' | 'removed' | 'grown' | 'shrunk' | 'unchanged';
}

export interface PullDelta {
  /** Bytes of the head's layers that a host holding the base must still download. */
  bytes: number;
  layers: number;
  /** `compressed` when every new layer's compressed size is known (what a pull downloads). */
  basis: 'compressed' | 'uncompressed';
  /**
   * `digest`: blobs counted by digest on both sides, as a pull fetches them (exact); `diff-id`:
   * by content, when a side has no blob digests (its compressed sizes were computed here).
   */
  by: 'digest' | 'diff-id';
}

/** The compressed size's change, with whether both sides were had the same way. */
export interface CompressedDelta extends FigureDelta {
  /**
   * `exact`: both sides are gzip blobs as stored or pushed; `computed`: both were gzipped here
   * the same way; `mixed`: one of each, so the change is approximate (`approximate` says why).
   */
  basis: 'exact' | 'computed' | 'mixed';
  /** Why the change is only approximate; null when both sides were had like for like. */
  approximate: string | null;
}

export interface LintDelta {
  new: Finding[];
  fixed: Finding[];
  unchanged: number;
}

export type RuntimeChange = 'became-root' | 'became-non-root' | 'user-changed' | 'unchanged' | 'unproven';

export interface RuntimeDelta {
  base: RuntimeFactsSummary;
  head: RuntimeFactsSummary;
  change: RuntimeChange;
}

export interface CacheDelta {
  /** Share of build steps taken from cache, 0..1; null when not reported. */
  baseRate: number | null;
  headRate: number | null;
  headCachedSteps: number | null;
  headTotalSteps: number | null;
}

export interface Deltas {
  size: FigureDelta | null;
  compressedSize: CompressedDelta | null;
  layers: FigureDelta | null;
  reclaimable: FigureDelta | null;
  newPull: PullDelta | null;
  /** Every instruction on either side, largest absolute change first. */
  instructions: InstructionDelta[];
  lint: LintDelta | null;
  runtime: RuntimeDelta | null;
  cache: CacheDelta | null;
  /** Why image figures were not compared (e.g. the platforms differ); null when they were. */
  refused: string | null;
}
