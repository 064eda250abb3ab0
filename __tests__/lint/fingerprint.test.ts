import { describe, expect, it } from 'vitest';
import { lineHashes } from '../../src/lint/fingerprint.js';

// Expected values from the tests of GitHub's own implementation (github/codeql-action,
// src/fingerprints.test.ts): the upload action must compute the same fingerprints as ours, or
// it warns and keeps ours, and alerts would change identity between shipshape and a re-upload.
describe('lineHashes (primaryLocationLineHash as the upload action computes it)', () => {
  it('hashes an empty file as one line', () => {
    expect(lineHashes('')).toEqual(['c129715d7a2bc9a3:1']);
  });

  it('skips spaces and tabs', () => {
    expect(lineHashes(' a\nb\n  \t\tc\n d')).toEqual([
      '271789c17abda88f:1',
      '54703d4cd895b18:1',
      '180aee12dab6264:1',
      'a23a3dc5e078b07b:1',
    ]);
  });

  const expected = [
    'e9496ae3ebfced30:1',
    'fb7c023a8b9ccb3f:1',
    'ce8ba1a563dcdaca:1',
    'e20e36e16fcb0cc8:1',
    'b3edc88f2938467e:1',
    'c8e28b0b4002a3a0:1',
    'c129715d7a2bc9a3:1',
  ];
  it.each([
    ['LF', ' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n'],
    ['CR', ' hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r'],
    ['CRLF', ' hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n'],
    ['mixed', ' hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n'],
  ])('reads %s line ends alike', (_name, text) => {
    expect(lineHashes(text)).toEqual(expected);
  });

  it('numbers identical hashes in file order', () => {
    expect(lineHashes('Lorem ipsum dolor sit amet.\n'.repeat(10))).toEqual([
      'a7f2ff13bc495cf2:1',
      'a7f2ff13bc495cf2:2',
      'a7f2ff13bc495cf2:3',
      'a7f2ff13bc495cf2:4',
      'a7f2ff13bc495cf2:5',
      'a7f2ff13bc495cf2:6',
      'a7f2ff1481e87703:1',
      'a9cf91f7bbf1862b:1',
      '55ec222b86bcae53:1',
      'cc97dc7b1d7d8f7b:1',
      'c129715d7a2bc9a3:1',
    ]);
  });

  it('keeps a line hash when lines are inserted far above it', () => {
    const body = 'FROM debian\nRUN apt-get update\nUSER root\n';
    const before = lineHashes(body);
    const after = lineHashes('# a comment\n'.repeat(30) + body);
    expect(after[32]).toBe(before[2]);
  });
});
