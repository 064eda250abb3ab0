import { defineRule } from '../rule.js';

/** Names BuildKit gives a meaning of its own: `FROM scratch`, and the `context` of `--from`/named contexts. */
const RESERVED = new Set(['scratch', 'context']);

export default defineRule({
  meta: {
    id: 'stage-name-not-reserved',
    aliases: ['DL3063'],
    severity: 'warning',
    description: 'A stage name (`AS …`) should not be a reserved word (`scratch`, `context`)',
    onbuild: false,
  },
  create(ctx) {
    return {
      FROM(ins) {
        const alias = ins.stage?.alias;
        if (alias && RESERVED.has(alias))
          ctx.report(ins, `Stage name "${alias}" is a reserved word; choose another name`);
      },
    };
  },
});
