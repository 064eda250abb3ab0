import rule from '../../../src/lint/rules/no-fixed-platform.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    // hadolint's DL3029 spec
    { code: 'FROM debian:jessie' },
    { code: 'FROM --platform=$BUILDPLATFORM debian:jessie' },
    { code: 'FROM --platform="$BUILDPLATFORM" debian:jessie' },
    { code: 'FROM --platform=${BUILDPLATFORM} debian:jessie' },
    { code: 'FROM --platform=${BUILDPLATFORM:-} debian:jessie' },
    { code: 'FROM --platform="${BUILDPLATFORM:-}" debian:jessie' },
    { code: 'FROM --platform=$TARGETPLATFORM debian:jessie' },
  ],
  invalid: [
    { code: 'FROM --platform=linux debian:jessie', lines: [1] },
    { code: 'FROM --platform=linux/amd64 debian:bookworm AS build\nFROM debian:bookworm', lines: [1] },
    {
      code: 'ARG P=linux/arm64\nFROM --platform=$P debian',
      lines: [2],
      name: 'a variable of your own is still fixed',
    },
    { code: 'from --platform=linux/amd64 debian', lines: [1], name: 'lower case' },
  ],
});
