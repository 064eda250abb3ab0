// Where the user's paths may lead. `file` and `context` must resolve, symlinks included, inside
// the workspace (the action) or the working directory (the CLI): a pull request must not be able
// to point shipshape at /etc/passwd or at a runner's secrets and have them linted into a comment.
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError } from './errors.js';

export interface PathRule {
  /** How errors name the option: `input file`, `--file`. */
  label: string;
  kind: 'file' | 'directory';
  /** What a valid value looks like, for the error. */
  example: string;
}

/** Whether `inner` is `root` or below it (both real, absolute paths). */
export function isInside(root: string, inner: string): boolean {
  const rel = relative(root, inner);
  // `..x` is a name inside; only `..` itself or `../…` climbs out.
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * The real path of `path` (relative to `root`), checked to exist, to be of the right kind and,
 * unless `allowOutside`, to lie inside `root` once every symlink is followed. Throws a UsageError
 * naming the option and what a valid value looks like.
 */
export async function resolveInside(
  root: string,
  path: string,
  rule: PathRule,
  allowOutside: boolean,
  rootName: string,
): Promise<string> {
  const hint = `give a ${rule.kind} inside the ${rootName}, e.g. ${rule.example}`;
  let real: string;
  try {
    real = await realpath(resolve(root, path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? (e as Error).message})`;
    throw new UsageError(`${rule.label}: "${path}" ${why}; ${hint}`);
  }
  const info = await stat(real);
  if (rule.kind === 'file' ? !info.isFile() : !info.isDirectory())
    throw new UsageError(`${rule.label}: "${path}" is not a ${rule.kind}; ${hint}`);
  if (!allowOutside && !isInside(await realpath(root), real))
    throw new UsageError(
      `${rule.label}: "${path}" resolves to ${real}, outside the ${rootName}; ${hint} (or allow it with allow-outside-workspace)`,
    );
  return real;
}

/** Where a run's `file` and `context` may lead, and how an error names them. */
export interface PathPolicy {
  /** Let them resolve outside the root (input `allow-outside-workspace`). */
  allowOutside: boolean;
  /** The option as the front door spells it: `input file`, `--file`. */
  label: (name: 'file' | 'context') => string;
  /** What the root is called in errors: `workspace`, `working directory`. */
  rootName: string;
}

/**
 * Checks the build's `file` and `context` against `root` (the workspace, or the CLI's working
 * directory) and returns their real paths, the ones that were checked, for the run to use.
 */
export async function checkBuildPaths(
  build: { file: string; context: string },
  root: string,
  options: PathPolicy,
): Promise<{ file: string; context: string }> {
  const file = await resolveInside(
    root,
    build.file,
    { label: options.label('file'), kind: 'file', example: 'Dockerfile or app/Dockerfile' },
    options.allowOutside,
    options.rootName,
  );
  const context = await resolveInside(
    root,
    build.context,
    { label: options.label('context'), kind: 'directory', example: '. or app' },
    options.allowOutside,
    options.rootName,
  );
  return { file, context };
}
