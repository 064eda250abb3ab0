import { defineRule } from '../rule.js';
import { declaredVariables, unpinnedRpmPackages } from './_rpm/index.js';

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
        const unpinned = unpinnedRpmPackages(ins, ['dnf', 'microdnf'], variables.isDeclared(ins));
        if (unpinned.length > 0)
          ctx.report(
            ins,
            `Specify version with \`dnf install -y <package>-<version>\` (unpinned: ${unpinned.join(', ')})`,
          );
      },
    };
  },
});
