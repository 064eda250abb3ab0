import { defineRule } from '../rule.js';
import { isCommandWith } from './_rpm/index.js';

export default defineRule({
  meta: {
    id: 'dnf-assume-yes',
    aliases: ['DL3038'],
    severity: 'warning',
    description: 'Pass `-y` to `dnf install` so the build never waits for an answer',
  },
  create(ctx) {
    return {
      RUN(ins) {
        const script = ins.script();
        if (!script) return;
        // microdnf never asks (its `-y` is documented as "does nothing, we always assume yes"),
        // so only dnf is held to it; hadolint reports microdnf too.
        const forgot = script.commands.some(
          (c) =>
            isCommandWith(c, ['dnf'], ['install', 'groupinstall', 'localinstall']) &&
            !c.hasFlag('y', 'assumeyes'),
        );
        if (forgot) ctx.report(ins, 'Use the -y switch to avoid manual input `dnf install -y <package>`');
      },
    };
  },
});
