// SIGINT/SIGTERM for both front doors: stop every child, remove every temporary folder (secrets
// first) and every container at once, then let the run unwind so it can say which stage was
// cancelled. A second signal, or a run that does not unwind in time, exits at once.
import { killAllChildren } from './exec.js';
import { removeAllTempDirsNow } from './tempdir.js';
import { cleanupAll } from './verify/index.js';

/** A run stopped by SIGINT/SIGTERM; `stage` is the one that was in progress. */
export class RunCancelled extends Error {
  override name = 'RunCancelled';
  constructor(readonly stage: string) {
    super(`cancelled during the ${stage} stage`);
  }
}

/** How long the run gets to unwind and report after the signal (the runner kills at 7.5 s). */
const UNWIND_MS = 5_000;

export interface Cancellation {
  /** Aborted on the first SIGINT/SIGTERM: hand it to the pipeline. */
  signal: AbortSignal;
  /** The signal received, or null. */
  received(): NodeJS.Signals | null;
  /** Resolves when the containers are removed (at once when no signal came). */
  cleanedUp(): Promise<void>;
  dispose(): void;
}

/**
 * Installs the handlers. `exitCode` is what the process exits with when it has to exit before the
 * run has unwound (a second signal or UNWIND_MS passed).
 */
export function installCancellation(exitCode: number): Cancellation {
  const controller = new AbortController();
  let received: NodeJS.Signals | null = null;
  let containers: Promise<void> = Promise.resolve();
  const onSignal = (signal: NodeJS.Signals) => {
    if (received) {
      removeAllTempDirsNow();
      process.exit(exitCode);
    }
    received = signal;
    controller.abort();
    // Children first (a build reading a secret file), so the folders can go before anything else.
    killAllChildren();
    removeAllTempDirsNow();
    containers = cleanupAll();
    setTimeout(() => {
      removeAllTempDirsNow();
      process.exit(exitCode);
    }, UNWIND_MS).unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    received: () => received,
    cleanedUp: async () => {
      await containers;
      removeAllTempDirsNow();
    },
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
