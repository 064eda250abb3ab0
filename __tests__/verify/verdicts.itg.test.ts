// The user verdict for every way an image can end up root or not, against the real engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nullLogger } from '../../src/log.js';
import { verifyImage, type RuntimeReport } from '../../src/verify/index.js';
import { managedContainers } from '../support/docker.js';
import { BASE_DEBIAN, HANDLES_TERM, Images } from './fixtures.js';

const images = new Images();
const cmd = `CMD ["sh", "-c", "${HANDLES_TERM}"]`;
const ADD_APP_USER = 'RUN groupadd -g 10001 app && useradd -u 10001 -g app -M -d /app -s /bin/sh app';

const fixtures = {
  noUser: `FROM ${BASE_DEBIAN}\n${cmd}\n`,
  user0: `FROM ${BASE_DEBIAN}\nUSER 0\n${cmd}\n`,
  user00: `FROM ${BASE_DEBIAN}\nUSER 0:0\n${cmd}\n`,
  rootRoot: `FROM ${BASE_DEBIAN}\nUSER root:root\n${cmd}\n`,
  alias: `FROM ${BASE_DEBIAN}\nRUN echo 'toor:x:0:0::/root:/bin/sh' >> /etc/passwd\nUSER toor\n${cmd}\n`,
  proper:
    `FROM ${BASE_DEBIAN}\n${ADD_APP_USER}\nWORKDIR /app\n` +
    'COPY --chown=app:app owned.sh /app/owned.sh\nCOPY readonly.txt /app/readonly.txt\n' +
    `USER app\n${cmd}\n`,
  setpriv:
    `FROM ${BASE_DEBIAN}\n${ADD_APP_USER}\n` +
    `ENTRYPOINT ["setpriv", "--reuid=10001", "--regid=10001", "--clear-groups", "--", "sh", "-c", "${HANDLES_TERM}"]\n`,
  su: `FROM ${BASE_DEBIAN}\n${ADD_APP_USER}\nENTRYPOINT ["su", "-s", "/bin/sh", "app", "-c", "${HANDLES_TERM}"]\n`,
  scratch:
    'FROM scratch\nCOPY busybox /bin/busybox\nUSER 10001\n' +
    `ENTRYPOINT ["/bin/busybox", "sh", "-c", "trap 'exit 0' TERM; /bin/busybox sleep 300 & wait"]\n`,
};
const tags = {} as Record<keyof typeof fixtures, string>;

beforeAll(() => {
  for (const [key, dockerfile] of Object.entries(fixtures)) {
    tags[key as keyof typeof fixtures] = images.build(`verify-${key.toLowerCase()}`, dockerfile, {
      'owned.sh': 'echo hi\n',
      'readonly.txt': 'data\n',
      busybox: { busybox: true },
    });
  }
});

afterAll(() => {
  images.removeAll();
  expect(managedContainers()).toEqual([]);
});

const verify = (key: keyof typeof fixtures, user?: string) =>
  verifyImage(tags[key], { log: nullLogger, user: user ?? null, stopTimeoutMs: 3_000 });

function expectRootEverywhere(report: RuntimeReport): void {
  expect(report.nonRoot).toBe(false);
  expect(report.source).toBe('runtime');
  expect(report.uid).toBe(0);
  expect(report.static?.root).toBe(true);
  expect(report.static?.uid).toBe(0);
  expect(report.privileges).toBe('kept-root');
  expect(report.evidence.processes.length).toBeGreaterThan(0);
  expect(report.evidence.processes.every((p) => p.uids[1] === 0)).toBe(true);
}

describe('root in every spelling', () => {
  it('no USER at all: the default, root', async () => {
    const report = await verify('noUser');
    expectRootEverywhere(report);
    expect(report.user).toBe('');
    expect(report.userOrigin).toBe('default');
    expect(report.static?.findings.map((f) => f.code)).toEqual(['no-user']);
  });

  it.each([
    ['user0', '0'],
    ['user00', '0:0'],
    ['rootRoot', 'root:root'],
  ] as const)('%s (USER %s)', async (key, user) => {
    const report = await verify(key);
    expectRootEverywhere(report);
    expect(report.user).toBe(user);
    expect(report.userOrigin).toBe('image');
    expect(report.static?.findings.map((f) => f.code)).toEqual(['root-user']);
  });

  it('a named user whose passwd entry has uid 0', async () => {
    const report = await verify('alias');
    expectRootEverywhere(report);
    expect(report.user).toBe('toor');
    expect(report.static?.userName).toBe('toor');
    expect(report.static?.findings.map((f) => f.code)).toEqual(['root-alias']);
  });
});

describe('non-root', () => {
  it('a proper named user: non-root at start and after the settle, both views agree', async () => {
    const report = await verify('proper');
    expect(report.nonRoot).toBe(true);
    expect(report.source).toBe('runtime');
    expect(report.privileges).toBe('never-root');
    expect(report.uid).toBe(10001);
    expect(report.static).toMatchObject({ root: false, uid: 10001, gid: 10001, userName: 'app' });
    const observed = new Set(report.evidence.processes.map((p) => p.observedAt));
    expect(observed.has('start')).toBe(true);
    for (const p of report.evidence.processes) {
      expect(p.uids).toEqual([10001, 10001, 10001, 10001]);
      expect(p.gids).toEqual([10001, 10001, 10001, 10001]);
    }
  });

  it('warns about application files the runtime user can write, and only those', async () => {
    const report = await verify('proper');
    expect(report.writable?.uid).toBe(10001);
    expect(report.writable?.workingDir).toBe('/app');
    const paths = report.writable?.files.map((f) => f.path) ?? [];
    expect(paths).toContain('/app/owned.sh');
    expect(paths).not.toContain('/app/readonly.txt');
    expect(report.writable?.files.find((f) => f.path === '/app/owned.sh')?.via).toBe('owner');
    expect(report.writable?.entrypoint).toMatch(/^(\/usr)?\/bin\/sh$/);
  });

  it('a scratch image with a static binary and a numeric user, read from the host', async () => {
    const report = await verify('scratch');
    expect(report.nonRoot).toBe(true);
    expect(report.source).toBe('runtime');
    expect(report.uid).toBe(10001);
    expect(report.static).toMatchObject({ root: false, uid: 10001, gid: 0, hasPasswd: false });
    expect(report.evidence.processes.some((p) => p.command.includes('busybox sleep 300'))).toBe(true);
    expect(report.evidence.processes.every((p) => p.uids[1] === 10001)).toBe(true);
    expect(report.stop).toMatchObject({ exitedOnSignal: true, killed: false, exitCode: 0 });
  });

  it('the user input overrides the image user', async () => {
    const report = await verify('noUser', '4242:4343');
    expect(report.userOrigin).toBe('input');
    expect(report.nonRoot).toBe(true);
    expect(report.static).toMatchObject({ root: false, uid: 4242, gid: 4343 });
    expect(report.evidence.processes.every((p) => p.uids[1] === 4242 && p.gids[1] === 4343)).toBe(true);
  });
});

describe('entrypoints that start as root', () => {
  it('setpriv drops to the app user: told apart from kept root, still not a non-root image', async () => {
    const report = await verify('setpriv');
    expect(report.privileges).toBe('dropped');
    expect(report.nonRoot).toBe(false);
    expect(report.static?.root).toBe(true);
    // After the drop, PID 1 and its children run as the app user.
    expect(report.uid).toBe(10001);
    const settled = report.evidence.processes.filter((p) => p.uids[1] === 10001);
    expect(settled.length).toBeGreaterThan(0);
    expect(report.evidence.notes.join('\n')).toMatch(/drops privileges/);
  });

  it('su keeps a root parent next to the user child: kept root', async () => {
    const report = await verify('su');
    expect(report.privileges).toBe('kept-root');
    expect(report.nonRoot).toBe(false);
    const root = report.evidence.processes.filter((p) => p.uids[1] === 0);
    const user = report.evidence.processes.filter((p) => p.uids[1] === 10001);
    expect(root.some((p) => p.command.startsWith('su '))).toBe(true);
    expect(user.length).toBeGreaterThan(0);
  });
});

describe('users the engine refuses', () => {
  it('an unknown user name is its own finding and a clear reason, with no verdict claimed', async () => {
    const report = await verify('proper', 'nobody-here');
    expect(report.started).toBe(false);
    expect(report.nonRoot).toBeNull();
    expect(report.source).toBeNull();
    expect(report.static?.findings.map((f) => f.code)).toEqual(['unknown-user']);
    expect(report.evidence.notes.join('\n')).toMatch(/never started: .*nobody-here/);
    expect(report.evidence.notes.join('\n')).not.toMatch(/at |Error:/);
  });
});
