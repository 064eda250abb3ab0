import rule from '../../../src/lint/rules/apk-no-cache.js';
import { ruleTester } from '../rule-tester.js';

const F = 'FROM alpine:3.20\n';

ruleTester(rule, {
  valid: [
    {
      code: 'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc && make && apk add --no-network --virtual .rundeps $runDeps && apk del --no-network .build-deps',
      name: 'apk add --no-network downloads nothing (official images)',
    },
    // hadolint's DL3019 spec
    { code: `${F}RUN apk add --no-cache flex=2.6.4-r1` },
    {
      code: `${F}RUN --mount=type=cache,target=/var/cache/apk apk add -U curl=7.77.0`,
      name: 'cache mount on /var/cache/apk',
    },
    {
      code: `${F}RUN --mount=type=cache,target=/var/cache/foo apk add --no-cache -U curl=7.77.0`,
      name: 'cache mount elsewhere but --no-cache',
    },
    {
      code: `${F}RUN --mount=type=tmpfs,target=/var/cache/apk/ apk add curl`,
      name: 'tmpfs mount, trailing slash',
    },
    { code: `${F}RUN apk --no-cache add curl` },
    {
      code: `${F}RUN --mount=type=cache,id=apk,sharing=locked,target=/var/cache/apk/x86_64 apk add curl`,
      name: 'a target under /var/cache/apk',
    },
    { code: `${F}RUN apk update && apk del curl` },
  ],
  invalid: [
    { code: `${F}RUN apk add flex=2.6.4-r1`, lines: [2] },
    { code: `${F}RUN --mount=type=cache,target=/var/cache/foo apk add -U curl=7.77.0`, lines: [2] },
    {
      code: `${F}RUN --mount=type=bind,target=/var/cache/apk apk add curl`,
      lines: [2],
      name: 'a bind mount is not a cache',
    },
    { code: `${F}RUN apk update && apk add --update curl`, lines: [2] },
    { code: `${F}ONBUILD RUN apk add curl`, lines: [2] },
    { code: `${F}RUN set -eux; \\\n    apk add curl`, lines: [2] },
  ],
});
