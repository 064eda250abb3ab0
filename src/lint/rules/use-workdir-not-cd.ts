import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'use-workdir-not-cd',
    aliases: ['DL3003'],
    severity: 'warning',
    description: 'Use WORKDIR to switch to a directory, not `cd` in RUN',
  },
  create(ctx) {
    return {
      RUN(ins) {
        if (ins.script()?.commands.some((c) => c.name === 'cd'))
          ctx.report(ins, 'Use WORKDIR to switch to a directory');
      },
    };
  },
});
