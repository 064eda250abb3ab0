import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'no-fixed-platform',
    aliases: ['DL3029'],
    severity: 'warning',
    description:
      'Do not fix `FROM --platform`; only `$BUILDPLATFORM`/`$TARGETPLATFORM` keep the build portable',
  },
  create(ctx) {
    return {
      FROM(ins) {
        const platform = ins.flag('platform');
        if (platform === undefined) return;
        const value = platform ?? '';
        if (value.includes('BUILDPLATFORM') || value.includes('TARGETPLATFORM')) return;
        ctx.report(ins, `Do not use --platform flag with FROM (--platform=${value})`);
      },
    };
  },
});
