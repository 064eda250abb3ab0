import { defineRule } from '../rule.js';
import { pinVersionsCheck } from './_rpm/index.js';

export default defineRule({
  meta: {
    id: 'yum-pin-versions',
    aliases: ['DL3033'],
    severity: 'warning',
    description: 'Pin versions in `yum install` (`<package>-<version>`, modules as `<module>:<stream>`)',
  },
  create: pinVersionsCheck(['yum']),
});
