import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'stage-names-unique',
    aliases: ['DL3024'],
    severity: 'error',
    description: '`FROM` aliases (stage names) must be unique',
  },
  create(ctx) {
    const seen = new Set<string>();
    return {
      FROM(ins) {
        const alias = ins.stage?.alias;
        if (!alias) return;
        if (seen.has(alias))
          ctx.report(ins, `FROM aliases (stage names) must be unique: "${alias}" is used twice`);
        seen.add(alias);
      },
    };
  },
});
