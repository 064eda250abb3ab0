// Where a baseline comes from: a report of the base branch's own run, an image in a registry,
// a rebuild of the merge-base, or at least the base version of the Dockerfile (for lint deltas).
// `auto` takes the best of these that is available and says which. Having none is normal (the
// first adoption), never an error: each source that cannot be used leaves a note instead.
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type {
  Baseline,
  BaselineMode,
  CompressedSource,
  ImageFacts,
  LayerFacts,
  Snapshot,
} from '../comparison.js';
import { parseDockerfile, type DockerfileModel } from '../dockerfile/model.js';
import { docker, exec } from '../exec.js';
import { makeTempDir, removeTempDir } from '../tempdir.js';
import type { Logger } from '../log.js';
import { PlatformMismatchError, readRegistryImage, type Credentials } from '../registry/client.js';
import type { Report } from '../report/types.js';
import type { BuildRequest, Finding } from '../types.js';

/**
 * The pipeline's own stages, handed in as functions so a baseline is linted, built and measured
 * exactly as the head was, and this module imports none of them (data flows forward only).
 */
export interface BaselineStages {
  /** Lints the base's version of the Dockerfile (`dockerfile` is null when it cannot be parsed). */
  lint(text: string, dockerfile: DockerfileModel | null): Promise<Finding[]>;
  /** Builds a request (the head's, pointed into a checkout of the base commit); the image id. */
  build(request: BuildRequest, dockerfile: DockerfileModel | null): Promise<string>;
  /**
   * Measures an image; with the Dockerfile it was built from, its layers get lines and stages.
   * `compressed`: whether the compressed size is wanted (a registry baseline has the registry's
   * unless the head's was computed, and then is computed the same way).
   */
  measure(imageId: string, dockerfile: DockerfileModel | null, compressed: boolean): Promise<ImageFacts>;
  /** The reports in a file, or in a directory of them. */
  readReports(path: string): Promise<Report[]>;
  /** A report's comparable facts; `dockerfile` overrides the text it carries. */
  snapshotOfReport(report: Report, dockerfile: DockerfileModel | null | undefined): Snapshot;
}

export interface BaselineRequest {
  mode: BaselineMode;
  /** `baseline-report`: a report file, or a directory of them (matched by key). */
  reportPath: string | null;
  /** `baseline-image`: a registry reference. */
  image: string | null;
  /** The base commit or branch (PR base sha, `GITHUB_BASE_REF`, `baseline-ref`). */
  baseRef: string | null;
  /** The checkout (a git work tree) that relative paths are resolved against. */
  cwd: string;
  /** The Dockerfile, relative to cwd, as the head run used it. */
  dockerfile: string;
  key: string;
  /** The head image's platform, to pick the same one from an index and to refuse a mismatch. */
  platform: string | null;
  /** The head's build request, rebuilt at the merge-base for `rebuild`. */
  build: BuildRequest | null;
  /** The head's image id: a rebuild that produced the same image must not remove it. */
  headImageId: string | null;
  /** How the head's compressed size was had: a registry baseline is then measured the same way. */
  headCompressedSource: CompressedSource | null;
  credentials?: Credentials | null;
  signal?: AbortSignal;
  stages: BaselineStages;
}

const GIT_TIMEOUT = 60_000;

function git(cwd: string, args: string[], timeoutMs = GIT_TIMEOUT) {
  return exec('git', ['-C', cwd, ...args], { timeoutMs, allowFailure: true });
}

// --- report -------------------------------------------------------------------------------------

/**
 * The base branch's report for this key; a single report with another key is used all the same,
 * with that key as `otherKey` (and a note), so the comment can say the baseline may be another image.
 */
export async function loadReportBaseline(
  path: string,
  key: string,
  notes: string[],
  readReports: BaselineStages['readReports'],
): Promise<{ report: Report; otherKey: string | null } | null> {
  if (!existsSync(path)) {
    notes.push(
      `no baseline report at ${path} yet (the base branch has not produced one; normal on first adoption)`,
    );
    return null;
  }
  const reports = await readReports(path);
  const match = reports.find((r) => r.key === key);
  if (match) return { report: match, otherKey: null };
  if (reports.length === 1) {
    const otherKey = reports[0]!.key;
    notes.push(
      `the baseline report's key "${otherKey}" is not "${key}"; compared anyway as it is the only one`,
    );
    return { report: reports[0]!, otherKey };
  }
  notes.push(
    reports.length
      ? `none of the ${reports.length} reports at ${path} has the key "${key}"`
      : `${path} holds no shipshape report`,
  );
  return null;
}

// --- git ----------------------------------------------------------------------------------------

/** Resolves the base to a commit, fetching just that commit when the checkout is shallow. */
export async function resolveBaseCommit(
  cwd: string,
  ref: string,
  notes: string[],
  log: Logger,
): Promise<string | null> {
  const verify = async () => {
    const r = await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return r.code === 0 ? r.stdout.trim() : null;
  };
  let sha = (await verify()) ?? null;
  if (!sha) {
    const remoteRef = /^[0-9a-f]{40}$/.test(ref) ? ref : ref.replace(/^origin\//, '');
    log.info(`Fetching the base commit ${remoteRef} (depth 1)`);
    const fetched = await git(cwd, ['fetch', '--no-tags', '--depth=1', 'origin', remoteRef]);
    if (fetched.code === 0)
      sha =
        (await verify()) ??
        (await git(cwd, ['rev-parse', '--verify', '--quiet', 'FETCH_HEAD^{commit}'])).stdout.trim() ??
        null;
    if (!sha) {
      notes.push(
        `the base commit ${ref} is not in the checkout and could not be fetched${fetched.stderr ? `: ${fetched.stderr.trim().split('\n').pop()}` : ''}`,
      );
      return null;
    }
  }
  // On a PR's merge checkout the merge-base is the base itself; in a deep branch checkout it is
  // where the branch left the base. A shallow history may not know it: the base is then used.
  const mb = await git(cwd, ['merge-base', 'HEAD', sha]);
  return mb.code === 0 && mb.stdout.trim() ? mb.stdout.trim() : sha;
}

async function repoPath(cwd: string, file: string): Promise<{ top: string; rel: string } | null> {
  const top = await git(cwd, ['rev-parse', '--show-toplevel']);
  if (top.code !== 0) return null;
  const root = top.stdout.trim();
  return {
    top: root,
    rel: relative(root, isAbsolute(file) ? file : resolve(cwd, file))
      .split('\\')
      .join('/'),
  };
}

/** The Dockerfile as it is in the base commit (`git show`), or null when it did not exist there. */
export async function baseDockerfile(cwd: string, commit: string, file: string): Promise<string | null> {
  const where = await repoPath(cwd, file);
  if (!where) return null;
  const r = await git(cwd, ['show', `${commit}:${where.rel}`]);
  return r.code === 0 ? r.stdout : null;
}

/** The base commit's version of the Dockerfile, read and parsed once for every use. */
interface BaseDockerfile {
  text: string;
  model: DockerfileModel;
}

async function baseLint(request: BaselineRequest, base: BaseDockerfile | null): Promise<Snapshot['lint']> {
  if (!base) return null;
  return { findings: await request.stages.lint(base.text, base.model), dockerfile: base.model };
}

// --- image --------------------------------------------------------------------------------------

interface Inspected {
  Id: string;
  RepoDigests?: string[];
}

async function localImage(ref: string): Promise<Inspected | null> {
  const r = await docker(['image', 'inspect', ref], { timeoutMs: 30_000, allowFailure: true });
  if (r.code !== 0) return null;
  return (JSON.parse(r.stdout) as Inspected[])[0] ?? null;
}

/**
 * Registry layers (blob digests and sizes) and the engine's (uncompressed sizes, lines, keys)
 * joined by diff ID. `computed`: the engine's compressed sizes were gzipped here, to be compared
 * like for like with a head whose sizes were too; they then stand in for the registry's.
 */
function mergeLayers(registry: LayerFacts[], engine: LayerFacts[], computed: boolean): LayerFacts[] {
  if (!engine.length) return registry;
  const byDiff = new Map(registry.map((l) => [l.diffId, l]));
  return engine.map((l) => {
    const r = byDiff.get(l.diffId);
    return {
      ...l,
      digest: computed ? null : (r?.digest ?? l.digest),
      compressedSizeBytes: computed
        ? l.compressedSizeBytes
        : (r?.compressedSizeBytes ?? l.compressedSizeBytes),
      createdBy: l.createdBy ?? r?.createdBy ?? null,
      instructionKey: l.instructionKey ?? r?.instructionKey ?? null,
    };
  });
}

async function imageBaseline(
  request: BaselineRequest,
  ref: string,
  dockerfile: DockerfileModel | null,
  notes: string[],
  log: Logger,
): Promise<ImageFacts | null> {
  const registry = await readRegistryImage(ref, request.platform, { credentials: request.credentials });
  log.info(
    `Baseline image ${ref}: ${registry.layers.length} layers, ${registry.compressedSizeBytes} bytes compressed (from the registry manifest)`,
  );
  const facts: ImageFacts = {
    sizeBytes: null,
    compressedSizeBytes: registry.compressedSizeBytes,
    compressedSource: 'registry',
    layerCount: registry.layers.length,
    reclaimableBytes: null,
    layers: registry.layers,
    user: registry.user,
    platform: registry.platform,
  };
  const pinned = `${registry.reference.registry === 'docker.io' ? '' : `${registry.reference.registry}/`}${registry.reference.repository}@${registry.digest}`;
  let local = registry.digest ? await localImage(pinned) : null;
  let pulled = false;
  if (!local) {
    // A registry has compressed sizes only: the uncompressed ones, and the layers' sizes per
    // instruction, need the image itself.
    log.info(`Pulling ${ref} for its uncompressed sizes and layers`);
    const pull = await docker(['pull', '--platform', registry.platform, pinned], {
      timeoutMs: 600_000,
      allowFailure: true,
      signal: request.signal,
    });
    if (pull.code === 0) {
      local = await localImage(pinned);
      pulled = true;
    } else
      notes.push(`could not pull ${ref} for its uncompressed sizes: ${pull.stderr.trim().split('\n').pop()}`);
  }
  if (local) {
    // A head whose compressed size was computed here is compared with a base computed the same
    // way, not with the registry's blobs (another compressor, another figure).
    const computed = request.headCompressedSource === 'computed';
    try {
      const measured = await request.stages.measure(local.Id, dockerfile, computed);
      facts.sizeBytes = measured.sizeBytes;
      facts.reclaimableBytes = measured.reclaimableBytes;
      facts.layers = mergeLayers(registry.layers, measured.layers, computed);
      if (computed && measured.compressedSizeBytes !== null) {
        facts.compressedSizeBytes = measured.compressedSizeBytes;
        facts.compressedSource = 'computed';
      }
    } finally {
      if (pulled && local.Id !== request.headImageId)
        await docker(['image', 'rm', pinned], { timeoutMs: 60_000, allowFailure: true });
    }
  }
  return facts;
}

// --- rebuild ------------------------------------------------------------------------------------

async function rebuildBaseline(
  request: BaselineRequest,
  commit: string,
  dockerfile: DockerfileModel | null,
  notes: string[],
): Promise<ImageFacts | null> {
  if (!request.build) return null;
  const where = await repoPath(request.cwd, request.dockerfile);
  if (!where) return null;
  const dir = await makeTempDir('shipshape-base-');
  const tree = join(dir, 'tree');
  const added = await git(request.cwd, ['worktree', 'add', '--detach', tree, commit], 120_000);
  if (added.code !== 0) {
    notes.push(
      `could not check out ${commit.slice(0, 7)} in a worktree: ${added.stderr.trim().split('\n').pop()}`,
    );
    await removeTempDir(dir);
    return null;
  }
  let imageId: string | null = null;
  try {
    const inTree = (p: string) =>
      join(tree, relative(where.top, isAbsolute(p) ? p : resolve(request.cwd, p)));
    const file = inTree(request.dockerfile);
    // Same builder, same cache: layers the PR did not change are cache hits and cost nothing.
    const build: BuildRequest = {
      ...request.build,
      file,
      context: inTree(request.build.context),
      tags: [],
      push: false,
      load: true,
      cacheTo: [],
    };
    imageId = await request.stages.build(build, dockerfile);
    return await request.stages.measure(imageId, dockerfile, true);
  } catch (e) {
    notes.push(
      `the base commit ${commit.slice(0, 7)} could not be rebuilt: ${(e as Error).message.split('\n')[0]}`,
    );
    return null;
  } finally {
    await git(request.cwd, ['worktree', 'remove', '--force', tree], 120_000);
    await removeTempDir(dir);
    if (imageId && imageId !== request.headImageId)
      await docker(['image', 'rm', imageId], { timeoutMs: 60_000, allowFailure: true });
  }
}

// --- choosing -----------------------------------------------------------------------------------

function short(ref: string): string {
  return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref;
}

/**
 * Loads the baseline the request asks for (or, for `auto`, the best available: a report, then a
 * registry image, then a rebuild of the merge-base), with lint findings of the base taken from
 * the base version of the Dockerfile whenever the report does not carry them.
 */
export async function loadBaseline(request: BaselineRequest, log: Logger): Promise<Baseline | null> {
  if (request.mode === 'none') return null;
  const notes: string[] = [];
  const auto = request.mode === 'auto';
  const wants = (m: BaselineMode) => auto || request.mode === m;
  const at = (p: string) => (isAbsolute(p) ? p : resolve(request.cwd, p));

  let commit: string | null = null;
  const commitOnce = async () => {
    if (commit === null && request.baseRef)
      commit = (await resolveBaseCommit(request.cwd, request.baseRef, notes, log)) ?? '';
    return commit || null;
  };
  // The base commit's Dockerfile, read and parsed once: the image and rebuild baselines align
  // their layers to it, and its findings are the base's lint.
  let base: BaseDockerfile | null | undefined;
  const baseDockerfileOnce = async (): Promise<BaseDockerfile | null> => {
    if (base !== undefined) return base;
    const c = await commitOnce();
    const text = c ? await baseDockerfile(request.cwd, c, request.dockerfile) : null;
    if (c && text === null)
      notes.push(`${request.dockerfile} does not exist in the base commit ${c.slice(0, 7)}`);
    base = text === null ? null : { text, model: parseDockerfile(text) };
    return base;
  };

  if (wants('report')) {
    if (request.reportPath) {
      const found = await loadReportBaseline(
        at(request.reportPath),
        request.key,
        notes,
        request.stages.readReports,
      );
      if (found) {
        const { report, otherKey } = found;
        const base = report.context?.sha ?? null;
        // An older report may not carry its Dockerfile: the base commit's version stands in.
        const text =
          report.lint.dockerfileText ||
          (base ? await baseDockerfile(request.cwd, base, request.dockerfile).catch(() => null) : null);
        return {
          source: 'report',
          requested: request.mode,
          ref: request.reportPath,
          description: `the report of ${base ? `commit ${base.slice(0, 7)}` : 'the base branch'} (${request.reportPath})`,
          snapshot: request.stages.snapshotOfReport(report, text === null ? null : parseDockerfile(text)),
          otherKey,
          notes,
        };
      }
    } else if (!auto)
      notes.push('baseline: report needs baseline-report (the path of the base branch report)');
  }

  if (wants('image')) {
    if (request.image) {
      try {
        const dockerfile = await baseDockerfileOnce();
        const image = await imageBaseline(request, request.image, dockerfile?.model ?? null, notes, log);
        const lint = await baseLint(request, dockerfile);
        return {
          source: 'image',
          requested: request.mode,
          ref: request.image,
          description: `the image ${request.image}`,
          snapshot: { image, lint, runtime: null, cache: null },
          notes,
        };
      } catch (e) {
        if (e instanceof PlatformMismatchError) {
          return {
            source: 'image',
            requested: request.mode,
            ref: request.image,
            description: `the image ${request.image}`,
            snapshot: {
              image: null,
              lint: await baseLint(request, await baseDockerfileOnce()),
              runtime: null,
              cache: null,
            },
            refused: e.message,
            notes,
          };
        }
        notes.push(`the baseline image ${request.image} could not be read: ${(e as Error).message}`);
      }
    } else if (!auto) notes.push('baseline: image needs baseline-image (a registry reference)');
  }

  const c = await commitOnce();
  if (!c && !request.baseRef) notes.push('no base commit is known (not a pull request, and no baseline-ref)');
  if (c && wants('rebuild')) {
    log.info(`Rebuilding the base commit ${c.slice(0, 7)} as the baseline`);
    const dockerfile = await baseDockerfileOnce();
    const image = dockerfile ? await rebuildBaseline(request, c, dockerfile.model, notes) : null;
    if (image) {
      return {
        source: 'rebuild',
        requested: request.mode,
        ref: c,
        description: `a rebuild of the base commit ${short(c)}`,
        snapshot: { image, lint: await baseLint(request, dockerfile), runtime: null, cache: null },
        notes,
      };
    }
  }
  if (c) {
    const lint = await baseLint(request, await baseDockerfileOnce());
    if (lint) {
      return {
        source: 'lint-only',
        requested: request.mode,
        ref: c,
        description: `the Dockerfile of the base commit ${short(c)} (lint only)`,
        snapshot: { image: null, lint, runtime: null, cache: null },
        notes,
      };
    }
  }
  for (const n of notes) log.info(`baseline: ${n}`);
  return null;
}

/** The notes a missing baseline leaves, for the log (loadBaseline logs them itself when it returns null). */
export function describeBaseline(b: Baseline): string {
  return `${b.description}${b.requested === 'auto' ? ` (baseline: auto chose ${b.source})` : ''}`;
}
