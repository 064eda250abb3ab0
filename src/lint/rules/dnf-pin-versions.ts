import { defineRule } from '../rule.js';
import { declaredVariables, installWords, isCommandWith, rpmVersionPinned } from './_rpm/index.js';

const DNF = ['dnf', 'microdnf'];

export default defineRule({
  meta: {
    id: 'dnf-pin-versions',
    aliases: ['DL3041'],
    severity: 'warning',
    description: 'Pin versions in `dnf install` (`<package>-<version>`, modules as `<module>:<stream>`)',
  },
  create(ctx) {
    const variables = declaredVariables();
    return {
      ARG(ins) {
        variables.noteArg(ins);
      },
      RUN(ins) {
        const script = ins.script();
        if (!script) return;
        const isDeclared = variables.isDeclared(ins);
        const unpinned: string[] = [];
        for (const c of script.commands) {
          if (!isCommandWith(c, DNF, ['install'])) continue;
          // `dnf group install "Development Tools"` names a group, which has no version.
          if (c.hasArg('group') && !c.hasArg('module')) continue;
          const words = installWords(c, ['install', 'module']);
          const isModule = c.hasArg('module');
          unpinned.push(
            ...words.filter((w) => (isModule ? !w.includes(':') : !rpmVersionPinned(w, isDeclared))),
          );
        }
        if (unpinned.length > 0)
          ctx.report(
            ins,
            `Specify version with \`dnf install -y <package>-<version>\` (unpinned: ${unpinned.join(', ')})`,
          );
      },
    };
  },
});
