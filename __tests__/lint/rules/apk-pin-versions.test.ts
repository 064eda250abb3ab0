import rule from '../../../src/lint/rules/apk-pin-versions.js';
import { ruleTester } from '../rule-tester.js';

const F = 'FROM alpine:3.20\n';

ruleTester(rule, {
  valid: [
    {
      code: 'FROM alpine:3.20\nARG DEPS="curl=8.5.0-r0"\nRUN apk add --no-cache $DEPS',
      name: 'a pinned list in an ARG',
    },
    {
      code: 'FROM alpine:3.20\nRUN apk add --no-cache "flex>=2.6.1-r1" "libffi~3.2.1" "python3<3.6.12-r2" "libbz2=~1.0.6-r4"',
      name: 'version ranges pin too',
    },
    // hadolint's DL3018 spec
    { code: `${F}RUN apk add flex=2.6.4-r1` },
    { code: `${F}RUN apk add --no-cache git~2.52.0`, name: 'fuzzy (~) pin' },
    { code: `${F}RUN apk add --no-cache flex=2.6.4-r1 \\\n && pip install -r requirements.txt` },
    {
      code: `${F}RUN apk add --no-cache \\\nflex=2.6.4-r1 \\\nlibffi=3.2.1-r3 \\\npython2=2.7.13-r1 \\\nlibbz2=1.0.6-r5`,
    },
    {
      code: `${F}RUN apk add \\\n--virtual build-dependencies \\\npython-dev=1.1.1 build-base=2.2.2 wget=3.3.3 \\\n&& pip install -r requirements.txt \\\n&& python setup.py install \\\n&& apk del build-dependencies`,
      name: 'virtual package name is not a package',
    },
    {
      code: `${F}RUN apk add --no-cache \\\n--repository https://nl.alpinelinux.org/alpine/edge/testing \\\nflow=0.78.0-r0`,
    },
    {
      code: `${F}RUN apk add --no-cache \\\n--repository=https://nl.alpinelinux.org/alpine/edge/testing \\\nflow=0.78.0-r0`,
    },
    {
      code: `${F}RUN apk add --no-cache \\\n-X https://nl.alpinelinux.org/alpine/edge/testing \\\nflow=0.78.0-r0`,
    },
    { code: `${F}RUN apk add mypackage-1.1.1.apk`, name: 'local .apk file' },
    { code: `${F}RUN apk add -t .build-deps gcc=13.2.1-r0` },
    { code: `${F}RUN apk update && apk upgrade && apk del curl` },
    {
      code: `${F}RUN apk add --no-cache --virtual=.build-deps gcc`,
      name: 'as hadolint: the word after `--virtual=NAME` is still read as its value',
    },
    { code: `${F}RUN apk add -tU .build-deps gcc=13.2.1-r0`, name: 'value option inside a short cluster' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nARG DEPS="curl git"\nRUN apk add --no-cache $DEPS',
      lines: [3],
      message: 'curl, git.',
      name: 'a list in an ARG is named package by package',
    },
    { code: `${F}RUN apk add flex`, lines: [2], message: 'flex' },
    {
      code: `${F}RUN apk add --no-cache \\\nflex=2.6.4-r1 \\\nlibffi \\\npython2=2.7.13-r1 \\\nlibbz2=1.0.6-r5`,
      lines: [2],
      message: 'libffi',
    },
    { code: `${F}RUN apk --update add curl`, lines: [2] },
    { code: `${F}ONBUILD RUN apk add flex`, lines: [2] },
    { code: `${F}RUN ["apk", "add", "curl"]`, lines: [2], name: 'exec form' },
    { code: `${F}RUN apk add --virtual .deps gcc`, lines: [2], message: 'gcc' },
    { code: `${F}RUN apk add --virtual=.deps gcc musl-dev`, lines: [2], message: 'musl-dev' },
  ],
});
