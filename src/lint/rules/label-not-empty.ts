import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'label-not-empty',
    aliases: ['DL3051'],
    severity: 'warning',
    description: 'A label the label schema requires should not be empty',
    onbuild: false,
  },
  create(ctx) {
    const required = new Set(Object.keys(ctx.settings.labelSchema));
    return {
      LABEL(ins) {
        const reported = new Set<string>();
        for (const { key, value } of ins.pairs) {
          if (!required.has(key) || (value ?? '') !== '' || reported.has(key)) continue;
          reported.add(key);
          ctx.report(ins, `Label \`${key}\` is empty.`);
        }
      },
    };
  },
});
