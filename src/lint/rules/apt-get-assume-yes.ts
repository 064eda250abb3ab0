import { defineRule } from '../rule.js';
import type { ShellCommand } from '../../dockerfile/shell.js';

/** `-y`, `--yes`, `--assume-yes`, or quiet level 2 (`-qq`, `-q -q`, `-q=2`), which implies `-y`. */
function answersYes(cmd: ShellCommand): boolean {
  if (cmd.hasFlag('y', 'yes', 'assume-yes', 'qq')) return true;
  const count = (name: string): number => cmd.flags.filter((f) => f.name === name).length;
  return count('q') === 2 || count('quiet') === 2 || cmd.hasArg('-q=2');
}

export default defineRule({
  meta: {
    id: 'apt-get-assume-yes',
    aliases: ['DL3014'],
    severity: 'warning',
    description: 'Pass `-y` to `apt-get install` so the build never waits for an answer',
  },
  create(ctx) {
    return {
      RUN(ins) {
        const script = ins.script();
        if (!script) return;
        if (script.commands.some((c) => c.is('apt-get', 'install') && !answersYes(c))) {
          ctx.report(ins, 'Use the `-y` switch to avoid manual input `apt-get -y install <package>`');
        }
      },
    };
  },
});
