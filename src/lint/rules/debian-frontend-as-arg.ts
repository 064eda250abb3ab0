import { defineRule } from '../rule.js';
import { finalStage, stageChain } from './_practice/index.js';

export default defineRule({
  meta: {
    id: 'debian-frontend-as-arg',
    aliases: [],
    severity: 'info',
    description:
      'Set `DEBIAN_FRONTEND=noninteractive` with ARG (or inline in the RUN), not ENV, so it does not persist into the image',
    onbuild: false,
  },
  create(ctx) {
    return {
      ENV(ins) {
        const stage = ins.stage;
        const final = finalStage(ctx.model.stages);
        // A builder stage's ENV never reaches the final image; the final stage and what it builds on do.
        if (!stage || !final || !stageChain(final).includes(stage)) return;
        const pair = ins.pairs.find(
          (p) => p.key === 'DEBIAN_FRONTEND' && p.value !== null && p.value.trim() !== '',
        );
        if (!pair) return;
        ctx.report(
          ins,
          `ENV DEBIAN_FRONTEND=${pair.value} persists into every container and child image; use "ARG DEBIAN_FRONTEND=${pair.value}" or set it inline in the RUN`,
        );
      },
    };
  },
});
