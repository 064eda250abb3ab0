import { defineRule } from '../rule.js';
import { installWords, isCommandWith } from './_rpm/index.js';

/** `name=1.2`, `name>=1.2`, `name<1.2` (any comparison zypper accepts), or a `.rpm` file. */
function zypperVersionPinned(spec: string): boolean {
  return /[=<>]/.test(spec) || spec.endsWith('.rpm');
}

export default defineRule({
  meta: {
    id: 'zypper-pin-versions',
    aliases: ['DL3037'],
    severity: 'warning',
    description: 'Pin versions in `zypper install` (`<package>=<version>` or a comparison such as `>=`)',
  },
  create(ctx) {
    return {
      RUN(ins) {
        const script = ins.script();
        if (!script) return;
        const unpinned: string[] = [];
        for (const c of script.commands) {
          if (!isCommandWith(c, ['zypper'], ['install', 'in'])) continue;
          unpinned.push(...installWords(c, ['install', 'in']).filter((w) => !zypperVersionPinned(w)));
        }
        if (unpinned.length > 0)
          ctx.report(
            ins,
            `Specify version with \`zypper install -y <package>=<version>\` (unpinned: ${unpinned.join(', ')})`,
          );
      },
    };
  },
});
