// The baseline stage as the pipeline sees it: load a baseline and compare. Holding the deltas
// against the budgets on change is evaluate's. A baseline that cannot be had is a note, never a
// failed run.
import type { Logger } from '../log.js';
import type { BuildRequest } from '../types.js';
import type { BaselineMode, Deltas, ReportBaseline, Snapshot } from '../comparison.js';
import { compare } from './compare.js';
import { describeBaseline, loadBaseline, type BaselineStages } from './sources.js';

export { compare } from './compare.js';
export { loadBaseline, type BaselineRequest, type BaselineStages } from './sources.js';
export {
  BASELINE_MODES,
  type BaselineMode,
  type Baseline,
  type Deltas,
  type ReportBaseline,
  type Snapshot,
} from '../comparison.js';

export interface BaselineOptions {
  mode: BaselineMode;
  reportPath: string | null;
  image: string | null;
  /** Base commit or branch; for pull requests the PR's base sha. */
  baseRef: string | null;
}

export const NO_BASELINE: BaselineOptions = { mode: 'none', reportPath: null, image: null, baseRef: null };

export interface BaselineStepInput {
  options: BaselineOptions;
  cwd: string;
  dockerfile: string;
  key: string;
  build: BuildRequest | null;
  head: Snapshot;
  headImageId: string | null;
  signal?: AbortSignal;
  /** The pipeline's lint, build and measure, to make a baseline the way the head was made. */
  stages: BaselineStages;
}

export interface BaselineStepResult {
  baseline: ReportBaseline | null;
  deltas: Deltas | null;
  /** The baseline had image figures to compare, or said why they could not be (refused). */
  imageCompared: boolean;
}

export const NOTHING_COMPARED: BaselineStepResult = { baseline: null, deltas: null, imageCompared: false };

export async function baselineStep(input: BaselineStepInput, log: Logger): Promise<BaselineStepResult> {
  if (input.options.mode === 'none') return NOTHING_COMPARED;
  let loaded;
  try {
    loaded = await loadBaseline(
      {
        ...input.options,
        cwd: input.cwd,
        dockerfile: input.dockerfile,
        key: input.key,
        platform: input.head.image?.platform ?? null,
        build: input.build,
        headImageId: input.headImageId,
        headCompressedSource: input.head.image?.compressedSource ?? null,
        signal: input.signal,
        stages: input.stages,
      },
      log,
    );
  } catch (e) {
    log.warning(`No baseline: ${(e as Error).message}`);
    return NOTHING_COMPARED;
  }
  if (!loaded) {
    log.info('No baseline to compare with (normal until the base branch has a report).');
    return NOTHING_COMPARED;
  }
  log.info(`Baseline: ${describeBaseline(loaded)}`);
  for (const n of loaded.notes) log.info(`baseline: ${n}`);
  const deltas = compare(loaded.snapshot, input.head);
  const refused = loaded.refused ?? deltas.refused;
  deltas.refused = refused;
  if (refused) log.warning(`Sizes and layers not compared with the baseline: ${refused}`);
  return {
    baseline: {
      source: loaded.source,
      requested: loaded.requested,
      ref: loaded.ref,
      description: loaded.description,
      platform: loaded.snapshot.image?.platform ?? null,
      refused,
      notes: loaded.notes,
    },
    deltas,
    imageCompared: loaded.snapshot.image !== null || refused !== null,
  };
}
