import rule from '../../../src/lint/rules/expose-valid-port.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM debian\nEXPOSE 80 443/tcp 53/udp' },
    { code: 'FROM debian\nEXPOSE 65535' },
    { code: 'FROM debian\nEXPOSE 8000-8010' },
    { code: 'FROM debian\nEXPOSE $PORT ${PORT:-80000}' },
  ],
  invalid: [
    { code: 'FROM debian\nEXPOSE 80000', lines: [1 + 1] },
    { code: 'FROM debian\nEXPOSE 80 65536/udp', lines: [2] },
    { code: 'FROM debian\nEXPOSE 8000-70000', lines: [2] },
  ],
});
