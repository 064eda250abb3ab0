import { describe, expect, it } from 'vitest';
import rule, { isRfc3339 } from '../../../src/lint/rules/label-rfc3339-valid.js';
import { ruleTester } from '../rule-tester.js';

const settings = { labelSchema: { created: 'rfc3339' } };

ruleTester(rule, {
  valid: [
    { code: 'FROM a\nLABEL created="yesterday"', name: 'no schema' },
    { code: 'FROM a\nLABEL created="2024-05-01T12:00:00Z"', settings },
    { code: 'FROM a\nLABEL created="2024-05-01T12:00:00.123+02:00"', settings },
  ],
  invalid: [
    { code: 'FROM a\nLABEL created="2024-05-01"', settings, lines: [2], message: 'RFC3339' },
    { code: 'FROM a\nLABEL created="2024-13-01T12:00:00Z"', settings, lines: [2] },
    { code: 'FROM a\nLABEL created="yesterday" \\\n  created2=x', settings, lines: [2] },
  ],
});

describe('isRfc3339', () => {
  it('checks the format and the field ranges', () => {
    expect(isRfc3339('1985-04-12T23:20:50.52Z')).toBe(true);
    expect(isRfc3339('1996-12-19T16:39:57-08:00')).toBe(true);
    expect(isRfc3339('2024-02-29t00:00:00z')).toBe(true);
    expect(isRfc3339('2023-02-29T00:00:00Z')).toBe(false);
    expect(isRfc3339('2024-05-01T24:00:00Z')).toBe(false);
    expect(isRfc3339('2024-05-01T12:00:00')).toBe(false);
    expect(isRfc3339('2024-05-01 12:00:00Z')).toBe(false);
    expect(isRfc3339('')).toBe(false);
  });
});
