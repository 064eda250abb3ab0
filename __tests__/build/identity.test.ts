// What names the built image in the engine, from what buildx wrote. The metadata below is the
// shape buildx 0.29 wrote on Docker 28.5 (containerd store, attestations off), trimmed.
import { describe, expect, it } from 'vitest';
import { imageIdentity } from '../../src/build/identity.js';
import { storeFromDriverStatus } from '../../src/engine.js';

const CONFIG = 'sha256:ececf5e8f4ad4e0bc266b95f226e2bc1d89fe80e5389c3229a3d85247744c604';
const MANIFEST = 'sha256:89d816ea3f8785e58b86fbb8d79c8310d8ed14fb5b170831d12be2bfc17983a5';
const metadata = {
  'containerimage.config.digest': CONFIG,
  'containerimage.descriptor': {
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    digest: MANIFEST,
  },
  'containerimage.digest': MANIFEST,
};

describe('imageIdentity', () => {
  it('names the image by its manifest digest on the containerd store, its config digest on the classic one', () => {
    expect(imageIdentity('containerd', `${CONFIG}\n`, metadata)).toEqual({
      imageId: MANIFEST,
      configDigest: CONFIG,
      manifestDigest: MANIFEST,
    });
    expect(imageIdentity('classic', CONFIG, metadata)).toEqual({
      imageId: CONFIG,
      configDigest: CONFIG,
      manifestDigest: MANIFEST,
    });
  });

  it('falls back to the iid file when buildx wrote no metadata', () => {
    expect(imageIdentity('classic', CONFIG, {})).toEqual({
      imageId: CONFIG,
      configDigest: CONFIG,
      manifestDigest: null,
    });
    expect(imageIdentity('containerd', CONFIG, {}).imageId).toBe(CONFIG);
  });

  it('ignores values that are not digests, and says so when nothing names the image', () => {
    expect(imageIdentity('containerd', CONFIG, { 'containerimage.digest': 'moby-dangling@x' })).toEqual({
      imageId: CONFIG,
      configDigest: CONFIG,
      manifestDigest: null,
    });
    expect(() => imageIdentity('containerd', '', {})).toThrow(
      /neither an image digest .* nor containerimage.digest/,
    );
  });
});

describe('storeFromDriverStatus', () => {
  it.each([
    [[['driver-type', 'io.containerd.snapshotter.v1']], 'containerd'],
    [
      [
        ['Backing Filesystem', 'extfs'],
        ['Supports d_type', 'true'],
        ['Using metacopy', 'false'],
      ],
      'classic',
    ],
    [null, 'classic'],
  ])('%j → %s', (status, store) => expect(storeFromDriverStatus(status)).toBe(store));
});
