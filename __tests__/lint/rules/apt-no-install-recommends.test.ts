import rule from '../../../src/lint/rules/apt-no-install-recommends.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM debian\nRUN apt-get install -y --no-install-recommends curl' },
    { code: 'FROM debian\nRUN apt-get -y --no-install-recommends install curl' },
    { code: 'FROM debian\nRUN apt-get -o APT::Install-Recommends=false install -y curl' },
    {
      code: 'FROM debian\nRUN apt-get update && apt-get install --no-install-recommends -y curl \\\n && rm -rf /var/lib/apt/lists/*',
    },
    { code: 'FROM debian\nRUN apt-get update' },
    { code: 'FROM debian\nRUN echo "apt-get install curl"', name: 'text in quotes is not a command' },
    { code: 'FROM debian\nRUN apt install -y curl', name: 'apt is not apt-get (hadolint)' },
    {
      code: 'FROM mcr.microsoft.com/powershell\nSHELL ["pwsh", "-c"]\nRUN apt-get install curl',
      name: 'non-POSIX shell',
    },
  ],
  invalid: [
    { code: 'FROM debian\nRUN apt-get install -y curl', lines: [2] },
    { code: 'FROM debian\nRUN apt-get update && apt-get -y install curl', lines: [2] },
    {
      code: 'FROM debian\nRUN apt-get update \\\n    && apt-get install -y \\\n       curl \\\n    && rm -rf /var/lib/apt/lists/*',
      lines: [2],
      name: 'continuations: reported at the RUN line',
    },
    { code: 'FROM debian\nRUN sudo apt-get install -y curl', lines: [2], name: 'through sudo' },
    { code: "FROM debian\nRUN sh -c 'apt-get install -y curl'", lines: [2], name: 'through sh -c' },
    { code: 'FROM debian\nRUN env DEBIAN_FRONTEND=noninteractive apt-get install -y curl', lines: [2] },
    { code: 'FROM debian\nRUN ["apt-get", "install", "-y", "curl"]', lines: [2], name: 'exec form' },
    { code: 'FROM debian\nONBUILD RUN apt-get install -y curl', lines: [2], name: 'ONBUILD RUN' },
    {
      code: 'FROM debian\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl\nEOF',
      lines: [2],
      name: 'heredoc',
    },
    {
      code: '# escape=`\nFROM debian\nRUN apt-get update && `\n    apt-get install -y curl',
      lines: [3],
      name: 'backtick escape',
    },
    { code: 'FROM debian\nRUN if true; then apt-get install -y curl; fi', lines: [2] },
  ],
});
