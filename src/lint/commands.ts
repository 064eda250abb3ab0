// Command recognisers several rules share, written once so they agree (hadolint's Shell helpers).
import type { ShellCommand } from './shell.js';

/** `pip install …`, `pip3 install …`, `python -m pip install …` (hadolint's isPipInstall). */
export function isPipInstall(cmd: ShellCommand): boolean {
  if (cmd.name.startsWith('pip') && cmd.args.includes('install')) return true;
  if (!cmd.name.startsWith('python')) return false;
  const a = cmd.args;
  return a.some((x, k) => x === '-m' && a[k + 1] === 'pip' && a[k + 2] === 'install');
}

/** pipx / pipenv (also as `python -m pipx`): they manage their own environments and caches. */
export function isPipWrapper(cmd: ShellCommand): boolean {
  const wrapper = (w: string): boolean =>
    cmd.name.includes(w) ||
    (cmd.name.startsWith('python') && cmd.args.some((x, k) => x === '-m' && cmd.args[k + 1] === w));
  return wrapper('pipx') || wrapper('pipenv');
}

/** `apt-get install …` (also `apt-get -y install`). */
export function isAptGetInstall(cmd: ShellCommand): boolean {
  return cmd.is('apt-get', 'install');
}

/** A `RUN --mount=type=cache,…` flag value is present (optionally for a target path prefix). */
export function hasCacheMount(
  flags: { name: string; value: string | null }[],
  targetPrefix?: string,
): boolean {
  return flags.some((f) => {
    if (f.name !== 'mount' || !f.value) return false;
    const opts = new Map(
      f.value.split(',').map((kv) => [kv.split('=')[0]!, kv.split('=').slice(1).join('=')] as const),
    );
    if (opts.get('type') !== 'cache') return false;
    if (targetPrefix === undefined) return true;
    const target = opts.get('target') ?? opts.get('dst') ?? opts.get('destination') ?? '';
    return target.startsWith(targetPrefix);
  });
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
