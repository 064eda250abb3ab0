// The report: one versioned document per Dockerfile/target/platform. Public contract
// (docs/schema/report.schema.json): extend it, never break it. `null` means "not measured".
import type { Deltas, ReportBaseline } from '../comparison.js';
import type { ImageAnalysis } from '../measure/types.js';
import type { RuntimeReport } from '../verify/types.js';
import type { BudgetResult, Finding, LintError, Reason, Status } from '../types.js';

export type { Deltas, ReportBaseline };

export const REPORT_VERSION = 1 as const;

export interface ReportSubject {
  dockerfile: string;
  context: string;
  target: string | null;
  platform: string | null;
}

/** The figures every report has carried since version 1 (the schema requires them). */
type ImageFigures =
  'id' | 'sizeBytes' | 'compressedSizeBytes' | 'compressedSource' | 'layerCount' | 'reclaimableBytes';

/**
 * The image as the measure stage measured it (ImageAnalysis, field for field). The detail beyond
 * the figures is optional only because a report read back from disk may come from a version that
 * did not record it yet; this run's report always has all of it.
 */
export type ReportImage = Pick<ImageAnalysis, ImageFigures> & Partial<Omit<ImageAnalysis, ImageFigures>>;

export interface ReportBuild {
  ok: boolean;
  /** The reference the engine knows the image by (manifest digest on containerd, config digest on classic). */
  imageId: string | null;
  configDigest: string | null;
  manifestDigest: string | null;
  imageStore: 'containerd' | 'classic' | null;
  digest: string | null;
  durationMs: number | null;
  cachedSteps: number | null;
  totalSteps: number | null;
  /** Each Dockerfile step as BuildKit ran it, with its line and whether it came from cache. */
  steps: { name: string; instruction: string | null; line: number | null; cached: boolean }[];
  warnings: string[];
  error: { message: string; line: number | null; instruction: string | null; logTail: string | null } | null;
}

/** The verdict every report has carried since version 1 (the schema requires it). */
type RuntimeVerdictFields = 'user' | 'uid' | 'nonRoot' | 'source' | 'evidence';

/** The runtime check as the verify stage ran it (RuntimeReport), detail optional as for the image. */
export type ReportRuntime = Pick<RuntimeReport, RuntimeVerdictFields> &
  Partial<Omit<RuntimeReport, RuntimeVerdictFields>>;

export interface ReportContext {
  repository: string | null;
  pullRequest: number | null;
  /** The commit the Dockerfile was read from (the PR head when known). */
  sha: string | null;
}

export interface Report {
  version: typeof REPORT_VERSION;
  tool: { name: 'shipshape'; version: string };
  generatedAt: string;
  /** Identifies the comment and the baseline this report pairs with. */
  key: string;
  subject: ReportSubject;
  status: Status;
  reasons: Reason[];
  image: ReportImage | null;
  build: ReportBuild | null;
  runtime: ReportRuntime | null;
  lint: {
    findings: Finding[];
    errors: LintError[];
    /** The Dockerfile as linted, so a later run can match findings by instruction, not line. */
    dockerfileText?: string | null;
  };
  budgets: BudgetResult[];
  /** What this report was compared with; null when there was no baseline (first adoption). */
  baseline: ReportBaseline | null;
  /** Differences against the baseline; null without one. */
  deltas: Deltas | null;
  /** Where the report was made, so a later `mode: post` job can comment on the right pull request. */
  context?: ReportContext;
  /** Milliseconds per stage; null for a stage that did not run. */
  timings: Record<'lint' | 'build' | 'measure' | 'verify', number | null> & { baseline?: number | null };
}
