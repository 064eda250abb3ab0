// The same image read from the legacy `docker save` archive and from OCI image layouts written by
// skopeo (gzip-compressed layers, and uncompressed ones) gives the same figures.
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse, type AnalyseInput } from '../../src/measure/analysis.js';
import { readImageArchive } from '../../src/measure/archive.js';
import { parseDockerfile } from '../../src/dockerfile/model.js';
import { stageChain } from '../../src/dockerfile/stages.js';
import { saveAndRead } from '../../src/measure/index.js';
import { resolveImage } from '../../src/measure/resolve.js';
import { BASE_DEBIAN, buildImage, dockerOut, payloadOf, removeImage } from '../support/docker.js';

const DOCKERFILE = [
  `FROM ${BASE_DEBIAN}`,
  'RUN head -c 2000000 /dev/urandom > /tmp/big && ln -s /tmp/big /big-link',
  'RUN rm /tmp/big && rm -rf /usr/share/doc',
  'COPY app /app',
  'USER 1000',
].join('\n');

let image = '';
let dir = '';

beforeAll(() => {
  image = buildImage('measure-formats', DOCKERFILE, {
    'app/main.py': 'print(1)\n',
    'app/__pycache__/m.pyc': 'x'.repeat(300),
  });
  dir = mkdtempSync(join(tmpdir(), 'shipshape-oci-'));
}, 600_000);

afterAll(() => {
  removeImage(image);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * skopeo rewrites the image as an OCI archive. It reads a `docker save` file rather than the
 * engine: Debian 12's skopeo speaks an API version Docker 28 no longer accepts.
 */
function skopeoOci(file: string, extra: string[]): void {
  const saved = join(dir, 'saved.tar');
  execFileSync('sh', ['-c', 'docker save "$1" > "$2"', 'sh', image, saved], { timeout: 300_000 });
  try {
    execFileSync('skopeo', ['copy', '-q', ...extra, `docker-archive:${saved}`, `oci-archive:${file}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 300_000,
    });
  } finally {
    rmSync(saved, { force: true });
  }
}

describe('legacy docker save and OCI layout agree', () => {
  it.each([
    ['gzip-compressed layers', []],
    ['uncompressed layers', ['--dest-oci-accept-uncompressed-layers']],
  ])('OCI archive with %s', async (_label, flags) => {
    const file = join(dir, `image-${flags.length}.tar`);
    skopeoOci(file, flags);
    const fromDocker = resolveImage(await saveAndRead(image, 300_000));
    const fromOci = resolveImage(await readImageArchive(createReadStream(file)));
    // Docker 25+ saves an OCI layout on both stores (with manifest.json beside it): plain layer
    // tars on the classic store, the stored gzip blobs on the containerd store.
    expect(fromDocker.format).toBe('oci-layout');
    expect(fromOci.format).toBe('oci-layout');
    // Same inputs besides the archive: what the engine reports for the image and its base.
    const input: AnalyseInput = {
      engine: {
        sizeBytes: Number(dockerOut(['image', 'inspect', '--format', '{{.Size}}', image])),
        baseDiffIds: JSON.parse(
          dockerOut(['image', 'inspect', '--format', '{{json .RootFS.Layers}}', BASE_DEBIAN]),
        ) as string[],
        baseImage: BASE_DEBIAN,
      },
      chain: stageChain(parseDockerfile(DOCKERFILE)),
    };
    const a = analyse(fromDocker, input);
    const b = analyse(fromOci, input);
    // skopeo rewrites the config document and the manifest for OCI, so their digests differ, and
    // the compressed sizes are of its own blobs; nothing else may.
    const unlike = {
      compressedSizeBytes: null,
      compressedSource: null,
      configDigest: '',
      manifestDigest: null,
    };
    const sameLayers = (x: typeof a) =>
      x.layers.map((l) => ({ ...l, compressedSizeBytes: null, digest: null }));
    expect({ ...b, ...unlike, id: a.id, source: a.source, layers: sameLayers(b) }).toEqual({
      ...a,
      ...unlike,
      layers: sameLayers(a),
    });
    expect(a.sizeBytes).toBe(payloadOf(image));
    expect(a.reclaimableBytes).toBeGreaterThanOrEqual(2_000_000);
    expect(b.layers.map((l) => l.diffId)).toEqual(
      JSON.parse(dockerOut(['image', 'inspect', '--format', '{{json .RootFS.Layers}}', image])),
    );
  });
});
