import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'no-sudo',
    aliases: ['DL3004'],
    severity: 'error',
    description: 'Do not use sudo in RUN; switch USER or use gosu',
  },
  create(ctx) {
    return {
      RUN(ins) {
        const used = ins.script()?.commands.some((c) => c.name === 'sudo' || c.wrappers.includes('sudo'));
        if (used) {
          ctx.report(
            ins,
            'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root',
          );
        }
      },
    };
  },
});
