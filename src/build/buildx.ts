// Runs `docker buildx build` for one BuildRequest and turns what it wrote (iid file, metadata
// file, progress stream) into a BuildResult, or into a BuildError that names the failing
// instruction and its Dockerfile line.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { docker, ExecError, redact, registerSecret } from '../exec.js';
import type { Logger } from '../log.js';
import type { BuildRequest, BuildResult } from '../types.js';
import { buildxArgs, DEFAULT_CACHE_TO, type ProgressMode } from './args.js';
import { lineFromErrorOutput, locateStep } from './locate.js';
import { cacheSummary, parseStepName, progressParser, type StepRecord } from './progress.js';

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

/** `--secret id=x,env=VAR`: the variable's value is the secret, so keep it out of every output. */
function registerSecretValues(secrets: readonly string[]): void {
  for (const spec of secrets) {
    for (const part of spec.split(',')) {
      const [key, ...rest] = part.split('=');
      if (key?.trim() === 'env') registerSecret(process.env[rest.join('=').trim()]);
    }
  }
}

function tail(text: string, lines = LOG_TAIL_LINES): string {
  return text.replace(/\s+$/, '').split('\n').slice(-lines).join('\n');
}

async function readDockerfile(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

async function failure(
  request: BuildRequest,
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
  const text = step ? await readDockerfile(request.file || join(request.context, 'Dockerfile')) : null;
  const located = step && text !== null ? locateStep(text, step) : null;
  const line = lineFromErrorOutput(stderr) ?? located?.line ?? null;
  const instruction = located?.instruction ?? step?.command ?? failed.name;
  const where = line !== null ? ` (Dockerfile line ${line})` : '';
  const message = `build failed at ${instruction}${where}: ${failed.error}`;
  return new BuildError(
    redact(message),
    redact(instruction),
    line,
    redact(tail(failed.log)) || null,
    durationMs,
  );
}

async function readResult(
  iidFile: string,
  metadataFile: string,
): Promise<{ imageId: string; metadata: Record<string, unknown> }> {
  const imageId = (await readFile(iidFile, 'utf8')).trim();
  let metadata: Record<string, unknown> = {};
  try {
    metadata = JSON.parse(await readFile(metadataFile, 'utf8')) as Record<string, unknown>;
  } catch {
    // buildx writes no metadata file for some outputs; the image id is what we cannot do without.
  }
  return { imageId, metadata };
}

export async function buildImage(
  request: BuildRequest,
  log: Logger,
  opts: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<BuildResult> {
  registerSecretValues(request.secrets);
  const progress = await detectProgressMode();
  const what = request.target ? `${request.file} (target ${request.target})` : request.file;
  return log.group(`Build ${what}`, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shipshape-build-'));
    const files = { iidFile: join(dir, 'iid'), metadataFile: join(dir, 'metadata.json') };
    const parser = progressParser(progress);
    const show = (lines: string[]) => lines.forEach((l) => log.info(redact(l)));
    const args = buildxArgs(request, files, { progress });
    log.debug(`docker ${args.join(' ')}`);
    const started = performance.now();
    try {
      const run = await docker(args, {
        timeoutMs: opts.timeoutMs ?? DEFAULT_BUILD_TIMEOUT_MS,
        signal: opts.signal,
        allowFailure: true,
        env: { ...process.env, BUILDX_NO_DEFAULT_ATTESTATIONS: '1' },
        onStderr: (chunk) => show(parser.push(chunk)),
      });
      show(parser.end());
      const durationMs = Math.round(performance.now() - started);
      if (run.code !== 0) throw await failure(request, parser.steps, parser.messages, run.stderr, durationMs);
      const { imageId, metadata } = await readResult(files.iidFile, files.metadataFile);
      const pushedDigest = metadata['containerimage.digest'];
      const { cachedSteps, totalSteps } = cacheSummary(parser.steps);
      return {
        imageId,
        digest: request.push && typeof pushedDigest === 'string' ? pushedDigest : null,
        tags: request.tags,
        durationMs,
        cachedSteps,
        totalSteps,
        cacheFrom: request.cacheFrom,
        cacheTo: request.cacheTo.length ? request.cacheTo : [DEFAULT_CACHE_TO],
        warnings: [],
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
      await rm(dir, { recursive: true, force: true });
    }
  });
}
