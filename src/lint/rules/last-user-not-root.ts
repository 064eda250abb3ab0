import type { Instruction } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';

/** hadolint's test: `root`, `0`, or `root:`/`0:` with any group. */
export function isRootUser(user: string): boolean {
  const u = user.trim();
  return u === 'root' || u === '0' || u.startsWith('root:') || u.startsWith('0:');
}

export default defineRule({
  meta: {
    id: 'last-user-not-root',
    aliases: ['DL3002'],
    severity: 'warning',
    description: 'The last USER of a stage should not be root',
    // An `ONBUILD USER` runs in child images, not in this stage.
    onbuild: false,
  },
  create(ctx) {
    // As hadolint does: each stage whose last USER is root is reported, at that USER line.
    let lastRootUser: Instruction | null = null;
    return {
      FROM() {
        lastRootUser = null;
      },
      USER(ins) {
        lastRootUser = isRootUser(ins.args) ? ins : null;
      },
      stageEnd() {
        if (lastRootUser)
          ctx.report(lastRootUser, `Last USER should not be root ("USER ${lastRootUser.args}")`);
        lastRootUser = null;
      },
    };
  },
});
