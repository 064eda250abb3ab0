import { describe, expect, it } from 'vitest';
import { manifestDigestFor, repositoryOf } from '../../src/build/platforms.js';

const index = {
  manifests: [
    { digest: 'sha256:amd', platform: { os: 'linux', architecture: 'amd64' } },
    { digest: 'sha256:arm64', platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
    { digest: 'sha256:armv7', platform: { os: 'linux', architecture: 'arm', variant: 'v7' } },
    { digest: 'sha256:att', platform: { os: 'unknown', architecture: 'unknown' } },
  ],
};

describe('manifestDigestFor', () => {
  it.each([
    ['linux/amd64', 'sha256:amd'],
    ['linux/arm64', 'sha256:arm64'],
    ['linux/arm64/v8', 'sha256:arm64'],
    ['linux/arm/v7', 'sha256:armv7'],
    ['linux/arm/v6', null],
    ['linux/s390x', null],
  ])('%s → %s', (platform, digest) => {
    expect(manifestDigestFor(index, platform)).toBe(digest);
  });

  it('is null for a single-platform manifest', () => {
    expect(manifestDigestFor({}, 'linux/amd64')).toBeNull();
  });
});

describe('repositoryOf', () => {
  it.each([
    ['127.0.0.1:5000/team/app:1.2', '127.0.0.1:5000/team/app'],
    ['127.0.0.1:5000/team/app', '127.0.0.1:5000/team/app'],
    ['ghcr.io/o/app@sha256:abc', 'ghcr.io/o/app'],
    ['app:latest', 'app'],
  ])('%s → %s', (ref, repo) => {
    expect(repositoryOf(ref)).toBe(repo);
  });
});
