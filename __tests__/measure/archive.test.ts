import { describe, expect, it } from 'vitest';
import { readImageArchive } from '../../src/measure/archive.js';
import { analyse, baseLayerCount } from '../../src/measure/index.js';
import { resolveImage } from '../../src/measure/resolve.js';
import { gzipSync } from 'node:zlib';
import { chunked, legacyArchive, ociArchive, packTar } from './tars.js';

async function twoLayers(): Promise<Buffer[]> {
  return [
    await packTar([
      { name: 'bin', type: 'directory' },
      { name: 'bin/tool', content: Buffer.alloc(3000, 1) },
      { name: 'bin/alias', type: 'symlink', linkname: 'tool' },
    ]),
    await packTar([
      { name: 'app', type: 'directory' },
      { name: 'app/data', content: Buffer.alloc(1234, 2) },
      { name: 'bin/.wh.alias', content: '' },
    ]),
  ];
}

describe('reading and resolving image archives', () => {
  it('reads the legacy docker save layout: layers in manifest order, sized by their file payload', async () => {
    const layers = await twoLayers();
    const { archive, configId } = await legacyArchive(layers);
    const resolved = resolveImage(await readImageArchive(chunked(archive, 4096)));
    expect(resolved.format).toBe('docker-archive');
    expect(resolved.id).toBe(configId);
    const analysis = analyse(resolved);
    expect(analysis.layers.map((l) => [l.sizeBytes, l.tarBytes, l.entryCount, l.createdBy])).toEqual([
      [3000, layers[0]!.length, 3, 'RUN step 0'], // payload: the symlink adds nothing
      [1234, layers[1]!.length, 3, 'RUN step 1'],
    ]);
    expect(analysis.sizeBytes).toBe(4234);
    expect([analysis.configDigest, analysis.manifestDigest]).toEqual([configId, null]);
    expect(analysis.engineSizeBytes).toBeNull();
    expect(analysis.layerCount).toBe(2);
    expect(analysis.config.envNames).toEqual(['PATH', 'SECRET']);
    expect(JSON.stringify(analysis)).not.toContain('hunter2');
    expect(analysis.platform).toBe('linux/amd64');
  });

  it('gives the same figures from an OCI layout, with plain or gzip-compressed layers', async () => {
    const layers = await twoLayers();
    const legacy = analyse(
      resolveImage(await readImageArchive(chunked((await legacyArchive(layers)).archive, 1000))),
    );
    for (const gzip of [false, true]) {
      const { archive, configId } = await ociArchive(layers, { gzip });
      const resolved = resolveImage(await readImageArchive(chunked(archive, 1000)));
      expect(resolved.format).toBe('oci-layout');
      expect(resolved.id).toBe(configId);
      expect(resolved.manifestDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
      // A gzip layer keeps the size of the blob it came in: the exact compressed size.
      expect(resolved.layers.map((l) => l.scan.gzipBytes)).toEqual(
        gzip ? layers.map((l) => gzipSync(l).length) : [null, null],
      );
      const oci = analyse(resolved);
      expect({ ...oci, source: 'x', manifestDigest: null }).toEqual({ ...legacy, source: 'x' });
    }
  });

  it('tells layers that add content from empty ones', async () => {
    const empty = await packTar([]);
    const full = await packTar([{ name: 'f', content: 'x' }]);
    const { archive } = await legacyArchive([full, empty]);
    const analysis = analyse(resolveImage(await readImageArchive(chunked(archive, 512))));
    expect(analysis.layers.map((l) => l.addsContent)).toEqual([true, false]);
    expect(analysis.contentLayerCount).toBe(1);
    expect(analysis.layerCount).toBe(2);
  });

  it('refuses archives whose manifest and config disagree, or that are not image archives', async () => {
    const layers = await twoLayers();
    const { archive } = await legacyArchive(layers, { rootfs: { type: 'layers', diff_ids: ['sha256:aa'] } });
    expect(() => resolveImage({ documents: new Map(), layers: new Map() })).toThrow(/not an image archive/);
    await expect(readImageArchive(chunked(archive, 512)).then((a) => resolveImage(a))).rejects.toThrow(
      /lists 1 layers but the manifest 2/,
    );
  });
});

describe('base layers', () => {
  it.each([
    [['a', 'b', 'c'], ['a', 'b'], 2],
    [['a', 'b'], ['a', 'b'], 2],
    [['a', 'b'], [], 0],
    [['a', 'x', 'c'], ['a', 'b'], null],
    [['a'], ['a', 'b'], null],
  ])('%j on base %j → %j', (image, base, count) => expect(baseLayerCount(image, base)).toBe(count));

  it('splits own bytes from base bytes by diff ID', async () => {
    const layers = await twoLayers();
    const resolved = resolveImage(
      await readImageArchive(chunked((await legacyArchive(layers)).archive, 4096)),
    );
    const baseId = resolved.layers[0]!.diffId;
    const analysis = analyse(resolved, {
      engine: { sizeBytes: null, baseDiffIds: [baseId], baseImage: 'base:1' },
    });
    expect(analysis.layers.map((l) => [l.origin, l.fromBase])).toEqual([
      ['base', true],
      ['own', false],
    ]);
    expect([analysis.baseBytes, analysis.ownBytes, analysis.baseImage]).toEqual([3000, 1234, 'base:1']);
    const unknown = analyse(resolved);
    expect([unknown.baseBytes, unknown.ownBytes, unknown.layers[0]!.origin]).toEqual([null, null, 'unknown']);
  });
});

describe('the engine’s own figure', () => {
  it('is kept beside the payload with the store it came from, and never replaces it', async () => {
    const layers = await twoLayers();
    const resolved = resolveImage(
      await readImageArchive(chunked((await legacyArchive(layers)).archive, 4096)),
    );
    for (const [store, engineBytes] of [
      ['classic', 4238],
      ['containerd', 1900],
    ] as const) {
      const a = analyse(resolved, {
        engine: { imageId: 'sha256:feed', sizeBytes: engineBytes, store, baseDiffIds: null, baseImage: null },
      });
      expect([a.sizeBytes, a.engineSizeBytes, a.engineStore, a.id]).toEqual([
        4234,
        engineBytes,
        store,
        'sha256:feed',
      ]);
    }
  });
});
