import rule from '../../../src/lint/rules/single-cmd.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM debian\nCMD ["a"]' },
    { code: 'FROM debian AS a\nCMD ["a"]\nFROM debian\nCMD ["b"]' },
    { code: 'FROM debian\nONBUILD CMD ["a"]\nCMD ["b"]', name: 'ONBUILD CMD is for child images' },
  ],
  invalid: [
    { code: 'FROM debian\nCMD ["a"]\nCMD b', lines: [3] },
    { code: 'FROM debian\nCMD a\nRUN x\nCMD b\nCMD c', lines: [4, 5] },
  ],
});
