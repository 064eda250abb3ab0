import rule from '../../../src/lint/rules/yum-cache-cleaned.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      code: 'FROM centos:7\nRUN yum install -y curl-7.29.0 && find /var/cache/yum -mindepth 1 -delete',
      name: 'find -delete of the cache (shared cleanup table)',
    },
    { code: 'FROM centos:7\nRUN yum install -y mariadb-10.4 && yum clean all' },
    { code: 'FROM centos:7\nRUN bash -c `# not even a yum command`' },
    { code: 'FROM centos:7\nRUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum/*' },
    {
      code: 'FROM centos:7\nRUN rm -rf /tmp/x && yum install -y bash && rm -rf /var/cache/yum/*',
      name: 'an unrelated rm before, the cache removed after',
    },
    {
      code: 'FROM centos:7\nRUN yum clean all && yum install -y bash && yum clean all',
      name: 'a clean after the last install',
    },
    {
      code: 'FROM rockylinux:9\nRUN --mount=type=cache,target=/var/cache/dnf yum install -y bash-5.1',
      name: 'yum on dnf keeps its cache in /var/cache/dnf',
    },
    {
      code: 'FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y mariadb-10.4',
      name: 'cache mount on the yum cache',
    },
    {
      code: 'FROM centos:7\nRUN --mount=type=tmpfs,target=/var/cache/yum yum install -y mariadb-10.4',
      name: 'tmpfs mount on the yum cache',
    },
    { code: 'FROM centos:7\nRUN yum update -y', name: 'no install' },
  ],
  invalid: [
    { code: 'FROM centos:7\nRUN yum install -y mariadb-10.4', lines: [2], message: 'yum clean all' },
    { code: 'FROM centos:7\nONBUILD RUN yum install -y mariadb-10.4', lines: [2] },
    {
      code: 'FROM centos:7\nRUN --mount=type=cache,target=/root/.cache yum install -y mariadb-10.4',
      lines: [2],
      name: 'a cache mount elsewhere does not count',
    },
    {
      code: 'FROM centos:7\nRUN yum install -y a-1 && dnf clean all',
      lines: [2],
      name: 'another tool cleaning does not count',
    },
    { code: 'FROM centos:7\nRUN set -e; \\\n  yum install -y a-1', lines: [2] },
    {
      code: 'FROM centos:7\nRUN yum clean all && yum install -y mariadb-10.4',
      lines: [2],
      name: 'a clean before the install cleans nothing the install left',
    },
    {
      code: 'FROM centos:7\nRUN yum install -y a-1 && yum clean all && yum install -y b-2',
      lines: [2],
      name: 'an install after the last clean',
    },
    { code: 'FROM centos:7\nRUN yum install -y bash && yum clean', lines: [2], name: '`clean` needs `all`' },
    { code: 'FROM centos:7\nRUN yum install -y bash && yum clean metadata', lines: [2] },
    {
      code: 'FROM centos:7\nRUN yum install -y bash && rm -rf /var/lib/apt/lists/*',
      lines: [2],
      name: 'rm of another cache',
    },
    { code: 'FROM centos:7\nRUN yum install -y bash && rm -rf /var/cache/libdnf5', lines: [2] },
    {
      code: 'FROM centos:7\nRUN yum install -y bash && rm -f /var/cache/yum/*',
      lines: [2],
      name: 'rm without -r leaves the repository folders',
    },
  ],
});
