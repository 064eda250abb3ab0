import type { Stage } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'healthcheck-present',
    aliases: ['DL3057'],
    severity: 'info',
    description: 'Every stage should have a `HEALTHCHECK` or build on a stage that has one',
    // Off in hadolint too (severity "ignore"): many images are run by an orchestrator that probes itself.
    defaultOn: false,
    // An `ONBUILD HEALTHCHECK` is for child images, not this one.
    onbuild: false,
  },
  create(ctx) {
    // hadolint names a stage by its alias, else its image; a stage built `FROM <that name>` after a
    // stage with a HEALTHCHECK inherits it.
    const nameOf = (s: Stage): string => s.alias ?? s.from.name;
    const good = new Set<Stage>();
    const missing = new Set<Stage>();
    let current: Stage | null = null;
    return {
      FROM(ins) {
        current = ins.stage;
        if (!current) return;
        const image = current.from.name;
        if ([...good].some((g) => nameOf(g) === image)) good.add(current);
        else missing.add(current);
      },
      HEALTHCHECK() {
        if (!current) return;
        good.add(current);
        missing.delete(current);
        // The stages this one is built on (FROM a FROM a …) are only steps towards an image that
        // has a HEALTHCHECK, so they are excused too; a sibling built on the same base is not.
        const bases = [current.from.name];
        for (let base = bases.pop(); base !== undefined; base = bases.pop()) {
          for (const s of [...missing]) {
            if (nameOf(s) !== base) continue;
            missing.delete(s);
            good.add(s);
            bases.push(s.from.name);
          }
        }
      },
      end() {
        for (const s of missing) ctx.report(s.fromInstruction, '`HEALTHCHECK` instruction missing.');
      },
    };
  },
});
