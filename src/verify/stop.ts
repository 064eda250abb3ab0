// What a slow or forced stop means, for the report.
import type { ProcessEvidence } from '../types.js';

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
