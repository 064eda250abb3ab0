import rule from '../../../src/lint/rules/label-git-hash-valid.js';
import { ruleTester } from '../rule-tester.js';

const settings = { labelSchema: { 'org.opencontainers.image.revision': 'hash' } };

ruleTester(rule, {
  valid: [
    { code: 'FROM a\nLABEL org.opencontainers.image.revision="2c6e6a1"', settings },
    {
      code: 'FROM a\nLABEL org.opencontainers.image.revision="2c6e6a1f6b3b0d4f2c1a9e8d7c6b5a4f3e2d1c0b"',
      settings,
    },
    { code: 'FROM a\nLABEL org.opencontainers.image.revision="main"', name: 'no schema' },
  ],
  invalid: [
    {
      code: 'FROM a\nLABEL org.opencontainers.image.revision="main"',
      settings,
      lines: [2],
      message: 'git hash',
    },
    {
      code: 'FROM a\nLABEL org.opencontainers.image.revision="2C6E6A1"',
      settings,
      lines: [2],
      name: 'upper case',
    },
    {
      code: 'FROM a\nLABEL org.opencontainers.image.revision="2c6e6a1f"',
      settings,
      lines: [2],
      name: '8 characters',
    },
    { code: 'FROM a\nLABEL org.opencontainers.image.revision=""', settings, lines: [2] },
  ],
});
