import rule from '../../../src/lint/rules/pipefail-before-pipe.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM debian\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl x | sh' },
    {
      code: 'FROM alpine\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nRUN wget -O- x | tar x',
      name: '-eo clusters the flag',
    },
    { code: 'FROM debian\nRUN a || b && c' },
    {
      code: 'FROM mcr.microsoft.com/windows\nSHELL ["powershell", "-Command"]\nRUN Get-Item x | Select-Object y',
    },
    { code: "FROM debian\nRUN echo 'a | b'", name: 'a quoted pipe is text' },
    { code: "FROM debian\nRUN bash -c 'a | b'", name: 'inside a string (as hadolint reads it)' },
    {
      code: 'FROM debian\nSHELL ["/bin/bash", "-c", "-o", "pipefail"]\nRUN a | b',
      name: '-o pipefail after -c still applies',
    },
    { code: 'FROM debian\nSHELL ["/usr/bin/bash", "-ec", "-o", "pipefail"]\nRUN a | b' },
  ],
  invalid: [
    { code: 'FROM debian\nRUN curl -fsSL https://x | sh', lines: [2] },
    { code: 'FROM debian\nSHELL ["/bin/sh", "-c"]\nRUN a | b', lines: [3], name: 'sh has no pipefail' },
    {
      code: 'FROM debian AS a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN a | b\nFROM debian\nRUN a | b',
      lines: [5],
      name: 'SHELL does not carry over to the next stage',
    },
    {
      code: 'FROM debian\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nSHELL ["/bin/bash", "-c"]\nRUN a | b',
      lines: [4],
    },
    { code: 'FROM debian\nRUN v=$(ls | head -1)', lines: [2], name: 'a pipe in a substitution' },
    {
      code: 'FROM debian\nSHELL ["/bin/sh", "-c", "bash -o pipefail"]\nRUN a | b',
      lines: [3],
      name: 'the SHELL is sh; bash is only its argument',
    },
  ],
});
