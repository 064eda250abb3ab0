import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'copy-from-not-own-stage',
    aliases: ['DL3023'],
    severity: 'error',
    description: '`COPY --from` cannot reference the stage it is in',
    onbuild: false,
  },
  create(ctx) {
    return {
      COPY(ins) {
        const from = ins.flag('from');
        const alias = ins.stage?.alias;
        if (from && alias && from === alias) {
          ctx.report(ins, `\`COPY --from=${from}\` cannot reference its own \`FROM\` alias`);
        }
      },
    };
  },
});
