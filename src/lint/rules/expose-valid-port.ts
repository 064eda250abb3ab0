import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'expose-valid-port',
    aliases: ['DL3011'],
    severity: 'error',
    description: 'EXPOSE ports in the valid range 0-65535',
    onbuild: false,
  },
  create(ctx) {
    return {
      EXPOSE(ins) {
        for (const word of ins.args.split(/\s+/)) {
          const spec = word.replace(/\/\w+$/, '');
          // Variables are decided at build time.
          if (spec.includes('$')) continue;
          const bad = spec.split('-').some((p) => /^\d+$/.test(p) && Number(p) > 65535);
          if (bad) {
            ctx.report(ins, `Valid UNIX ports range from 0 to 65535: "${word}"`);
            return;
          }
        }
      },
    };
  },
});
