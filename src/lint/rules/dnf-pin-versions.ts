import { defineRule } from '../rule.js';
import { pinVersionsCheck } from './_rpm/index.js';

export default defineRule({
  meta: {
    id: 'dnf-pin-versions',
    aliases: ['DL3041'],
    severity: 'warning',
    description: 'Pin versions in `dnf install` (`<package>-<version>`, modules as `<module>:<stream>`)',
  },
  create: pinVersionsCheck(['dnf', 'microdnf']),
});
