import { describe, expect, it } from 'vitest';
import type { ProcessEvidence } from '../../src/types.js';
import type { FileEntry } from '../../src/verify/files.js';
import type { StaticVerdict } from '../../src/verify/users.js';
import {
  entrypointCandidates,
  pathEnv,
  writableFiles,
  writableReport,
  writeAccess,
  type Listing,
} from '../../src/verify/writable.js';

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

describe('writableReport', () => {
  const listing: Listing = {
    workingDir: '/app',
    entries: [
      file('/app', 0, 0, 0o755, 'directory'),
      file('/app/cache', 0, 50, 0o775, 'directory'),
      file('/app/main.py', 10001, 10001, 0o644),
    ],
    truncated: false,
    entrypoint: null,
    notes: ['the listing note'],
  };
  const seen = (pid: number, uid: number, gid: number): ProcessEvidence => ({
    pid,
    command: 'app',
    uids: [uid, uid, uid, uid],
    gids: [gid, gid, gid, gid],
    observedAt: 'settled',
  });
  const fromImage = (uid: number, gid: number, supplementaryGids: number[]): StaticVerdict => ({
    user: String(uid),
    uid,
    gid,
    userName: null,
    groupName: null,
    supplementaryGids,
    root: uid === 0,
    explanation: '',
    findings: [],
    hasPasswd: true,
  });

  it("checks against PID 1's effective ids, with the image user's extra groups when it is the same uid", () => {
    const report = writableReport(listing, {
      static: fromImage(10001, 10001, [50]),
      lastSeen: [seen(800, 0, 0), seen(700, 10001, 10001)],
      containerPid: 700,
    });
    expect(report).toEqual({
      uid: 10001,
      gids: [10001, 50],
      workingDir: '/app',
      files: [
        { path: '/app/cache', type: 'directory', via: 'group', uid: 0, gid: 50, mode: '775' },
        { path: '/app/main.py', type: 'file', via: 'owner', uid: 10001, gid: 10001, mode: '644' },
      ],
      checked: 3,
      truncated: false,
      entrypoint: null,
      notes: ['the listing note'],
    });
  });

  it("another uid at runtime does not get the image user's groups", () => {
    const report = writableReport(listing, {
      static: fromImage(10001, 10001, [50]),
      lastSeen: [seen(700, 10002, 10002)],
      containerPid: 700,
    });
    expect(report?.gids).toEqual([10002]);
    expect(report?.files).toEqual([]);
  });

  it('nothing observed: the static user; root gets a note instead of a list', () => {
    const report = writableReport(listing, { static: fromImage(0, 0, []), lastSeen: [], containerPid: 0 });
    expect(report).toMatchObject({ uid: 0, gids: [0], files: [] });
    expect(report?.notes).toEqual([
      'the listing note',
      'the runtime user is root, which can write every file: see the root verdict',
    ]);
  });

  it('no identity at all: no report', () => {
    expect(writableReport(listing, { static: null, lastSeen: [], containerPid: 0 })).toBeNull();
  });
});
