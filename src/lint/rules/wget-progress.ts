import { defineRule } from '../rule.js';
import type { ShellCommand } from '../../dockerfile/shell.js';

/** Options that already keep wget's log short: a progress style, quiet, non-verbose, a log file. */
function quietEnough(cmd: ShellCommand): boolean {
  return (
    cmd.hasFlag('progress', 'q', 'quiet', 'o', 'output-file', 'a', 'append-output', 'no-verbose') ||
    cmd.hasArg('-nv')
  );
}

export default defineRule({
  meta: {
    id: 'wget-progress',
    aliases: ['DL3047'],
    severity: 'info',
    description:
      'Pass `--progress=dot:giga` (or `-q`/`-nv`) to `wget`, or its progress bar bloats the build log',
  },
  create(ctx) {
    return {
      RUN(ins) {
        const script = ins.script();
        if (!script) return;
        if (script.commands.some((c) => c.name === 'wget' && !quietEnough(c)))
          ctx.report(
            ins,
            'Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).',
          );
      },
    };
  },
});
