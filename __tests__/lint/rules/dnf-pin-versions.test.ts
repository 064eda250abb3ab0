import rule from '../../../src/lint/rules/dnf-pin-versions.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM fedora:40\nRUN dnf install -y tomcat-9.0.1 && dnf clean all' },
    { code: 'FROM fedora:40\nRUN microdnf install -y tomcat-9.0.1 && microdnf clean all' },
    { code: 'FROM fedora:40\nRUN notdnf install openssl-1:1.1.1k' },
    { code: 'FROM fedora:40\nRUN notdnf install tomcat' },
    { code: 'FROM fedora:40\nRUN dnf install -y rpm-sign-4.16.1.3 && dnf clean all' },
    { code: 'FROM fedora:40\nRUN dnf install -y gcc-c++-1.1.1' },
    { code: 'FROM fedora:40\nRUN microdnf install -y openssl-1:1.1.1k' },
    { code: 'FROM fedora:40\nRUN dnf module install -y tomcat:9 && dnf clean all' },
    { code: 'FROM fedora:40\nRUN microdnf module install -y tomcat:9 && microdnf clean all' },
    { code: 'FROM fedora:40\nRUN notdnf module install tomcat' },
    {
      code: 'FROM fedora:40\nARG GIT_VER=2.51.0\nRUN dnf install -y "git-core-${GIT_VER}" && dnf clean all',
      name: 'version from an ARG',
    },
    {
      code: 'ARG VERSION=4.16.1.3\nFROM fedora:40\nRUN dnf install -y "rpm-sign-${VERSION}" && dnf clean all',
      name: 'a global ARG',
    },
    { code: 'FROM fedora:40\nENV VERSION=9.0.1\nRUN microdnf install -y tomcat-$VERSION' },
    { code: 'FROM fedora:40\nRUN dnf install -y tomcat-9.0.1-1.fc40.x86_64', name: 'full NEVRA' },
    { code: 'FROM fedora:40\nRUN dnf group install -y "Development Tools"', name: 'groups have no version' },
  ],
  invalid: [
    { code: 'FROM fedora:40\nRUN dnf install -y tomcat && dnf clean all', lines: [2], message: 'tomcat' },
    { code: 'FROM fedora:40\nRUN microdnf install -y tomcat && microdnf clean all', lines: [2] },
    { code: 'FROM fedora:40\nONBUILD RUN dnf install -y tomcat && dnf clean all', lines: [2] },
    {
      code: 'FROM fedora:40\nRUN dnf install -y rpm-sign && dnf clean all',
      lines: [2],
      name: 'a dash alone',
    },
    { code: 'FROM fedora:40\nRUN microdnf install -y rpm-sign', lines: [2] },
    { code: 'FROM fedora:40\nRUN dnf module install -y tomcat && dnf clean all', lines: [2] },
    { code: 'FROM fedora:40\nRUN microdnf module install -y tomcat', lines: [2] },
    {
      code: 'FROM fedora:40\nRUN dnf install -y tomcat-$VERSION && dnf clean all',
      lines: [2],
      name: 'an undeclared version variable',
    },
    {
      code: 'FROM fedora:40 AS a\nENV V=1.2\nFROM fedora:40\nRUN dnf install -y tomcat-${V}',
      lines: [4],
      name: 'ENV of an unrelated stage',
    },
    {
      code: 'FROM fedora:40\nRUN dnf install -y tomcat-9.0.1 vim-enhanced',
      lines: [2],
      message: 'vim-enhanced',
    },
  ],
});
