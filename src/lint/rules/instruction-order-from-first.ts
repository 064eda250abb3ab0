import { isInstructionKeyword } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'instruction-order-from-first',
    aliases: ['DL3061'],
    severity: 'error',
    description: 'A Dockerfile must begin with `FROM`, `ARG` or a comment',
    onbuild: false,
  },
  create(ctx) {
    return {
      instruction(ins) {
        // A line that is no instruction at all is a file error of its own, reported once.
        if (!isInstructionKeyword(ins.keyword)) return;
        if (ins.stage === null && ins.keyword !== 'ARG' && ins.keyword !== 'FROM')
          ctx.report(ins, `Invalid instruction order: ${ins.keyword} before the first FROM`);
      },
    };
  },
});
