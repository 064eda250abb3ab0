import { hasCacheOrTmpfsMountWith } from '../commands.js';
import { defineRule } from '../rule.js';
import { cleansCache } from './_cleanup/index.js';
import { cleanedAfterInstall, isCommandWith } from './_rpm/index.js';

/** yum's cache, and dnf's, where `yum` on RHEL 8 and later (dnf underneath) keeps it. */
const CACHE_DIRS = ['/var/cache/yum', '/var/cache/dnf'];

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
        // The cache never reaches the layer when it lives on a cache or tmpfs mount.
        if (CACHE_DIRS.some((dir) => hasCacheOrTmpfsMountWith(ins.flags, dir))) return;
        const cleaned = cleanedAfterInstall(
          script.commands,
          (c) => isCommandWith(c, ['yum'], ['install']),
          (c) => cleansCache(c, 'yum'),
        );
        if (cleaned === false) ctx.report(ins, '`yum clean all` missing after yum command.');
      },
    };
  },
});
