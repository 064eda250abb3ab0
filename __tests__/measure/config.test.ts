import { describe, expect, it } from 'vitest';
import { layerHistoryIndexes, platformOf, summarizeConfig } from '../../src/measure/config.js';

describe('summarizeConfig', () => {
  it('keeps env names only, sorts ports, and fills absent fields', () => {
    expect(
      summarizeConfig({
        User: '10001:10001',
        Entrypoint: ['tini', '--'],
        Cmd: ['gunicorn', 'app:app'],
        ExposedPorts: { '8080/tcp': {}, '443/tcp': {} },
        Env: ['PATH=/usr/bin', 'TOKEN=abc=def', 'EMPTY='],
        Labels: { 'org.opencontainers.image.source': 'https://example.test' },
        WorkingDir: '/app',
        Healthcheck: { Test: ['CMD', 'true'] },
      }),
    ).toEqual({
      user: '10001:10001',
      entrypoint: ['tini', '--'],
      cmd: ['gunicorn', 'app:app'],
      exposedPorts: ['443/tcp', '8080/tcp'],
      envNames: ['PATH', 'TOKEN', 'EMPTY'],
      labels: { 'org.opencontainers.image.source': 'https://example.test' },
      workingDir: '/app',
      healthcheck: ['CMD', 'true'],
    });
  });

  it('summarises a missing config as nothing set', () => {
    expect(summarizeConfig(null)).toEqual({
      user: '',
      entrypoint: null,
      cmd: null,
      exposedPorts: [],
      envNames: [],
      labels: {},
      workingDir: '',
      healthcheck: null,
    });
  });
});

describe('platformOf', () => {
  it.each([
    [{ os: 'linux', architecture: 'amd64' }, 'linux/amd64'],
    [{ os: 'linux', architecture: 'arm', variant: 'v7' }, 'linux/arm/v7'],
  ])('%o → %s', (config, platform) => expect(platformOf(config)).toBe(platform));
});

describe('layerHistoryIndexes', () => {
  it('skips config-only entries so the rest line up with the layers', () => {
    const history = [
      { created_by: 'ADD rootfs' },
      { created_by: 'ENV A=1', empty_layer: true },
      { created_by: 'RUN make' },
    ];
    expect(layerHistoryIndexes(history, 2)).toEqual([0, 2]);
  });

  it('attributes nothing when history and layers disagree', () => {
    expect(layerHistoryIndexes([{ created_by: 'RUN a' }], 2)).toEqual([null, null]);
    expect(layerHistoryIndexes(undefined, 1)).toEqual([null]);
  });
});
