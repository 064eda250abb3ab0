import { describe, expect, it } from 'vitest';
import { createArgs } from '../../src/verify/container.js';
import {
  engineReason,
  parseContainerState,
  parseImageConfig,
  parseSecurityOptions,
} from '../../src/verify/inspect.js';
import { userOrigin } from '../../src/verify/start.js';

describe('createArgs', () => {
  it('creates with a name and the managed label, and nothing else by default', () => {
    expect(createArgs('img:1', { name: 'n1' })).toEqual([
      'create',
      '--name',
      'n1',
      '--label',
      'dev.shipshape.managed=1',
      'img:1',
    ]);
  });

  it('adds --user only when given and passes the run command as arguments after the image', () => {
    expect(createArgs('img', { name: 'n', user: '1000:1000', runCommand: ['--version'] }).slice(-4)).toEqual([
      '--user',
      '1000:1000',
      'img',
      '--version',
    ]);
    expect(createArgs('img', { name: 'n', user: null, runCommand: [] })).not.toContain('--user');
  });

  it('puts published ports and extra flags before the image', () => {
    const args = createArgs('img', {
      name: 'n',
      publish: ['--publish', '127.0.0.1::8080/tcp'],
      flags: ['--read-only'],
      runCommand: ['x'],
    });
    expect(args.slice(-5)).toEqual(['--publish', '127.0.0.1::8080/tcp', '--read-only', 'img', 'x']);
  });
});

describe('inspect parsing', () => {
  it('reads the run config of an image', () => {
    const json = JSON.stringify({
      User: '10001',
      Entrypoint: ['/app'],
      Cmd: null,
      ExposedPorts: { '8080/tcp': {} },
      WorkingDir: '/srv',
    });
    expect(parseImageConfig(json)).toEqual({
      user: '10001',
      entrypoint: ['/app'],
      cmd: null,
      exposedPorts: ['8080/tcp'],
      workingDir: '/srv',
      env: [],
      stopSignal: null,
    });
    expect(parseImageConfig('{}').user).toBe('');
  });

  it('gives no exit code for a running or never-started container', () => {
    expect(parseContainerState('{"Status":"running","Running":true,"Pid":42,"ExitCode":0}')).toMatchObject({
      running: true,
      exitCode: null,
      pid: 42,
    });
    expect(
      parseContainerState('{"Status":"created","Running":false,"ExitCode":0,"Error":"exec failed"}'),
    ).toMatchObject({ exitCode: null, error: 'exec failed' });
    expect(parseContainerState('{"Status":"exited","Running":false,"ExitCode":3}').exitCode).toBe(3);
  });
});

describe('engineReason', () => {
  it('keeps the daemon message and drops the CLI help trailer', () => {
    const stderr =
      'docker: Error response from daemon: unable to find user nobody-here: no matching entries in passwd file.\n' +
      "Run 'docker run --help' for more information\n";
    expect(engineReason(stderr)).toBe('unable to find user nobody-here: no matching entries in passwd file.');
    expect(engineReason('')).toBe('');
  });
});

describe('userOrigin', () => {
  it.each([
    { input: 'app', config: '', declared: undefined, origin: 'input' },
    { input: null, config: '', declared: undefined, origin: 'default' },
    { input: null, config: '10001', declared: '10001', origin: 'image' },
    { input: null, config: '10001', declared: undefined, origin: 'image' },
    { input: null, config: '1000', declared: null, origin: 'base-image' },
  ])(
    'input $input, Config.User "$config", declared $declared → $origin',
    ({ input, config, declared, origin }) => {
      expect(userOrigin(input, config, declared)).toBe(origin);
    },
  );
});

describe('engineReason for docker start', () => {
  it('keeps the daemon message and drops the "failed to start containers" trailer', () => {
    const stderr =
      'Error response from daemon: unable to find user app: no matching entries in passwd file\n' +
      'Error: failed to start containers: shipshape-verify-abc\n';
    expect(engineReason(stderr)).toBe('unable to find user app: no matching entries in passwd file');
  });
});

describe('parseSecurityOptions', () => {
  it.each([
    { json: '["name=seccomp,profile=default"]', userns: false, rootless: false },
    { json: '["name=seccomp,profile=default","name=userns"]', userns: true, rootless: false },
    {
      json: '["name=seccomp,profile=default","name=rootless","name=cgroupns"]',
      userns: false,
      rootless: true,
    },
    { json: 'null', userns: false, rootless: false },
  ])('$json', ({ json, userns, rootless }) => {
    expect(parseSecurityOptions(json)).toEqual({ usernsRemap: userns, rootless });
  });
});

describe('engineReason for runc failures', () => {
  it('keeps only the clause that names the problem', () => {
    const error =
      'Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: ' +
      'unable to start container process: exec: "/no/such/app": stat /no/such/app: no such file or directory: unknown\n' +
      'Error: failed to start containers: c1\n';
    expect(engineReason(error)).toBe('exec: "/no/such/app": stat /no/such/app: no such file or directory');
  });
});
