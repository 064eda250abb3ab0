// What the yum, dnf/microdnf and zypper rules share (hadolint DL3030–DL3041). A folder rather than
// a `_rpm.ts` file so the registry, which treats every `.ts` directly in rules/ as a rule, skips it.
import type { Flag } from '../../model.js';
import type { ShellCommand } from '../../shell.js';

/** hadolint's `cmdsHaveArgs`: the command is one of `names` and one of its words is in `words`. */
export function isCommandWith(
  cmd: ShellCommand,
  names: readonly string[],
  words: readonly string[],
): boolean {
  return names.includes(cmd.name) && cmd.args.some((a) => words.includes(a));
}

/**
 * A `--mount=type=cache` or `type=tmpfs` whose target contains `fragment` (hadolint's
 * `hasCacheOrTmpfsMountWith`): the package cache then never lands in the layer.
 */
export function hasCacheOrTmpfsMountWith(flags: readonly Flag[], fragment: string): boolean {
  return flags.some((f) => {
    if (f.name !== 'mount' || !f.value) return false;
    const opts = new Map<string, string>();
    for (const kv of f.value.split(',')) {
      const eq = kv.indexOf('=');
      opts.set(eq < 0 ? kv : kv.slice(0, eq), eq < 0 ? '' : kv.slice(eq + 1));
    }
    const type = opts.get('type');
    if (type !== 'cache' && type !== 'tmpfs') return false;
    const target = opts.get('target') ?? opts.get('dst') ?? opts.get('destination') ?? '';
    return target.includes(fragment);
  });
}

/** Words hadolint reads as `install`'s packages: non-flag words except the subcommand words. */
export function installWords(cmd: ShellCommand, subcommands: readonly string[]): string[] {
  return cmd.argsNoFlags().filter((a) => !subcommands.includes(a));
}

const VERSION_CHAR = /^[0-9A-Za-z.~^_:+]*$/;

/**
 * An RPM package spec that names a version: `name-1.2`, `gcc-c++-1.1.1`, `openssl-1:1.1.1k`, a
 * `.rpm` file. As hadolint (DL3033/DL3041) reads it: after the first `-`, every `-`-separated part
 * is made of version characters and one of them starts with a digit, so `rpm-sign` is not pinned.
 * A variable after a `-` (`git-core-${GIT_VER}`) is taken as a pinned version, as hadolint's tests
 * expect; a bare `$PKG` is not.
 */
export function rpmVersionPinned(spec: string): boolean {
  // A package file is a fixed artifact whatever its name (older hadolint releases agreed; the
  // current one asks for a dash first, which flags `/tmp/app.rpm`).
  if (spec.endsWith('.rpm')) return true;
  const parts = spec.split('-');
  if (parts.length <= 1) return false;
  if (spec.includes('$')) return true;
  const rest = parts.slice(1);
  return rest.every((p) => VERSION_CHAR.test(p)) && rest.some((p) => /^[0-9]/.test(p));
}
