import rule from '../../../src/lint/rules/debian-frontend-as-arg.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    // Class: judge the value in effect in the final image, not the first mention.
    { code: 'FROM debian:bookworm-slim\nENV DEBIAN_FRONTEND=teletype', name: 'a reset to teletype' },
    {
      code: 'FROM debian:bookworm-slim\nENV DEBIAN_FRONTEND=noninteractive\nRUN apt-get update\nENV DEBIAN_FRONTEND=dialog',
      name: 'overridden by a later ENV',
    },
    {
      code: 'FROM debian:bookworm AS base\nENV DEBIAN_FRONTEND=noninteractive\nFROM base\nENV DEBIAN_FRONTEND=',
      name: 'cleared in the stage that builds on it',
    },
    {
      code: 'FROM debian:bookworm-slim\nENV DEBIAN_FRONTEND=noninteractive TZ=UTC\nENV DEBIAN_FRONTEND=readline',
      name: 'reset among other pairs',
    },
    {
      code: 'FROM ubuntu:22.04\nARG DEBIAN_FRONTEND=noninteractive\nRUN apt-get update',
      name: 'seed 004: ARG',
    },
    { code: 'FROM ubuntu:22.04\nRUN DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata' },
    {
      code: 'FROM debian:bookworm AS build\nENV DEBIAN_FRONTEND=noninteractive\nFROM debian:bookworm-slim\nCOPY --from=build /a /a',
      name: 'builder stage only',
    },
    { code: 'FROM debian:bookworm-slim\nENV DEBIAN_FRONTEND=', name: 'cleared' },
    { code: 'FROM debian:bookworm-slim\nENV TZ=UTC' },
    {
      code: 'FROM debian:bookworm-slim\nONBUILD ENV DEBIAN_FRONTEND=noninteractive',
      name: 'ONBUILD is for child images',
    },
  ],
  invalid: [
    {
      code: 'FROM debian:bookworm-slim\nENV DEBIAN_FRONTEND=teletype\nENV DEBIAN_FRONTEND=noninteractive',
      lines: [3],
      name: 'set last: the one in effect is reported',
    },
    {
      code: 'FROM debian:bookworm-slim\nENV DEBIAN_FRONTEND=noninteractive\nRUN true\nENV DEBIAN_FRONTEND=noninteractive',
      lines: [4],
      name: 'set twice: reported once, where it is in effect',
    },
    {
      code: 'FROM debian:bookworm-slim\nARG MODE=noninteractive\nENV DEBIAN_FRONTEND=$MODE',
      lines: [3],
      name: 'through a variable',
    },
    {
      code: 'FROM ubuntu:22.04\nENV DEBIAN_FRONTEND=noninteractive\nRUN apt-get update',
      lines: [2],
      message: 'ARG DEBIAN_FRONTEND=noninteractive',
    },
    { code: 'FROM ubuntu:22.04\nENV DEBIAN_FRONTEND noninteractive', lines: [2], name: 'legacy syntax' },
    { code: 'FROM ubuntu:22.04\nENV TZ=UTC \\\n    DEBIAN_FRONTEND="noninteractive"', lines: [2] },
    {
      code: 'FROM debian:bookworm AS base\nENV DEBIAN_FRONTEND=noninteractive\nFROM base',
      lines: [2],
      name: 'inherited by the final stage',
    },
    { code: 'from debian:bookworm\nenv DEBIAN_FRONTEND=noninteractive', lines: [2] },
  ],
});
