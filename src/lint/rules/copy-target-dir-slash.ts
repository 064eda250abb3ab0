import { defineRule } from '../rule.js';
import { copySourcesAndTarget, dropQuotes } from './copy-instead-of-add.js';

export default defineRule({
  meta: {
    id: 'copy-target-dir-slash',
    aliases: ['DL3021'],
    severity: 'error',
    description: 'COPY with more than one source needs a destination ending in `/`',
    // hadolint does not look inside `ONBUILD COPY`.
    onbuild: false,
  },
  create(ctx) {
    return {
      COPY(ins) {
        const { sources, target } = copySourcesAndTarget(ins);
        if (sources.length < 2 || target === null) return;
        // A Windows destination ends in a backslash (`C:\\Windows\\System32\\`), which names a directory too.
        if (!/[/\\]$/.test(dropQuotes(target))) {
          ctx.report(
            ins,
            `COPY with more than 2 arguments requires the last argument to end with /: use "${dropQuotes(target)}/"`,
          );
        }
      },
    };
  },
});
