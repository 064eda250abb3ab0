import { describe, expect, it } from 'vitest';
import {
  MAX_PUBLISHED_PORTS,
  isSmokeStatus,
  parseDockerPort,
  portSpec,
  publishArgs,
  smokePort,
} from '../../src/verify/smoke.js';
import { stopAdvice, stopSignal } from '../../src/verify/stop.js';

describe('smoke port selection', () => {
  it('probes the given port, else the lowest EXPOSEd TCP port', () => {
    expect(smokePort(['9000/tcp', '8080/tcp', '53/udp'], null)).toBe('8080/tcp');
    expect(smokePort(['9000/tcp'], 3000)).toBe('3000/tcp');
    expect(smokePort(['53/udp'], null)).toBeNull();
    expect(portSpec('53/udp')).toBe('53/udp');
  });

  it('publishes every exposed port and the probe port to free loopback ports, once each', () => {
    expect(publishArgs(['8080/tcp', '53/udp'], '8080/tcp')).toEqual([
      '--publish',
      '127.0.0.1::8080/tcp',
      '--publish',
      '127.0.0.1::53/udp',
    ]);
    expect(publishArgs([], null)).toEqual([]);
  });

  it('publishes the probe port first and caps a range of exposed ports', () => {
    const range = Array.from({ length: 1000 }, (_, i) => `${9000 + i}/tcp`);
    const args = publishArgs(range, '8080/tcp');
    expect(args).toHaveLength(2 * MAX_PUBLISHED_PORTS);
    expect(args.slice(0, 2)).toEqual(['--publish', '127.0.0.1::8080/tcp']);
  });

  it('reads the host port docker chose', () => {
    expect(parseDockerPort('127.0.0.1:49153\n')).toEqual({ host: '127.0.0.1', port: 49153 });
    expect(parseDockerPort('0.0.0.0:32768\n[::]:32768\n')).toEqual({ host: '127.0.0.1', port: 32768 });
    expect(parseDockerPort('')).toBeNull();
  });

  it.each([
    [200, true],
    [204, true],
    [302, true],
    [399, true],
    [404, false],
    [500, false],
    [101, false],
  ])('HTTP %i counts as alive: %s', (status, ok) => {
    expect(isSmokeStatus(status)).toBe(ok);
  });
});

describe('stop', () => {
  it('uses the image STOPSIGNAL, else SIGTERM', () => {
    expect(stopSignal(null)).toBe('SIGTERM');
    expect(stopSignal('SIGQUIT')).toBe('SIGQUIT');
  });

  it('names the init fix and spots a shell as PID 1', () => {
    const shell = stopAdvice('SIGTERM', 2000, {
      pid: 1,
      command: '/bin/sh -c python app.py',
      uids: [0, 0, 0, 0],
      gids: [0, 0, 0, 0],
      observedAt: 'settled',
    });
    expect(shell).toMatch(/shell as PID 1/);
    expect(shell).toMatch(/tini/);
    expect(shell).toMatch(/--init/);
    expect(stopAdvice('SIGTERM', 2000, undefined)).toMatch(/no default signal handling/);
  });
});
