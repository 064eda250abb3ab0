// The `docker buildx build` argument list, built from a BuildRequest with no side effects so every
// combination of inputs can be table-tested. Order follows the CLI help; the context is always last
// because buildx treats the first positional argument as the context.
import type { BuildRequest } from '../types.js';

/** `rawjson` (buildx ≥ 0.12) gives per-step cache hits and logs we can parse; `plain` is the fallback. */
export type ProgressMode = 'rawjson' | 'plain';

export interface BuildxFiles {
  iidFile: string;
  metadataFile: string;
}

export interface BuildxArgsOptions {
  progress?: ProgressMode;
}

/** Inline cache by default, so a pushed image carries the cache the next CI run pulls. */
export const DEFAULT_CACHE_TO = 'type=inline';

function repeated(flag: string, values: readonly string[]): string[] {
  return values.flatMap((value) => [flag, value]);
}

export function buildxArgs(
  request: BuildRequest,
  files: BuildxFiles,
  options: BuildxArgsOptions = {},
): string[] {
  const args = ['buildx', 'build'];
  if (request.builder) args.push('--builder', request.builder);
  if (request.file) args.push('--file', request.file);
  if (request.target) args.push('--target', request.target);
  args.push(...repeated('--build-arg', request.buildArgs));
  args.push(...repeated('--tag', request.tags));
  args.push(...repeated('--label', request.labels));
  if (request.platforms.length) args.push('--platform', request.platforms.join(','));
  if (request.push) args.push('--push');
  if (request.load) args.push('--load');
  if (request.pull) args.push('--pull');
  if (request.noCache) args.push('--no-cache');
  args.push(...repeated('--cache-from', request.cacheFrom));
  args.push(...repeated('--cache-to', request.cacheTo.length ? request.cacheTo : [DEFAULT_CACHE_TO]));
  if (request.network) args.push('--network', request.network);
  args.push(...repeated('--secret', request.secrets));
  args.push('--iidfile', files.iidFile);
  args.push('--metadata-file', files.metadataFile);
  args.push(`--progress=${options.progress ?? 'plain'}`);
  args.push(request.context);
  return args;
}
