import rule from '../../../src/lint/rules/no-maintainer.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [{ code: 'FROM debian\nLABEL org.opencontainers.image.authors="a@b.c"' }],
  invalid: [
    { code: 'FROM debian\nMAINTAINER a@b.c', lines: [2] },
    { code: 'FROM debian\nmaintainer someone\nFROM x\nMAINTAINER b', lines: [2, 4] },
  ],
});
