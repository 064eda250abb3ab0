import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'from-platform-not-targetplatform',
    aliases: ['DL3065'],
    severity: 'warning',
    description: '`FROM --platform=$TARGETPLATFORM` is redundant: it is the default',
    onbuild: false,
  },
  create(ctx) {
    return {
      FROM(ins) {
        // As hadolint: only the two plain spellings, as written.
        const platform = ins.flag('platform');
        if (platform === '$TARGETPLATFORM' || platform === '${TARGETPLATFORM}')
          ctx.report(
            ins,
            `Setting \`FROM --platform\` to predefined \`${platform}\` is redundant as this is the default behavior`,
          );
      },
    };
  },
});
