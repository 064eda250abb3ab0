import type { Instruction } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';
import { finalStage, imageInstructions } from './_practice/index.js';

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
      end() {
        const final = finalStage(ctx.model.stages);
        if (!final) return;
        // Only the value in effect when the image is done matters: a later `ENV DEBIAN_FRONTEND=`
        // or `=teletype`/`=dialog` resets it, and a builder stage's ENV never reaches the image.
        let inEffect: { ins: Instruction; value: string } | null = null;
        for (const ins of imageInstructions(final)) {
          if (ins.keyword !== 'ENV') continue;
          for (const p of ins.pairs)
            if (p.key === 'DEBIAN_FRONTEND') inEffect = { ins, value: ins.expand(p.value ?? '').trim() };
        }
        if (inEffect?.value !== 'noninteractive') return;
        ctx.report(
          inEffect.ins,
          'ENV DEBIAN_FRONTEND=noninteractive persists into every container and child image; use "ARG DEBIAN_FRONTEND=noninteractive" or set it inline in the RUN',
        );
      },
    };
  },
});
