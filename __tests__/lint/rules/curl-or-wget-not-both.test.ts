import rule from '../../../src/lint/rules/curl-or-wget-not-both.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM debian\nRUN curl -fsSL https://x | sh\nRUN curl -O https://y' },
    {
      code: 'FROM debian AS a\nRUN wget https://x\nFROM debian\nRUN curl https://y',
      name: 'different stages',
    },
    { code: 'FROM debian\nRUN apt-get install -y curl wget', name: 'installing is not using' },
  ],
  invalid: [
    { code: 'FROM debian\nRUN wget https://x && curl https://y', lines: [2] },
    { code: 'FROM debian\nRUN wget https://x\nRUN echo\nRUN curl https://y\nRUN wget z', lines: [4, 5] },
    { code: 'FROM debian\nONBUILD RUN wget a\nONBUILD RUN curl b', lines: [3] },
  ],
});
