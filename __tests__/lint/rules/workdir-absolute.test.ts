import rule from '../../../src/lint/rules/workdir-absolute.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM debian\nWORKDIR /usr/src/app' },
    { code: 'FROM debian\nWORKDIR "/usr/src/app"' },
    { code: "FROM debian\nWORKDIR '/app'" },
    { code: 'FROM debian\nWORKDIR $HOME', name: 'a variable may be absolute' },
    { code: 'FROM debian\nWORKDIR ${APP_HOME}/src' },
    { code: 'FROM mcr.microsoft.com/windows/servercore\nWORKDIR C:\\\\app', name: 'Windows drive path' },
    { code: 'FROM mcr.microsoft.com/windows/servercore\nWORKDIR c:/app' },
    { code: 'FROM debian\nONBUILD WORKDIR app', name: 'hadolint does not check ONBUILD WORKDIR' },
  ],
  invalid: [
    { code: 'FROM debian\nWORKDIR usr/src/app', lines: [2] },
    { code: 'FROM debian\nWORKDIR "app"', lines: [2] },
    {
      code: 'FROM debian\nworkdir app\nRUN make\nWORKDIR ./build',
      lines: [2, 4],
      name: 'lower-case keyword, two findings',
    },
    {
      code: 'FROM debian\nWORKDIR \\\n  app',
      lines: [2],
      name: 'continuation: reported at the keyword line',
    },
  ],
});
