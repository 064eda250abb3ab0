import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'curl-or-wget-not-both',
    aliases: ['DL4001'],
    severity: 'warning',
    description: 'Use either wget or curl in a stage, not both',
  },
  create(ctx) {
    let stageTools = new Set<string>();
    // hadolint keeps a separate tally for ONBUILD triggers (they run in some child image).
    const onbuildTools = new Set<string>();
    return {
      FROM() {
        stageTools = new Set();
      },
      RUN(ins) {
        const tools = (ins.script()?.commands ?? [])
          .map((c) => c.name)
          .filter((n) => n === 'curl' || n === 'wget');
        if (tools.length === 0) return;
        const tally = ins.onbuild ? onbuildTools : stageTools;
        for (const t of tools) tally.add(t);
        if (tally.size >= 2)
          ctx.report(ins, 'Either use wget or curl but not both: two download tools in one image');
      },
    };
  },
});
