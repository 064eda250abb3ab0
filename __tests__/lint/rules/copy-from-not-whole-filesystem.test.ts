import rule from '../../../src/lint/rules/copy-from-not-whole-filesystem.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      code: 'ARG PICK=supported\nFROM debian:12 AS x-base\nFROM scratch AS x-supported\nCOPY --from=x-base /exit /exit\nFROM x-${PICK} AS x\nFROM debian:bookworm\nCOPY --from=x / /',
      name: 'a stage picked by a variable with a default, among mixed stages',
    },
    {
      code: 'FROM debian:bookworm\nCOPY --from=gloursdocker/docker / /',
      name: 'a third-party image may carry a few files (cannot be seen)',
    },
    {
      code: 'FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.6.1 AS xx\nFROM golang:1.22\nCOPY --from=xx / /',
      name: 'a stage made of a third-party carrier image',
    },
    {
      code: 'FROM scratch AS bin-linux\nCOPY a /a\nFROM scratch AS bin-darwin\nCOPY b /b\nARG TARGETOS\nFROM bin-$TARGETOS AS bin\nFROM debian:bookworm\nCOPY --from=bin / /',
      name: 'a stage picked by a variable among scratch stages',
    },
    { code: 'FROM debian:bookworm\nCOPY / /', name: 'not from another stage' },
    {
      code: 'FROM golang:1.22 AS build\nFROM debian:bookworm\nCOPY --from=build /app /',
      name: 'a directory',
    },
    {
      code: 'FROM golang:1.22 AS build\nFROM debian:bookworm\nCOPY --from=build / /app',
      name: 'into a subdirectory',
    },
    {
      code: 'FROM golang:1.22 AS build\nFROM scratch AS bin\nCOPY --from=build /out/app /app\nFROM debian:bookworm\nCOPY --from=bin / /',
      name: 'a scratch stage of this file carries only its files',
    },
  ],
  invalid: [
    { code: 'FROM golang:1.22 AS build\nFROM debian:bookworm\nCOPY --from=build / /', lines: [3] },
    {
      code: 'FROM golang:1.22 AS build\nFROM debian:bookworm\nCOPY --from=build "/" "/"',
      lines: [3],
      name: 'quoted',
    },
    {
      code: 'FROM golang:1.22 AS build\nFROM debian:bookworm\nCOPY --from=0 ["/", "/"]',
      lines: [3],
      name: 'exec form, by index',
    },
  ],
});
