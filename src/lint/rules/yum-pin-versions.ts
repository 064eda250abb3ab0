import { defineRule } from '../rule.js';
import { declaredVariables, unpinnedRpmPackages } from './_rpm/index.js';

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
        const unpinned = unpinnedRpmPackages(ins, ['yum'], variables.isDeclared(ins));
        if (unpinned.length > 0)
          ctx.report(
            ins,
            `Specify version with \`yum install -y <package>-<version>\` (unpinned: ${unpinned.join(', ')})`,
          );
      },
    };
  },
});
