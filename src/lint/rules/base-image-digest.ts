import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'base-image-digest',
    aliases: [],
    severity: 'info',
    description: 'Pin base images by digest (`image:tag@sha256:…`): a tag can be moved, a digest cannot',
    defaultOn: false,
  },
  create(ctx) {
    return {
      FROM(ins) {
        const from = ins.stage?.from;
        if (!from || from.isScratch || from.parentStage) return;
        // `FROM ${BASE}`: judge the default the build will use; an unknown variable cannot be judged.
        const ref = from.resolved ?? from;
        if (ref.text.includes('$') || ref.digest) return;
        ctx.report(
          ins,
          `"${ref.text}" is not pinned by digest; use "${ref.text}@sha256:…" (and let a bot update it)`,
        );
      },
    };
  },
});
