import { describe, expect, it } from 'vitest';
import {
  entryBytes,
  LayerScanner,
  normalizePath,
  payloadBytes,
  toLayerEntry,
  type LayerEntry,
} from '../../src/measure/layer.js';
import { packTar } from './tars.js';

describe('normalizePath', () => {
  it.each([
    ['./etc/passwd', 'etc/passwd'],
    ['/etc/', 'etc'],
    ['etc/apt/', 'etc/apt'],
    ['./', ''],
    ['.', ''],
  ])('%s → %s', (input, output) => expect(normalizePath(input)).toBe(output));
});

describe('toLayerEntry', () => {
  const h = (
    name: string,
    type: 'file' | 'symlink' | 'directory' | 'hardlink' | 'other',
    size = 0,
    linkname = '',
  ) => ({
    name,
    type,
    size,
    linkname,
    mode: 0o644,
  });
  it.each([
    [h('usr/bin/x', 'file', 10), { path: 'usr/bin/x', kind: 'file', bytes: 10 }],
    [h('tmp/.wh.cache.bin', 'file'), { path: 'tmp/cache.bin', kind: 'whiteout', bytes: 0 }],
    [h('.wh.top', 'file'), { path: 'top', kind: 'whiteout', bytes: 0 }],
    [h('var/lib/apt/lists/.wh..wh..opq', 'file'), { path: 'var/lib/apt/lists', kind: 'opaque', bytes: 0 }],
    [h('bin/sh', 'symlink', 0, 'dash'), { path: 'bin/sh', kind: 'symlink', bytes: 4 }],
    [h('bin/y', 'hardlink', 0, 'bin/x'), { path: 'bin/y', kind: 'hardlink', bytes: 0 }],
    [h('etc/', 'directory'), { path: 'etc', kind: 'directory', bytes: 0 }],
    [h('dev/null', 'other'), { path: 'dev/null', kind: 'other', bytes: 0 }],
  ])('%o', (header, entry) => expect(toLayerEntry(header)).toEqual(entry));

  it('drops the root entry', () => expect(toLayerEntry(h('./', 'directory'))).toBeNull());
});

describe('the two ways the engine counts a layer', () => {
  it('counts symlinks by the byte length of their target', () => {
    expect(entryBytes({ type: 'symlink', size: 0, linkname: 'ü' })).toBe(2);
  });

  const entries: LayerEntry[] = [
    { path: 'a', kind: 'file', bytes: 100 },
    { path: 'a', kind: 'file', bytes: 30 },
    { path: 'b', kind: 'hardlink', bytes: 0 },
    { path: 'gone', kind: 'whiteout', bytes: 0 },
    { path: 'd', kind: 'opaque', bytes: 0 },
    { path: 'l', kind: 'symlink', bytes: 5 },
  ];
  it('payload: every file entry’s bytes as recorded in the tar', () =>
    expect(payloadBytes(entries)).toBe(130));
});

describe('LayerScanner', () => {
  it('lists the entries of a layer tar and its tar size', async () => {
    const data = await packTar([
      { name: 'app', type: 'directory' },
      { name: 'app/main.py', content: 'print(1)\n' },
      { name: 'app/.wh.old.py', content: '' },
      { name: 'app/cur', type: 'symlink', linkname: 'main.py' },
    ]);
    const scanner = new LayerScanner();
    scanner.write(data.subarray(0, 700));
    scanner.write(data.subarray(700));
    const scan = scanner.end();
    expect(scan.tarBytes).toBe(data.length);
    expect(scan.entries).toEqual([
      { path: 'app', kind: 'directory', bytes: 0 },
      { path: 'app/main.py', kind: 'file', bytes: 9 },
      { path: 'app/old.py', kind: 'whiteout', bytes: 0 },
      { path: 'app/cur', kind: 'symlink', bytes: 7 },
    ]);
    expect(payloadBytes(scan.entries)).toBe(9);
  });
});
