// The hardened re-run: the image started again under --read-only, --cap-drop ALL and
// no-new-privileges, to report what it tolerates; when all at once fails, once per flag to name
// the one it cannot take. Each run's container is removed as soon as it is done.
import type { Check } from './check.js';
import { Container, createArgs, uniqueContainerName } from './container.js';
import { engineReason } from './inspect.js';
import { runSmoke } from './smoke.js';
import type { HardeningReport, HardeningRun } from './types.js';

export const HARDENING_FLAGS: readonly (readonly string[])[] = [
  ['--read-only', '--tmpfs', '/tmp'],
  ['--cap-drop', 'ALL'],
  ['--security-opt', 'no-new-privileges'],
];

const POLL_MS = 100;

/** How a hardened run is started: as the checked container was, with extra flags. */
export interface HardenedRunOptions {
  /** The hardening flags of this run. */
  flags: string[];
  /** `--publish` arguments, as the checked container had. */
  publish: string[];
  /** The container port the smoke probe targets (null: none). */
  probePort: string | null;
}

export async function hardeningReport(
  check: Check,
  ports: Pick<HardenedRunOptions, 'publish' | 'probePort'>,
): Promise<HardeningReport> {
  const combined = await hardenedRun(check, { ...ports, flags: HARDENING_FLAGS.flat() });
  const each: HardeningRun[] = [];
  if (!combined.ok) {
    for (const flags of HARDENING_FLAGS) each.push(await hardenedRun(check, { ...ports, flags: [...flags] }));
  }
  return { combined, each };
}

async function hardenedRun(
  check: Check,
  { flags, publish, probePort }: HardenedRunOptions,
): Promise<HardeningRun> {
  const { deadline, image, options } = check;
  const container = new Container(uniqueContainerName(), deadline);
  const run: HardeningRun = {
    flags,
    started: false,
    running: false,
    smoke: null,
    exitCode: null,
    error: null,
    logTail: null,
    ok: false,
  };
  check.track(container);
  try {
    const create = await deadline.docker(
      createArgs(image, {
        name: container.name,
        user: options.user,
        runCommand: options.runCommand,
        publish,
        flags,
      }),
      { allowFailure: true },
    );
    const start =
      create.code === 0 ? await deadline.docker(['start', container.name], { allowFailure: true }) : create;
    if (start.code !== 0) {
      run.error = engineReason(start.stderr) || `exit ${start.code}`;
      return run;
    }
    run.started = true;
    let state = await container.waitStopped(check.settleMs, POLL_MS);
    if (state.running && options.smoke) {
      run.smoke = await runSmoke(check, container, options.smoke, probePort);
      state = await container.state();
    }
    run.running = state.running;
    if (!state.running) {
      run.exitCode = state.exitCode;
      run.error = state.error;
      run.logTail = await container.logTail();
    }
    run.ok = run.running && (run.smoke?.ok ?? true);
  } finally {
    await check.removeNow(container);
  }
  return run;
}
