// Command recognisers several rules share, written once so they agree (hadolint's Shell helpers).
import type { Flag } from '../dockerfile/model.js';
import type { ShellCommand } from '../dockerfile/shell.js';

/** The last path segment of a command word (`/opt/venv/bin/pip3` → `pip3`). */
function toolName(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}

/** pip itself, by name or path: `pip`, `pip3`, `pip3.12`, `/venv/bin/pip`, `/usr/local/bin/pip3`. */
const PIP = /^pip(\d+(\.\d+)*)?$/;
/** A Python interpreter, by name or path: `python`, `python3`, `python3.12`, `/venv/bin/python`. */
const PYTHON = /^python(\d+(\.\d+)*)?$/;

/** `python -m <module>` (any interpreter, by name or path). */
function runsModule(cmd: ShellCommand, module: string): boolean {
  return PYTHON.test(toolName(cmd.name)) && cmd.args.some((x, k) => x === '-m' && cmd.args[k + 1] === module);
}

/**
 * `pip install …` as every pip rule reads it, the one reader they share: pip by name, version or
 * path (`pip3.12`, `/opt/venv/bin/pip`), and `python -m pip install` by any interpreter
 * (`python3.12 -m pip`, `/venv/bin/python -m pip`). hadolint's isPipInstall knows the bare names.
 */
export function isPipInstall(cmd: ShellCommand): boolean {
  if (PIP.test(toolName(cmd.name))) return cmd.args.includes('install');
  const a = cmd.args;
  return (
    runsModule(cmd, 'pip') && a.some((x, k) => x === '-m' && a[k + 1] === 'pip' && a[k + 2] === 'install')
  );
}

/** `pipx install …` (also `python -m pipx install`): installs a tool, at whatever version is newest. */
export function isPipxInstall(cmd: ShellCommand): boolean {
  return (toolName(cmd.name) === 'pipx' || runsModule(cmd, 'pipx')) && cmd.args.includes('install');
}

/** pipx / pipenv (also as `python -m pipx`, or by path): they manage their own environments and caches. */
export function isPipWrapper(cmd: ShellCommand): boolean {
  const name = toolName(cmd.name);
  return (
    name.includes('pipx') || name.includes('pipenv') || runsModule(cmd, 'pipx') || runsModule(cmd, 'pipenv')
  );
}

/** `apt-get install …` (also `apt-get -y install`). */
export function isAptGetInstall(cmd: ShellCommand): boolean {
  return cmd.is('apt-get', 'install');
}

/** The `--mount=…` flags of a RUN, each as its options (`type`, `target`, …). */
function mountsOf(flags: readonly Flag[]): Map<string, string>[] {
  const mounts: Map<string, string>[] = [];
  for (const f of flags) {
    if (f.name !== 'mount' || !f.value) continue;
    const opts = new Map<string, string>();
    for (const kv of f.value.split(',')) {
      const eq = kv.indexOf('=');
      opts.set(eq < 0 ? kv : kv.slice(0, eq), eq < 0 ? '' : kv.slice(eq + 1));
    }
    mounts.push(opts);
  }
  return mounts;
}

const targetOf = (opts: Map<string, string>): string =>
  opts.get('target') ?? opts.get('dst') ?? opts.get('destination') ?? '';

/** Targets of the `--mount=type=cache` and `type=tmpfs` flags: what lives there never lands in the layer. */
export function cacheOrTmpfsMountTargets(flags: readonly Flag[]): string[] {
  return mountsOf(flags)
    .filter((m) => m.get('type') === 'cache' || m.get('type') === 'tmpfs')
    .map(targetOf);
}

/** A cache or tmpfs mount whose target contains `fragment` (hadolint's `hasCacheOrTmpfsMountWith`). */
export function hasCacheOrTmpfsMountWith(flags: readonly Flag[], fragment: string): boolean {
  return cacheOrTmpfsMountTargets(flags).some((t) => t.includes(fragment));
}

export const TRUTHY = new Set(['1', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'yes', 'Yes', 'YES']);

/** The package words of `apt-get install` (hadolint's reading: non-flag words except `install`, `-t X` dropped). */
export function aptGetPackages(cmd: ShellCommand): string[] {
  const dropped = new Set<number>();
  for (const f of cmd.flags) if (f.name === 't' || f.name === 'target-release') dropped.add(f.argIndex + 1);
  return cmd.args.filter(
    (a, k) => !dropped.has(k) && a !== 'install' && !(a.startsWith('-') && a !== '-' && a !== '--'),
  );
}
