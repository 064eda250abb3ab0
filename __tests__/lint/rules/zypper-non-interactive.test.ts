import rule from '../../../src/lint/rules/zypper-non-interactive.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM opensuse/leap:15\nRUN zypper install -n httpd=2.4.24 && zypper clean' },
    { code: 'FROM opensuse/leap:15\nRUN zypper install --non-interactive httpd=2.4.24 && zypper clean' },
    { code: 'FROM opensuse/leap:15\nRUN zypper install -y httpd=2.4.24 && zypper clean' },
    { code: 'FROM opensuse/leap:15\nRUN zypper install --no-confirm httpd=2.4.24 && zypper clean' },
    {
      code: 'FROM opensuse/leap:15\nRUN zypper -n in httpd=2.4.24',
      name: 'global flag before the subcommand',
    },
    { code: 'FROM opensuse/leap:15\nRUN zypper --non-interactive rm httpd' },
    { code: 'FROM opensuse/leap:15\nRUN zypper refresh', name: 'does not ask' },
  ],
  invalid: [
    { code: 'FROM opensuse/leap:15\nRUN zypper install httpd=2.4.24 && zypper clean', lines: [2] },
    { code: 'FROM opensuse/leap:15\nRUN zypper in httpd=2.4.24', lines: [2] },
    { code: 'FROM opensuse/leap:15\nRUN zypper remove httpd', lines: [2] },
    { code: 'FROM opensuse/leap:15\nRUN zypper rm httpd', lines: [2] },
    { code: 'FROM opensuse/leap:15\nRUN zypper source-install httpd', lines: [2] },
    { code: 'FROM opensuse/leap:15\nRUN zypper si httpd', lines: [2] },
    { code: 'FROM opensuse/leap:15\nRUN zypper patch', lines: [2] },
    { code: 'FROM opensuse/leap:15\nONBUILD RUN zypper install httpd=2.4.24 && zypper clean', lines: [2] },
  ],
});
