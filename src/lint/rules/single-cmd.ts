import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'single-cmd',
    aliases: ['DL4003'],
    severity: 'warning',
    description: 'Use at most one CMD per stage (only the last one takes effect)',
    onbuild: false,
  },
  create(ctx) {
    let seen = false;
    return {
      FROM() {
        seen = false;
      },
      CMD(ins) {
        if (seen) ctx.report(ins, 'Multiple `CMD` instructions found: only the last `CMD` takes effect');
        seen = true;
      },
    };
  },
});
