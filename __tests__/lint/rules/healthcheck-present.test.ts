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
    {
      code: 'FROM alpine:3 AS deps\nFROM deps AS build\nFROM build AS app\nHEALTHCHECK CMD /ping',
      name: 'the stages an image with a HEALTHCHECK is built on are excused',
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
    {
      code: [
        'FROM alpine:3 AS deps',
        'FROM deps AS api-base',
        'FROM deps AS worker-base',
        'FROM api-base AS api',
        'HEALTHCHECK CMD /ping',
        'FROM worker-base AS worker',
      ].join('\n'),
      lines: [3, 6],
      name: 'only the branch that leads to the HEALTHCHECK is excused',
    },
  ],
});
