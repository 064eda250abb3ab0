import { describe, expect, it } from 'vitest';
import rule, { isEmailAddress } from '../../../src/lint/rules/label-email-valid.js';
import { ruleTester } from '../rule-tester.js';

const settings = { labelSchema: { maintainer: 'email' } };

ruleTester(rule, {
  valid: [
    { code: 'FROM a\nLABEL maintainer="team@example.com"', settings },
    { code: 'FROM a\nLABEL maintainer="Team"', name: 'no schema' },
  ],
  invalid: [
    { code: 'FROM a\nLABEL maintainer="Team <team@example.com>"', settings, lines: [2], message: 'RFC5322' },
    { code: 'FROM a\nLABEL maintainer="team"', settings, lines: [2] },
    { code: 'FROM a\nLABEL maintainer=""', settings, lines: [2] },
  ],
});

describe('isEmailAddress', () => {
  it('reads an RFC 5322 addr-spec', () => {
    expect(isEmailAddress('first.last+tag@sub.example.org')).toBe(true);
    expect(isEmailAddress('"john doe"@example.com')).toBe(true);
    expect(isEmailAddress('user@[192.168.0.1]')).toBe(true);
    expect(isEmailAddress('user@localhost')).toBe(true);
    expect(isEmailAddress('.user@example.com')).toBe(false);
    expect(isEmailAddress('us..er@example.com')).toBe(false);
    expect(isEmailAddress('user@@example.com')).toBe(false);
    expect(isEmailAddress(`${'a'.repeat(65)}@example.com`)).toBe(false);
  });
});
