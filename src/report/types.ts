// The report: one versioned document per Dockerfile/target/platform. Public contract
// (docs/schema/report.schema.json): extend it, never break it. `null` means "not measured".
import type { Deltas, ReportBaseline } from '../comparison.js';
import type { BudgetResult, Finding, LintError, Reason, Status } from '../types.js';

export type { Deltas, ReportBaseline };

export const REPORT_VERSION = 1 as const;

export interface ReportSubject {
  dockerfile: string;
  context: string;
  target: string | null;
  platform: string | null;
}

export interface ReportImage {
  id: string;
  sizeBytes: number | null;
  compressedSizeBytes: number | null;
  compressedSource: 'stored' | 'registry' | 'computed' | null;
  layerCount: number | null;
  reclaimableBytes: number | null;
  /** Further measured detail (layers, waste, junk, config) as the measure stage produced it. */
  [detail: string]: unknown;
}

export interface ReportBuild {
  ok: boolean;
  imageId: string | null;
  digest: string | null;
  durationMs: number | null;
  cachedSteps: number | null;
  totalSteps: number | null;
  /** Each Dockerfile step as BuildKit ran it, with its line and whether it came from cache. */
  steps: { name: string; instruction: string | null; line: number | null; cached: boolean }[];
  warnings: string[];
  error: { message: string; line: number | null; instruction: string | null; logTail: string | null } | null;
}

export interface ReportRuntime {
  user: string;
  uid: number | null;
  nonRoot: boolean | null;
  source: 'runtime' | 'static' | null;
  evidence: unknown;
  [detail: string]: unknown;
}

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
