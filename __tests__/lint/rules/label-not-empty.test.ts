import rule from '../../../src/lint/rules/label-not-empty.js';
import { ruleTester } from '../rule-tester.js';

const settings = { labelSchema: { foo: 'text', bar: 'url' } };

ruleTester(rule, {
  valid: [
    { code: 'FROM a\nLABEL foo=""', name: 'no schema' },
    { code: 'FROM a\nLABEL foo="x" bar=y', settings },
    { code: 'FROM a\nLABEL other=""', settings, name: 'a label outside the schema' },
  ],
  invalid: [
    { code: 'FROM a\nLABEL foo=""', settings, lines: [2], message: 'Label `foo` is empty' },
    { code: 'FROM a\nLABEL foo= bar=""', settings, lines: [2, 2] },
    { code: 'FROM a\nLABEL x=1 \\\n  foo=""', settings, lines: [2] },
  ],
});
