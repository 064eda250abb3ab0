import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'cmd-entrypoint-json-form',
    aliases: ['DL3025'],
    severity: 'warning',
    description: 'Use the JSON (exec) form for CMD and ENTRYPOINT so the process gets signals as PID 1',
    // hadolint does not look inside `ONBUILD CMD`.
    onbuild: false,
  },
  create(ctx) {
    const check = (ins: { form: 'json' | 'shell'; keyword: string; args: string }): boolean =>
      ins.form === 'shell' && ins.args.trim() !== '';
    return {
      CMD(ins) {
        if (check(ins)) ctx.report(ins, 'Use arguments JSON notation for CMD and ENTRYPOINT arguments');
      },
      ENTRYPOINT(ins) {
        if (check(ins)) ctx.report(ins, 'Use arguments JSON notation for CMD and ENTRYPOINT arguments');
      },
    };
  },
});
