// Decides which cache flags a build really gets, and says why when the configured cache cannot
// work. Pure: the builder's driver and the fallback ref are looked up by the caller.
import type { BuildRequest } from '../types.js';
import { DEFAULT_CACHE_TO } from './args.js';

export interface CacheContext {
  /** The builder's driver as `docker buildx inspect` reports it ("docker", "docker-container", …). */
  driver: string;
  /** The engine's image store; the docker driver's cache backends depend on it. Default: classic. */
  imageStore?: 'containerd' | 'classic';
  /** A registry image that carries inline cache (baseline image, base branch tag); used only when no cache-from was given. */
  fallbackRef?: string | null;
}

export interface CachePlan {
  cacheFrom: string[];
  cacheTo: string[];
  warnings: string[];
  /** Worth a line in the build log, not a warning on every run. */
  notes: string[];
}

/** The cache backend type of a `--cache-from`/`--cache-to` value; a bare ref means a registry. */
export function cacheType(spec: string): string {
  for (const field of spec.split(',')) {
    const [key, value] = field.split('=', 2);
    if (key?.trim() === 'type' && value !== undefined) return value.trim();
  }
  // buildx reads a value without "=" as a registry ref; one with fields but no type it rejects.
  return spec.includes('=') ? '' : 'registry';
}

// What the docker driver's embedded BuildKit can do, per buildx's cache backend docs. On the classic
// image store exporting anything but inline fails the build ("Cache export is not supported for
// the docker driver"), type=gha is accepted and silently does nothing, and only registry (incl.
// inline cache carried by an image) can be imported. On the containerd image store the docker
// driver exports and imports inline, local, registry and gha cache (buildx 0.29 on Docker 28.5
// exports type=local here).
const DOCKER_DRIVER_EXPORTS = {
  classic: new Set(['inline']),
  containerd: new Set(['inline', 'local', 'registry', 'gha']),
};
const DOCKER_DRIVER_IMPORTS = {
  classic: new Set(['registry']),
  containerd: new Set(['local', 'registry', 'gha']),
};

const NEEDS_BUILDER =
  'create a builder with the docker-container driver (docker/setup-buildx-action does) and pass it as `builder`';

export function planCache(request: BuildRequest, context: CacheContext): CachePlan {
  const warnings: string[] = [];
  const notes: string[] = [];
  let cacheFrom = request.cacheFrom;
  let cacheTo = request.cacheTo.length ? request.cacheTo : [DEFAULT_CACHE_TO];

  if (!cacheFrom.length && context.fallbackRef) {
    cacheFrom = [`type=registry,ref=${context.fallbackRef}`];
  }

  if (context.driver === 'docker') {
    const store = context.imageStore ?? 'classic';
    const exports = DOCKER_DRIVER_EXPORTS[store];
    const imports = DOCKER_DRIVER_IMPORTS[store];
    const droppedTo = cacheTo.filter((c) => !exports.has(cacheType(c)));
    const droppedFrom = cacheFrom.filter((c) => !imports.has(cacheType(c)));
    const on = `the builder uses the docker driver on the ${store} image store`;
    for (const c of droppedTo) {
      warnings.push(
        `cache-to ${c} ignored: ${on}, which can only export ${[...exports].join(', ')} cache; ${NEEDS_BUILDER}`,
      );
    }
    for (const c of droppedFrom) {
      warnings.push(
        `cache-from ${c} ignored: ${on}, which can only import ${[...imports].join(', ')} cache; ${NEEDS_BUILDER}`,
      );
    }
    cacheTo = cacheTo.filter((c) => !droppedTo.includes(c));
    cacheFrom = cacheFrom.filter((c) => !droppedFrom.includes(c));
  }

  if (!request.push && cacheTo.some((c) => cacheType(c) === 'inline')) {
    const why =
      'inline cache is stored in the image, and this image is not pushed: no later build on another machine can use it; ' +
      'push the image (e.g. on the base branch) or export the cache elsewhere with cache-to';
    // Asked for explicitly, it is a misconfiguration. As the default on a pull request build that
    // does not push (the usual case, while the base branch build pushes), it is only worth a note.
    if (request.cacheTo.length) warnings.push(why);
    else notes.push(why);
  }
  if (request.noCache && cacheFrom.length) {
    warnings.push('no-cache is set, so the cache-from sources are not used for this build');
  }
  return { cacheFrom, cacheTo, warnings, notes };
}

/**
 * BuildKit reports a cache source it could not read as a failed "importing cache manifest from …"
 * step and builds on without it; that deserves a warning, not silence.
 */
export function unreadableCacheSources(steps: readonly { name: string; error: string | null }[]): string[] {
  return steps
    .filter((s) => s.error !== null && s.name.startsWith('importing cache manifest from '))
    .map(
      (s) =>
        `cache-from ${s.name.slice('importing cache manifest from '.length)} could not be read (${s.error}); built without it`,
    );
}
