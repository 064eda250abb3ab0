import { describe, expect, it } from 'vitest';
import rule, { isSemVer } from '../../../src/lint/rules/label-semver-valid.js';
import { ruleTester } from '../rule-tester.js';

const settings = { labelSchema: { version: 'semver' } };

ruleTester(rule, {
  valid: [
    { code: 'FROM a\nLABEL version="1.2.3"', settings },
    { code: 'FROM a\nLABEL version="1.0.0-rc.1+build.5"', settings },
    { code: 'FROM a\nLABEL version="latest"', name: 'no schema' },
  ],
  invalid: [
    { code: 'FROM a\nLABEL version="v1.2.3"', settings, lines: [2], message: 'semantic versioning' },
    { code: 'FROM a\nLABEL version="1.2"', settings, lines: [2] },
    { code: 'FROM a\nLABEL version=""', settings, lines: [2] },
  ],
});

describe('isSemVer', () => {
  it('reads SemVer 2.0.0', () => {
    expect(isSemVer('0.0.0')).toBe(true);
    expect(isSemVer('1.2.3-alpha-1.x')).toBe(true);
    expect(isSemVer('1.2.3-')).toBe(false);
    expect(isSemVer('1.2.3+a..b')).toBe(false);
    expect(isSemVer('1.2.3.4')).toBe(false);
  });
});
