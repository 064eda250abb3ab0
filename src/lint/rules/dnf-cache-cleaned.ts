import { hasCacheOrTmpfsMountWith } from '../commands.js';
import { defineRule } from '../rule.js';
import { removesCacheOf } from './_cleanup/index.js';
import { cleanedAfterInstall, isCommandWith } from './_rpm/index.js';

/** Cache directories of dnf 4 (`/var/cache/dnf`, `/var/cache/yum` on older releases) and dnf 5. */
const MOUNT_TARGETS = ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5', '.cache/libdnf5'];

/** Subcommands that fill the cache, long and short names (as hadolint lists them). */
const INSTALLS = ['install', 'in', 'upgrade', 'up', 'upgrade-minimal', 'up-min', 'reinstall', 'rei'];

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
        if (MOUNT_TARGETS.some((dir) => hasCacheOrTmpfsMountWith(ins.flags, dir))) return;
        // As hadolint: each tool cleans after itself (`microdnf clean all` does not clean for
        // `dnf install`); an `rm -r` of the cache counts for both. The clean must come after.
        const forgot = ['dnf', 'microdnf'].filter(
          (tool) =>
            cleanedAfterInstall(
              script.commands,
              (c) => isCommandWith(c, [tool], INSTALLS),
              (c) => (c.is(tool, 'clean') && c.hasArg('all')) || removesCacheOf(c, 'dnf'),
            ) === false,
        );
        if (forgot.length > 0)
          ctx.report(ins, `\`${forgot[0]} clean all\` missing after ${forgot[0]} command.`);
      },
    };
  },
});
