import { describe, expect, it } from 'vitest';
import {
  combinedNonRoot,
  mergeEvidence,
  parseTop,
  privilegeStory,
  runtimeNonRoot,
  topArgs,
} from '../../src/verify/top.js';

const TOP = `PID                 RUID                EUID                SUID                FSUID               RGID                EGID                SGID                FSGID               COMMAND
15650               0                   0                   0                   0                   0                   0                   0                   0                   /bin/sh -c  sleep 30
15700               10001               10001               10001               10001               0                   0                   0                   0                   python  app.py
`;

describe('parseTop', () => {
  it('reads every process with its four uids and gids and keeps the command spacing', () => {
    expect(parseTop(TOP, 'start')).toEqual([
      {
        pid: 15650,
        uids: [0, 0, 0, 0],
        gids: [0, 0, 0, 0],
        command: '/bin/sh -c  sleep 30',
        observedAt: 'start',
      },
      {
        pid: 15700,
        uids: [10001, 10001, 10001, 10001],
        gids: [0, 0, 0, 0],
        command: 'python  app.py',
        observedAt: 'start',
      },
    ]);
  });

  it('skips the header and incomplete rows', () => {
    expect(parseTop('PID RUID\n12 0 0\n', 'settled')).toEqual([]);
  });

  it('asks ps for exactly the columns it parses', () => {
    expect(topArgs('c1')).toEqual(['top', 'c1', '-eo', 'pid,ruid,euid,suid,fsuid,rgid,egid,sgid,fsgid,args']);
  });
});

describe('runtimeNonRoot', () => {
  const p = (euid: number, ruid = euid) => ({
    pid: 1,
    command: 'x',
    uids: [ruid, euid, euid, euid] as [number, number, number, number],
    gids: [0, 0, 0, 0] as [number, number, number, number],
    observedAt: 'start' as const,
  });
  it.each([
    { name: 'nothing observed', processes: [], expected: null },
    { name: 'all non-root', processes: [p(1000), p(10001)], expected: true },
    { name: 'one root process', processes: [p(1000), p(0)], expected: false },
    { name: 'effective root behind a non-root real uid (setuid)', processes: [p(0, 1000)], expected: false },
    { name: 'real root but effective non-root', processes: [p(1000, 0)], expected: true },
  ])('$name → $expected', ({ processes, expected }) => {
    expect(runtimeNonRoot(processes)).toBe(expected);
  });
});

describe('mergeEvidence', () => {
  it('keeps each distinct state of a process once, so a privilege drop shows both states', () => {
    const [root] = parseTop(TOP, 'start');
    const dropped = { ...root!, uids: [1000, 1000, 1000, 1000] as [number, number, number, number] };
    const merged = mergeEvidence(mergeEvidence([], [root!]), [{ ...root!, observedAt: 'settled' }, dropped]);
    expect(merged).toEqual([root, dropped]);
  });
});

describe('privilegeStory and combinedNonRoot', () => {
  const p = (pid: number, euid: number) => ({
    pid,
    command: 'x',
    uids: [euid, euid, euid, euid] as [number, number, number, number],
    gids: [0, 0, 0, 0] as [number, number, number, number],
    observedAt: 'start' as const,
  });
  it.each([
    { name: 'nothing seen', all: [], last: [], asRoot: true, story: 'unknown', nonRoot: null },
    {
      name: 'non-root throughout',
      all: [p(1, 1000)],
      last: [p(1, 1000)],
      asRoot: false,
      story: 'never-root',
      nonRoot: true,
    },
    {
      name: 'root throughout',
      all: [p(1, 0)],
      last: [p(1, 0)],
      asRoot: true,
      story: 'kept-root',
      nonRoot: false,
    },
    {
      name: 'root seen, then dropped (gosu)',
      all: [p(1, 0), p(1, 1000)],
      last: [p(1, 1000)],
      asRoot: true,
      story: 'dropped',
      nonRoot: false,
    },
    {
      name: 'dropped before the first look, but started as root',
      all: [p(1, 1000)],
      last: [p(1, 1000)],
      asRoot: true,
      story: 'dropped',
      nonRoot: false,
    },
    {
      name: 'su keeps a root parent next to the user child',
      all: [p(1, 0), p(2, 1000)],
      last: [p(1, 0), p(2, 1000)],
      asRoot: true,
      story: 'kept-root',
      nonRoot: false,
    },
    {
      name: 'a setuid-root helper under a non-root user',
      all: [p(1, 1000), p(2, 0)],
      last: [p(1, 1000)],
      asRoot: false,
      story: 'dropped',
      nonRoot: false,
    },
    {
      name: 'static unknown',
      all: [p(1, 1000)],
      last: [p(1, 1000)],
      asRoot: null,
      story: 'never-root',
      nonRoot: true,
    },
  ])('$name → $story, nonRoot $nonRoot', ({ all, last, asRoot, story, nonRoot }) => {
    expect(privilegeStory(all, last, asRoot)).toBe(story);
    expect(combinedNonRoot(all, asRoot)).toBe(nonRoot);
  });
});
