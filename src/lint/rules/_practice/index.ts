// Helpers shared by shipshape's own practice rules (the ones without a hadolint code): what the
// final image inherits from earlier stages, what its process is, which packages a command installs.
// A folder rather than `rules/_practice.ts` because every `.ts` file directly in `rules/` is a rule
// for the registry test.
import type { ImageRef, Instruction, Stage } from '../../../dockerfile/model.js';
import { isPipInstall } from '../../commands.js';
import { parseShellScript, type ShellCommand } from '../../../dockerfile/shell.js';

/** The last path segment of a command (`/usr/bin/apt-get` → `apt-get`). */
export function baseName(word: string): string {
  return word.split('/').pop() ?? word;
}

/** The stage and the stages it builds on (`FROM builder`), nearest first. */
export function stageChain(stage: Stage): Stage[] {
  const chain: Stage[] = [];
  for (let s: Stage | null = stage; s && !chain.includes(s); s = s.from.parentStage) chain.push(s);
  return chain;
}

/** The final stage of the file, or null when there is no FROM. */
export function finalStage(stages: readonly Stage[]): Stage | null {
  return stages.find((s) => s.isFinal) ?? null;
}

/** Instructions the image of `stage` is made of: its ancestors' first, ONBUILD wrappers excluded. */
export function imageInstructions(stage: Stage): Instruction[] {
  return stageChain(stage)
    .reverse()
    .flatMap((s) => s.instructions.filter((i) => i.keyword !== 'ONBUILD'));
}

/** The external image at the root of a stage chain (with global ARGs substituted when it has any). */
export function rootImage(stage: Stage): { ref: ImageRef; stage: Stage } | null {
  const root = stageChain(stage).pop()!;
  if (root.from.parentStage) return null;
  return { ref: root.from.resolved ?? root.from, stage: root };
}

/** The `ENTRYPOINT` and `CMD` that end up in the image of `stage`, as Docker applies them. */
export function imageProcess(stage: Stage): { entrypoint: Instruction | null; cmd: Instruction | null } {
  let entrypoint: Instruction | null = null;
  let cmd: Instruction | null = null;
  for (const s of stageChain(stage).reverse()) {
    let cmdSetHere = false;
    for (const ins of s.instructions) {
      if (ins.keyword === 'CMD') {
        cmd = ins;
        cmdSetHere = true;
      } else if (ins.keyword === 'ENTRYPOINT') {
        entrypoint = ins;
        // Docker: an ENTRYPOINT resets a CMD inherited from the base, not one set in the same stage.
        if (!cmdSetHere) cmd = null;
      }
    }
  }
  return { entrypoint, cmd };
}

/** The argv Docker runs for a CMD/ENTRYPOINT: the JSON array, or the SHELL plus the text. */
export function processWords(ins: Instruction): string[] {
  return ins.json ?? [...ins.shell, ins.args];
}

/** The process argv of an image: exec-form ENTRYPOINT + CMD, or a shell-form ENTRYPOINT alone. */
export function effectiveArgv(process: {
  entrypoint: Instruction | null;
  cmd: Instruction | null;
}): string[] {
  const { entrypoint, cmd } = process;
  if (entrypoint) {
    if (!entrypoint.json) return processWords(entrypoint);
    return [...entrypoint.json, ...(cmd ? processWords(cmd) : [])];
  }
  return cmd ? processWords(cmd) : [];
}

function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The simple commands an argv runs, through the engine's shell model: `sh -c '…'` (anywhere in the
 * argv, e.g. after `tini --`) is parsed into its commands; other words stay one command.
 */
export function argvCommands(argv: string[], line: number): ShellCommand[] {
  if (argv.length === 0) return [];
  const out = parseShellScript(argv.map(shellQuote).join(' '), () => line).commands;
  const nested: ShellCommand[] = [];
  for (const cmd of out) {
    const words = cmd.argv;
    const shellAt = words.findIndex(
      (w, k) => k > 0 && isShell(w) && /^-[a-z]*c[a-z]*$/.test(words[k + 1] ?? ''),
    );
    if (shellAt > 0 && words[shellAt + 2] !== undefined)
      nested.push(...parseShellScript(words[shellAt + 2]!, () => line).commands);
  }
  return [...out, ...nested];
}

function isShell(word: string): boolean {
  return ['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh'].includes(baseName(word));
}

/** The commands of one CMD/ENTRYPOINT instruction (null under a non-POSIX SHELL in shell form). */
export function instructionCommands(ins: Instruction): ShellCommand[] | null {
  if (!ins.json && ins.shellKind !== 'posix') return null;
  return argvCommands(processWords(ins), ins.line);
}

/** Sources of a COPY/ADD (the last word is the destination); none for heredoc-only forms. */
export function copySources(ins: Instruction): string[] {
  const words = ins.json ?? ins.args.split(/\s+/).filter((w) => w !== '');
  if (words.length < 2) return [];
  return words.slice(0, -1).filter((w) => !w.startsWith('<<'));
}

const WHOLE_CONTEXT = new Set(['.', './', './.', '*', './*', '/', './/']);

/** `COPY . .`, `COPY ./ /app`, `ADD . .`: the whole build context, not a stage or an image. */
export function copiesWholeContext(ins: Instruction): boolean {
  if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') return false;
  if (ins.flag('from') !== undefined) return false;
  return copySources(ins).some((s) => WHOLE_CONTEXT.has(s));
}

export interface PackageInstall {
  manager: 'apt' | 'apk' | 'yum' | 'zypper';
  /** Package words as written (`gcc`, `libpq-dev=15.*`), variables included. */
  packages: string[];
  /** apk's `--virtual NAME`/`-t NAME`: the group `apk del NAME` removes. */
  virtualName: string | null;
}

const INSTALLERS: Record<string, { manager: PackageInstall['manager']; sub: string[]; withValue: string[] }> =
  {
    'apt-get': {
      manager: 'apt',
      sub: ['install'],
      withValue: ['o', 'c', 't', 'target-release', 'option', 'config-file'],
    },
    apt: {
      manager: 'apt',
      sub: ['install'],
      withValue: ['o', 'c', 't', 'target-release', 'option', 'config-file'],
    },
    aptitude: { manager: 'apt', sub: ['install'], withValue: ['o', 't'] },
    apk: {
      manager: 'apk',
      sub: ['add'],
      withValue: [
        't',
        'virtual',
        'X',
        'repository',
        'p',
        'root',
        'keys-dir',
        'arch',
        'cache-dir',
        'repositories-file',
      ],
    },
    yum: {
      manager: 'yum',
      sub: ['install'],
      withValue: ['c', 'config', 'installroot', 'releasever', 'setopt', 'x', 'exclude'],
    },
    dnf: {
      manager: 'yum',
      sub: ['install'],
      withValue: ['c', 'config', 'installroot', 'releasever', 'setopt', 'x', 'exclude'],
    },
    microdnf: {
      manager: 'yum',
      sub: ['install'],
      withValue: ['config', 'installroot', 'releasever', 'setopt'],
    },
    tdnf: { manager: 'yum', sub: ['install'], withValue: ['c', 'installroot', 'releasever'] },
    zypper: { manager: 'zypper', sub: ['install', 'in'], withValue: ['r', 'repo', 'c', 'config', 'root'] },
  };

/** A system package manager's install command and its packages; null for anything else. */
export function packageInstall(cmd: ShellCommand): PackageInstall | null {
  const spec = INSTALLERS[baseName(cmd.name)];
  if (!spec) return null;
  const positional = cmd.argsNoFlags(spec.withValue);
  const at = positional.findIndex((w) => spec.sub.includes(w));
  if (at < 0) return null;
  let virtualName: string | null = null;
  if (spec.manager === 'apk') {
    const k = cmd.args.findIndex((a) => a === '--virtual' || a === '-t' || a.startsWith('--virtual='));
    if (k >= 0)
      virtualName = cmd.args[k]!.includes('=') ? cmd.args[k]!.split('=')[1]! : (cmd.args[k + 1] ?? null);
  }
  return { manager: spec.manager, packages: positional.slice(at + 1), virtualName };
}

/** A package word without its version or architecture (`gcc=4:12.2*` → `gcc`, `libc6-dev:amd64` → `libc6-dev`). */
export function packageName(word: string): string {
  return word.split(/[=<>~]/)[0]!.split(':')[0]!;
}

/** Packages a command removes (`apt-get purge`, `apk del`, `yum remove`, …), or null when it removes none. */
export function packageRemoval(cmd: ShellCommand): { packages: string[]; autoRemove: boolean } | null {
  const name = baseName(cmd.name);
  const removeSubs: Record<string, string[]> = {
    'apt-get': ['purge', 'remove', 'autoremove'],
    apt: ['purge', 'remove', 'autoremove'],
    apk: ['del'],
    yum: ['remove', 'erase', 'autoremove'],
    dnf: ['remove', 'erase', 'autoremove'],
    microdnf: ['remove'],
    tdnf: ['remove', 'erase', 'autoremove'],
    zypper: ['remove', 'rm'],
  };
  const subs = removeSubs[name];
  if (!subs) return null;
  const positional = cmd.argsNoFlags(['o', 'c']);
  const at = positional.findIndex((w) => subs.includes(w));
  if (at < 0) return null;
  return {
    packages: positional.slice(at + 1),
    autoRemove: positional[at] === 'autoremove' || cmd.hasFlag('auto-remove', 'autoremove'),
  };
}

/** pip options whose value is the next word, so the value is never read as a package or a path. */
export const PIP_VALUE_FLAGS = [
  'r',
  'requirement',
  'c',
  'constraint',
  'e',
  'editable',
  'i',
  'index-url',
  'extra-index-url',
  'f',
  'find-links',
  't',
  'target',
  'prefix',
  'root',
  'src',
  'platform',
  'python-version',
  'implementation',
  'abi',
  'trusted-host',
  'only-binary',
  'no-binary',
  'progress-bar',
  'log',
  'timeout',
  'retries',
  'proxy',
  'cache-dir',
];

/** `pip install` as every pip rule reads it (`isPipInstall`: by name, version or path), or `uv pip install`. */
export function isPipInstallCommand(cmd: ShellCommand): boolean {
  if (isPipInstall(cmd)) return true;
  return baseName(cmd.name) === 'uv' && cmd.args[0] === 'pip' && cmd.args[1] === 'install';
}

/** The first positional word of a command (its subcommand), flags skipped. */
export function subcommand(cmd: ShellCommand): string | undefined {
  return cmd.args.find((a) => !a.startsWith('-'));
}

/** The command installs project dependencies; returns the ecosystem, or null. */
export function dependencyInstall(cmd: ShellCommand): string | null {
  const name = baseName(cmd.name);
  const sub = subcommand(cmd);
  if (isPipInstallCommand(cmd)) return 'pip';
  if (name === 'uv' && sub === 'sync') return 'uv';
  if (name === 'poetry' && (sub === 'install' || sub === 'sync')) return 'poetry';
  if (name === 'pipenv' && (sub === 'install' || sub === 'sync')) return 'pipenv';
  if (name === 'npm' && (sub === 'ci' || sub === 'install' || sub === 'i')) {
    // A global tool (`npm install -g pm2`) is not the project's dependency tree.
    return cmd.hasFlag('g', 'global') ? null : 'npm';
  }
  if (name === 'yarn' && (sub === undefined || sub === 'install')) return 'yarn';
  if (name === 'pnpm' && (sub === 'install' || sub === 'i')) return 'pnpm';
  if (name === 'bundle' && sub === 'install') return 'bundler';
  if (name === 'go' && cmd.args[0] === 'mod' && cmd.args[1] === 'download') return 'go';
  if (name === 'composer' && sub === 'install') return 'composer';
  return null;
}

/** Whether a glob (`*` = any run of characters) matches, case-insensitively. */
export function globMatch(pattern: string, text: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
    'i',
  );
  return re.test(text);
}

/** A list of strings from a rule option, or `[]` when it is missing or not a list of strings. */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * Words with the ARG/ENV defaults in scope expanded and split as the shell splits an unquoted
 * variable (`ARG RUNTIME_PACKAGES="gosu tini"` gives two packages); words whose variables have no
 * known value are dropped, since they name nothing that can be judged.
 */
export function expandedWords(ins: Instruction, words: readonly string[]): string[] {
  return words
    .flatMap((w) => {
      const expanded = w.includes('$') ? ins.expand(w) : w;
      return expanded === w ? [w] : expanded.split(/\s+/);
    })
    .filter((w) => w !== '' && !w.includes('$'));
}

/**
 * Package words as a pin rule reads them: a variable with a known ARG/ENV default is replaced by
 * the words it holds (`$PHPIZE_DEPS` → `autoconf dpkg-dev …`), so each is judged and named; a
 * variable with no known value stays as written (it may hold anything, as hadolint reads it).
 */
export function packageWordsExpanded(ins: Instruction, words: readonly string[]): string[] {
  return words.flatMap((w) => {
    if (!w.includes('$')) return [w];
    const expanded = ins.expand(w);
    return expanded === w ? [w] : expanded.split(/\s+/).filter((x) => x !== '' && !x.startsWith('-'));
  });
}

/**
 * Packages (accepted by `keep`) that the image of `stage` still has at the end, by the RUN that
 * installed them: a later purge (same RUN or not) removes them — `apt-get purge/remove`, `apk del`
 * (also of an `apk add --virtual NAME` group), `yum/dnf remove`, and the official images' idiom of
 * `apt-mark auto '.*'` then `apt-get purge --auto-remove`/`autoremove`. Lists in ARG/ENV are expanded.
 */
export function packagesLeftInstalled(
  stage: Stage,
  keep: (name: string) => boolean,
): Map<Instruction, Set<string>> {
  const pending = new Map<Instruction, Set<string>>();
  const virtualGroups = new Map<string, string[]>();
  let aptMarkedAuto = false;
  for (const ins of imageInstructions(stage)) {
    if (ins.keyword !== 'RUN') continue;
    for (const cmd of ins.script()?.commands ?? []) {
      const install = packageInstall(cmd);
      if (install) {
        const names = expandedWords(ins, install.packages)
          .filter((p) => !p.startsWith('-'))
          .map(packageName)
          .filter(keep);
        if (names.length === 0) continue;
        const set = pending.get(ins) ?? new Set<string>();
        names.forEach((n) => set.add(n));
        pending.set(ins, set);
        if (install.virtualName) virtualGroups.set(install.virtualName, names);
        continue;
      }
      if (baseName(cmd.name) === 'apt-mark' && cmd.args.includes('auto')) aptMarkedAuto = true;
      const removal = packageRemoval(cmd);
      if (!removal) continue;
      const removed = new Set(expandedWords(ins, removal.packages).map(packageName));
      for (const name of removal.packages) for (const n of virtualGroups.get(name) ?? []) removed.add(n);
      const clearsAll = removal.autoRemove && aptMarkedAuto;
      for (const set of pending.values())
        for (const n of [...set]) if (clearsAll || removed.has(n)) set.delete(n);
    }
  }
  for (const [ins, set] of pending) if (set.size === 0) pending.delete(ins);
  return pending;
}

/** A Windows image (no uid 0 / USER semantics of Linux): a Windows base or a PowerShell/cmd SHELL. */
export function isWindowsImage(stage: Stage): boolean {
  const root = rootImage(stage);
  if (root && /windows|nanoserver|servercore/i.test(`${root.ref.name}:${root.ref.tag ?? ''}`)) return true;
  return imageInstructions(stage).some((i) => i.shellKind === 'other');
}
