import rule from '../../../src/lint/rules/useradd-high-uid-log-init.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM debian\nRUN useradd luser' },
    { code: 'FROM debian\nRUN useradd -u 12345 luser', name: 'short uid' },
    { code: 'FROM debian\nRUN useradd -l -u 123456 luser' },
    { code: 'FROM debian\nRUN useradd --no-log-init -u 123456 luser' },
    { code: 'FROM debian\nRUN useradd -lu 123456 luser', name: 'combined flags' },
    { code: 'FROM debian\nRUN useradd -l luser' },
    { code: 'FROM debian\nRUN useradd --uid 123456 luser', name: 'hadolint only reads the value of -u' },
    { code: 'FROM debian\nRUN adduser -u 123456 luser', name: 'another tool' },
  ],
  invalid: [
    { code: 'FROM debian\nRUN useradd -u 123456 luser', lines: [2] },
    { code: 'FROM debian\nRUN groupadd -g 10001 app && \\\n    useradd -r -g app -u 100001 app', lines: [2] },
    {
      code: 'FROM debian\nRUN useradd -u ${APP_UID} app',
      lines: [2],
      name: 'a variable reads as ${VAR}, six characters, as hadolint measures it',
    },
    { code: 'FROM debian\nONBUILD RUN useradd -u 123456 luser', lines: [2] },
    { code: 'FROM debian\nRUN sudo useradd -m -u 1000000 luser', lines: [2] },
  ],
});
