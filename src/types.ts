// The shapes that flow between shipshape's stages. Every stage reads these and returns its own;
// nothing flows backwards. `null` always means "not measured", never zero.

export type Severity = 'error' | 'warning' | 'info' | 'style';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'style'];

/** One lint finding, as it appears in the JSON report and the lint JSON output. */
export interface Finding {
  rule: string;
  aliases: string[];
  severity: Severity;
  /** Path as given to the linter (repo-relative in the action). */
  file: string;
  line: number;
  column: number;
  endLine: number;
  message: string;
  docs: string;
}

export interface LintError {
  message: string;
  line: number;
}

export interface LintFileResult {
  file: string;
  findings: Finding[];
  errors: LintError[];
}

/** What the build stage is asked to do; filled from action inputs, CLI flags or config. */
export interface BuildRequest {
  file: string;
  context: string;
  target: string | null;
  buildArgs: string[];
  tags: string[];
  labels: string[];
  platforms: string[];
  push: boolean;
  load: boolean;
  pull: boolean;
  noCache: boolean;
  builder: string | null;
  cacheFrom: string[];
  cacheTo: string[];
  network: string | null;
  secrets: string[];
}

/** A request with docker's own defaults (load, no push, no cache options) and the given changes. */
export function buildRequest(overrides: Partial<BuildRequest> = {}): BuildRequest {
  return {
    file: 'Dockerfile',
    context: '.',
    target: null,
    buildArgs: [],
    tags: [],
    labels: [],
    platforms: [],
    push: false,
    load: false,
    pull: false,
    noCache: false,
    builder: null,
    cacheFrom: [],
    cacheTo: [],
    network: null,
    secrets: [],
    ...overrides,
  };
}

export interface BuildResult {
  /**
   * The reference the engine knows the image by: the config digest on the classic image store,
   * the manifest (or index) digest on the containerd image store.
   */
  imageId: string;
  /** sha256 of the image config (the classic store's image ID); null when buildx did not say. */
  configDigest: string | null;
  /** Digest of the manifest or index BuildKit exported; null when buildx did not say. */
  manifestDigest: string | null;
  /** The engine's image store, which decides what imageId is. */
  imageStore: 'containerd' | 'classic';
  /** Registry digest of the pushed manifest; null when not pushed. */
  digest: string | null;
  tags: string[];
  durationMs: number;
  /** Steps BuildKit reported as cached, out of all steps it ran; null when not reported. */
  cachedSteps: number | null;
  totalSteps: number | null;
  /** Cache sources actually used, and warnings about cache that cannot work. */
  cacheFrom: string[];
  cacheTo: string[];
  warnings: string[];
}

export interface LayerInfo {
  /** Uncompressed diff ID (sha256 of the layer tar). */
  diffId: string;
  sizeBytes: number;
  /** The instruction that created the layer, from the image history; null when unknown. */
  createdBy: string | null;
  /** Dockerfile line of that instruction, when it could be mapped; null otherwise. */
  line: number | null;
  fromBase: boolean;
}

export interface ImageConfigSummary {
  user: string;
  entrypoint: string[] | null;
  cmd: string[] | null;
  exposedPorts: string[];
  /** Names only: values can be secrets and never enter a report. */
  envNames: string[];
  labels: Record<string, string>;
  workingDir: string;
  healthcheck: string[] | null;
}

export interface ImageMetrics {
  /** The reference the engine knows the image by (`docker image inspect <id>` works on both stores). */
  id: string;
  /** sha256 of the image config: the same on both image stores. */
  configDigest: string;
  /** Digest of the image manifest, when the image was read from an OCI layout; else null. */
  manifestDigest: string | null;
  /**
   * Uncompressed payload: the bytes of the regular files in every layer tar. Read from the content,
   * so it is the same number on both image stores.
   */
  sizeBytes: number;
  compressedSizeBytes: number | null;
  /**
   * Where the compressed figure came from: `stored`, the gzip blobs the containerd store keeps
   * (exact); `registry`, the pushed manifest (exact); `computed`, gzip run here (an estimate).
   */
  compressedSource: 'stored' | 'registry' | 'computed' | null;
  layerCount: number;
  reclaimableBytes: number | null;
  layers: LayerInfo[];
  config: ImageConfigSummary;
  platform: string;
}

/** Where a verdict came from: only processes observed from the host give one. */
export type UidSource = 'runtime';

export interface ProcessEvidence {
  pid: number;
  command: string;
  /** real, effective, saved, filesystem */
  uids: [number, number, number, number];
  gids: [number, number, number, number];
  observedAt: 'start' | 'settled';
}

export interface RuntimeVerdict {
  /** The configured user string (Config.User or the `user` input); "" when none is set. */
  user: string;
  uid: number | null;
  /** true/false once proven; null when it could not be established. */
  nonRoot: boolean | null;
  source: UidSource | null;
  evidence: {
    processes: ProcessEvidence[];
    exitCode: number | null;
    notes: string[];
  };
}

export type Status = 'pass' | 'warn' | 'fail';

/**
 * What a budget check measured: one figure against one tier's limit. It says whether the figure is
 * over, within, or could not be held against the limit; what that means is decided by evaluate.
 */
export interface BudgetCheck {
  name: string;
  /** Human-readable limit, e.g. "200 MB". */
  limit: string;
  limitValue: number;
  actual: number | null;
  level: 'warn' | 'fail';
  outcome: 'over' | 'within' | 'unchecked';
  message: string;
}

/** A budget check as the report records it, with the status evaluate gave it. */
export interface BudgetResult {
  name: string;
  limit: string;
  limitValue: number;
  actual: number | null;
  level: 'warn' | 'fail';
  status: Status;
  message: string;
}

/** The stages after lint that can fail without ending the run: the report still tells what was seen. */
export type FailedStage = 'measure' | 'verify' | 'baseline' | 'comment';

/** A stage that could not finish, and why (its error's first line). */
export interface StageFailure {
  stage: FailedStage;
  message: string;
}

export interface Reason {
  status: Exclude<Status, 'pass'>;
  code: string;
  message: string;
}
