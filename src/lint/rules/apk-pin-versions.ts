import { defineRule } from '../rule.js';

/** apk options whose value is the next word (`-t`/`--virtual NAME`, `-X`/`--repository URL`). */
const APK_OPTIONS_WITH_VALUE = ['t', 'virtual', 'repository', 'X'];

/** `pkg=1.2.3-r0`, `pkg~1.2`, or a local `.apk` file. */
export function apkPackagePinned(pkg: string): boolean {
  return pkg.includes('=') || pkg.includes('~') || pkg.endsWith('.apk');
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
          .flatMap((c) => c.argsNoFlags(APK_OPTIONS_WITH_VALUE).filter((a) => a !== 'add'))
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
