import { defineRule } from '../rule.js';

// Interactive or system-management tools that do nothing useful while an image builds.
const POINTLESS = new Set(['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim']);

export default defineRule({
  meta: {
    id: 'run-no-pointless-commands',
    aliases: ['DL3001'],
    severity: 'info',
    description:
      'Do not RUN commands that make no sense in an image build (`ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`)',
  },
  create(ctx) {
    return {
      RUN(ins) {
        const hit = ins.script()?.commands.find((c) => POINTLESS.has(c.name));
        if (hit)
          ctx.report(
            ins,
            `\`${hit.name}\` makes no sense in a RUN: the build has no terminal, services or running system`,
          );
      },
    };
  },
});
