import rule from '../../../src/lint/rules/no-sudo.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM debian\nRUN apt-get install -y sudo' },
    { code: 'FROM debian\nRUN echo sudo' },
    { code: 'FROM debian\nRUN gosu app make' },
  ],
  invalid: [
    { code: 'FROM debian\nRUN sudo apt-get install -y curl', lines: [2] },
    { code: 'FROM debian\nRUN sudo -u app -E make', lines: [2] },
    { code: 'FROM debian\nRUN sudo -v', lines: [2], name: 'sudo alone' },
    { code: 'FROM debian\nRUN make && sudo make install', lines: [2] },
    { code: "FROM debian\nRUN bash -c 'sudo ls'", lines: [2] },
    { code: 'FROM debian\nONBUILD RUN sudo ls', lines: [2] },
  ],
});
