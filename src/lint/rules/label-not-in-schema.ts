import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'label-not-in-schema',
    aliases: ['DL3050'],
    severity: 'info',
    description: 'With strict labels, only the labels in the label schema are allowed',
    onbuild: false,
  },
  create(ctx) {
    const { labelSchema, strictLabels } = ctx.settings;
    return {
      LABEL(ins) {
        if (!strictLabels) return;
        const extra = ins.pairs.filter((p) => !Object.hasOwn(labelSchema, p.key)).map((p) => p.key);
        if (extra.length > 0)
          ctx.report(ins, `Superfluous label(s) present: ${extra.map((k) => `\`${k}\``).join(', ')}`);
      },
    };
  },
});
