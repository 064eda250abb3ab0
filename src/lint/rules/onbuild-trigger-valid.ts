import { defineRule } from '../rule.js';

/** Instructions Docker refuses as an ONBUILD trigger. */
const NOT_TRIGGERS = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export default defineRule({
  meta: {
    id: 'onbuild-trigger-valid',
    aliases: ['DL3043'],
    severity: 'error',
    description: '`ONBUILD` cannot trigger `ONBUILD`, `FROM` or `MAINTAINER`',
    // The wrapper is what is checked; its trigger must not be visited as an instruction of its own.
    onbuild: false,
  },
  create(ctx) {
    return {
      ONBUILD(ins) {
        const trigger = ins.trigger?.keyword;
        if (trigger && NOT_TRIGGERS.has(trigger))
          ctx.report(ins, `\`${trigger}\` triggered from within \`ONBUILD\` instruction.`);
      },
    };
  },
});
