import { defineRule } from '../rule.js';
import type { ShellCommand } from '../../dockerfile/shell.js';

/**
 * The word as hadolint measures it: ShellCheck's "oversimplified" form, where every expansion
 * (`$X`, `${X}`, `$(…)`, backticks) reads as `${VAR}`.
 */
function oversimplified(word: string): string {
  return word.replace(
    /\$\(\([^]*?\)\)|\$\([^)]*\)|\$\{[^}]*\}|`[^`]*`|\$[A-Za-z_][A-Za-z0-9_]*|\$[0-9@*#?$!-]/g,
    '${VAR}',
  );
}

/** Values given to `-u` (the word after it), as hadolint's getFlagArg reads them. */
function uidValues(cmd: ShellCommand): string[] {
  return cmd.flags.filter((f) => f.name === 'u').flatMap((f) => cmd.args[f.argIndex + 1] ?? []);
}

export default defineRule({
  meta: {
    id: 'useradd-high-uid-log-init',
    aliases: ['DL3046'],
    severity: 'warning',
    description:
      'Pass `-l` (`--no-log-init`) to `useradd` with a high UID, or the lastlog file bloats the image',
  },
  create(ctx) {
    return {
      RUN(ins) {
        const script = ins.script();
        if (!script) return;
        const bloats = script.commands.some(
          (c) =>
            c.name === 'useradd' &&
            !c.hasFlag('l', 'no-log-init') &&
            c.hasFlag('u', 'uid') &&
            uidValues(c).some((uid) => oversimplified(uid).length > 5),
        );
        if (bloats)
          ctx.report(ins, '`useradd` without flag `-l` and high UID will result in excessively large Image.');
      },
    };
  },
});
