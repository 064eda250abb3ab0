import rule from '../../../src/lint/rules/zypper-pin-versions.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM opensuse/leap:15\nRUN zypper install -y tomcat=9.0.39 && zypper clean' },
    {
      code: 'FROM opensuse/leap:15\nRUN zypper install -y tomcat\\>=9.0 && zypper clean',
      name: 'escaped >=',
    },
    { code: 'FROM opensuse/leap:15\nRUN zypper install -y tomcat\\>9.0 && zypper clean' },
    { code: 'FROM opensuse/leap:15\nRUN zypper install -y tomcat\\<=9.0 && zypper clean' },
    { code: 'FROM opensuse/leap:15\nRUN zypper install -y tomcat\\<9.0 && zypper clean' },
    { code: "FROM opensuse/leap:15\nRUN zypper install -y 'tomcat>=9.0'", name: 'quoted comparison' },
    { code: 'FROM opensuse/leap:15\nRUN zypper install -y tomcat-9.0.39-1.rpm && zypper clean' },
    { code: 'FROM opensuse/leap:15\nRUN zypper refresh' },
  ],
  invalid: [
    {
      code: 'FROM opensuse/leap:15\nRUN zypper install -y tomcat && zypper clean',
      lines: [2],
      message: 'tomcat',
    },
    { code: 'FROM opensuse/leap:15\nRUN zypper in -y tomcat', lines: [2] },
    {
      code: 'FROM opensuse/leap:15\nRUN zypper install -y tomcat=9.0.39 httpd',
      lines: [2],
      message: 'httpd',
    },
    { code: 'FROM opensuse/leap:15\nONBUILD RUN zypper install -y tomcat && zypper clean', lines: [2] },
  ],
});
