import rule from '../../../src/lint/rules/label-not-in-schema.js';
import { ruleTester } from '../rule-tester.js';

const strict = { labelSchema: { foo: 'text', bar: 'url' }, strictLabels: true };

ruleTester(rule, {
  valid: [
    { code: 'FROM a\nLABEL other=1', settings: { labelSchema: { foo: 'text' } }, name: 'not strict' },
    { code: 'FROM a\nLABEL foo=1 bar=https://x', settings: strict },
    { code: 'FROM a\nONBUILD LABEL other=1', settings: strict },
  ],
  invalid: [
    { code: 'FROM a\nLABEL foo=1 other=2', settings: strict, lines: [2], message: '`other`' },
    { code: 'FROM a\nLABEL other=1\nLABEL more=2', settings: strict, lines: [2, 3] },
    {
      code: 'FROM a\nLABEL other=1',
      settings: { strictLabels: true },
      lines: [2],
      name: 'strict with empty schema',
    },
  ],
});
