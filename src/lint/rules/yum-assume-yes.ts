import { defineRule } from '../rule.js';
import { isCommandWith } from './_rpm/index.js';

export default defineRule({
  meta: {
    id: 'yum-assume-yes',
    aliases: ['DL3030'],
    severity: 'warning',
    description: 'Pass `-y` to `yum install` so the build never waits for an answer',
  },
  create(ctx) {
    return {
      RUN(ins) {
        const script = ins.script();
        if (!script) return;
        const forgot = script.commands.some(
          (c) =>
            isCommandWith(c, ['yum'], ['install', 'groupinstall', 'localinstall']) &&
            !c.hasFlag('y', 'assumeyes'),
        );
        if (forgot) ctx.report(ins, 'Use the -y switch to avoid manual input `yum install -y <package>`');
      },
    };
  },
});
