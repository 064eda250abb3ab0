import { defineRule } from '../rule.js';
import { declaredVariables, installWords, isCommandWith, rpmVersionPinned } from './_rpm/index.js';

export default defineRule({
  meta: {
    id: 'yum-pin-versions',
    aliases: ['DL3033'],
    severity: 'warning',
    description: 'Pin versions in `yum install` (`<package>-<version>`, modules as `<module>:<stream>`)',
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
          if (!isCommandWith(c, ['yum'], ['install'])) continue;
          const words = installWords(c, ['install', 'module']);
          // `yum module install nodejs:18`: a module is pinned by its stream.
          const isModule = c.hasArg('module');
          unpinned.push(
            ...words.filter((w) => (isModule ? !w.includes(':') : !rpmVersionPinned(w, isDeclared))),
          );
        }
        if (unpinned.length > 0)
          ctx.report(
            ins,
            `Specify version with \`yum install -y <package>-<version>\` (unpinned: ${unpinned.join(', ')})`,
          );
      },
    };
  },
});
