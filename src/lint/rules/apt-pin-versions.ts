import { aptGetPackages } from '../commands.js';
import { packageWordsExpanded } from './_practice/index.js';
import { defineRule } from '../rule.js';

function isPinned(pkg: string): boolean {
  return pkg.includes('=') || pkg.includes('/') || pkg.endsWith('.deb');
}

export default defineRule({
  meta: {
    id: 'apt-pin-versions',
    aliases: ['DL3008'],
    severity: 'warning',
    description: 'Pin versions in `apt-get install` (`pkg=1.2.*`)',
  },
  create(ctx) {
    return {
      RUN(ins) {
        const unpinned = (ins.script()?.commands ?? [])
          .filter((c) => c.is('apt-get', 'install'))
          .flatMap((c) => packageWordsExpanded(ins, aptGetPackages(c)))
          .filter((p) => !isPinned(p));
        if (unpinned.length > 0) {
          ctx.report(
            ins,
            `Pin versions in apt-get install: ${unpinned.join(', ')} (use \`apt-get install <package>=<version>\`)`,
          );
        }
      },
    };
  },
});
