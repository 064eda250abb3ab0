import { hasCacheOrTmpfsMountWith } from '../commands.js';
import type { Instruction, Stage } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';
import { cleansCache } from './_cleanup/index.js';

export default defineRule({
  meta: {
    id: 'apt-lists-cleaned',
    aliases: ['DL3009'],
    severity: 'info',
    description:
      'Delete the apt-get lists (`rm -rf /var/lib/apt/lists/*`) in the RUN that ran `apt-get update`',
  },
  create(ctx) {
    const forgotten: { ins: Instruction; stage: Stage | null }[] = [];
    return {
      RUN(ins) {
        const script = ins.script();
        if (!script) return;
        // `apt update` and `aptitude update` fill the same /var/lib/apt/lists (hadolint counts all three).
        const updates = script.commands.some(
          (c) => c.is('apt-get', 'update') || c.is('apt', 'update') || c.is('aptitude', 'update'),
        );
        // hadolint's test (any `rm` given `-rf` or `/var/lib/apt/lists/*`) and the other idioms
        // that empty the lists: `apt-get dist-clean`, `rm -r /var/lib/apt/lists`, `find … -delete`.
        const cleans = script.commands.some(
          (c) => c.is('rm', '-rf', '/var/lib/apt/lists/*') || cleansCache(c, 'apt-lists'),
        );
        if (!updates || cleans) return;
        // A cache or tmpfs mount keeps the lists out of the layer, like the `rm` does.
        const mounted = (dir: string) => hasCacheOrTmpfsMountWith(ins.flags, dir);
        if (mounted('/var/lib/apt/lists')) return;
        if (mounted('/var/lib/apt') && mounted('/var/cache/apt')) return;
        forgotten.push({ ins, stage: ins.onbuild ? null : ins.stage });
      },
      end() {
        const stages = ctx.model.stages;
        const final = stages[stages.length - 1];
        const key = (s: Stage) => `${s.from.text}|${s.alias ?? ''}|${s.from.platform ?? ''}`;
        const usedAsBase = new Set(stages.map((s) => s.from.text));
        for (const { ins, stage } of forgotten) {
          // Lists only matter in the image that ships: the final stage, a stage another FROM builds
          // on, and ONBUILD triggers (they run in some child's image).
          const matters =
            stage === null ||
            (final !== undefined && key(stage) === key(final)) ||
            (stage.alias !== null && usedAsBase.has(stage.alias));
          if (matters)
            ctx.report(
              ins,
              'Delete the apt-get lists after installing something: `rm -rf /var/lib/apt/lists/*` in the same RUN',
            );
        }
      },
    };
  },
});
