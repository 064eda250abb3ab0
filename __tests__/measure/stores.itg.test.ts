// The same Dockerfile measured on both image stores gives the same figures. scripts/test.sh runs
// the integration suite on the containerd store, then on the classic store with
// SHIPSHAPE_COMPARE_STORES=containerd: each pass records what it measured in
// SHIPSHAPE_STORE_FIGURES, and the second pass compares with the first (a missing record fails).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nullLogger } from '../../src/log.js';
import { measureImage } from '../../src/measure/index.js';
import { BASE_DEBIAN, buildImage, engineStore, removeImage, savedImage } from '../support/docker.js';

// Deterministic content: the same files on every run and either store (no random data; each store
// writes its own layer tars, so diff IDs may differ, but not what is in them), a symlink and a hard link (which the stores' own counts treat differently), and a
// deletion.
const DOCKERFILE = [
  `FROM ${BASE_DEBIAN}`,
  'COPY app.txt /srv/app.txt',
  'RUN seq 1 200000 > /srv/numbers && ln -s /srv/numbers /srv/link && ln /srv/numbers /srv/hard',
  'RUN rm -rf /usr/share/doc',
  'USER 1000',
].join('\n');

interface StoreFigures {
  store: string;
  sizeBytes: number;
  layerPayloads: number[];
  layerCount: number;
  reclaimableBytes: number | null;
  configUser: string;
}

let image = '';
beforeAll(() => {
  image = buildImage('stores', DOCKERFILE, { 'app.txt': 'the same on both stores\n' });
}, 600_000);
afterAll(() => removeImage(image));

describe('figures that mean the same on both image stores', () => {
  it('measures the payload GNU tar lists, and records it for the other store’s pass', async () => {
    const store = engineStore();
    const measured = await measureImage(image, { log: nullLogger, compressed: false });
    const saved = savedImage(image);
    const figures: StoreFigures = {
      store,
      sizeBytes: measured.sizeBytes,
      layerPayloads: measured.layers.map((l) => l.sizeBytes),
      layerCount: measured.layerCount,
      reclaimableBytes: measured.reclaimableBytes,
      configUser: measured.config.user,
    };
    expect(figures.layerPayloads).toEqual(saved.layers.map((l) => l.payload));
    const dir = process.env.SHIPSHAPE_STORE_FIGURES;
    if (dir) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${store}.json`), JSON.stringify(figures, null, 2));
    }

    const other = process.env.SHIPSHAPE_COMPARE_STORES;
    if (other) {
      expect(other).not.toBe(store);
      const path = join(dir ?? '', `${other}.json`);
      expect(existsSync(path), `${path}: the ${other} store's pass recorded nothing`).toBe(true);
      const theirs = JSON.parse(readFileSync(path, 'utf8')) as StoreFigures;
      expect({ ...figures, store: other }).toEqual(theirs);
    }
  });
});
