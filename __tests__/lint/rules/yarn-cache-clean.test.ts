import rule from '../../../src/lint/rules/yarn-cache-clean.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'RUN foo' },
    { code: 'RUN yarn install bar && yarn cache clean' },
    { code: 'RUN --mount=type=cache,target=/root/.cache/yarn yarn install foobar' },
    { code: 'RUN --mount=type=tmpfs,target=/root/.cache/yarn yarn install foobar' },
    { code: 'FROM node:lts-alpine as foo\nRUN yarn install && yarn cache clean\nFROM foo\nRUN hey!' },
    {
      code: 'FROM node:lts-alpine as foo\nRUN yarn install foo\nFROM scratch\nRUN hey!',
      name: 'a stage that is not built on later',
    },
    {
      code: 'FROM node:22 AS build\nRUN yarn install\nFROM nginx:1\nCOPY --from=build /app/dist /usr/share/nginx/html',
      name: 'a stage only copied from',
    },
  ],
  invalid: [
    { code: 'RUN yarn install foo', lines: [1], message: 'yarn cache clean' },
    { code: 'FROM node:22\nONBUILD RUN yarn install foo', lines: [2] },
    {
      code: 'FROM node:22\nRUN yarn cache clean && yarn install foo',
      lines: [2],
      name: 'clean before install',
    },
    { code: 'RUN --mount=type=cache,target=/var/lib/foobar yarn install foobar', lines: [1] },
    { code: 'RUN --mount=type=tmpfs,target=/var/lib/foobar yarn install foobar', lines: [1] },
    { code: 'FROM node:lts-alpine as foo\nRUN hey!\nFROM scratch\nRUN yarn install', lines: [4] },
    { code: 'FROM node:lts-alpine as foo\nRUN yarn install\nFROM foo\nRUN hey!', lines: [2] },
    {
      code: 'FROM node:lts-alpine as foo\nRUN yarn install foo\nFROM scratch\nONBUILD RUN yarn install',
      lines: [4],
      name: 'ONBUILD triggers are reported in any stage',
    },
    { code: 'FROM node:22\nRUN cd /app && \\\n  sudo yarn install --frozen-lockfile', lines: [2] },
  ],
});
