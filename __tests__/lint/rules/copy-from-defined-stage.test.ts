import rule from '../../../src/lint/rules/copy-from-defined-stage.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    // Class: a value with `/`, `:` or `@` is an image reference (stage names cannot hold them).
    { code: 'FROM debian:bookworm\nCOPY --from=gloursdocker/docker / /', name: 'docker hub repository path' },
    { code: 'FROM debian:bookworm\nCOPY --from=ghcr.io/org/tool /bin/tool /bin/', name: 'registry path' },
    {
      code: 'FROM debian:bookworm\nCOPY --from=org/tool@sha256:' + 'a'.repeat(64) + ' /t /t',
      name: 'digest',
    },
    // hadolint's DL3022 spec
    { code: 'FROM scratch as build\nRUN foo\nFROM node\nCOPY --from=build foo .\nRUN baz' },
    { code: 'FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=0 /go/bin/app /app', name: 'stage index' },
    { code: 'FROM debian\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx', name: 'image with a tag' },
    { code: 'FROM debian\nCOPY --from=docker.io/library/nginx:latest /a /b', name: 'full image reference' },
    { code: 'FROM debian\nCOPY foo .', name: 'no --from' },
    {
      code: 'FROM debian AS a\nFROM debian\nONBUILD COPY --from=missing /a /b',
      name: 'hadolint does not look inside ONBUILD',
    },
  ],
  invalid: [
    {
      code: 'FROM debian:bookworm\nCOPY --from=tool /bin/tool /bin/',
      lines: [2],
      name: 'a plain word that is no stage',
    },
    { code: 'FROM debian\nCOPY --from=foo bar .', lines: [2] },
    {
      code: 'FROM scratch\nCOPY --from=build foo .\nFROM node as build\nRUN baz',
      lines: [2],
      name: 'alias defined after',
    },
    {
      code: 'COPY --from=0 bar .',
      lines: [1],
      name: 'an index with no FROM before it',
    },
    {
      code: 'FROM golang AS build\nFROM scratch\nCOPY --from=2 /a /b',
      lines: [3],
      name: 'index of no earlier stage',
    },
    {
      code: 'FROM debian\nCOPY --from=nginx /etc/nginx /etc/nginx',
      lines: [2],
      name: 'an image without a tag looks like a stage',
    },
    {
      code: 'FROM golang AS Build\nFROM scratch\ncopy --from=build /a /b',
      lines: [3],
      name: 'alias case must match',
    },
  ],
});
