import rule from '../../../src/lint/rules/instruction-order-from-first.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      code: 'garbage here\nFROM debian:bookworm',
      name: 'a line that is no instruction is a file error, not this rule',
    },
    { code: 'FROM foo\nLABEL foo=bar' },
    { code: 'ARG A=B\nFROM foo\nLABEL foo=bar' },
    {
      code: '# syntax = docker/dockerfile:1.0-experimental\nFROM node:16-alpine3.13',
      name: 'parser directive',
    },
    { code: 'FROM foo\nARG A=B\nRUN echo bla' },
    { code: '# comment\n\nARG A\nARG B=1\nFROM foo' },
  ],
  invalid: [
    { code: 'LABEL foo=bar\nFROM foo', lines: [1], message: 'LABEL before the first FROM' },
    { code: 'ARG A\nENV B=1\nRUN x\nFROM foo', lines: [2, 3], name: 'every instruction before FROM' },
    { code: 'ONBUILD RUN x\nFROM foo', lines: [1] },
  ],
});
