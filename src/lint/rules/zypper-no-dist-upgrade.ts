import { defineRule } from '../rule.js';
import { isCommandWith } from './_rpm/index.js';

export default defineRule({
  meta: {
    id: 'zypper-no-dist-upgrade',
    aliases: ['DL3035'],
    severity: 'warning',
    description: 'Do not run `zypper dist-upgrade` in a build; use a newer base image instead',
  },
  create(ctx) {
    return {
      RUN(ins) {
        const script = ins.script();
        if (!script) return;
        if (script.commands.some((c) => isCommandWith(c, ['zypper'], ['dist-upgrade', 'dup'])))
          ctx.report(ins, 'Do not use `zypper dist-upgrade`.');
      },
    };
  },
});
