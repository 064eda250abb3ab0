import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'single-entrypoint',
    aliases: ['DL4004'],
    severity: 'error',
    description: 'Use at most one ENTRYPOINT per stage (only the last one takes effect)',
    onbuild: false,
  },
  create(ctx) {
    let seen = false;
    return {
      FROM() {
        seen = false;
      },
      ENTRYPOINT(ins) {
        if (seen)
          ctx.report(
            ins,
            'Multiple `ENTRYPOINT` instructions found: only the last `ENTRYPOINT` takes effect',
          );
        seen = true;
      },
    };
  },
});
