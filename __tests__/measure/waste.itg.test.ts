// Reclaimable waste, junk and per-instruction attribution on real BuildKit images, compared with
// what the fixture wrote and with the layers' own tar listings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nullLogger } from '../../src/log.js';
import { parseDockerfile } from '../../src/dockerfile/model.js';
import { stageChain } from '../../src/dockerfile/stages.js';
import { measureImage, type ImageAnalysis } from '../../src/measure/index.js';
import { BASE_DEBIAN, buildImage, dockerOut, removeImage, savedLayers } from '../support/docker.js';

const DOCKERFILE = [
  `FROM ${BASE_DEBIAN}`, // 1
  'RUN head -c 5000000 /dev/urandom > /tmp/big', // 2
  'RUN rm /tmp/big', // 3
  'RUN head -c 1000 /dev/urandom > /f', // 4
  'RUN head -c 2000 /dev/urandom > /f', // 5
  'RUN head -c 3000 /dev/urandom > /f', // 6
  'RUN mkdir -p /var/lib/apt/lists && head -c 4000 /dev/urandom > /var/lib/apt/lists/example_InRelease', // 7
  'COPY app/ /app/', // 8
  'USER 1000', // 9
].join('\n');

const CONTEXT = {
  'app/main.py': 'print("hi")\n',
  'app/__pycache__/main.cpython-311.pyc': 'x'.repeat(700),
  'app/.git/HEAD': 'ref: refs/heads/main\n',
  'app/tests/test_main.py': 'def test(): pass\n',
};

let image = '';
let measured: ImageAnalysis;

beforeAll(async () => {
  image = buildImage('measure-waste', DOCKERFILE, CONTEXT);
  measured = await measureImage(image, {
    log: nullLogger,
    chain: stageChain(parseDockerfile(DOCKERFILE)),
  });
}, 600_000);

afterAll(() => removeImage(image));

describe('reclaimable waste', () => {
  it('a file written in one RUN and deleted in the next counts exactly its bytes, attributed to both lines', () => {
    const big = measured.waste.find((w) => w.path === 'tmp/big');
    expect(big).toMatchObject({ bytes: 5_000_000, files: 1, how: 'deleted', writtenLine: 2, removedLine: 3 });
    // The layer that wrote it holds exactly those bytes, as GNU tar lists them.
    const written = measured.layers.find((l) => l.line === 2)!;
    expect(big!.bytes).toBe(savedLayers(image)[written.index]!.payload);
    expect(big!.written.instruction).toBe('RUN head -c 5000000 /dev/urandom > /tmp/big');
    expect(big!.removed.instruction).toBe('RUN rm /tmp/big');
  });

  it('a file written three times counts two copies', () => {
    const copies = measured.waste.filter((w) => w.path === 'f');
    expect(copies.map((w) => [w.bytes, w.writtenLine, w.removedLine, w.how])).toEqual([
      [2000, 5, 6, 'overwritten'],
      [1000, 4, 5, 'overwritten'],
    ]);
    expect(measured.layers.find((l) => l.line === 6)!.sizeBytes).toBe(3000);
  });

  it('the total is those copies, counted once, and per-layer figures agree', () => {
    expect(measured.reclaimableBytes).toBe(5_000_000 + 1000 + 2000);
    expect(measured.layers.find((l) => l.line === 2)!.wastedBytes).toBe(5_000_000);
    expect(measured.layers.find((l) => l.line === 3)!.hidesBytes).toBe(5_000_000);
  });
});

describe('layers and lines', () => {
  it('maps every own layer to its instruction and line, and the base by its diff IDs', () => {
    const base = JSON.parse(
      dockerOut(['image', 'inspect', '--format', '{{json .RootFS.Layers}}', BASE_DEBIAN]),
    ) as string[];
    expect(measured.baseMatchedBy).toBe('diff-ids');
    expect(measured.baseImage).toBe(BASE_DEBIAN);
    expect(measured.layers.filter((l) => l.fromBase).map((l) => l.diffId)).toEqual(base);
    expect(measured.layers.filter((l) => !l.fromBase).map((l) => l.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(measured.layers.filter((l) => l.fromBase).every((l) => l.line === null)).toBe(true);
    expect(measured.layers.map((l) => l.sizeBytes)).toEqual(savedLayers(image).map((l) => l.payload));
    expect(measured.biggestContributor).toMatch(
      /^the base image shipshape\.local\/debian:bookworm: \d+(\.\d+)? MB$/,
    );
  });

  it('tells the base apart by history when the base image is not in the engine', async () => {
    const byHistory = await measureImage(image, {
      log: nullLogger,
      chain: stageChain(parseDockerfile(DOCKERFILE)),
      baseImage: null,
      compressed: false,
    });
    expect(byHistory.baseMatchedBy).toBe('history');
    expect(byHistory.layers.map((l) => l.fromBase)).toEqual(measured.layers.map((l) => l.fromBase));
  });
});

describe('junk in the final image', () => {
  it('finds apt lists from a RUN and bytecode, .git and tests copied from the context, each with its line', () => {
    const byKind = Object.fromEntries(measured.junk.map((j) => [j.kind, j]));
    expect(byKind['apt-lists']).toMatchObject({ bytes: 4000, files: 1, line: 7, path: 'var/lib/apt/lists' });
    expect(byKind.pycache).toMatchObject({ bytes: 700, files: 1, line: 8, path: 'app/__pycache__' });
    expect(byKind.git).toMatchObject({ bytes: CONTEXT['app/.git/HEAD'].length, line: 8, path: 'app/.git' });
    expect(byKind.tests).toMatchObject({
      bytes: CONTEXT['app/tests/test_main.py'].length,
      line: 8,
      path: 'app/tests',
    });
    expect(measured.junk.every((j) => !j.fromBase)).toBe(true);
    expect(measured.junkBytes).toBe(measured.junk.reduce((s, j) => s + j.bytes, 0));
  });
});
