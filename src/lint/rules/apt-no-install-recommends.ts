import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'apt-no-install-recommends',
    aliases: ['DL3015'],
    severity: 'info',
    description: 'Avoid additional packages by passing `--no-install-recommends` to `apt-get install`',
  },
  create(ctx) {
    return {
      RUN(ins) {
        const script = ins.script();
        if (!script) return;
        const forgot = script.commands.some(
          (cmd) =>
            cmd.is('apt-get', 'install') &&
            !cmd.hasFlag('no-install-recommends') &&
            !cmd.hasArg('APT::Install-Recommends=false'),
        );
        if (forgot) ctx.report(ins, 'Avoid additional packages by specifying `--no-install-recommends`');
      },
    };
  },
});
