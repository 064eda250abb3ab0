import rule from '../../../src/lint/rules/run-no-pointless-commands.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM debian\nRUN apt-get install -y openssh-client vim' },
    { code: 'FROM debian\nRUN echo ps top kill' },
    { code: 'FROM debian\nRUN pskill && topper' },
    { code: 'FROM debian\nCMD service nginx start', name: 'only RUN is checked' },
  ],
  invalid: [
    { code: 'FROM debian\nRUN service nginx start', lines: [2] },
    { code: 'FROM debian\nRUN apt-get update && ps aux', lines: [2] },
    { code: 'FROM debian\nRUN ssh git@example.com', lines: [2] },
    { code: 'FROM debian\nRUN sudo kill -9 1', lines: [2] },
    { code: 'FROM busybox\nRUN busybox top -n 1', lines: [2], name: 'through busybox, as hadolint' },
    { code: 'FROM debian\nRUN x=$(free -m)', lines: [2], name: 'inside a substitution' },
    { code: 'FROM debian\nRUN mount /dev/x /mnt\nRUN vim x', lines: [2, 3] },
    { code: 'FROM debian\nONBUILD RUN top -b', lines: [2] },
  ],
});
