import { describe, expect, it } from 'vitest';
import { formatBytes, formatBytesBeside, parseBytes } from '../src/units.js';

describe('parseBytes', () => {
  it.each([
    ['512B', 512],
    ['200MB', 200_000_000],
    ['200 MB', 200_000_000],
    ['1.5GB', 1_500_000_000],
    ['10kB', 10_000],
    ['1KiB', 1024],
    ['2MiB', 2 * 1024 * 1024],
    ['1GiB', 1024 ** 3],
  ])('%s → %d', (text, bytes) => expect(parseBytes(text)).toBe(bytes));

  it.each(['200', 'MB', '200mb', '200 megs', '-5MB', '1e3MB', '', '200 MB extra'])('rejects %j', (text) => {
    expect(() => parseBytes(text)).toThrow(/size|unit/);
  });

  it('names the bad unit', () => {
    expect(() => parseBytes('3TB')).toThrow('unknown unit "TB"');
  });

  it('refuses KB as ambiguous and says which units mean what', () => {
    expect(() => parseBytes('100KB')).toThrow(
      '"100KB": unit "KB" is ambiguous; write kB (1000 bytes) or KiB (1024 bytes)',
    );
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1 kB'],
    [812_345, '812 kB'],
    [184_000_000, '184 MB'],
    [184_499_999, '184 MB'],
    [1_030_000_000, '1.03 GB'],
    [12_345_678, '12.3 MB'],
    [999_600, '1 MB'],
    [-32_000_000, '-32 MB'],
  ])('%d → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});

describe('formatBytesBeside', () => {
  it.each([
    [400_412_345, 400_000_000, '400 MB (400,412,345 B)'],
    [400_000_000, 400_000_000, '400 MB'],
    [184_000_000, 200_000_000, '184 MB'],
    [999, 1000, '999 B'],
  ])('%d beside %d → %s', (bytes, other, text) => expect(formatBytesBeside(bytes, other)).toBe(text));
});
