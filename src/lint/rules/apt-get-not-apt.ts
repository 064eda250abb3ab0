import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'apt-get-not-apt',
    aliases: ['DL3027'],
    severity: 'warning',
    description:
      'Use `apt-get` or `apt-cache` in scripts, not `apt` (an interactive tool without a stable CLI)',
  },
  create(ctx) {
    return {
      RUN(ins) {
        const apt = ins.script()?.commands.find((c) => c.name === 'apt');
        if (apt) {
          ctx.report(
            ins,
            `Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead (\`${apt.argv.slice(0, 2).join(' ')}\`)`,
          );
        }
      },
    };
  },
});
