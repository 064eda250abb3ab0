import { defineRule } from '../rule.js';
import { isImageReference } from './_image/index.js';

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
        // `gloursdocker/docker`, `ghcr.io/org/tool`, `image:tag`, `image@sha256:…` are images (stage
        // names cannot hold `/`, `:` or `@`); the image-tag rules judge them. hadolint accepts only
        // a colon, so it reports `--from=org/tool` as a missing stage: a deliberate difference.
        if (isImageReference(from)) return;
        if (aliases.has(from)) return;
        // A stage index, read as hadolint reads it (leading digits).
        const index = /^\d+/.exec(from);
        if (index && Number(index[0]) < stagesSeen) return;
        ctx.report(ins, `\`COPY --from=${from}\` should reference a previously defined \`FROM\` alias`);
      },
    };
  },
});
