import { describe, expect, it } from 'vitest';
import type { FileEntry } from '../../src/verify/files.js';
import { entrypointCandidates, pathEnv, writableFiles, writeAccess } from '../../src/verify/writable.js';

const file = (
  path: string,
  uid: number,
  gid: number,
  mode: number,
  type: FileEntry['type'] = 'file',
): FileEntry => ({
  path,
  uid,
  gid,
  mode,
  type,
});

describe('writeAccess', () => {
  const app = { uid: 10001, gids: [10001, 50] };
  it.each([
    { entry: file('/app/main.py', 10001, 10001, 0o644), via: 'owner' },
    { entry: file('/app/main.py', 10001, 10001, 0o444), via: null },
    { entry: file('/app/main.py', 0, 0, 0o644), via: null },
    { entry: file('/app/data', 0, 50, 0o775, 'directory'), via: 'group' },
    { entry: file('/app/data', 0, 50, 0o755, 'directory'), via: null },
    { entry: file('/app/tmp', 0, 0, 0o1777, 'directory'), via: 'other' },
    // owner bits decide for the owner even when "other" may write (classic Unix semantics)
    { entry: file('/app/odd', 10001, 0, 0o466), via: null },
    { entry: file('/app/link', 10001, 10001, 0o777, 'symlink'), via: null },
  ])('$entry.path mode $entry.mode → $via', ({ entry, via }) => {
    expect(writeAccess(entry, app)).toBe(via);
  });

  it('does not report for root, whose verdict already says everything', () => {
    expect(writeAccess(file('/app/x', 0, 0, 0o644), { uid: 0, gids: [0] })).toBeNull();
  });

  it('lists writable files with their octal mode', () => {
    expect(writableFiles([file('/app/a', 10001, 10001, 0o100644), file('/app/b', 0, 0, 0o644)], app)).toEqual(
      [{ path: '/app/a', type: 'file', via: 'owner', uid: 10001, gid: 10001, mode: '644' }],
    );
  });
});

describe('entrypointCandidates', () => {
  it.each([
    { ep: ['/usr/bin/tini', '--'], cmd: ['app'], wd: '/app', path: null, expected: ['/usr/bin/tini'] },
    { ep: null, cmd: ['./run.sh'], wd: '/app', path: null, expected: ['/app/run.sh'] },
    { ep: null, cmd: ['bin/../start'], wd: '/srv', path: null, expected: ['/srv/start'] },
    {
      ep: ['gunicorn'],
      cmd: null,
      wd: '/app',
      path: '/venv/bin:/usr/bin',
      expected: ['/venv/bin/gunicorn', '/usr/bin/gunicorn'],
    },
    { ep: [], cmd: [], wd: '/', path: null, expected: [] },
  ])('$ep / $cmd', ({ ep, cmd, wd, path, expected }) => {
    expect(entrypointCandidates(ep, cmd, wd, path)).toEqual(expected);
  });

  it('falls back to the engine default PATH', () => {
    expect(entrypointCandidates(['sh'], null, '', null)).toContain('/bin/sh');
  });

  it('reads PATH from the image env', () => {
    expect(pathEnv(['A=1', 'PATH=/x:/y'])).toBe('/x:/y');
    expect(pathEnv([])).toBeNull();
  });
});
