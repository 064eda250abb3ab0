import rule from '../../../src/lint/rules/dnf-cache-cleaned.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM fedora:40\nRUN dnf install -y mariadb-10.4 && dnf clean all' },
    { code: 'FROM fedora:40\nRUN microdnf install -y mariadb-10.4 && microdnf clean all' },
    { code: 'FROM fedora:40\nRUN notdnf install mariadb' },
    { code: 'FROM fedora:40\nRUN dnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*' },
    { code: 'FROM fedora:40\nRUN microdnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*' },
    { code: 'FROM fedora:40\nRUN dnf install -y mariadb-10.4 && rm -rf /var/cache/libdnf5*' },
    {
      code: 'FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y mariadb-10.4',
      name: 'dnf5 cache mount',
    },
    {
      code: 'FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y mariadb-10.4',
      name: 'dnf4 cache mount',
    },
    {
      code: 'FROM fedora:40\nRUN dnf install -y mariadb-10.4 && rm -rf /var/cache/libdnf5',
      name: 'the dnf5 cache removed',
    },
    { code: 'FROM fedora:40\nRUN dnf in -y mariadb-10.4 && dnf clean all', name: 'short `in`' },
    { code: 'FROM fedora:40\nRUN dnf -y upgrade && dnf clean all' },
    {
      code: 'FROM fedora:40\nRUN --mount=type=tmpfs,target=/var/cache/libdnf5 microdnf install -y mariadb-10.4',
      name: 'tmpfs mount',
    },
    { code: 'FROM fedora:40\nRUN dnf repolist', name: 'nothing installed' },
  ],
  invalid: [
    { code: 'FROM fedora:40\nRUN dnf install -y mariadb-10.4', lines: [2], message: 'dnf clean all' },
    {
      code: 'FROM fedora:40\nRUN microdnf install -y mariadb-10.4',
      lines: [2],
      message: 'microdnf clean all',
    },
    { code: 'FROM fedora:40\nONBUILD RUN dnf install -y mariadb-10.4', lines: [2] },
    {
      code: 'FROM fedora:40\nRUN dnf install -y mariadb-10.4 && microdnf clean all',
      lines: [2],
      name: 'microdnf cleaning does not clean for dnf',
    },
    {
      code: 'FROM fedora:40\nRUN microdnf clean all && dnf install -y mariadb-10.4',
      lines: [2],
    },
    {
      code: 'FROM fedora:40\nRUN dnf clean all && dnf install -y mariadb-10.4',
      lines: [2],
      name: 'a clean before the install',
    },
    {
      code: 'FROM fedora:40\nRUN rm -rf /var/cache/libdnf5 && microdnf install -y mariadb-10.4',
      lines: [2],
    },
    { code: 'FROM fedora:40\nRUN dnf in -y mariadb-10.4', lines: [2], name: 'short `in`' },
    { code: 'FROM fedora:40\nRUN dnf upgrade -y', lines: [2], name: 'an upgrade fills the cache too' },
    { code: 'FROM fedora:40\nRUN dnf -y up-min', lines: [2] },
    { code: 'FROM fedora:40\nRUN dnf -y rei bash', lines: [2] },
    { code: 'FROM fedora:40\nRUN dnf install -y bash && dnf clean packages', lines: [2] },
    {
      code: 'FROM fedora:40\nRUN --mount=type=bind,target=/var/cache/dnf dnf install -y mariadb-10.4',
      lines: [2],
      name: 'a bind mount is not a cache',
    },
  ],
});
