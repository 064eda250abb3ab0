import { defineRule } from '../rule.js';
import { isCommandWith } from './_rpm/index.js';

/** zypper subcommands that ask for confirmation (long and short names). */
const ASKING = ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch'];

export default defineRule({
  meta: {
    id: 'zypper-non-interactive',
    aliases: ['DL3034'],
    severity: 'warning',
    description:
      'Pass `-n`/`--non-interactive` (or `-y`) to `zypper install` so the build never waits for an answer',
  },
  create(ctx) {
    return {
      RUN(ins) {
        const script = ins.script();
        if (!script) return;
        const forgot = script.commands.some(
          (c) =>
            isCommandWith(c, ['zypper'], ASKING) && !c.hasFlag('non-interactive', 'n', 'no-confirm', 'y'),
        );
        if (forgot)
          ctx.report(ins, 'Non-interactive switch missing from `zypper` command: `zypper install -y`');
      },
    };
  },
});
