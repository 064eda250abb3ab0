import { defineRule } from '../rule.js';
import { hasCacheOrTmpfsMountWith } from './_rpm/index.js';

/** Cache directories of dnf 4 (`/var/cache/dnf`, `/var/cache/yum` on older releases) and dnf 5. */
const CACHE_DIRS = ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5', '.cache/libdnf5'];

export default defineRule({
  meta: {
    id: 'dnf-cache-cleaned',
    aliases: ['DL3040'],
    severity: 'warning',
    description:
      'Run `dnf clean all` (or `microdnf clean all`) in the RUN that installs with it, or mount a cache',
  },
  create(ctx) {
    return {
      RUN(ins) {
        const script = ins.script();
        if (!script) return;
        if (CACHE_DIRS.some((dir) => hasCacheOrTmpfsMountWith(ins.flags, dir))) return;
        // As hadolint: each tool cleans after itself (`microdnf clean all` does not clean for
        // `dnf install`); an `rm` given `-rf` or the cache glob counts for both.
        const removesCache = script.commands.some((c) =>
          c.is('rm', '-rf', '/var/cache/yum/*', '/var/cache/dnf/*', '/var/cache/libdnf5*'),
        );
        const forgot = ['dnf', 'microdnf'].filter(
          (tool) =>
            script.commands.some((c) => c.is(tool, 'install')) &&
            !removesCache &&
            !script.commands.some((c) => c.is(tool, 'clean', 'all')),
        );
        if (forgot.length > 0)
          ctx.report(ins, `\`${forgot[0]} clean all\` missing after ${forgot[0]} command.`);
      },
    };
  },
});
