import rule from '../../../src/lint/rules/dnf-assume-yes.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      code: 'FROM oraclelinux:10-slim\nRUN microdnf install httpd-2.4.24 && microdnf clean all',
      name: 'microdnf never asks (its -y does nothing)',
    },
    { code: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.24 && dnf clean all' },
    { code: 'FROM fedora:40\nRUN dnf --assumeyes install httpd-2.4.24' },
    { code: 'FROM fedora:40\nRUN microdnf install -y httpd-2.4.24' },
    { code: 'FROM fedora:40\nRUN notdnf install httpd' },
    { code: 'FROM fedora:40\nRUN dnf upgrade --refresh', name: 'not an install' },
  ],
  invalid: [
    { code: 'FROM fedora:40\nRUN dnf install httpd-2.4.24 && dnf clean all', lines: [2], message: '-y' },
    { code: 'FROM fedora:40\nRUN dnf groupinstall "Development Tools"', lines: [2] },
    { code: 'FROM fedora:40\nRUN dnf localinstall /tmp/x.rpm', lines: [2] },
    { code: 'FROM fedora:40\nONBUILD RUN dnf install httpd-2.4.24', lines: [2] },
    { code: 'FROM fedora:40\nRUN true && \\\n  sudo dnf install httpd', lines: [2] },
  ],
});
