import type { Instruction } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';
import type { ShellCommand } from '../../dockerfile/shell.js';
import { isAlpineImage } from './avoid-alpine-for-python.js';
import { imageInstructions, packageInstall, rootImage } from './_practice/index.js';

/**
 * The `wget` of this RUN is busybox's: an Alpine image (by its name, or because the image runs
 * `apk`, as one built `FROM docker:cli` does) where nothing before the call installed GNU wget
 * with `apk add wget`. busybox wget rejects `--progress`.
 */
function busyboxWget(ins: Instruction, cmd: ShellCommand): boolean {
  const stage = ins.stage;
  if (!stage || ins.onbuild) return false;
  const own = ins.script()?.commands ?? [];
  const before = [
    ...imageInstructions(stage)
      .filter((i) => i.keyword === 'RUN' && i.index < ins.index)
      .flatMap((i) => i.script()?.commands ?? []),
    ...own.slice(0, own.indexOf(cmd)),
  ];
  const root = rootImage(stage);
  const alpine = (root !== null && isAlpineImage(root.ref)) || [...before, ...own].some((c) => c.is('apk'));
  if (!alpine) return false;
  return !before.some((c) => {
    const install = packageInstall(c);
    return install?.manager === 'apk' && install.packages.some((p) => p.split(/[=<>~]/)[0] === 'wget');
  });
}

/** Options that already keep wget's log short: a progress style, quiet, non-verbose, a log file. */
function quietEnough(cmd: ShellCommand): boolean {
  return (
    cmd.hasFlag('progress', 'q', 'quiet', 'o', 'output-file', 'a', 'append-output', 'no-verbose') ||
    cmd.hasArg('-nv')
  );
}

export default defineRule({
  meta: {
    id: 'wget-progress',
    aliases: ['DL3047'],
    severity: 'info',
    description:
      'Pass `--progress=dot:giga` (or `-q`/`-nv`) to `wget`, or its progress bar bloats the build log',
  },
  create(ctx) {
    return {
      RUN(ins) {
        const script = ins.script();
        if (!script) return;
        const loud = script.commands.find((c) => c.is('wget') && !quietEnough(c));
        if (!loud) return;
        ctx.report(
          ins,
          busyboxWget(ins, loud)
            ? "Avoid use of wget without progress bar. This is busybox's wget (an Alpine image), which has no `--progress` option: use `wget -q <url>`."
            : 'Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).',
        );
      },
    };
  },
});
