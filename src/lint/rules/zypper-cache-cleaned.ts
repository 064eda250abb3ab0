import { defineRule } from '../rule.js';
import { hasCacheOrTmpfsMountWith, isCommandWith } from './_rpm/index.js';

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
        if (!script.commands.some((c) => isCommandWith(c, ['zypper'], ['install', 'in']))) return;
        if (hasCacheOrTmpfsMountWith(ins.flags, '/var/cache/zypp')) return;
        if (script.commands.some((c) => isCommandWith(c, ['zypper'], ['clean', 'cc']))) return;
        ctx.report(ins, '`zypper clean` missing after zypper use.');
      },
    };
  },
});
