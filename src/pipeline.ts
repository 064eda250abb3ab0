// lint → build → measure → verify → evaluate, for one Dockerfile. Both front doors (the action
// and the CLI) call this; it never touches @actions/core and never decides the exit code itself.
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { baselineStep, NO_BASELINE, NOTHING_COMPARED, type BaselineOptions } from './baseline/index.js';
import { baselineStages } from './baseline-stages.js';
import { buildImage, BuildError } from './build/buildx.js';
import { RunCancelled } from './cancel.js';
import { ConfigError, loadProjectConfig, mergeBudgets } from './config.js';
import { repositoryOf } from './build/platforms.js';
import { LintConfigError } from './lint/config.js';
import { lintConfigFromSection, loadConfigFor, lintText } from './lint/index.js';
import type { LintConfig } from './lint/config.js';
import { parseDockerfile } from './dockerfile/model.js';
import { buildArgMap, builtDockerfile, declaredUser, type BuiltDockerfile } from './dockerfile/stages.js';
import { deferredLogger, errorText, type Logger } from './log.js';
import { LayerCache, measureImage } from './measure/index.js';
import type { ImageAnalysis } from './measure/types.js';
import { NO_BUDGETS, NO_CHANGE_BUDGETS, type Budgets, type ChangeBudgets } from './report/budgets.js';
import { DEFAULT_POLICY, evaluate, type Policy } from './report/evaluate.js';
import { snapshotOfReport } from './report/snapshot.js';
import {
  REPORT_VERSION,
  type Report,
  type ReportBuild,
  type ReportContext,
  type ReportImage,
  type ReportRuntime,
} from './report/types.js';
import type { BuildRequest, StageFailure } from './types.js';
import { dockerfileText } from './dockerfile/text.js';
import { UsageError } from './errors.js';
import { verifyImage } from './verify/index.js';
import { VERSION } from './version.js';
import { checkBuildPaths, type PathPolicy } from './workspace.js';

export interface PipelineOptions {
  /** Directory that relative `file` and `context` paths are resolved against, and must stay inside. */
  cwd: string;
  /**
   * Whether `file` and `context` may lead outside `cwd`, and how errors name them; default: they
   * may not, named `file` and `context`.
   */
  paths?: PathPolicy;
  build: BuildRequest;
  budgets?: Budgets;
  policy?: Policy;
  runtime?: RuntimeOptions;
  /** `.shipshape.yml` to read; default: the one in `cwd`, if any. */
  configFile?: string | null;
  /** `comment-key`; default file#target@platforms. The report carries the key used. */
  key?: string | null;
  signal?: AbortSignal;
  /** What to compare with (default: none). */
  baseline?: BaselineOptions;
  /** Budgets on change against the baseline. */
  changeBudgets?: ChangeBudgets;
  /** Repository, pull request and commit, recorded so a later `mode: post` job can comment. */
  context?: ReportContext;
  /** Run ShellCheck on RUN scripts (when the binary is on PATH). Default true. */
  shellcheck?: boolean;
  /** Compute the compressed size when the registry cannot tell it (costs about one gzip of the image). */
  computeCompressedSize?: boolean;
}

/** How the image is run for the runtime check. */
export interface RuntimeOptions {
  /** Run the image as this user instead of its configured one. */
  user: string | null;
  /** Arguments replacing CMD (for CLIs and jobs). */
  runCommand: string[] | null;
  smoke: { path: string | null; port: number | null; timeoutMs: number | null; exec: string[] | null };
  hardening: boolean;
}

export const DEFAULT_RUNTIME: RuntimeOptions = {
  user: null,
  runCommand: null,
  smoke: { path: null, port: null, timeoutMs: null, exec: null },
  hardening: false,
};

const INSIDE_CWD: PathPolicy = { allowOutside: false, label: (name) => name, rootName: 'working directory' };

/** The key pairing a report with its comment and baseline: `comment-key`, else file#target@platforms. */
function reportKey(
  build: Pick<BuildRequest, 'file' | 'target' | 'platforms'>,
  explicit?: string | null,
): string {
  if (explicit) return explicit;
  const platform = build.platforms.join(',');
  return `${build.file}${build.target ? `#${build.target}` : ''}${platform ? `@${platform}` : ''}`;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, Math.round(performance.now() - start)];
}

type Timings = Report['timings'];

/**
 * Runs one stage after the build and times it. A stage that throws is not the end of the run: its
 * failure is recorded (the decider makes it a reason naming the stage), its figures stay null, and
 * the run goes on to report everything else it saw. An abort (the user's Ctrl-C) still ends it.
 */
interface StageRun {
  failures: StageFailure[];
  log: Logger;
  timings: Timings;
  signal: AbortSignal | undefined;
}

async function stage<T>(
  name: StageFailure['stage'] & keyof Timings,
  { failures, log, timings, signal }: StageRun,
  fn: () => Promise<T>,
): Promise<T | null> {
  const start = performance.now();
  try {
    const value = await fn();
    timings[name] = Math.round(performance.now() - start);
    return value;
  } catch (e) {
    if (signal?.aborted) throw e instanceof RunCancelled ? e : new RunCancelled(name);
    const message = errorText(e);
    log.warning(`The ${name} stage failed: ${message}`);
    if (e instanceof Error && e.stack) log.debug(e.stack);
    failures.push({ stage: name, message });
    return null;
  }
}

/** What a run hands the front doors: the decided report, and the Dockerfile as this build read it. */
export interface PipelineResult {
  report: Report;
  /** For the writers that place results on lines (SARIF): the model and the built stages. */
  dockerfile: BuiltDockerfile;
}

export async function runPipeline(options: PipelineOptions, log: Logger): Promise<PipelineResult> {
  const at = (p: string) => (isAbsolute(p) ? p : resolve(options.cwd, p));
  // The one check of where the paths lead, for both front doors; every stage then uses the real
  // paths it checked (symlinks already followed), not the ones the user wrote.
  const real = await checkBuildPaths(options.build, options.cwd, options.paths ?? INSIDE_CWD);
  const request: BuildRequest = { ...options.build, file: real.file, context: real.context };
  const displayFile = options.build.file;

  let bytes: Buffer;
  try {
    bytes = await readFile(request.file);
  } catch (e) {
    // Found and a file, as checked above: only its permissions or the disk can be in the way.
    throw new UsageError(`cannot read the Dockerfile ${displayFile}: ${errorText(e)}`);
  }
  const text = dockerfileText(bytes, displayFile);
  // Parsed once: lint, build, measure, verify, baseline and the SARIF writer all read this one model.
  const dockerfile = parseDockerfile(text);
  const built = builtDockerfile(dockerfile, request.target, buildArgMap(request.buildArgs));

  const config = await loadProjectConfig(
    options.cwd,
    options.configFile ? at(options.configFile) : null,
  ).catch((e: unknown) => {
    throw e instanceof ConfigError ? new UsageError(e.message) : e;
  });
  // The file is read once for every stage: its lint section goes to the linter from here.
  // Without a .shipshape.yml the linter still honours a .hadolint.yaml, as users migrating expect.
  const lintConfig: LintConfig = await (
    config.path
      ? lintConfigFromSection(config.lint, config.path)
      : loadConfigFor({ cwd: options.cwd, configFile: undefined })
  ).catch((e: unknown) => {
    throw e instanceof LintConfigError ? new UsageError(e.message) : e;
  });
  const timings: Timings = { lint: null, build: null, measure: null, verify: null, baseline: null };

  const [lintResult, lintMs] = await timed(() =>
    log.group(`Lint ${displayFile}`, () =>
      lintText(displayFile, text, {
        cwd: options.cwd,
        contextDir: request.context,
        config: lintConfig,
        shellcheck: options.shellcheck ?? true,
        logger: log,
        model: dockerfile,
      }),
    ),
  );
  timings.lint = lintMs;
  if (options.signal?.aborted) throw new RunCancelled('lint');
  for (const f of lintResult.findings) log.info(`${f.file}:${f.line} ${f.severity} ${f.rule}: ${f.message}`);

  let build: ReportBuild;
  let imageId: string | null = null;
  let pushedRef: string | null = null;
  try {
    const [result, ms] = await timed(() =>
      buildImage(request, log, {
        signal: options.signal,
        cacheFromFallback: options.baseline?.image ?? null,
        dockerfile,
      }),
    );
    timings.build = ms;
    imageId = result.imageId;
    if (result.digest && request.tags[0]) pushedRef = `${repositoryOf(request.tags[0])}@${result.digest}`;
    build = {
      ok: true,
      imageId: result.imageId,
      configDigest: result.configDigest,
      manifestDigest: result.manifestDigest,
      imageStore: result.imageStore,
      digest: result.digest,
      durationMs: result.durationMs,
      cachedSteps: result.cachedSteps,
      totalSteps: result.totalSteps,
      steps: result.steps,
      warnings: result.warnings,
      error: null,
    };
    for (const w of result.warnings) log.warning(w);
  } catch (e) {
    // Not only BuildError: buildx that cannot be started at all is a failed build too, reported
    // with the lint findings rather than thrown past them.
    const known = e instanceof BuildError ? e : null;
    build = {
      ok: false,
      imageId: null,
      configDigest: null,
      manifestDigest: null,
      imageStore: null,
      digest: null,
      durationMs: known?.durationMs ?? null,
      cachedSteps: null,
      totalSteps: null,
      steps: [],
      warnings: [],
      error: {
        message: known ? known.message : errorText(e),
        line: known?.line ?? null,
        instruction: known?.instruction ?? null,
        logTail: known?.logTail ?? null,
      },
    };
  }

  if (options.signal?.aborted) throw new RunCancelled('build');

  let image: ReportImage | null = null;
  let runtime: ReportRuntime | null = null;
  let analysis: ImageAnalysis | null = null;
  const failures: StageFailure[] = [];
  // Shared by the head's measurement and the baseline's: each distinct layer is read once.
  const layerCache = new LayerCache();
  const stageRun: StageRun = { failures, log, timings, signal: options.signal };
  if (imageId) {
    // The runtime check does not need the measurement: it runs beside it, and its log lines are
    // kept and written after the measurement's group, so the two never interleave. Either may
    // fail without the other: each failure is recorded and the report still tells the rest.
    const verifyLog = deferredLogger();
    const rt = options.runtime ?? DEFAULT_RUNTIME;
    const smoke =
      rt.smoke.path || rt.smoke.exec
        ? {
            path: rt.smoke.path,
            port: rt.smoke.port,
            exec: rt.smoke.exec,
            ...(rt.smoke.timeoutMs ? { timeoutMs: rt.smoke.timeoutMs } : {}),
          }
        : null;
    const verifying = stage('verify', { ...stageRun, log: verifyLog }, () =>
      verifyImage(imageId!, {
        log: verifyLog,
        declaredUser: declaredUser(built.chain),
        user: rt.user,
        runCommand: rt.runCommand,
        smoke,
        hardening: rt.hardening,
        signal: options.signal,
      }),
    );
    // Rejects only on cancellation; then the check still ends (and removes its container) first.
    verifying.catch(() => undefined);
    const measured = await stage('measure', stageRun, () =>
      log.group('Measure the image', () =>
        measureImage(imageId!, {
          log,
          chain: built.chain,
          pushedRef,
          platform: request.platforms[0] ?? null,
          compressed: options.computeCompressedSize ?? true,
          layerCache,
        }),
      ),
    ).catch(async (e: unknown) => {
      await verifying.catch(() => undefined);
      throw e;
    });
    if (measured) {
      analysis = measured;
      image = measured;
    }

    runtime = await log.group('Run the image', async () => {
      try {
        return await verifying;
      } finally {
        verifyLog.replay(log);
      }
    });
  }

  const lint = { findings: lintResult.findings, errors: lintResult.errors, dockerfileText: text };
  const key = reportKey(options.build, options.key);

  const head = snapshotOfReport({ image, runtime, lint, build }, dockerfile);
  const compared =
    (await stage('baseline', stageRun, () =>
      log.group('Compare with the baseline', () =>
        baselineStep(
          {
            options: options.baseline ?? NO_BASELINE,
            cwd: options.cwd,
            dockerfile: displayFile,
            key,
            build: request,
            head,
            headImageId: imageId,
            signal: options.signal,
            stages: baselineStages({
              request,
              displayFile,
              cwd: options.cwd,
              lintConfig,
              shellcheck: options.shellcheck ?? true,
              computeCompressedSize: options.computeCompressedSize ?? true,
              layerCache,
              signal: options.signal,
              log,
            }),
          },
          log,
        ),
      ),
    )) ?? NOTHING_COMPARED;
  const { status, reasons, budgets } = evaluate(
    {
      lint,
      build,
      runtime,
      budgets: {
        settings: mergeBudgets(options.budgets ?? NO_BUDGETS, config.budgets),
        figures: {
          sizeBytes: image?.sizeBytes ?? null,
          compressedSizeBytes: image?.compressedSizeBytes ?? null,
          layerCount: image?.layerCount ?? null,
          reclaimableBytes: image?.reclaimableBytes ?? null,
          ownBytes: analysis?.ownBytes ?? null,
          biggestContributor: analysis?.biggestContributor ?? null,
        },
      },
      change: compared.deltas
        ? {
            settings: options.changeBudgets ?? NO_CHANGE_BUDGETS,
            deltas: compared.deltas,
            imageCompared: compared.imageCompared,
          }
        : null,
      failures,
      leftovers: analysis
        ? { junk: analysis.junk, waste: analysis.waste, reclaimableBytes: analysis.reclaimableBytes }
        : null,
    },
    options.policy ?? DEFAULT_POLICY,
  );

  const report: Report = {
    version: REPORT_VERSION,
    tool: { name: 'shipshape', version: VERSION },
    generatedAt: new Date().toISOString(),
    key,
    subject: {
      dockerfile: displayFile,
      context: options.build.context,
      target: options.build.target,
      platform: options.build.platforms.length ? options.build.platforms.join(',') : null,
    },
    status,
    reasons,
    image,
    build,
    runtime,
    lint,
    budgets,
    baseline: compared.baseline,
    deltas: compared.deltas,
    timings,
    ...(options.context ? { context: options.context } : {}),
  };
  return { report, dockerfile: built };
}
