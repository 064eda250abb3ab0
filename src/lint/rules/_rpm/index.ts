// What the yum, dnf/microdnf and zypper rules share (hadolint DL3030–DL3041). A folder rather than a `_rpm.ts` file so the registry, which treats
// every `.ts` directly in rules/ as a rule, skips it.
import type { Instruction } from '../../../dockerfile/model.js';
import type { ShellCommand } from '../../../dockerfile/shell.js';
import type { RuleContext, Visitor } from '../../rule.js';

/** hadolint's `cmdsHaveArgs`: the command is one of `names` and one of its words is in `words`. */
export function isCommandWith(
  cmd: ShellCommand,
  names: readonly string[],
  words: readonly string[],
): boolean {
  return names.includes(cmd.name) && cmd.args.some((a) => words.includes(a));
}

/** Words hadolint reads as `install`'s packages: non-flag words except the subcommand words. */
export function installWords(cmd: ShellCommand, subcommands: readonly string[]): string[] {
  return cmd.argsNoFlags().filter((a) => !subcommands.includes(a));
}

/**
 * Whether a RUN cleans up after its installs: some command `isClean` comes after the last command
 * `isInstall` (a clean before the install empties a cache that the install fills again). null when
 * nothing is installed. hadolint compares the first install with the first clean; taking the last
 * install keeps `clean && install && clean` fine and `install && clean && install` reported.
 */
export function cleanedAfterInstall(
  commands: readonly ShellCommand[],
  isInstall: (c: ShellCommand) => boolean,
  isClean: (c: ShellCommand) => boolean,
): boolean | null {
  let lastInstall = -1;
  commands.forEach((c, k) => {
    if (isInstall(c)) lastInstall = k;
  });
  if (lastInstall < 0) return null;
  return commands.some((c, k) => k > lastInstall && isClean(c));
}

/** Names a word refers to: `$NAME`, `${NAME}`, `${NAME:-default}`. */
function referencedVariables(word: string): string[] {
  return [...word.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!);
}

/**
 * Variables a version may come from, as hadolint (DL3033/DL3041) tracks them: an ENV of this stage
 * or of the stage it builds on (`ins.vars`), or an ARG anywhere earlier in the file — hadolint keeps
 * ARG names across stages. Feed `noteArg` every ARG; `isDeclared(ins)` answers for a RUN.
 */
export function declaredVariables(): {
  noteArg(ins: Instruction): void;
  isDeclared(ins: Instruction): (name: string) => boolean;
} {
  const args = new Set<string>();
  return {
    noteArg(ins) {
      for (const p of ins.pairs) args.add(p.key);
    },
    isDeclared: (ins) => (name) => args.has(name) || ins.vars.has(name),
  };
}

/**
 * The unpinned packages of the `<names> install` commands of a RUN (DL3033/DL3041): a module is
 * pinned by its stream (`module install nodejs:18`), a `group install` names a group, which has no
 * version, and anything else needs `rpmVersionPinned`.
 */
export function unpinnedRpmPackages(
  ins: Instruction,
  names: readonly string[],
  isDeclared: (name: string) => boolean,
): string[] {
  const unpinned: string[] = [];
  for (const c of ins.script()?.commands ?? []) {
    if (!isCommandWith(c, names, ['install'])) continue;
    const isModule = c.hasArg('module');
    if (c.hasArg('group') && !isModule) continue;
    const words = installWords(c, ['install', 'module']);
    unpinned.push(...words.filter((w) => (isModule ? !w.includes(':') : !rpmVersionPinned(w, isDeclared))));
  }
  return unpinned;
}

const VERSION_CHAR = /^[0-9A-Za-z.~^_:+]*$/;

/**
 * An RPM package spec that names a version: `name-1.2`, `gcc-c++-1.1.1`, `openssl-1:1.1.1k`, a
 * `.rpm` file. As hadolint (DL3033/DL3041) reads it: after the first `-`, every `-`-separated part
 * is made of version characters and one of them starts with a digit, so `rpm-sign` is not pinned.
 * A variable after a `-` (`git-core-${GIT_VER}`) pins only when `isDeclared` knows it (an ARG or
 * ENV of the Dockerfile, as hadolint checks); a bare `$PKG` is not pinned.
 */
export function rpmVersionPinned(spec: string, isDeclared: (name: string) => boolean = () => false): boolean {
  // A package file is a fixed artifact whatever its name (older hadolint releases agreed; the
  // current one asks for a dash first, which flags `/tmp/app.rpm`).
  if (spec.endsWith('.rpm')) return true;
  const parts = spec.split('-');
  if (parts.length <= 1) return false;
  if (spec.includes('$')) return referencedVariables(spec).some(isDeclared);
  const rest = parts.slice(1);
  return rest.every((p) => VERSION_CHAR.test(p)) && rest.some((p) => /^[0-9]/.test(p));
}

/**
 * The `create` of the yum and dnf pin rules (DL3033, DL3041): one finding per RUN that installs
 * unpinned packages with one of `tools`, naming them.
 */
export function pinVersionsCheck(tools: readonly string[]): (ctx: RuleContext) => Visitor {
  return (ctx) => {
    const variables = declaredVariables();
    return {
      ARG(ins) {
        variables.noteArg(ins);
      },
      RUN(ins) {
        const unpinned = unpinnedRpmPackages(ins, tools, variables.isDeclared(ins));
        if (unpinned.length > 0)
          ctx.report(
            ins,
            `Specify version with \`${tools[0]} install -y <package>-<version>\` (unpinned: ${unpinned.join(', ')})`,
          );
      },
    };
  };
}
