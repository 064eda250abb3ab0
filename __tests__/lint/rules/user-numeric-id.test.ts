import rule from '../../../src/lint/rules/user-numeric-id.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      code: 'FROM debian:bookworm\nUSER root',
      name: 'root is uid 0 everywhere (last-user-not-root judges it)',
    },
    {
      code: 'FROM mcr.microsoft.com/dotnet/aspnet:8.0\nUSER $APP_UID',
      name: 'a variable from the base image',
    },
    {
      code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser',
      name: 'Windows users have no numeric id',
    },
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
    {
      code: 'FROM debian:bookworm\nUSER app-${SUFFIX}',
      lines: [2],
      name: 'a name around an unknown variable',
    },
    { code: 'from debian:bookworm\nuser app', lines: [2], name: 'lower-case keywords' },
  ],
});
