import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'use-shell-to-change-shell',
    aliases: ['DL4005'],
    severity: 'warning',
    description: 'Use SHELL to change the default shell, not `ln -s … /bin/sh`',
  },
  create(ctx) {
    return {
      RUN(ins) {
        if (ins.script()?.commands.some((c) => c.is('ln', '/bin/sh'))) {
          ctx.report(ins, 'Use SHELL to change the default shell instead of linking /bin/sh');
        }
      },
    };
  },
});
