import { describe, expect, it } from 'vitest';
import { analyse, biggestContributor } from '../../src/measure/analysis.js';
import { readImageArchive } from '../../src/measure/archive.js';
import { parseDockerfile } from '../../src/dockerfile/model.js';
import { stageChain } from '../../src/dockerfile/stages.js';
import { resolveImage } from '../../src/measure/resolve.js';
import type { LayerAnalysis } from '../../src/measure/types.js';
import { chunked, legacyArchive, packTar } from './tars.js';

const DOCKERFILE = [
  'FROM debian:bookworm', // 1
  'ENV A=1', // 2
  'RUN fetch > /tmp/big', // 3
  'RUN rm /tmp/big', // 4
  'COPY . /app', // 5
  'USER 1000', // 6
].join('\n');

async function fixture() {
  const layers = [
    await packTar([{ name: 'bin/sh', content: Buffer.alloc(100_000) }]),
    await packTar([{ name: 'tmp/big', content: Buffer.alloc(5000, 1) }]),
    await packTar([{ name: 'tmp/.wh.big', content: '' }]),
    await packTar([
      { name: 'app/main.py', content: 'print(1)\n' },
      { name: 'app/__pycache__/main.pyc', content: Buffer.alloc(300) },
      { name: 'app/Dockerfile', content: DOCKERFILE },
    ]),
  ];
  const history = [
    { created_by: '/bin/sh -c #(nop) ADD file:abc in / ' },
    { created_by: '/bin/sh -c #(nop)  CMD ["bash"]', empty_layer: true },
    { created_by: 'ENV A=1', empty_layer: true },
    { created_by: 'RUN /bin/sh -c fetch > /tmp/big # buildkit' },
    { created_by: 'RUN /bin/sh -c rm /tmp/big # buildkit' },
    { created_by: 'COPY . /app # buildkit' },
    { created_by: 'USER 1000', empty_layer: true },
  ];
  const { archive } = await legacyArchive(layers, { history });
  return resolveImage(await readImageArchive(chunked(archive, 8192)));
}

describe('analyse with a Dockerfile', () => {
  it('maps layers to lines, tells the base by history and attributes waste and junk to lines', async () => {
    const a = analyse(await fixture(), { chain: stageChain(parseDockerfile(DOCKERFILE)) });
    expect(a.layers.map((l) => [l.line, l.origin, l.instruction])).toEqual([
      [null, 'base', 'ADD file:abc in /'],
      [3, 'own', 'RUN fetch > /tmp/big'],
      [4, 'own', 'RUN rm /tmp/big'],
      [5, 'own', 'COPY . /app'],
    ]);
    expect(a.baseMatchedBy).toBe('history');
    expect(a.baseImage).toBe('debian:bookworm');
    expect([a.baseBytes, a.ownBytes]).toEqual([100_000, 5000 + 9 + 300 + DOCKERFILE.length]);
    expect(a.reclaimableBytes).toBe(5000);
    expect(a.waste).toEqual([
      {
        path: 'tmp/big',
        bytes: 5000,
        files: 1,
        how: 'deleted',
        written: { layer: 1, line: 3, instruction: 'RUN fetch > /tmp/big', stage: '0' },
        removed: { layer: 2, line: 4, instruction: 'RUN rm /tmp/big', stage: '0' },
        writtenLine: 3,
        removedLine: 4,
      },
    ]);
    expect(a.junk.map((j) => [j.kind, j.path, j.bytes, j.line, j.fromBase])).toEqual([
      ['pycache', 'app/__pycache__', 300, 5, false],
      ['dockerfile', 'app/Dockerfile', DOCKERFILE.length, 5, false],
    ]);
    expect(a.biggestContributor).toBe('the base image debian:bookworm: 100 kB');
  });

  it('without a Dockerfile: no lines, base unknown, history text cleaned up, no context junk', async () => {
    const a = analyse(await fixture());
    expect(a.layers.map((l) => [l.line, l.origin])).toEqual([
      [null, 'unknown'],
      [null, 'unknown'],
      [null, 'unknown'],
      [null, 'unknown'],
    ]);
    expect(a.layers[1]!.instruction).toBe('RUN fetch > /tmp/big');
    expect(a.layers[1]!.instructionKey).toBe('RUN /bin/sh -c fetch > /tmp/big');
    expect([a.baseBytes, a.ownBytes, a.baseMatchedBy]).toEqual([null, null, null]);
    expect(a.reclaimableBytes).toBe(5000);
    expect(a.junk).toEqual([]);
  });

  it('sums compressed sizes only when every layer has one', async () => {
    const resolved = await fixture();
    const all = analyse(resolved, {
      compressed: { source: 'computed', layers: [1, 2, 3, 4].map((n) => ({ sizeBytes: n, digest: null })) },
    });
    expect([all.compressedSizeBytes, all.compressedSource, all.layers[3]!.compressedSizeBytes]).toEqual([
      10,
      'computed',
      4,
    ]);
    const partial = analyse(resolved, {
      compressed: { source: 'computed', layers: [{ sizeBytes: 1, digest: null }] },
    });
    expect([partial.compressedSizeBytes, partial.compressedSource]).toEqual([null, null]);
  });
});

describe('biggestContributor', () => {
  const layer = (index: number, sizeBytes: number, origin: LayerAnalysis['origin'], line: number | null) =>
    ({ index, sizeBytes, origin, line, instruction: line ? `RUN step ${line}` : null }) as LayerAnalysis;
  it('names the biggest own layer when it outweighs the base', () => {
    expect(biggestContributor([layer(0, 10, 'base', null), layer(1, 82_000_000, 'own', 4)], 10, 'x')).toBe(
      'RUN step 4 (line 4): 82 MB',
    );
  });
  it('names a layer without a line by its position, and nothing for an empty image', () => {
    expect(biggestContributor([layer(0, 5000, 'unknown', null)], null, null)).toBe('layer 1: 5 kB');
    expect(biggestContributor([], null, null)).toBeNull();
  });
});
