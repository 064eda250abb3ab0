import { defineRule } from '../rule.js';
import type { ShellCommand } from '../../dockerfile/shell.js';
import { baseName, subcommand } from './_practice/index.js';

/** The option value after `--name value` or in `--name=value`, or null. */
function optionValue(cmd: ShellCommand, name: string): string | null {
  const k = cmd.args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (k < 0) return null;
  const a = cmd.args[k]!;
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : (cmd.args[k + 1] ?? '');
}

/** `poetry install` or `poetry sync`. */
function isPoetryInstall(cmd: ShellCommand): boolean {
  const sub = subcommand(cmd);
  return baseName(cmd.name) === 'poetry' && (sub === 'install' || sub === 'sync');
}

/** `poetry install|sync` that leaves out the dev group (`--only main`, `--without dev`, `--no-dev`, `--only-root`). */
export function installsDevDependencies(cmd: ShellCommand): boolean {
  if (!isPoetryInstall(cmd)) return false;
  if (cmd.hasFlag('no-dev', 'only-root')) return false;
  const only = optionValue(cmd, 'only');
  if (only !== null) return only.split(',').some((g) => g.trim() === 'dev');
  const without = optionValue(cmd, 'without');
  // `--without test,docs`: the author chose the groups; poetry's default dev group is `dev`.
  if (without !== null) return false;
  return true;
}

export default defineRule({
  meta: {
    id: 'poetry-install-without-dev',
    aliases: [],
    severity: 'warning',
    description:
      'Install only production dependencies in the final stage: `poetry install --only main` (or `--without dev`)',
  },
  create(ctx) {
    return {
      RUN(ins) {
        if (!ins.stage?.isFinal) return;
        const commands = ins.script()?.commands ?? [];
        const cmd = commands.find(installsDevDependencies);
        if (!cmd) return;
        // `if [ "$INSTALL_DEV" = true ]; then poetry install; else poetry install --only main; fi`:
        // a RUN that also installs without the dev group makes the dev install a build-time choice.
        // (`--only-root` installs only the project, so it is no such alternative.)
        const choosesGroups = commands.some(
          (c) => c !== cmd && isPoetryInstall(c) && !installsDevDependencies(c) && !c.hasFlag('only-root'),
        );
        if (choosesGroups) return;
        ctx.report(
          ins,
          `"poetry ${cmd.args.join(' ')}" installs the dev dependencies into the final image; add --only main (or --without dev)`,
        );
      },
    };
  },
});
