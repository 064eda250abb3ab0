import rule from '../../../src/lint/rules/label-required.js';
import { ruleTester } from '../rule-tester.js';

const settings = { labelSchema: { foo: 'text' } };

ruleTester(rule, {
  valid: [
    { code: 'FROM baseimage', name: 'no schema, no check' },
    { code: 'FROM baseimage\nLABEL foo="bar"', settings },
    {
      code: 'FROM baseimage as base\nFROM base\nLABEL foo="bar"',
      settings,
      name: 'inheritance, label in second stage',
    },
    {
      code: 'FROM baseimage as base\nFROM anotherimage\nLABEL foo="bar"\nCOPY --from=base /bar /baz',
      settings,
      name: 'a stage only copied from is excused',
    },
    { code: 'FROM baseimage as base\nLABEL foo="bar"\nFROM base', settings, name: 'inherited label' },
    { code: 'FROM a\nLABEL x=1 foo=2 y=3', settings },
  ],
  invalid: [
    { code: 'FROM baseimage', settings, lines: [1], message: 'Label `foo` is missing' },
    { code: 'FROM baseimage\nLABEL bar="baz"', settings, lines: [1] },
    { code: 'FROM stage1\nFROM stage2', settings, lines: [1, 2] },
    { code: 'FROM stage1\nLABEL bar="baz"\nFROM stage2\nLABEL buzz="fuzz"', settings, lines: [1, 3] },
    { code: 'FROM baseimage\nLABEL foo="bar"\nFROM newimage', settings, lines: [3] },
    { code: 'FROM baseimage\nFROM newimage\nLABEL foo="bar"', settings, lines: [1] },
    { code: 'FROM baseimage\nLABEL baz="bar"\nFROM newimage\nLABEL foo="bar"', settings, lines: [1] },
    { code: 'FROM baseimage as base\nFROM base', settings, lines: [1, 2] },
    { code: 'FROM baseimage as base\nFROM anotherimage\nLABEL foo="bar"', settings, lines: [1] },
    {
      code: 'FROM baseimage as base\nFROM newimage\nLABEL foo="bar"\nCOPY --from=base /bar /baz\n\nFROM newimage\nCOPY --from=base /bar /baz',
      settings,
      lines: [6],
    },
    { code: 'FROM baseimage as base\nFROM base\nLABEL foo="bar"\n\nFROM base', settings, lines: [5] },
    { code: 'FROM baseimage as base\nFROM base\n\nFROM base\nLABEL foo="bar"', settings, lines: [2] },
    { code: 'FROM a\nLABEL bar=1', settings: { labelSchema: { foo: 'text', bar: 'url' } }, lines: [1] },
    {
      code: 'FROM a',
      settings: { labelSchema: { foo: 'text', bar: 'url' } },
      lines: [1, 1],
      name: 'one per missing label',
    },
    { code: 'FROM a\nONBUILD LABEL foo=1', settings, lines: [1], name: 'ONBUILD LABEL is for child images' },
  ],
});
