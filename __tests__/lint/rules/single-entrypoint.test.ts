import rule from '../../../src/lint/rules/single-entrypoint.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM debian\nENTRYPOINT ["tini", "--"]\nCMD ["app"]' },
    { code: 'FROM debian AS a\nENTRYPOINT ["a"]\nFROM debian\nENTRYPOINT ["b"]' },
  ],
  invalid: [
    { code: 'FROM debian\nENTRYPOINT ["a"]\nENTRYPOINT b', lines: [3] },
    { code: 'FROM debian\nentrypoint a\nENTRYPOINT b\nENTRYPOINT c', lines: [3, 4] },
  ],
});
