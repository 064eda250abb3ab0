import { describe, expect, it } from 'vitest';
import rule, { isAbsoluteUri } from '../../../src/lint/rules/label-url-valid.js';
import { ruleTester } from '../rule-tester.js';

const settings = { labelSchema: { 'org.opencontainers.image.source': 'url', other: 'text' } };

ruleTester(rule, {
  valid: [
    { code: 'FROM a\nLABEL org.opencontainers.image.source="not a url"', name: 'no schema' },
    { code: 'FROM a\nLABEL org.opencontainers.image.source="https://github.com/o/r"', settings },
    { code: 'FROM a\nLABEL other="not a url"', settings, name: 'typed text, not url' },
  ],
  invalid: [
    {
      code: 'FROM a\nLABEL org.opencontainers.image.source="github.com/o/r"',
      settings,
      lines: [2],
      message: 'is not a valid URL',
    },
    { code: 'FROM a\nLABEL org.opencontainers.image.source="https://x y"', settings, lines: [2] },
    { code: 'FROM a\nLABEL org.opencontainers.image.source=""', settings, lines: [2] },
  ],
});

describe('isAbsoluteUri', () => {
  it('accepts absolute URIs of any scheme', () => {
    for (const u of [
      'https://github.com/o/r',
      'http://user:pw@host:8080/p/a?q=1&r=%20#frag',
      'mailto:me@example.com',
      'urn:isbn:0451450523',
      'http://[::1]:80/',
      'file:///etc/hosts',
    ])
      expect(isAbsoluteUri(u), u).toBe(true);
  });
  it('rejects relative references and bad characters', () => {
    for (const u of [
      '',
      'github.com/o/r',
      '/path',
      'https://x y',
      'http://a/%zz',
      '1http://x',
      'http://a/<b>',
    ])
      expect(isAbsoluteUri(u), u).toBe(false);
  });
});
