import rule from '../../../src/lint/rules/yum-pin-versions.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM centos:7\nRUN yum install -y tomcat-9.2 && yum clean all' },
    { code: 'FROM centos:7\nRUN bash -c `# not even a yum command`' },
    { code: 'FROM centos:7\nRUN yum install -y openssl-1:1.1.1k', name: 'epoch' },
    { code: 'FROM centos:7\nRUN yum group install -y "Development Tools"', name: 'groups have no version' },
    { code: 'FROM centos:7\nRUN yum install -y rpm-sign-4.16.1.3', name: 'name with a dash' },
    { code: 'FROM centos:7\nRUN yum install -y gcc-c++-1.1.1', name: 'name with - and +' },
    { code: 'FROM centos:7\nRUN yum install -y /tmp/pkg.rpm', name: 'rpm file' },
    { code: 'FROM centos:7\nRUN yum module install -y tomcat:9 && yum clean all', name: 'module stream' },
    {
      code: 'FROM fedora:42\nENV version=2.51.0-2.fc42\nRUN yum -y install "git-core-${version}"',
      name: 'version from an ENV',
    },
    {
      code: 'FROM fedora:42\nARG VERSION\nRUN yum install -y tomcat-$VERSION && yum clean all',
      name: 'version from an ARG, unbraced',
    },
    {
      code: 'FROM fedora:42 AS build\nARG version=2.51.0-2.fc42\nFROM fedora:42\nRUN yum -y install git-core-${version}',
      name: 'an ARG of an earlier stage counts, as in hadolint',
    },
    {
      code: 'FROM fedora:42 AS build\nENV version=2.51.0-2.fc42\nFROM build\nRUN yum -y install git-core-${version}',
      name: 'ENV of the stage built on',
    },
    { code: 'FROM centos:7\nRUN yum module enable -y nodejs:18', name: 'not an install' },
    { code: 'FROM centos:7\nRUN yum update -y' },
  ],
  invalid: [
    { code: 'FROM centos:7\nRUN yum install -y tomcat && yum clean all', lines: [2], message: 'tomcat' },
    { code: 'FROM centos:7\nRUN yum install -y rpm-sign', lines: [2], name: 'a dash alone is not a version' },
    { code: 'FROM centos:7\nRUN yum install -y python3-devel', lines: [2] },
    { code: 'FROM centos:7\nRUN yum module install -y tomcat && yum clean all', lines: [2] },
    { code: 'FROM centos:7\nRUN yum install -y $PACKAGES', lines: [2], name: 'a variable without a version' },
    { code: 'FROM centos:7\nONBUILD RUN yum install -y tomcat', lines: [2] },
    {
      code: 'FROM centos:7\nRUN yum install -y "git-core-${GIT_VER}"',
      lines: [2],
      name: 'a version variable the Dockerfile never declares',
    },
    {
      code: 'FROM fedora:42 AS build\nENV version=2.51.0-2.fc42\nFROM fedora:42\nRUN yum -y install git-core-${version}',
      lines: [4],
      name: 'ENV of an unrelated stage',
    },
    { code: 'FROM centos:7\nRUN yum install -y \\\n  httpd-2.4 \\\n  tomcat', lines: [2] },
  ],
});
