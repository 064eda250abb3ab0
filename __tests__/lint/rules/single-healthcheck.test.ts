import rule from '../../../src/lint/rules/single-healthcheck.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM debian\nHEALTHCHECK CMD curl -f http://localhost/' },
    { code: 'FROM debian AS a\nHEALTHCHECK NONE\nFROM debian\nHEALTHCHECK CMD true', name: 'one per stage' },
  ],
  invalid: [
    { code: 'FROM debian\nHEALTHCHECK CMD a\nHEALTHCHECK CMD b', lines: [3] },
    { code: 'FROM debian\nHEALTHCHECK CMD a\nHEALTHCHECK NONE\nHEALTHCHECK CMD c', lines: [3, 4] },
  ],
});
