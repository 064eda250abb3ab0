import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'workdir-absolute',
    aliases: ['DL3000'],
    severity: 'error',
    description: 'Use an absolute WORKDIR',
    // hadolint does not look inside ONBUILD for this one.
    onbuild: false,
  },
  create(ctx) {
    return {
      WORKDIR(ins) {
        const path = ins.args.replace(/^["']|["']$/g, '');
        // A variable may hold an absolute path; hadolint gives it the benefit of the doubt.
        if (path.startsWith('$') || path.startsWith('/') || /^[A-Za-z]:/.test(path)) return;
        ctx.report(ins, `Use an absolute WORKDIR: "${ins.args}" depends on the WORKDIR before it`);
      },
    };
  },
});
