import rule from '../../../src/lint/rules/use-workdir-not-cd.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM debian\nWORKDIR /usr/src/app\nRUN make' },
    { code: 'FROM debian\nRUN echo cd /x' },
    { code: 'FROM debian\nRUN make -C /src' },
  ],
  invalid: [
    { code: 'FROM debian\nRUN cd /usr/src/app && make', lines: [2] },
    { code: 'FROM debian\nRUN (cd /x; make)', lines: [2], name: 'subshell too, as hadolint' },
    { code: "FROM debian\nRUN sh -c 'cd /x && make'", lines: [2] },
    { code: 'FROM debian\nRUN make \\\n  && cd build \\\n  && make install', lines: [2] },
    { code: 'FROM debian\nONBUILD RUN cd /x && make', lines: [2] },
  ],
});
