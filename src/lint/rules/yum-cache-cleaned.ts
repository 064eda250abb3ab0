import { defineRule } from '../rule.js';
import { hasCacheOrTmpfsMountWith, isCommandWith } from './_rpm/index.js';

export default defineRule({
  meta: {
    id: 'yum-cache-cleaned',
    aliases: ['DL3032'],
    severity: 'warning',
    description:
      'Run `yum clean all` in the RUN that runs `yum install` (or mount a cache at /var/cache/yum)',
  },
  create(ctx) {
    return {
      RUN(ins) {
        const script = ins.script();
        if (!script) return;
        if (!script.commands.some((c) => isCommandWith(c, ['yum'], ['install']))) return;
        // The cache never reaches the layer when it lives on a cache or tmpfs mount.
        if (hasCacheOrTmpfsMountWith(ins.flags, '/var/cache/yum')) return;
        if (hasCacheOrTmpfsMountWith(ins.flags, '/var/cache/dnf')) return;
        // hadolint's reading, kept for parity: any `yum` word `clean`/`all`, or an `rm` given
        // `-rf` or `/var/cache/yum/*`.
        const cleaned = script.commands.some(
          (c) => isCommandWith(c, ['yum'], ['clean', 'all']) || c.is('rm', '-rf', '/var/cache/yum/*'),
        );
        if (!cleaned) ctx.report(ins, '`yum clean all` missing after yum command.');
      },
    };
  },
});
