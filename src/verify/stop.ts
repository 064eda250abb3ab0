// Stopping the container the way an orchestrator does (its STOPSIGNAL, a wait, then SIGKILL), what
// a slow or forced stop means, and how the run ended: a clean stop or the app's own exit.
import os from 'node:os';
import type { ProcessEvidence } from '../types.js';
import type { Check } from './check.js';
import { removedByCleanup } from './container.js';
import type { ImageRunConfig, ParsedState } from './inspect.js';
import type { SignalMasks } from './top.js';
import type { StopResult } from './types.js';
import { isCleanStop } from './verdict.js';

const STOP_POLL_MS = 25;
/** How long a container killed with SIGKILL gets to be seen stopped. */
const KILL_WAIT_MS = 10_000;

/** The image's STOPSIGNAL, as `docker kill --signal` takes it; SIGTERM when unset. */
export function stopSignal(configured: string | null | undefined): string {
  return configured?.trim() || 'SIGTERM';
}

/**
 * Advice when PID 1 had to be killed. A shell as PID 1 (shell-form ENTRYPOINT/CMD) does not pass
 * signals on, and any PID 1 without a handler ignores SIGTERM, because the kernel gives PID 1 no
 * default signal actions: an init (tini, dumb-init, `docker run --init`) fixes both.
 */
export function stopAdvice(signal: string, timeoutMs: number, pid1: ProcessEvidence | undefined): string {
  const command = pid1?.command ?? '';
  const shell = /^(\S*\/)?(sh|bash|ash|dash)(\s|$)/.test(command);
  const who = pid1 ? `PID 1 (\`${command}\`)` : 'PID 1';
  const why = shell
    ? 'a shell as PID 1 (shell-form ENTRYPOINT/CMD) does not forward signals to the app'
    : 'a process running as PID 1 gets no default signal handling from the kernel, so without its own handler it ignores SIGTERM';
  return (
    `${who} did not exit within ${timeoutMs} ms of ${signal} and had to be killed: ${why}. ` +
    'Use the exec form (`ENTRYPOINT ["app"]`) and put an init in front of the app: ' +
    '`ENTRYPOINT ["tini", "--", "app"]` (Debian package `tini`) or run with `docker run --init`.'
  );
}

/**
 * The number of a stop signal as `STOPSIGNAL` or `docker kill --signal` take it ("SIGTERM",
 * "TERM", "15"); null when it is not one this platform knows.
 */
export function signalNumber(signal: string): number | null {
  const text = signal.trim().toUpperCase();
  if (/^\d+$/.test(text)) return Number(text);
  const name = (text.startsWith('SIG') ? text : `SIG${text}`) as NodeJS.Signals;
  return os.constants.signals[name] ?? null;
}

/**
 * Whether a `ps` signal mask (CAUGHT or BLOCKED: hex, bit n-1 for signal n) has `signo`; null
 * when the mask cannot be read.
 */
export function maskHas(mask: string, signo: number): boolean | null {
  const hex = mask.trim();
  if (!/^[0-9a-fA-F]{1,16}$/.test(hex) || signo < 1 || signo > 64) return null;
  return ((BigInt(`0x${hex}`) >> BigInt(signo - 1)) & 1n) === 1n;
}

/**
 * Whether PID 1 receives `signo` at all. The kernel drops a signal sent to a container's PID 1
 * unless PID 1 has a handler for it or blocks it to wait for it; SIGKILL and SIGSTOP always
 * arrive. While a process sleeps in sigtimedwait (tini, dumb-init) the kernel shows a mask without
 * the awaited signals, so that wait counts as receiving. null when the masks cannot be read.
 */
export function receivesSignal(masks: SignalMasks | null, signo: number): boolean | null {
  if (signo === 9 || signo === 19) return true;
  if (!masks) return null;
  if (masks.wchan.startsWith('do_sigtimedwait')) return true;
  const caught = maskHas(masks.caught, signo);
  const blocked = maskHas(masks.blocked, signo);
  if (caught === null || blocked === null) return null;
  return caught || blocked;
}

/**
 * Whether the stop signal caused an exit that followed it. A signal PID 1 does not receive (see
 * receivesSignal) did nothing, so the exit was the app's own. With one (or when that is unknown), an app that
 * obeys exits 0 or dies of the signal (128 + its number); any other code is the app's own exit.
 */
export function exitCausedBySignal(
  exitCode: number | null,
  signo: number | null,
  handled: boolean | null,
): boolean {
  if (handled === false) return false;
  if (exitCode === 0) return true;
  return exitCode !== null && signo !== null && exitCode === 128 + signo;
}

/**
 * Stops the container under test if it still runs (`state`: its state after the observation),
 * then records how the run ended: a clean stop on the signal, or the app's own exit.
 */
export async function stopContainer(check: Check, config: ImageRunConfig, state: ParsedState): Promise<void> {
  const { container } = check;
  let stop: StopResult | null = null;
  if (state.running) {
    stop = await check.timed('stop', () => sendStopSignal(check, config));
    state = await container.state();
  }
  if (removedByCleanup(container.name)) {
    // The engine may still show the container as exited while `docker rm -f` finishes: that
    // exit was shipshape's own cancellation, not the app's.
    throw new Error('its container was removed because shipshape was cancelled');
  }
  check.recordExitCode(state.exitCode);
  if (isCleanStop(stop)) {
    check.recordStop(stop);
  } else {
    check.recordExit(state, stop, await check.timed('logs', () => container.logTail()));
  }
  check.recordState(state);
}

/** Sends the image's stop signal, waits up to the check's stop timeout, then kills. */
async function sendStopSignal(check: Check, config: ImageRunConfig): Promise<StopResult> {
  const { container, deadline, stopTimeoutMs: timeoutMs } = check;
  const containerPid = check.seen.containerPid;
  const signal = stopSignal(config.stopSignal);
  const signo = signalNumber(signal);
  const handled =
    signo === null || !containerPid ? null : receivesSignal(await container.signalMasks(containerPid), signo);
  const started = Date.now();
  const kill = await deadline.docker(['kill', '--signal', signal, container.name], { allowFailure: true });
  if (kill.code !== 0) {
    const state = await container.state();
    if (!state.running) {
      // It exited between the last look and the signal: the signal was never delivered.
      return {
        signal,
        signalled: false,
        handled,
        exitedOnSignal: false,
        killed: false,
        ms: 0,
        timeoutMs,
        exitCode: state.exitCode,
        advice: null,
      };
    }
  }
  // The engine refused the signal and the container still runs: whatever follows was not the
  // app's answer to it, so no stop verdict or init advice is drawn from it.
  const signalled = kill.code === 0;
  let state = await container.waitStopped(timeoutMs, STOP_POLL_MS);
  const ms = Date.now() - started;
  if (!state.running) {
    return {
      signal,
      signalled,
      handled,
      exitedOnSignal: signalled && exitCausedBySignal(state.exitCode, signo, handled),
      killed: false,
      ms,
      timeoutMs,
      exitCode: state.exitCode,
      advice: null,
    };
  }
  await deadline.docker(['kill', '--signal', 'SIGKILL', container.name], { allowFailure: true });
  state = await container.waitStopped(KILL_WAIT_MS, STOP_POLL_MS);
  return {
    signal,
    signalled,
    handled,
    exitedOnSignal: false,
    killed: true,
    ms: Date.now() - started,
    timeoutMs,
    exitCode: state.exitCode,
    advice: signalled ? stopAdvice(signal, timeoutMs, check.pid1()) : null,
  };
}
