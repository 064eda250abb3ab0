import rule from '../../../src/lint/rules/copy-from-not-own-stage.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    // hadolint's DL3023 spec
    { code: 'FROM scratch as build\nRUN foo\nFROM node as run\nCOPY --from=build foo .\nRUN baz' },
    { code: 'FROM node\nCOPY --from=build foo .', name: 'stage without alias' },
    { code: 'FROM node AS foo\nCOPY bar .' },
    {
      code: 'FROM node AS foo\nONBUILD COPY --from=foo bar .',
      name: 'hadolint does not look inside ONBUILD',
    },
  ],
  invalid: [
    { code: 'FROM node as foo\nCOPY --from=foo bar .', lines: [2] },
    { code: 'FROM node AS a\nFROM node AS b\nRUN x\nCOPY --from=b bar .', lines: [4], name: 'second stage' },
  ],
});
