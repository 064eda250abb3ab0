import rule from '../../../src/lint/rules/apt-pin-versions.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      code: 'FROM debian:bookworm\nENV PKGS="curl=7.88.1-10 git=1:2.39.2-1"\nRUN apt-get install -y $PKGS',
      name: 'a pinned list in an ENV',
    },
    {
      code: 'FROM debian:bookworm\nRUN /usr/bin/apt-get install -y curl=7.88.1-10',
      name: 'pinned, apt-get by path',
    },
    { code: 'FROM debian\nRUN apt-get install -y python3=3.11.2-1' },
    { code: 'FROM debian\nRUN apt-get install -y tini=0.19.*', name: 'glob version' },
    { code: 'FROM debian\nRUN apt-get install -y ./local.deb' },
    { code: 'FROM debian\nRUN apt-get install -y pkg.deb' },
    {
      code: 'FROM debian\nRUN apt-get install -y -t bookworm-backports curl=8.*',
      name: '-t value is not a package',
    },
    { code: 'FROM debian\nRUN apt-get install -y curl/bookworm-backports', name: 'release pin' },
    { code: 'FROM debian\nRUN apt-get update && apt-get upgrade -y' },
    { code: 'FROM debian\nRUN apt install curl', name: 'apt is not checked (hadolint)' },
  ],
  invalid: [
    {
      code: 'FROM php:8.3\nENV PHPIZE_DEPS autoconf file\nRUN apt-get install -y $PHPIZE_DEPS curl=7.88.1-10',
      lines: [3],
      message: 'autoconf, file (',
      name: 'a list in an ENV is named package by package',
    },
    {
      code: 'FROM debian:bookworm\nRUN apt-get install -y $UNKNOWN',
      lines: [2],
      message: '$UNKNOWN',
      name: 'a variable with no known value may hold anything (hadolint)',
    },
    {
      code: 'FROM debian:bookworm\nRUN /usr/bin/apt-get install -y curl',
      lines: [2],
      name: 'apt-get by path',
    },
    { code: 'FROM debian\nRUN apt-get install -y curl', lines: [2], message: 'curl' },
    { code: 'FROM debian\nRUN apt-get install -y curl=8.* wget', lines: [2], message: 'wget' },
    {
      code: 'FROM debian\nRUN apt-get update \\\n  && apt-get install -y --no-install-recommends \\\n     ca-certificates \\\n  && rm -rf /var/lib/apt/lists/*',
      lines: [2],
    },
    { code: 'FROM debian\nRUN apt-get -y install $PACKAGES', lines: [2], name: 'a variable is not a pin' },
    { code: 'FROM debian\nRUN sudo apt-get install -y curl', lines: [2] },
    { code: 'FROM debian\nONBUILD RUN apt-get install -y curl', lines: [2] },
  ],
});
