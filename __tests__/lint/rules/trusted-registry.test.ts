import { describe, expect, it } from 'vitest';
import rule, { registryMatches } from '../../../src/lint/rules/trusted-registry.js';
import { ruleTester } from '../rule-tester.js';

const trusted = (...trustedRegistries: string[]) => ({ settings: { trustedRegistries } });

ruleTester(rule, {
  valid: [
    // hadolint's DL3026 spec
    { code: 'FROM random.com/debian', name: 'no trusted registries configured: nothing to check' },
    { code: 'FROM random.com/debian', ...trusted('x.com', 'random.com') },
    { code: 'FROM scratch', ...trusted('x.com', 'random.com') },
    {
      code: 'FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\nFROM docker.io/zemanlx/ubuntu:18.04 AS builder3',
      name: 'all forms of docker.io',
      ...trusted('docker.io'),
    },
    { code: 'FROM ubuntu:24.04', name: 'hub.docker.com', ...trusted('hub.docker.com') },
    {
      code: 'FROM random.com/foo AS builder1\nFROM builder1 AS builder2',
      name: 'earlier stage',
      ...trusted('random.com'),
    },
    { code: 'FROM foo.random.com/debian', name: 'wildcard', ...trusted('x.com', '*.random.com') },
    { code: 'FROM registry.example.com/debian', name: 'prefix wildcard', ...trusted('registry.*') },
    {
      code: 'FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\nFROM docker.io/zemanlx/ubuntu:18.04 AS builder3',
      name: '* trusts everything',
      ...trusted('*'),
    },
    {
      code: 'FROM trusted.com/a\nCOPY --from=trusted.com/repo/image:tag /foo /bar',
      ...trusted('trusted.com'),
    },
    {
      code: 'FROM trusted.com/a AS b\nFROM trusted.com/a\nCOPY --from=b /foo /bar',
      name: 'COPY from a stage',
      ...trusted('trusted.com'),
    },
    {
      code: 'FROM trusted.com/a\nFROM trusted.com/b\nCOPY --from=0 /foo /bar',
      name: 'COPY from a stage index',
      ...trusted('trusted.com'),
    },
    {
      code: 'FROM trusted.com/a\nRUN --mount=type=bind,from=trusted.com/repo/image:tag,target=/foo foobar',
      ...trusted('trusted.com'),
    },
    {
      code: 'FROM trusted.com/a\nRUN --mount=type=cache,from=trusted.com/repo/image:tag,target=/foo foobar',
      ...trusted('trusted.com'),
    },
    {
      code: 'FROM trusted.com/a\nRUN --mount=type=cache,target=/root/.cache pip install x',
      name: 'mount without from',
      ...trusted('trusted.com'),
    },
    {
      code: 'FROM trusted.com/a\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci',
      ...trusted('trusted.com'),
    },
    { code: 'FROM localhost:5000/app:1', ...trusted('localhost:5000') },
  ],
  invalid: [
    { code: 'FROM random.com/debian', lines: [1], ...trusted('docker.io') },
    { code: 'FROM x.com/debian', lines: [1], name: 'wildcard does not match', ...trusted('*.random.com') },
    {
      code: 'FROM trusted.com/a\nCOPY --from=untrusted.com/repo/image:tag /foo /bar',
      lines: [2],
      ...trusted('trusted.com'),
    },
    {
      code: 'FROM trusted.com/a\nRUN --mount=type=bind,from=untrusted.com/repo/image:tag,target=/foo foobar',
      lines: [2],
      ...trusted('trusted.com'),
    },
    {
      code: 'FROM trusted.com/a\nRUN --mount=type=cache,from=untrusted.com/repo/image:tag,target=/foo foobar',
      lines: [2],
      ...trusted('trusted.com'),
    },
    {
      code: 'FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\nFROM docker.io/zemanlx/ubuntu:18.04 AS builder3',
      lines: [1, 2, 3],
      name: 'docker.io is not trusted when other registries are',
      ...trusted('trusted.com'),
    },
    {
      code: 'FROM builder AS builder\nFROM builder',
      lines: [1],
      name: 'an alias counts only after its FROM',
      ...trusted('trusted.com'),
    },
    { code: 'from ghcr.io/org/app:1', lines: [1], name: 'lower case', ...trusted('quay.io') },
  ],
});

describe('registryMatches', () => {
  it('matches exact, suffix, prefix and any', () => {
    expect(registryMatches('ghcr.io', 'ghcr.io')).toBe(true);
    expect(registryMatches('ghcr.io', 'ghcr.io.evil.com')).toBe(false);
    expect(registryMatches('*.example.com', 'a.example.com')).toBe(true);
    expect(registryMatches('*.example.com', 'example.com')).toBe(false);
    expect(registryMatches('registry.*', 'registry.local')).toBe(true);
    expect(registryMatches('*', 'anything')).toBe(true);
  });
});
