import rule from '../../../src/lint/rules/zypper-cache-cleaned.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      code: 'FROM opensuse/leap:15.5\nRUN zypper install -y curl=7 && rm -rf /var/cache/zypp/*',
      name: 'rm -r of the cache (shared cleanup table)',
    },
    { code: 'FROM opensuse/leap:15\nRUN zypper install -y mariadb=10.4 && zypper clean' },
    { code: 'FROM opensuse/leap:15\nRUN zypper install -y mariadb=10.4 && zypper cc' },
    { code: 'FROM opensuse/leap:15\nRUN zypper in -y mariadb=10.4 && zypper clean --all' },
    {
      code: 'FROM opensuse/leap:15\nRUN --mount=type=cache,target=/var/cache/zypp zypper install -y mariadb=10.4',
      name: 'cache mount',
    },
    {
      code: 'FROM opensuse/leap:15\nRUN --mount=type=tmpfs,target=/var/cache/zypp zypper install -y mariadb',
      name: 'tmpfs mount',
    },
    { code: 'FROM opensuse/leap:15\nRUN zypper refresh', name: 'no install' },
  ],
  invalid: [
    {
      code: 'FROM opensuse/leap:15.5\nRUN zypper install -y curl=7 && rm -f /var/cache/zypp/*',
      lines: [2],
      name: 'rm without -r leaves the per-repository directories',
    },
    {
      code: 'FROM opensuse/leap:15\nRUN zypper install -y mariadb=10.4',
      lines: [2],
      message: 'zypper clean',
    },
    { code: 'FROM opensuse/leap:15\nRUN zypper in -y mariadb=10.4', lines: [2] },
    { code: 'FROM opensuse/leap:15\nONBUILD RUN zypper install -y mariadb=10.4', lines: [2] },
    {
      code: 'FROM opensuse/leap:15\nRUN zypper clean && zypper install -y mariadb=10.4',
      lines: [2],
      name: 'a clean before the install',
    },
  ],
});
