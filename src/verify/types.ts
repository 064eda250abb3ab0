// The verify stage's own result: the shared RuntimeVerdict plus the detail the report shows.
import type { RuntimeVerdict } from '../types.js';

export interface StepTiming {
  step: string;
  ms: number;
}

/** What the engine said about the container when we last looked. */
export interface ContainerState {
  status: string;
  running: boolean;
  exitCode: number | null;
  /** The engine's own error text, e.g. "exec: \"app\": executable file not found". */
  error: string | null;
  oomKilled: boolean;
}

export interface RuntimeReport extends RuntimeVerdict {
  image: string;
  /** The unique name the container ran under (already removed). */
  container: string;
  /** true once the engine accepted `docker run`; false when the container never started. */
  started: boolean;
  /** Last lines of the container's output, when it exited early or failed. */
  logTail: string | null;
  state: ContainerState | null;
  /** Wall-clock per step, in order, so the report can print where the time went. */
  timings: StepTiming[];
}
