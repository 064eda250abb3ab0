import rule from '../../../src/lint/rules/stage-names-unique.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    // hadolint's DL3024 spec
    { code: 'FROM scratch as build\nRUN foo\nFROM node as run\nRUN baz' },
    { code: 'FROM node\nFROM node\nFROM node', name: 'no aliases' },
  ],
  invalid: [
    {
      code: 'FROM node as foo\nRUN something\nFROM scratch as foo\nRUN something',
      lines: [3],
      message: 'foo',
    },
    { code: 'FROM a AS x\nFROM b AS x\nFROM c AS x', lines: [2, 3] },
    { code: 'from a as x\nFROM b AS y\nfrom c as x', lines: [3], name: 'lower case' },
  ],
});
