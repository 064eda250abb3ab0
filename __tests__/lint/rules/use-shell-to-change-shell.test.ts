import rule from '../../../src/lint/rules/use-shell-to-change-shell.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM debian\nSHELL ["/bin/bash", "-c"]' },
    { code: 'FROM debian\nRUN ln -s /usr/bin/python3 /usr/bin/python' },
    { code: 'FROM debian\nRUN ln -sf /bin/bash /bin/shell' },
  ],
  invalid: [
    { code: 'FROM debian\nRUN ln -sf /bin/bash /bin/sh', lines: [2] },
    { code: 'FROM debian\nRUN rm /bin/sh && ln -s /bin/bash /bin/sh', lines: [2] },
    { code: 'FROM debian\nONBUILD RUN ln -sf /bin/bash /bin/sh', lines: [2] },
  ],
});
