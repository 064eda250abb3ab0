import { describe, expect, it } from 'vitest';
import rule, { isSpdxLicenseId } from '../../../src/lint/rules/label-spdx-valid.js';
import { ruleTester } from '../rule-tester.js';

const settings = { labelSchema: { 'org.opencontainers.image.licenses': 'spdx' } };

ruleTester(rule, {
  valid: [
    { code: 'FROM a\nLABEL org.opencontainers.image.licenses="MIT"', settings },
    { code: 'FROM a\nLABEL org.opencontainers.image.licenses="Apache-2.0"', settings },
    { code: 'FROM a\nLABEL org.opencontainers.image.licenses="GPL-2.0"', settings, name: 'deprecated id' },
    { code: 'FROM a\nLABEL org.opencontainers.image.licenses="nope"', name: 'no schema' },
  ],
  invalid: [
    {
      code: 'FROM a\nLABEL org.opencontainers.image.licenses="Mit License"',
      settings,
      lines: [2],
      message: 'SPDX',
    },
    {
      code: 'FROM a\nLABEL org.opencontainers.image.licenses="MIT OR Apache-2.0"',
      settings,
      lines: [2],
      name: 'expressions are not ids',
    },
    { code: 'FROM a\nLABEL org.opencontainers.image.licenses=""', settings, lines: [2] },
  ],
});

describe('isSpdxLicenseId', () => {
  it('matches ids exactly', () => {
    expect(isSpdxLicenseId('BSD-3-Clause')).toBe(true);
    expect(isSpdxLicenseId('mit')).toBe(false);
    expect(isSpdxLicenseId('MIT+')).toBe(false);
  });
});
