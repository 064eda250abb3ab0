import { defineRule } from '../rule.js';
import type { ShellCommand } from '../../dockerfile/shell.js';
import { isPipInstallCommand, packageInstall, packageName, PIP_VALUE_FLAGS } from './_practice/index.js';

/** Package words of an install command, as written (versions included); null when it is not one. */
export function installedPackages(cmd: ShellCommand): string[] | null {
  const system = packageInstall(cmd);
  if (system) return system.packages;
  if (!isPipInstallCommand(cmd)) return null;
  const words = cmd.argsNoFlags(PIP_VALUE_FLAGS);
  return words
    .slice(words.indexOf('install') + 1)
    .filter((w) => !/[/\\]|^\.|\.whl$|\.tar\.gz$|^git\+/.test(w));
}

/** The first adjacent pair out of alphabetical order (case-insensitive, versions ignored), or null. */
export function firstUnsortedPair(packages: readonly string[]): [string, string] | null {
  const names = packages.map((p) => packageName(p).replace(/\[.*$/, '').toLowerCase());
  for (let k = 1; k < names.length; k++)
    if (names[k - 1]! > names[k]!) return [packages[k - 1]!, packages[k]!];
  return null;
}

export default defineRule({
  meta: {
    id: 'package-list-sorted',
    aliases: [],
    severity: 'style',
    description:
      'Sort the packages of a multi-package install alphabetically (one per line) so diffs and duplicates are easy to see',
    defaultOn: false,
  },
  create(ctx) {
    return {
      RUN(ins) {
        for (const cmd of ins.script()?.commands ?? []) {
          const packages = installedPackages(cmd);
          // A variable expands to an unknown list; nothing to sort.
          if (!packages || packages.length < 2 || packages.some((p) => p.includes('$'))) continue;
          const pair = firstUnsortedPair(packages);
          if (pair) ctx.report(cmd, `Packages not sorted: "${pair[1]}" should come before "${pair[0]}"`);
        }
      },
    };
  },
});
