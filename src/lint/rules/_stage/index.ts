// What the "only the last one counts" rules share (CMD, ENTRYPOINT, HEALTHCHECK). A folder so the
// registry, which treats every `.ts` directly in rules/ as a rule, skips it.
import type { Instruction } from '../../../dockerfile/model.js';
import type { RuleContext, Visitor } from '../../rule.js';

/** A `create` that reports every `keyword` after the first in a stage. */
export function oncePerStage(
  keyword: 'CMD' | 'ENTRYPOINT' | 'HEALTHCHECK',
  message: string,
): (ctx: RuleContext) => Visitor {
  return (ctx) => {
    let seen = false;
    return {
      FROM() {
        seen = false;
      },
      [keyword](ins: Instruction) {
        if (seen) ctx.report(ins, message);
        seen = true;
      },
    };
  };
}
