import { defineRule } from '../rule.js';
import { oncePerStage } from './_stage/index.js';

export default defineRule({
  meta: {
    id: 'single-entrypoint',
    aliases: ['DL4004'],
    severity: 'error',
    description: 'Use at most one ENTRYPOINT per stage (only the last one takes effect)',
    onbuild: false,
  },
  create: oncePerStage(
    'ENTRYPOINT',
    'Multiple `ENTRYPOINT` instructions found: only the last `ENTRYPOINT` takes effect',
  ),
});
