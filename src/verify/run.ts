// Start the image as a user would, watch its processes from the host, stop it the way an
// orchestrator does, and always remove it. Every failure becomes a reason in the report. Each job
// lives in its own module and takes the one Check that holds the deadline and the evidence.
import { Check, errorText, type VerifyOptions } from './check.js';
import { Cancelled, DeadlineExceeded } from './deadline.js';
import { hardeningReport } from './harden.js';
import { observeProcesses } from './observe.js';
import { runSmoke } from './smoke.js';
import { startContainer } from './start.js';
import { stopContainer } from './stop.js';
import type { RuntimeReport } from './types.js';
import { summary } from './verdict.js';
import { listApplicationFiles, reportWritableFiles } from './writable.js';

/**
 * Runs `image` as a user would and reports which uids its processes really had (read from the
 * host), next to what the image's passwd/group say it should be. The container is removed before
 * this returns or throws, whatever happened. Rejects only when `opts.signal` aborts (cancellation);
 * every other failure is a report with reasons in `evidence.notes`.
 */
export async function verifyImage(image: string, opts: VerifyOptions): Promise<RuntimeReport> {
  const check = new Check(image, opts);
  let cancelled: unknown = null;
  try {
    await runJobs(check);
  } catch (e) {
    if (e instanceof Cancelled) cancelled = e;
    else if (e instanceof DeadlineExceeded) check.note(e.message);
    else check.note(`runtime check failed: ${errorText(e)}`);
  } finally {
    await check.close();
  }
  if (cancelled) throw cancelled;

  const report = check.report();
  opts.log.info(summary(report));
  for (const note of report.evidence.notes) opts.log.info(`  ${note}`);
  opts.log.debug(`verify timings: ${report.timings.map((t) => `${t.step} ${t.ms} ms`).join(', ')}`);
  return report;
}

/** The jobs in order; a job that ends the check early returns, and the verdict is drawn from what was learnt. */
async function runJobs(check: Check): Promise<void> {
  const plan = await startContainer(check);
  if (!plan) return;

  // Listing WORKDIR reads the container's filesystem, so it can overlap the observation.
  const listing = listApplicationFiles(check, plan.config);
  listing.catch(() => undefined);

  let state = await observeProcesses(check);
  const smoke = check.options.smoke;
  if (state.running && smoke) {
    check.recordSmoke(
      await check.timed('smoke', () => runSmoke(check, check.container, smoke, plan.probePort)),
    );
    state = await check.container.state();
  }
  await stopContainer(check, plan.config, state);
  if (check.options.hardening) {
    check.recordHardening(await check.timed('hardening', () => hardeningReport(check, plan)));
  }
  await reportWritableFiles(check, listing);
}
