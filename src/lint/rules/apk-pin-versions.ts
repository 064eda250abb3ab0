import { defineRule } from '../rule.js';
import { packageWordsExpanded } from './_practice/index.js';
import type { ShellCommand } from '../../dockerfile/shell.js';

/** apk options whose value is the next word (`-t`/`--virtual NAME`, `-X`/`--repository URL`). */
const APK_OPTIONS_WITH_VALUE = ['t', 'virtual', 'repository', 'X'];

/**
 * The package words of `apk add`, read as hadolint reads them: words that are not options, except
 * `add`, and not the word after a value option. hadolint drops that word even when the option
 * carries its value (`--virtual=.deps gcc` names no package), and for any letter of a short-option
 * cluster (`-tU .deps`).
 */
function apkAddPackages(cmd: ShellCommand): string[] {
  const values = new Set(
    cmd.flags.filter((f) => APK_OPTIONS_WITH_VALUE.includes(f.name)).map((f) => f.argIndex + 1),
  );
  return cmd.args.filter(
    (a, k) => !values.has(k) && a !== 'add' && !(a.startsWith('-') && a !== '-' && a !== '--'),
  );
}

/** `pkg=1.2.3-r0`, `pkg~1.2`, a range (`pkg>=1.2`, `pkg<2`), or a local `.apk` file (hadolint's versionFixed). */
export function apkPackagePinned(pkg: string): boolean {
  return /[=~<>]/.test(pkg) || pkg.endsWith('.apk');
}

export default defineRule({
  meta: {
    id: 'apk-pin-versions',
    aliases: ['DL3018'],
    severity: 'warning',
    description: 'Pin versions in `apk add` (`pkg=1.2.3-r0` or `pkg~1.2`)',
  },
  create(ctx) {
    return {
      RUN(ins) {
        const script = ins.script();
        if (!script) return;
        const unpinned = script.commands
          .filter((c) => c.is('apk', 'add'))
          .flatMap((c) => packageWordsExpanded(ins, apkAddPackages(c)))
          .filter((p) => !apkPackagePinned(p));
        if (unpinned.length > 0) {
          ctx.report(
            ins,
            `Pin versions in apk add: ${unpinned.join(', ')}. Instead of \`apk add <package>\` use \`apk add <package>=<version>\``,
          );
        }
      },
    };
  },
});
