import { describe, expect, it } from 'vitest';
import { parsePax, TarFormatError, TarHeaderParser, type TarHeader } from '../../src/measure/tar-headers.js';
import { packTar } from './tars.js';

function parse(data: Buffer, chunkSize = data.length): TarHeader[] {
  const headers: TarHeader[] = [];
  const parser = new TarHeaderParser((h) => headers.push(h));
  for (let i = 0; i < data.length; i += chunkSize) parser.write(data.subarray(i, i + chunkSize));
  parser.end();
  expect(parser.bytes).toBe(data.length);
  return headers;
}

/** A raw ustar/GNU header block, for the forms tar-stream does not write. */
function rawHeader(name: string, flag: string, size: number, options: { base256?: boolean } = {}): Buffer {
  const block = Buffer.alloc(512);
  block.write(name.slice(0, 100), 0, 'utf8');
  block.write('0000644\0', 100, 'ascii');
  block.write('0000000\0', 108, 'ascii');
  block.write('0000000\0', 116, 'ascii');
  if (options.base256) {
    block[124] = 0x80;
    block.writeUIntBE(size, 124 + 12 - 6, 6);
  } else block.write(size.toString(8).padStart(11, '0') + '\0', 124, 'ascii');
  block.write('00000000000\0', 136, 'ascii');
  block.write(flag, 156, 'ascii');
  block.write('ustar  \0', 257, 'ascii');
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of block) sum += b;
  block.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii');
  return block;
}

function padded(content: Buffer): Buffer {
  return Buffer.concat([content, Buffer.alloc((512 - (content.length % 512)) % 512)]);
}

describe('TarHeaderParser', () => {
  it('reads names, types, sizes and links, skipping contents, whatever the chunk size', async () => {
    const data = await packTar([
      { name: 'etc', type: 'directory' },
      { name: 'etc/hostname', content: 'box\n' },
      { name: 'big', content: Buffer.alloc(5000, 7) },
      { name: 'etc/link', type: 'symlink', linkname: '/etc/hostname' },
      { name: 'etc/hard', type: 'link', linkname: 'etc/hostname' },
      { name: `deep/${'d'.repeat(120)}/${'f'.repeat(90)}.txt`, content: 'long' },
      { name: `${'p'.repeat(200)}.txt`, content: 'pax' },
    ]);
    const expected = [
      { name: 'etc', type: 'directory', size: 0 },
      { name: 'etc/hostname', type: 'file', size: 4 },
      { name: 'big', type: 'file', size: 5000 },
      { name: 'etc/link', type: 'symlink', size: 0, linkname: '/etc/hostname' },
      { name: 'etc/hard', type: 'hardlink', size: 0, linkname: 'etc/hostname' },
      { name: `deep/${'d'.repeat(120)}/${'f'.repeat(90)}.txt`, type: 'file', size: 4 },
      { name: `${'p'.repeat(200)}.txt`, type: 'file', size: 3 },
    ];
    for (const chunk of [data.length, 512, 100, 1, 777]) {
      expect(parse(data, chunk)).toMatchObject(expected);
    }
  });

  it('reads GNU long names and base-256 sizes', () => {
    const longName = `usr/share/${'x'.repeat(150)}`;
    const nameBytes = Buffer.from(longName + '\0');
    const data = Buffer.concat([
      rawHeader('././@LongLink', 'L', nameBytes.length),
      padded(nameBytes),
      rawHeader('short', '0', 3),
      padded(Buffer.from('abc')),
      rawHeader('huge', '0', 700, { base256: true }),
      padded(Buffer.alloc(700)),
      Buffer.alloc(1024),
    ]);
    expect(parse(data, 300)).toMatchObject([
      { name: longName, type: 'file', size: 3 },
      { name: 'huge', type: 'file', size: 700 },
    ]);
  });

  it('refuses a corrupt header and an archive cut mid-entry', async () => {
    const data = await packTar([{ name: 'a', content: Buffer.alloc(2000) }]);
    const corrupt = Buffer.from(data);
    corrupt[10] = 0x41;
    expect(() => parse(corrupt)).toThrow(TarFormatError);
    const cut = data.subarray(0, 1000);
    const parser = new TarHeaderParser(() => undefined);
    parser.write(cut);
    expect(() => parser.end()).toThrow(/ends in the middle/);
  });
});

describe('parsePax', () => {
  it('reads records, including values with spaces and multibyte text', () => {
    const record = (k: string, v: string) => {
      const body = ` ${k}=${v}\n`;
      let len = Buffer.byteLength(body) + 1;
      while (Buffer.byteLength(`${len}${body}`) !== len) len++;
      return `${len}${body}`;
    };
    const data = Buffer.from(record('path', 'a dir/ünï.txt') + record('size', '12'));
    expect(parsePax(data)).toEqual({ path: 'a dir/ünï.txt', size: '12' });
  });
});
