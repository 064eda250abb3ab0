import { defineRule } from '../rule.js';
import { dropQuotes } from './copy-instead-of-add.js';
import { copySources } from './_practice/index.js';

export default defineRule({
  meta: {
    id: 'copy-from-not-whole-filesystem',
    aliases: ['DL3067'],
    severity: 'warning',
    description: 'Do not copy an entire filesystem from another stage (`COPY --from=… / /`)',
    onbuild: false,
  },
  create(ctx) {
    return {
      COPY(ins) {
        const from = ins.flag('from');
        if (typeof from !== 'string') return;
        const words = ins.json ?? ins.args.split(/\s+/).filter((w) => w !== '');
        const target = words[words.length - 1];
        if (target === undefined || dropQuotes(target) !== '/') return;
        if (!copySources(ins).some((s) => dropQuotes(s) === '/')) return;
        // A stage of this file built FROM scratch carries only what was put in it, so copying its
        // root is how its files are handed over (hadolint cannot see that and reports it).
        const stage = ctx.model.stages.find((s) => s.alias === from || String(s.index) === from);
        if (stage && stage.index < (ins.stage?.index ?? 0) && stage.from.isScratch) return;
        ctx.report(
          ins,
          `Do not copy an entire filesystem from another stage: \`COPY --from=${from} / /\` overwrites this image's /etc, /usr and the rest; copy the directories you need`,
        );
      },
    };
  },
});
