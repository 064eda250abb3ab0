import { defineRule } from '../rule.js';
import { oncePerStage } from './_stage/index.js';

export default defineRule({
  meta: {
    id: 'single-cmd',
    aliases: ['DL4003'],
    severity: 'warning',
    description: 'Use at most one CMD per stage (only the last one takes effect)',
    onbuild: false,
  },
  create: oncePerStage('CMD', 'Multiple `CMD` instructions found: only the last `CMD` takes effect'),
});
