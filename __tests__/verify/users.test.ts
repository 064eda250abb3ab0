import { describe, expect, it } from 'vitest';
import { parseGroup, parsePasswd, staticVerdict } from '../../src/verify/users.js';

const PASSWD = [
  'root:x:0:0:root:/root:/bin/bash',
  'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
  '# a comment',
  'toor:x:0:0::/root:/bin/sh',
  'app:x:10001:10001::/home/app:/bin/sh',
  'web:x:10002:0::/srv:/bin/sh',
  'broken:x:notanumber:1::/:/bin/sh',
].join('\n');

const GROUP = ['root:x:0:', 'daemon:x:1:', 'app:x:10001:', 'staff:x:50:app', 'wheel:x:10:app,web'].join('\n');

describe('parsePasswd / parseGroup', () => {
  it('reads entries and skips comments and malformed lines', () => {
    expect(parsePasswd(PASSWD).map((u) => u.name)).toEqual(['root', 'daemon', 'toor', 'app', 'web']);
    expect(parseGroup(GROUP).find((g) => g.name === 'wheel')).toEqual({
      name: 'wheel',
      gid: 10,
      members: ['app', 'web'],
    });
  });
});

describe('staticVerdict', () => {
  it.each([
    // every spelling of root
    { user: '', root: true, uid: 0, gid: 0, code: 'no-user' },
    { user: 'root', root: true, uid: 0, gid: 0, code: 'root-user' },
    { user: '0', root: true, uid: 0, gid: 0, code: 'root-user' },
    { user: '0:0', root: true, uid: 0, gid: 0, code: 'root-user' },
    { user: 'root:root', root: true, uid: 0, gid: 0, code: 'root-user' },
    { user: ':app', root: true, uid: 0, gid: 10001, code: 'root-user' },
    { user: 'toor', root: true, uid: 0, gid: 0, code: 'root-alias' },
    { user: 'toor:app', root: true, uid: 0, gid: 10001, code: 'root-alias' },
    // not root
    { user: 'app', root: false, uid: 10001, gid: 10001, code: null },
    { user: '10001', root: false, uid: 10001, gid: 10001, code: null },
    { user: 'app:staff', root: false, uid: 10001, gid: 50, code: null },
    { user: '4242', root: false, uid: 4242, gid: 0, code: 'root-group' },
    { user: '4242:4343', root: false, uid: 4242, gid: 4343, code: null },
    { user: 'web', root: false, uid: 10002, gid: 0, code: 'root-group' },
    // the engine refuses these
    { user: 'nobody-here', root: null, uid: null, gid: null, code: 'unknown-user' },
    { user: 'app:nogroup', root: null, uid: 10001, gid: null, code: 'unknown-group' },
  ])('"$user" → root $root (uid $uid, gid $gid)', ({ user, root, uid, gid, code }) => {
    const v = staticVerdict(user, PASSWD, GROUP);
    expect(v.root).toBe(root);
    expect(v.uid).toBe(uid);
    expect(v.gid).toBe(gid);
    expect(v.findings.map((f) => f.code)).toEqual(code ? [code] : []);
    expect(v.explanation).not.toBe('');
  });

  it('names the user and groups it resolved to, with supplementary groups from /etc/group', () => {
    const v = staticVerdict('app', PASSWD, GROUP);
    expect(v).toMatchObject({ userName: 'app', groupName: 'app', supplementaryGids: [50, 10] });
    expect(v.explanation).toBe('"app" resolves to uid 10001 (app), gid 10001');
  });

  it('without /etc/passwd (scratch), numeric users resolve and names cannot', () => {
    expect(staticVerdict('10001', null, null)).toMatchObject({
      root: false,
      uid: 10001,
      gid: 0,
      hasPasswd: false,
    });
    expect(staticVerdict('', null, null)).toMatchObject({ root: true, uid: 0, gid: 0 });
    const named = staticVerdict('app', null, null);
    expect(named.root).toBeNull();
    expect(named.findings[0]?.message).toMatch(/no \/etc\/passwd/);
  });

  it('reports the root group as information, not as root', () => {
    const v = staticVerdict('4242', PASSWD, GROUP);
    expect(v.findings).toEqual([expect.objectContaining({ code: 'root-group', severity: 'info' })]);
  });
});
