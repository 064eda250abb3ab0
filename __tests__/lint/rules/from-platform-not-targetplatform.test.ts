import rule from '../../../src/lint/rules/from-platform-not-targetplatform.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM alpine:3.24' },
    { code: 'FROM --platform=$FOOBAR alpine:3.24' },
    { code: 'FROM --platform=foobar alpine:3.24' },
    { code: 'FROM --platform=foobar/arm64 alpine:3.24' },
    { code: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build' },
  ],
  invalid: [
    { code: 'FROM --platform=$TARGETPLATFORM alpine:3.24', lines: [1], message: 'redundant' },
    { code: 'FROM --platform=${TARGETPLATFORM} alpine:3.24', lines: [1] },
    { code: 'FROM a AS b\nfrom --platform=$TARGETPLATFORM alpine:3.24 as c', lines: [2] },
  ],
});
