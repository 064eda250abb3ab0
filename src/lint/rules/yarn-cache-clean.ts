import type { Flag, Instruction, Stage } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';
import type { ShellCommand } from '../../dockerfile/shell.js';

const isYarnInstall = (c: ShellCommand): boolean => c.is('yarn', 'install');
// hadolint's cmdHasArgs "yarn" ["cache", "clean"]: either word is enough.
const isYarnCacheClean = (c: ShellCommand): boolean => c.is('yarn', 'cache', 'clean');

/** A `--mount=type=cache|tmpfs` whose target contains `.cache/yarn`: the cache never lands in the layer. */
export function hasYarnCacheMount(flags: readonly Flag[]): boolean {
  return flags.some((f) => {
    if (f.name !== 'mount' || !f.value) return false;
    const opts = new Map(
      f.value.split(',').map((kv) => {
        const [k, ...v] = kv.split('=');
        return [k!.trim(), v.join('=')] as const;
      }),
    );
    const type = opts.get('type');
    if (type !== 'cache' && type !== 'tmpfs') return false;
    const target = opts.get('target') ?? opts.get('dst') ?? opts.get('destination') ?? '';
    return target.includes('.cache/yarn');
  });
}

/** The RUN installs with yarn and no `yarn cache clean` follows the last install. */
function leavesYarnCache(ins: Instruction): boolean {
  const commands = ins.script()?.commands ?? [];
  let lastInstall = -1;
  let lastClean = -1;
  commands.forEach((c, k) => {
    if (isYarnInstall(c)) lastInstall = k;
    if (isYarnCacheClean(c)) lastClean = k;
  });
  return lastInstall >= 0 && lastClean < lastInstall && !hasYarnCacheMount(ins.flags);
}

/** The parts of a FROM hadolint compares to tell stages apart. */
function fromKey(s: Stage): string {
  const f = s.from;
  return JSON.stringify([f.registry, f.name, f.tag, f.digest, s.alias, f.platform]);
}

export default defineRule({
  meta: {
    id: 'yarn-cache-clean',
    aliases: ['DL3060'],
    severity: 'info',
    description: 'Run `yarn cache clean` after `yarn install` (or use a cache mount) in the image you ship',
  },
  create(ctx) {
    // As for apt lists (DL3009), hadolint only minds stages that end up in the image: the last
    // stage and stages another one is built `FROM`. Triggers of ONBUILD are always reported:
    // they run in whatever image builds on this one.
    const failing: { ins: Instruction; stage: Stage | null }[] = [];
    return {
      RUN(ins) {
        if (!leavesYarnCache(ins)) return;
        if (ins.onbuild) ctx.report(ins, '`yarn cache clean` missing after `yarn install` was run.');
        else failing.push({ ins, stage: ins.stage });
      },
      end() {
        const stages = ctx.model.stages;
        const last = stages[stages.length - 1];
        const builtOn = new Set(stages.map((s) => s.from.name));
        for (const { ins, stage } of failing) {
          const shipped = stage
            ? (last !== undefined && fromKey(stage) === fromKey(last)) ||
              (stage.alias !== null && builtOn.has(stage.alias))
            : last === undefined ||
              (last.from.isScratch && last.alias === null && last.from.platform === null);
          if (shipped) ctx.report(ins, '`yarn cache clean` missing after `yarn install` was run.');
        }
      },
    };
  },
});
