import { hasCacheOrTmpfsMountWith } from '../commands.js';
import { defineRule } from '../rule.js';
import { cleansCache } from './_cleanup/index.js';
import { cleanedAfterInstall, isCommandWith } from './_rpm/index.js';

export default defineRule({
  meta: {
    id: 'zypper-cache-cleaned',
    aliases: ['DL3036'],
    severity: 'warning',
    description:
      'Run `zypper clean` in the RUN that runs `zypper install` (or mount a cache at /var/cache/zypp)',
  },
  create(ctx) {
    return {
      RUN(ins) {
        const script = ins.script();
        if (!script) return;
        if (hasCacheOrTmpfsMountWith(ins.flags, '/var/cache/zypp')) return;
        // As for yum and dnf, the clean has to come after the install it cleans up for.
        const cleaned = cleanedAfterInstall(
          script.commands,
          (c) => isCommandWith(c, ['zypper'], ['install', 'in']),
          (c) => cleansCache(c, 'zypper'),
        );
        if (cleaned === false) ctx.report(ins, '`zypper clean` missing after zypper use.');
      },
    };
  },
});
