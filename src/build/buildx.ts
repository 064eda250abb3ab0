// Runs `docker buildx build` for one BuildRequest and turns what it wrote (iid file, metadata
// file, progress stream) into a BuildResult, or into a BuildError that names the failing
// instruction and its Dockerfile line.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { imageStore, type ImageStore } from '../engine.js';
import { docker, ExecError, redact, registerSecret } from '../exec.js';
import { parseDockerfile, type DockerfileModel } from '../dockerfile/model.js';
import type { Logger } from '../log.js';
import type { BuildRequest, BuildResult } from '../types.js';
import { makeTempDir, removeTempDir } from '../tempdir.js';
import { buildxArgs, type ProgressMode } from './args.js';
import { planCache, unreadableCacheSources } from './cache.js';
import { parseSecret } from './lists.js';
import { planOutputs } from './outputs.js';
import {
  DOCKER_DRIVER_MULTI_PLATFORM,
  manifestDigestFor,
  repositoryOf,
  type IndexManifest,
} from './platforms.js';
import { imageIdentity, type ImageIdentity } from './identity.js';
import { lineFromErrorOutput, locateStep } from './locate.js';
import { cacheSummary, ownSteps, parseStepName, progressParser, type StepRecord } from './progress.js';

const DEFAULT_BUILD_TIMEOUT_MS = 60 * 60_000;
const LOG_TAIL_LINES = 30;

export class BuildError extends Error {
  override name = 'BuildError';
  constructor(
    message: string,
    /** The failing instruction as written in the Dockerfile, or as BuildKit named it. */
    readonly instruction: string | null,
    /** 1-based Dockerfile line of that instruction, when it could be found. */
    readonly line: number | null,
    /** Last lines of the failing step's output (or of buildx's own output), redacted. */
    readonly logTail: string | null,
    readonly durationMs: number | null,
  ) {
    super(message);
  }
}

let progressMode: Promise<ProgressMode> | undefined;

/**
 * Whether this buildx accepts `--progress=rawjson`. buildx validates the mode before it looks at the
 * context, so asking it to build a path that does not exist answers without building anything.
 */
export function detectProgressMode(): Promise<ProgressMode> {
  progressMode ??= (async (): Promise<ProgressMode> => {
    const missing = join(tmpdir(), `shipshape-no-context-${randomBytes(6).toString('hex')}`);
    try {
      const probe = await docker(['buildx', 'build', '--progress=rawjson', missing], {
        allowFailure: true,
        timeoutMs: 30_000,
      });
      return /invalid progress mode/i.test(probe.stderr) ? 'plain' : 'rawjson';
    } catch {
      return 'plain';
    }
  })();
  return progressMode;
}

/** One Dockerfile step of the build and whether BuildKit took it from cache. */
export interface BuildStep {
  /** As BuildKit names it, e.g. "[deps 3/4] RUN pip install -r requirements.txt". */
  name: string;
  /** The instruction as written in the Dockerfile, when it could be located. */
  instruction: string | null;
  line: number | null;
  cached: boolean;
}

/** A BuildResult plus the per-step cache hits its counts summarise. */
export interface BuildOutcome extends BuildResult {
  steps: BuildStep[];
}

function describeSteps(records: readonly StepRecord[], dockerfile: DockerfileModel | null): BuildStep[] {
  return ownSteps(records).map((record) => {
    const parsed = parseStepName(record.name);
    const located = parsed && dockerfile !== null ? locateStep(dockerfile, parsed) : null;
    return {
      name: redact(record.name),
      instruction: located ? redact(located.instruction) : null,
      line: located?.line ?? null,
      cached: record.cached,
    };
  });
}

export interface BuildOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
  /**
   * An image that carries inline cache (the baseline image, or the base branch's pushed tag), used as
   * `--cache-from type=registry,ref=…` when the request names no cache-from of its own.
   */
  cacheFromFallback?: string | null;
  /** Use this progress format instead of the detected one (both are parsed; tests compare them). */
  progress?: ProgressMode;
  /** The request's Dockerfile, already parsed (the pipeline parses once); read from disk when absent. */
  dockerfile?: DockerfileModel | null;
}

const builderDrivers = new Map<string, Promise<string>>();

/** The driver of the builder a build will use ("docker", "docker-container", …), looked up once. */
export function builderDriver(builder: string | null): Promise<string> {
  const key = builder ?? '';
  let driver = builderDrivers.get(key);
  if (!driver) {
    driver = docker(['buildx', 'inspect', ...(builder ? [builder] : [])], { timeoutMs: 30_000 }).then((r) => {
      const m = /^Driver:\s*(\S+)/m.exec(r.stdout);
      if (!m) throw new Error(`docker buildx inspect${builder ? ` ${builder}` : ''} reported no driver`);
      return m[1]!;
    });
    builderDrivers.set(key, driver);
    driver.catch(() => builderDrivers.delete(key));
  }
  return driver;
}

// Secret files larger than this are not scanned for redaction (certificates, keyrings); a token
// or .npmrc is far smaller.
const MAX_SECRET_FILE_TO_REDACT = 64 * 1024;

/**
 * Turns the request's secrets into `--secret` values, registering every secret value with the
 * exec wrapper so it is redacted from all output. `NAME=value` secrets go to a 0600 file in the
 * build's private temp dir, which is removed with it.
 */
async function resolveSecrets(secrets: readonly string[], dir: string): Promise<string[]> {
  const args: string[] = [];
  for (const [index, spec] of secrets.entries()) {
    const secret = parseSecret(spec);
    if (secret.kind === 'value') {
      registerSecret(secret.value);
      const file = join(dir, `secret-${index}`);
      await writeFile(file, secret.value, { mode: 0o600 });
      args.push(`id=${secret.id},src=${file}`);
      continue;
    }
    if (secret.env) registerSecret(process.env[secret.env]);
    if (secret.src) {
      const size = await stat(secret.src).then(
        (s) => s.size,
        () => null,
      );
      if (size !== null && size <= MAX_SECRET_FILE_TO_REDACT) {
        const content = await readFile(secret.src, 'utf8');
        registerSecret(content);
        registerSecret(content.trim());
      }
    }
    args.push(secret.arg);
  }
  return args;
}

function tail(text: string, lines = LOG_TAIL_LINES): string {
  return text.replace(/\s+$/, '').split('\n').slice(-lines).join('\n');
}

function dockerfilePath(request: BuildRequest): string {
  return request.file || join(request.context, 'Dockerfile');
}

async function readDockerfile(path: string): Promise<DockerfileModel | null> {
  try {
    return parseDockerfile(await readFile(path, 'utf8'));
  } catch {
    return null; // unreadable or unparsable: the steps keep BuildKit's names
  }
}

async function failure(
  request: BuildRequest,
  dockerfile: DockerfileModel | null | undefined,
  steps: StepRecord[],
  messages: string[],
  stderr: string,
  durationMs: number,
): Promise<BuildError> {
  const failed =
    steps.find((s) => s.error !== null && parseStepName(s.name)) ?? steps.find((s) => s.error !== null);
  const summary =
    [...messages].reverse().find((m) => /^ERROR:/.test(m)) ??
    (tail(stderr, 1) || 'docker buildx build failed');
  if (!failed) {
    return new BuildError(
      redact(summary),
      null,
      lineFromErrorOutput(stderr),
      redact(tail(messages.join('\n'))),
      durationMs,
    );
  }
  const step = parseStepName(failed.name);
  const model = step ? (dockerfile ?? (await readDockerfile(dockerfilePath(request)))) : null;
  const located = step && model ? locateStep(model, step) : null;
  const line = lineFromErrorOutput(stderr) ?? located?.line ?? null;
  const instruction = located?.instruction ?? step?.command ?? failed.name;
  const where = line !== null ? ` (Dockerfile line ${line})` : '';
  const message = `build failed at ${instruction}${where}: ${failed.error}`;
  const logTail = tail(failed.log) || tail(messages.join('\n'));
  return new BuildError(redact(message), redact(instruction), line, redact(logTail) || null, durationMs);
}

async function readResult(
  iidFile: string,
  metadataFile: string,
  store: ImageStore,
): Promise<ImageIdentity & { metadata: Record<string, unknown> }> {
  const iid = await readFile(iidFile, 'utf8').catch(() => '');
  let metadata: Record<string, unknown> = {};
  try {
    metadata = JSON.parse(await readFile(metadataFile, 'utf8')) as Record<string, unknown>;
  } catch {
    // buildx writes no metadata file for some outputs; the iid file then names the image.
  }
  return { ...imageIdentity(store, iid, metadata), metadata };
}

/**
 * Builds the request and returns one result per platform (one result when no or one platform is
 * asked for), so each platform's image can be measured on its own.
 *
 * With several platforms the builder must be able to build them (not the plain docker driver);
 * when pushing, the multi-platform image is built and pushed once under the tags, then each
 * platform is loaded into the engine from the same builder's cache to be measured.
 */
export async function buildImages(
  request: BuildRequest,
  log: Logger,
  opts: BuildOptions = {},
): Promise<BuildOutcome[]> {
  if (request.platforms.length <= 1) return [await buildOne(request, log, opts)];
  const driver = await builderDriver(request.builder);
  // The containerd image store lets even the docker driver keep multi-platform images.
  if (driver === 'docker' && (await imageStore()) !== 'containerd') {
    throw new BuildError(
      `cannot build ${request.platforms.join(', ')}: ${DOCKER_DRIVER_MULTI_PLATFORM}`,
      null,
      null,
      null,
      null,
    );
  }
  let pushed: BuildOutcome | null = null;
  if (request.push) pushed = await buildOne(request, log, opts);
  const results: BuildOutcome[] = [];
  for (const platform of request.platforms) {
    const single: BuildRequest = { ...request, platforms: [platform], push: false, load: true, tags: [] };
    const result = await buildOne(single, log, opts, platform);
    const digest = pushed?.digest ? await platformDigest(request.tags[0], pushed.digest, platform) : null;
    // The per-platform load builds never push, so their "inline cache is not pushed" note is moot
    // once the multi-platform image was pushed.
    const own = pushed ? result.warnings.filter((w) => !w.startsWith('inline cache')) : result.warnings;
    const warnings = [...new Set([...(pushed?.warnings ?? []), ...own])];
    results.push({ ...result, tags: request.tags, digest, warnings });
  }
  return results;
}

async function platformDigest(
  tag: string | undefined,
  indexDigest: string,
  platform: string,
): Promise<string | null> {
  if (!tag) return null;
  const raw = await docker(
    ['buildx', 'imagetools', 'inspect', '--raw', `${repositoryOf(tag)}@${indexDigest}`],
    {
      timeoutMs: 60_000,
      allowFailure: true,
    },
  );
  if (raw.code !== 0) return null;
  try {
    return manifestDigestFor(JSON.parse(raw.stdout) as { manifests?: IndexManifest[] }, platform);
  } catch {
    return null;
  }
}

/**
 * Builds one image. A request for several platforms is built for all of them (see buildImages);
 * the result is the first platform's, with a warning, because a BuildResult describes one image.
 */
export async function buildImage(
  request: BuildRequest,
  log: Logger,
  opts: BuildOptions = {},
): Promise<BuildOutcome> {
  const results = await buildImages(request, log, opts);
  if (results.length === 1) return results[0]!;
  const [first, ...rest] = results as [BuildOutcome, ...BuildOutcome[]];
  const others = rest.map((r, i) => `${request.platforms[i + 1]} (${r.imageId})`).join(', ');
  return {
    ...first,
    warnings: [
      ...first.warnings,
      `built ${request.platforms.join(', ')}; this report shows ${request.platforms[0]} only; also built: ${others}`,
    ],
  };
}

async function buildOne(
  request: BuildRequest,
  log: Logger,
  opts: BuildOptions,
  platformLabel?: string,
): Promise<BuildOutcome> {
  const progress = opts.progress ?? (await detectProgressMode());
  const driver = await builderDriver(request.builder);
  const what = `${request.target ? `${request.file} (target ${request.target})` : request.file}${platformLabel ? ` for ${platformLabel}` : ''}`;
  return log.group(`Build ${what}`, async () => {
    // Holds the build's secret files: tracked so a cancelled run removes it first.
    const dir = await makeTempDir('shipshape-build-', { secret: true });
    const files = { iidFile: join(dir, 'iid'), metadataFile: join(dir, 'metadata.json') };
    const parser = progressParser(progress);
    const show = (lines: string[]) => lines.forEach((l) => log.info(redact(l)));
    const started = performance.now();
    try {
      const secrets = await resolveSecrets(request.secrets, dir).catch((e: Error) => {
        throw new BuildError(e.message, null, null, null, null);
      });
      const store = await imageStore();
      const cache = planCache(request, {
        driver,
        imageStore: store,
        fallbackRef: opts.cacheFromFallback ?? null,
      });
      // The pipeline turns result.warnings into warnings; here they only give context in the group.
      for (const w of [...cache.warnings, ...cache.notes]) log.info(`cache: ${w}`);
      const outputs = planOutputs(request, driver);
      for (const note of outputs.notes) log.info(note);
      const effective: BuildRequest = {
        ...request,
        push: outputs.push,
        load: outputs.load,
        secrets,
        cacheFrom: cache.cacheFrom,
        cacheTo: cache.cacheTo,
      };
      const args = buildxArgs(effective, files, { progress });
      log.debug(redact(`docker ${args.join(' ')}`));
      const run = await docker(args, {
        timeoutMs: opts.timeoutMs ?? DEFAULT_BUILD_TIMEOUT_MS,
        signal: opts.signal,
        allowFailure: true,
        env: { ...process.env, BUILDX_NO_DEFAULT_ATTESTATIONS: '1' },
        onStderr: (chunk) => show(parser.push(chunk)),
      });
      show(parser.end());
      const durationMs = Math.round(performance.now() - started);
      if (run.code !== 0 && opts.signal?.aborted) {
        throw new BuildError('the build was cancelled', null, null, null, durationMs);
      }
      if (run.code !== 0)
        throw await failure(request, opts.dockerfile, parser.steps, parser.messages, run.stderr, durationMs);
      const { imageId, configDigest, manifestDigest, metadata } = await readResult(
        files.iidFile,
        files.metadataFile,
        store,
      );
      const pushedDigest = metadata['containerimage.digest'];
      const { cachedSteps, totalSteps } = cacheSummary(parser.steps);
      const unreadable = unreadableCacheSources(parser.steps);
      for (const w of unreadable) log.info(`cache: ${w}`);
      log.info(
        `built ${imageId} in ${(durationMs / 1000).toFixed(1)} s, ${cachedSteps} of ${totalSteps} steps from cache`,
      );
      return {
        imageId,
        configDigest,
        manifestDigest,
        imageStore: store,
        digest: request.push && typeof pushedDigest === 'string' ? pushedDigest : null,
        tags: request.tags,
        durationMs,
        cachedSteps,
        totalSteps,
        cacheFrom: cache.cacheFrom,
        cacheTo: cache.cacheTo,
        warnings: [...cache.warnings, ...unreadable].map(redact),
        steps: describeSteps(
          parser.steps,
          opts.dockerfile ?? (await readDockerfile(dockerfilePath(request))),
        ),
      };
    } catch (e) {
      if (e instanceof ExecError && e.result.timedOut) {
        throw new BuildError(
          redact(e.message),
          null,
          null,
          redact(tail(parser.messages.join('\n'))) || null,
          Math.round(performance.now() - started),
        );
      }
      throw e;
    } finally {
      await removeTempDir(dir);
    }
  });
}
