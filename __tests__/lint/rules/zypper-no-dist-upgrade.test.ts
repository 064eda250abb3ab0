import rule from '../../../src/lint/rules/zypper-no-dist-upgrade.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM opensuse/leap:15\nRUN zypper install -y httpd=2.4.24 && zypper clean' },
    { code: 'FROM opensuse/leap:15\nRUN zypper update -y', name: 'hadolint no longer reports zypper update' },
    { code: 'FROM opensuse/leap:15\nRUN echo zypper dup', name: 'an argument, not the command' },
  ],
  invalid: [
    { code: 'FROM opensuse/leap:15\nRUN zypper dist-upgrade', lines: [2] },
    { code: 'FROM opensuse/leap:15\nRUN zypper dup', lines: [2] },
    { code: 'FROM opensuse/leap:15\nRUN zypper -n dup && zypper clean', lines: [2] },
    { code: 'FROM opensuse/leap:15\nONBUILD RUN zypper dist-upgrade', lines: [2] },
  ],
});
