import { describe, expect, it } from 'vitest';
import type { ProcessEvidence } from '../../src/types.js';
import type { ParsedState } from '../../src/verify/inspect.js';
import type { StopResult } from '../../src/verify/types.js';
import type { StaticVerdict } from '../../src/verify/users.js';
import {
  appExitOf,
  conclude,
  exitNote,
  isCleanStop,
  runtimeReport,
  summary,
  type Evidence,
} from '../../src/verify/verdict.js';

const proc = (
  pid: number,
  euid: number,
  observedAt: ProcessEvidence['observedAt'] = 'start',
  command = 'app',
): ProcessEvidence => ({
  pid,
  command,
  uids: [euid, euid, euid, euid],
  gids: [euid, euid, euid, euid],
  observedAt,
});

const staticUser = (uid: number | null, explanation = `resolves to uid ${uid}`): StaticVerdict => ({
  user: uid === null ? 'ghost' : String(uid),
  uid,
  gid: uid,
  userName: null,
  groupName: null,
  supplementaryGids: [],
  root: uid === null ? null : uid === 0,
  explanation,
  findings: [],
  hasPasswd: true,
});

const evidence = (over: Partial<Evidence> = {}): Evidence => ({
  image: 'img:1',
  container: 'shipshape-verify-000000000000',
  user: '10001',
  userOrigin: 'image',
  remapped: false,
  started: true,
  static: staticUser(10001),
  startFailure: null,
  processes: [],
  lastSeen: [],
  containerPid: 0,
  state: null,
  exitCode: null,
  logTail: null,
  exit: null,
  stop: null,
  smoke: null,
  hardening: null,
  writable: null,
  timings: [],
  notes: [],
  ...over,
});

const exited = (over: Partial<ParsedState> = {}): ParsedState => ({
  status: 'exited',
  running: false,
  exitCode: 3,
  error: null,
  oomKilled: false,
  startedAt: '2024-05-01T10:00:00.000Z',
  finishedAt: '2024-05-01T10:00:01.250Z',
  pid: 0,
  ...over,
});

const stopped = (over: Partial<StopResult> = {}): StopResult => ({
  signal: 'SIGTERM',
  signalled: true,
  handled: true,
  exitedOnSignal: false,
  killed: false,
  ms: 40,
  timeoutMs: 10_000,
  exitCode: 3,
  advice: null,
  ...over,
});

describe('conclude', () => {
  it('non-root processes seen from the host: a runtime verdict with PID 1 as last seen', () => {
    const verdict = conclude(
      evidence({
        processes: [proc(700, 10001), proc(701, 10002, 'settled')],
        lastSeen: [proc(701, 10002, 'settled'), proc(700, 10001, 'settled')],
        containerPid: 700,
      }),
    );
    expect(verdict).toEqual({
      uid: 10001,
      nonRoot: true,
      source: 'runtime',
      privileges: 'never-root',
      notes: [],
    });
  });

  it('PID 1 missing from the last look: its latest earlier state, else the first process of the last look', () => {
    const earlier = conclude(
      evidence({
        processes: [proc(700, 10001), proc(700, 10003, 'settled'), proc(800, 10005, 'settled')],
        lastSeen: [proc(800, 10005, 'settled')],
        containerPid: 700,
      }),
    );
    expect(earlier.uid).toBe(10003);
    const unknownPid = conclude(
      evidence({ processes: [proc(800, 10005)], lastSeen: [proc(800, 10005)], containerPid: 0 }),
    );
    expect(unknownPid.uid).toBe(10005);
  });

  it('a start user that resolves to root, seen only after the drop: dropped, not non-root, both notes', () => {
    const verdict = conclude(
      evidence({
        user: 'root',
        static: staticUser(0),
        processes: [proc(700, 10001)],
        lastSeen: [proc(700, 10001)],
        containerPid: 700,
      }),
    );
    expect(verdict).toMatchObject({ uid: 10001, nonRoot: false, source: 'runtime', privileges: 'dropped' });
    expect(verdict.notes).toEqual([
      'PID 1 was started as root ("root" resolves to uid 0) and had already dropped to uid 10001 when first observed',
      'the entrypoint starts as root and drops privileges; the image itself still starts as root',
    ]);
  });

  it('a root process at the last look: kept root', () => {
    const verdict = conclude(
      evidence({
        static: staticUser(0),
        user: '',
        processes: [proc(700, 0), proc(701, 10001)],
        lastSeen: [proc(700, 0), proc(701, 10001)],
        containerPid: 700,
      }),
    );
    expect(verdict).toEqual({
      uid: 0,
      nonRoot: false,
      source: 'runtime',
      privileges: 'kept-root',
      notes: [],
    });
  });

  it('a remapping engine: the processes prove nothing, the static view is named as such', () => {
    const verdict = conclude(
      evidence({
        remapped: true,
        processes: [proc(700, 110001)],
        lastSeen: [proc(700, 110001)],
        containerPid: 700,
      }),
    );
    expect(verdict).toMatchObject({ uid: null, nonRoot: null, source: null, privileges: 'unknown' });
    expect(verdict.notes).toEqual([
      'the engine remaps user namespaces (userns-remap or rootless): the uids seen from the host are not the ' +
        "container's, so the observed processes prove nothing about uid 0 inside",
      'the host-side uids cannot be mapped to the container: no runtime verdict; the image configuration and its ' +
        '/etc/passwd say uid 10001 (static, not proven)',
    ]);
  });

  it.each([
    {
      name: 'started, exited before a look, static root',
      started: true,
      static: staticUser(0),
      note:
        'no process could be observed before the container exited: no runtime verdict; the image configuration ' +
        'and its /etc/passwd say root (static, not proven)',
    },
    {
      name: 'never ran, static uid',
      started: false,
      static: staticUser(10001),
      note:
        'the container did not run, so nothing could be observed: no runtime verdict; the image configuration ' +
        'and its /etc/passwd say uid 10001 (static, not proven)',
    },
    {
      name: 'a user the image does not have',
      started: false,
      static: staticUser(null, '"ghost" names a user the image does not have'),
      note: 'no verdict: "ghost" names a user the image does not have',
    },
    {
      name: 'nothing known at all',
      started: false,
      static: null,
      note: 'no process could be observed and the image user could not be resolved: no verdict either way',
    },
  ])('nothing observed ($name): no runtime verdict and one note', ({ started, static: fromImage, note }) => {
    expect(conclude(evidence({ started, static: fromImage }))).toEqual({
      uid: null,
      nonRoot: null,
      source: null,
      privileges: 'unknown',
      notes: [note],
    });
  });
});

describe('isCleanStop', () => {
  it.each([
    { stop: null, clean: false },
    { stop: stopped({ exitedOnSignal: true, exitCode: 143 }), clean: true },
    { stop: stopped({ killed: true, exitCode: 137 }), clean: true },
    { stop: stopped(), clean: false },
  ])('$stop.exitCode → $clean', ({ stop, clean }) => {
    expect(isCleanStop(stop)).toBe(clean);
  });
});

describe('appExitOf and exitNote', () => {
  it('an exit before the signal: the engine clock gives the run time, the note says it was not a stop', () => {
    const exit = appExitOf(exited(), null, 'starting\nconfig missing');
    expect(exit).toEqual({
      code: 3,
      afterMs: 1250,
      afterSignal: false,
      oomKilled: false,
      error: null,
      logTail: 'starting\nconfig missing',
    });
    expect(exitNote(exit, null)).toBe(
      'the container exited by itself with code 3 1.25 s after it started, before shipshape sent its stop signal; not a clean stop',
    );
  });

  it('after a signal PID 1 does not receive: the kernel dropped it', () => {
    const stop = stopped({ handled: false, exitCode: 0 });
    const exit = appExitOf(exited({ exitCode: 0 }), stop, null);
    expect(exit.afterSignal).toBe(true);
    expect(exitNote(exit, stop)).toBe(
      'the container exited by itself with code 0 1.25 s after it started, after SIGTERM, which PID 1 neither ' +
        'handles nor waits for, so the kernel dropped it; not a clean stop',
    );
  });

  it('after a signal, with a code it does not explain, out of memory and an engine error, no clock', () => {
    const stop = stopped({ signal: 'SIGQUIT' });
    const state = exited({ exitCode: 1, oomKilled: true, error: 'oom', startedAt: null });
    const exit = appExitOf(state, stop, null);
    expect(exit.afterMs).toBeNull();
    expect(exitNote(exit, stop)).toBe(
      'the container exited by itself with code 1, after SIGQUIT, with a code the signal does not explain ' +
        '(killed: out of memory): oom; not a clean stop',
    );
  });

  it('a signal that was never delivered does not count as sent', () => {
    const stop = stopped({ signalled: false });
    const exit = appExitOf(exited({ exitCode: null }), stop, null);
    expect(exit.afterSignal).toBe(false);
    expect(exitNote(exit, stop)).toMatch(/^the container exited by itself 1\.25 s after it started, before /);
  });
});

describe('runtimeReport', () => {
  it('keeps the report shape: every field in order, the evidence notes before the verdict notes', () => {
    const timings = [{ step: 'inspect image', ms: 12 }];
    const seen = [proc(700, 110001)];
    const report = runtimeReport(
      evidence({
        remapped: true,
        processes: seen,
        lastSeen: seen,
        containerPid: 700,
        exitCode: 143,
        timings,
        notes: ['the image has no /etc/passwd: user names cannot resolve, numeric uids can'],
      }),
      1234,
    );
    expect(Object.keys(report)).toEqual([
      'image',
      'container',
      'user',
      'userOrigin',
      'uid',
      'nonRoot',
      'source',
      'started',
      'static',
      'privileges',
      'logTail',
      'state',
      'startFailure',
      'exit',
      'stop',
      'smoke',
      'hardening',
      'writable',
      'timings',
      'totalMs',
      'evidence',
    ]);
    expect(Object.keys(report.evidence)).toEqual(['processes', 'exitCode', 'notes']);
    expect(report).toMatchObject({ image: 'img:1', totalMs: 1234, timings, nonRoot: null, uid: null });
    // Processes a remapping engine showed stay as evidence, though the verdict does not use them.
    expect(report.evidence.processes).toEqual(seen);
    expect(report.evidence.exitCode).toBe(143);
    expect(report.evidence.notes[0]).toBe(
      'the image has no /etc/passwd: user names cannot resolve, numeric uids can',
    );
    expect(report.evidence.notes[1]).toMatch(/^the engine remaps user namespaces/);
    expect(report.evidence.notes).toHaveLength(3);
  });
});

describe('summary', () => {
  const base = runtimeReport(
    evidence({ processes: [proc(700, 10001)], lastSeen: [proc(700, 10001)], containerPid: 700 }),
    1500,
  );

  it.each([
    {
      name: 'stopped on its signal',
      report: { ...base, stop: stopped({ exitedOnSignal: true, ms: 40 }) },
      line: 'non-root: user "10001", uid 10001 (runtime, privileges never-root); stopped on SIGTERM in 40 ms; 1500 ms',
    },
    {
      name: 'killed',
      report: { ...base, stop: stopped({ killed: true, timeoutMs: 2000 }) },
      line: 'non-root: user "10001", uid 10001 (runtime, privileges never-root); killed after 2000 ms; 1500 ms',
    },
    {
      name: 'exited by itself, no verdict',
      report: {
        ...base,
        nonRoot: null,
        uid: null,
        source: null,
        exit: appExitOf(exited({ exitCode: null }), null, null),
      },
      line: 'no verdict: user "10001"; exited by itself with code ?; 1500 ms',
    },
    {
      name: 'never started, root, no user',
      report: { ...base, user: '', nonRoot: false, uid: 0, source: null, startFailure: 'refused' },
      line: 'ROOT: no user set, uid 0; did not start; 1500 ms',
    },
  ])('$name', ({ report, line }) => {
    expect(summary(report)).toBe(line);
  });
});
