import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'no-maintainer',
    aliases: ['DL4000'],
    severity: 'error',
    description: 'MAINTAINER is deprecated: use `LABEL org.opencontainers.image.authors=…`',
    onbuild: false,
  },
  create(ctx) {
    return {
      MAINTAINER(ins) {
        ctx.report(ins, 'MAINTAINER is deprecated: use `LABEL org.opencontainers.image.authors="…"`');
      },
    };
  },
});
