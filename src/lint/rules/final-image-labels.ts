import { defineRule } from '../rule.js';
import { finalStage, imageInstructions } from './_practice/index.js';

export default defineRule({
  meta: {
    id: 'final-image-labels',
    aliases: [],
    severity: 'info',
    description:
      'Give the final image OCI labels (`org.opencontainers.image.source`, description, licenses) for provenance',
    defaultOn: false,
    onbuild: false,
  },
  create(ctx) {
    return {
      end() {
        const stage = finalStage(ctx.model.stages);
        if (!stage) return;
        // LABELs of a stage the final one builds on are in the image too.
        if (imageInstructions(stage).some((i) => i.keyword === 'LABEL' && i.pairs.length > 0)) return;
        ctx.report(
          stage.fromInstruction,
          'The final image has no LABEL: add org.opencontainers.image.source, .description and .licenses (or pass them with build --label)',
        );
      },
    };
  },
});
