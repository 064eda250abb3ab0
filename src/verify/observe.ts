// Watching the started container's processes from the host (`docker top`: ps on the engine's
// host, nothing run inside): a first look as soon as PID 1 shows, then a settle window to catch
// entrypoints that drop privileges.
import type { Check } from './check.js';
import type { ParsedState } from './inspect.js';

const POLL_MS = 100;
/** How long to wait for a started container to show its first process. */
const FIRST_PROCESS_WINDOW_MS = 5_000;

/** Records the processes seen at the start and through the settle; the container's state after. */
export async function observeProcesses(check: Check): Promise<ParsedState> {
  const { container, deadline } = check;
  await check.timed('observe at start', async () => {
    const until = Date.now() + FIRST_PROCESS_WINDOW_MS;
    for (;;) {
      const snapshot = await container.top('start');
      if (snapshot?.length) {
        check.recordProcesses(snapshot);
        return;
      }
      const state = await container.state();
      if (!state.running || Date.now() >= until) return;
      await deadline.sleep(POLL_MS);
    }
  });

  await check.timed('settle', async () => {
    if (check.seen.processes.length === 0) return;
    const until = Date.now() + check.settleMs;
    while (Date.now() < until) {
      await deadline.sleep(Math.min(POLL_MS, until - Date.now()));
      const snapshot = await container.top('settled');
      if (!snapshot) return;
      check.recordProcesses(snapshot);
    }
  });

  const state = await check.timed('inspect container', () => container.state());
  check.recordContainerPid(state.pid);
  return state;
}
