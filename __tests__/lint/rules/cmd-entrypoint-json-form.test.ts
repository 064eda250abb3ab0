import rule from '../../../src/lint/rules/cmd-entrypoint-json-form.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    // hadolint's DL3025 spec
    { code: 'FROM scratch as build\nENTRYPOINT ["foo", "bar"]' },
    { code: 'FROM scratch as build\nCMD ["foo", "bar"]\nCMD [ "foo", "bar" ]' },
    { code: 'FROM node\nONBUILD CMD node server.js', name: 'hadolint does not look inside ONBUILD' },
    { code: 'FROM node\nRUN echo hi', name: 'RUN is not checked' },
    { code: 'FROM node\nCMD ["node", \\\n     "server.js"]', name: 'JSON over lines' },
  ],
  invalid: [
    { code: 'FROM node as foo\nENTRYPOINT something', lines: [2] },
    { code: 'FROM node as foo\nCMD something', lines: [2] },
    { code: "FROM node\nCMD ['node', 'server.js']", lines: [2], name: 'single quotes are not JSON' },
    { code: 'FROM node\ncmd node \\\n  server.js', lines: [2], name: 'lower case, continuation' },
    { code: 'FROM node AS a\nCMD a\nFROM node\nENTRYPOINT b', lines: [2, 4], name: 'every stage' },
  ],
});
