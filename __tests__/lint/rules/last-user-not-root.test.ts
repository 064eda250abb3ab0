import rule from '../../../src/lint/rules/last-user-not-root.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM debian\nUSER app' },
    {
      code: 'FROM debian\nUSER root\nRUN apt-get update\nUSER app',
      name: 'root, then a non-root USER later',
    },
    { code: 'FROM debian\nUSER 10001:10001' },
    { code: 'FROM debian\nRUN true', name: 'no USER at all is another rule (no-user-in-final-stage)' },
    { code: 'FROM debian\nUSER rootless' },
    { code: 'FROM debian\nUSER 0user' },
    { code: 'FROM debian\nUSER $APP_USER' },
    { code: 'FROM debian\nUSER app\nONBUILD USER root', name: 'ONBUILD USER is for child images' },
    { code: 'FROM debian AS build\nUSER root\nUSER app\nFROM debian\nUSER app' },
  ],
  invalid: [
    { code: 'FROM debian\nUSER root', lines: [2] },
    { code: 'FROM debian\nUSER 0', lines: [2] },
    { code: 'FROM debian\nUSER root:root', lines: [2] },
    { code: 'FROM debian\nUSER 0:0', lines: [2] },
    { code: 'FROM debian\nUSER app\nRUN x\nUSER root\nCMD ["x"]', lines: [4], name: 'the last USER counts' },
    {
      code: 'FROM debian AS build\nUSER root\nFROM debian\nUSER app',
      lines: [2],
      name: 'every stage is checked, as hadolint does',
    },
    { code: 'FROM debian AS a\nUSER root\nFROM a\nUSER 0', lines: [2, 4] },
  ],
});
