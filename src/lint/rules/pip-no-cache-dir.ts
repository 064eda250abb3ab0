import { cacheOrTmpfsMountTargets, isPipInstall, isPipWrapper, TRUTHY } from '../commands.js';
import { defineRule } from '../rule.js';

/** pip's cache (`~/.cache/pip`, any user's home) or the whole `~/.cache` it sits in. */
function holdsPipCache(target: string): boolean {
  return target.includes('.cache/pip') || /\/\.cache\/?$/.test(target);
}

export default defineRule({
  meta: {
    id: 'pip-no-cache-dir',
    aliases: ['DL3042'],
    severity: 'warning',
    description:
      'Pass `--no-cache-dir` to `pip install` (or set `PIP_NO_CACHE_DIR`) so the layer carries no pip cache',
  },
  create(ctx) {
    return {
      RUN(ins) {
        const script = ins.script();
        if (!script) return;
        // ENV/ARG of this stage (or the stage it builds on) already turn the cache off.
        const fromEnv = ins.vars.get('PIP_NO_CACHE_DIR');
        if (fromEnv != null && TRUTHY.has(fromEnv)) return;
        // A cache or tmpfs mount on pip's cache keeps it out of the layer, which is the point of
        // the rule (hadolint: a target containing `.cache/pip`); a mount elsewhere does not.
        if (cacheOrTmpfsMountTargets(ins.flags).some(holdsPipCache)) return;
        const inline = /PIP_NO_CACHE_DIR=["']?([^\s"';&|]*)/.exec(script.text);
        if (inline && [...TRUTHY].some((t) => inline[1]!.startsWith(t))) return;
        const forgot = script.commands.some(
          (cmd) => isPipInstall(cmd) && !cmd.args.includes('--no-cache-dir') && !isPipWrapper(cmd),
        );
        if (forgot)
          ctx.report(
            ins,
            'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`',
          );
      },
    };
  },
});
