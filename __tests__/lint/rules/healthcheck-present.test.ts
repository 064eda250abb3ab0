import rule from '../../../src/lint/rules/healthcheck-present.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM scratch\nHEALTHCHECK CMD /checkhealth' },
    { code: 'FROM scratch\nHEALTHCHECK NONE', name: 'HEALTHCHECK NONE is a decision too' },
    { code: 'FROM scratch AS base\nHEALTHCHECK CMD /checkhealth\nFROM base', name: 'inherited' },
    {
      code: 'FROM alpine:3\nHEALTHCHECK CMD true\nFROM alpine',
      name: 'hadolint names an unaliased stage by its image',
    },
  ],
  invalid: [
    { code: 'FROM scratch', lines: [1], message: '`HEALTHCHECK` instruction missing' },
    { code: 'FROM scratch\nRUN true', lines: [1] },
    { code: 'FROM scratch AS base\nHEALTHCHECK CMD /x\nFROM scratch', lines: [3] },
    {
      code: 'FROM golang AS build\nRUN go build\nFROM scratch\nHEALTHCHECK CMD /x',
      lines: [1],
      name: 'every stage',
    },
    {
      code: 'FROM scratch\nONBUILD HEALTHCHECK CMD /x',
      lines: [1],
      name: 'ONBUILD HEALTHCHECK is for child images',
    },
  ],
});
