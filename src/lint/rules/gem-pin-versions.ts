import { defineRule } from '../rule.js';
import type { ShellCommand } from '../../dockerfile/shell.js';

/**
 * Gems named by `gem install`/`gem i`, read as hadolint reads them: words up to `--`, where
 * every option also swallows the word after it (so `--no-document rails` names no gem, and
 * hadolint does not report it). Null when a version is given with `-v`/`--version`.
 */
function installedGems(cmd: ShellCommand): string[] | null {
  if (!cmd.is('gem', 'install', 'i')) return null;
  if (cmd.hasArg('-v', '--version') || cmd.args.some((a) => a.startsWith('--version='))) return null;
  const end = cmd.args.indexOf('--');
  const words = end < 0 ? cmd.args : cmd.args.slice(0, end);
  const gems: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.startsWith('-')) k++;
    else if (w !== 'install' && w !== 'i') gems.push(w);
  }
  return gems;
}

export default defineRule({
  meta: {
    id: 'gem-pin-versions',
    aliases: ['DL3028'],
    severity: 'warning',
    description: 'Pin versions in `gem install` (`gem install <gem>:<version>` or `-v <version>`)',
  },
  create(ctx) {
    return {
      RUN(ins) {
        const script = ins.script();
        if (!script) return;
        const unpinned = script.commands
          .flatMap((c) => installedGems(c) ?? [])
          .filter((g) => !g.includes(':'));
        if (unpinned.length > 0) {
          ctx.report(
            ins,
            `Pin versions in gem install: ${unpinned.join(', ')}. Instead of \`gem install <gem>\` use \`gem install <gem>:<version>\``,
          );
        }
      },
    };
  },
});
