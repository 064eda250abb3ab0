import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'single-healthcheck',
    aliases: ['DL3012'],
    severity: 'error',
    description: 'Use at most one HEALTHCHECK per stage (only the last one counts)',
    onbuild: false,
  },
  create(ctx) {
    let seen = false;
    return {
      FROM() {
        seen = false;
      },
      HEALTHCHECK(ins) {
        if (seen) ctx.report(ins, 'Multiple `HEALTHCHECK` instructions: only the last one takes effect');
        seen = true;
      },
    };
  },
});
