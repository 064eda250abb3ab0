import { defineRule } from '../rule.js';
import { dropQuotes } from './copy-instead-of-add.js';

export default defineRule({
  meta: {
    id: 'copy-from-defined-stage',
    aliases: ['DL3022'],
    severity: 'warning',
    description: '`COPY --from` should name an earlier stage (alias or index) or an image reference',
    onbuild: false,
  },
  create(ctx) {
    // Aliases and the number of FROMs seen so far: a stage defined later cannot be copied from.
    const aliases = new Set<string>();
    let stagesSeen = 0;
    return {
      FROM(ins) {
        stagesSeen++;
        if (ins.stage?.alias) aliases.add(ins.stage.alias);
      },
      COPY(ins) {
        const from = ins.flag('from');
        if (from === undefined || from === null) return;
        // `image:tag` is an image, not a stage; hadolint accepts any value with a colon.
        if (dropQuotes(from).includes(':')) return;
        if (aliases.has(from)) return;
        // A stage index, read as hadolint reads it (leading digits).
        const index = /^\d+/.exec(from);
        if (index && Number(index[0]) < stagesSeen) return;
        ctx.report(ins, `\`COPY --from=${from}\` should reference a previously defined \`FROM\` alias`);
      },
    };
  },
});
