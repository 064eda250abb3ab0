import rule from '../../../src/lint/rules/yum-assume-yes.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM centos:7\nRUN yum install -y httpd-2.4.24 && yum clean all' },
    { code: 'FROM centos:7\nRUN yum install --assumeyes httpd-2.4.24' },
    { code: 'FROM centos:7\nRUN yum -y install httpd-2.4.24', name: 'flag before the subcommand' },
    { code: 'FROM centos:7\nRUN yum -qy groupinstall "Development Tools"', name: 'combined short flags' },
    { code: 'FROM centos:7\nRUN bash -c `# not even a yum command`' },
    { code: 'FROM centos:7\nRUN yum update -y && yum makecache', name: 'not an install' },
    { code: 'FROM centos:7\nRUN notyum install httpd' },
    {
      code: 'FROM centos:7\nSHELL ["pwsh", "-c"]\nRUN yum install httpd',
      name: 'not a POSIX shell: shell rules do not apply',
    },
  ],
  invalid: [
    { code: 'FROM centos:7\nRUN yum install httpd-2.4.24 && yum clean all', lines: [2], message: '-y' },
    { code: 'FROM centos:7\nRUN yum groupinstall "Development Tools"', lines: [2] },
    { code: 'FROM centos:7\nRUN yum localinstall /tmp/x.rpm', lines: [2] },
    { code: 'FROM centos:7\nONBUILD RUN yum install httpd-2.4.24', lines: [2] },
    { code: 'FROM centos:7\nRUN yum makecache && \\\n  yum install httpd-2.4.24', lines: [2] },
    { code: 'FROM centos:7\nRUN ["yum", "install", "httpd"]', lines: [2], name: 'exec form' },
    { code: 'FROM centos:7\nRUN sudo yum install httpd', lines: [2], name: 'through sudo' },
    { code: 'FROM centos:7\nRUN sh -c "yum install httpd"', lines: [2], name: 'through sh -c' },
    { code: 'from centos:7\nrun yum install httpd', lines: [2], name: 'lower-case keywords' },
    { code: 'FROM centos:7\nRUN <<EOF\nyum install httpd\nEOF', lines: [2], name: 'heredoc' },
    {
      code: 'FROM centos:7 AS a\nRUN yum install x\nFROM centos:7\nRUN yum install y',
      lines: [2, 4],
      name: 'every stage',
    },
  ],
});
