import { defineRule } from '../rule.js';
import { oncePerStage } from './_stage/index.js';

export default defineRule({
  meta: {
    id: 'single-healthcheck',
    aliases: ['DL3012'],
    severity: 'error',
    description: 'Use at most one HEALTHCHECK per stage (only the last one counts)',
    onbuild: false,
  },
  create: oncePerStage('HEALTHCHECK', 'Multiple `HEALTHCHECK` instructions: only the last one takes effect'),
});
