import rule from '../../../src/lint/rules/user-numeric-id.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM debian:bookworm\nUSER 10001' },
    { code: 'FROM debian:bookworm\nUSER 10001:10001', name: 'uid and gid' },
    { code: 'ARG APP_UID\nFROM debian:bookworm\nUSER ${APP_UID}', name: 'an ARG declared before FROM' },
    { code: 'FROM debian:bookworm\nARG UID=10001\nUSER $UID:$UID', name: 'an ARG of the stage' },
    {
      code: 'FROM debian:bookworm\nENV APP_UID=10001\nUSER ${APP_UID}',
      name: 'an ENV (hadolint counts ARGs only)',
    },
    { code: 'FROM debian:bookworm\nONBUILD USER app', name: 'ONBUILD USER is for child images' },
  ],
  invalid: [
    { code: 'FROM debian:bookworm\nUSER app', lines: [2], message: 'USER "app"' },
    { code: 'FROM debian:bookworm\nUSER app:app', lines: [2], name: 'name and group' },
    { code: 'FROM debian:bookworm\nUSER 10001\nFROM debian:bookworm\nUSER nobody', lines: [4] },
    { code: 'FROM debian:bookworm\nUSER ${APP_USER}', lines: [2], name: 'a variable nobody declared' },
    { code: 'from debian:bookworm\nuser root', lines: [2], name: 'lower-case keywords' },
  ],
});
