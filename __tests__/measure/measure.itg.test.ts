// measureImage against real images, compared with what Docker itself reports for them.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nullLogger } from '../../src/log.js';
import { parseDockerfile } from '../../src/dockerfile/model.js';
import { stageChain } from '../../src/dockerfile/stages.js';
import { measureImage } from '../../src/measure/index.js';
import {
  BASE_DEBIAN,
  buildImage,
  dockerOut,
  engineStore,
  removeImage,
  payloadOf,
  savedImage,
} from '../support/docker.js';

interface Inspected {
  Id: string;
  Size: number;
  RootFS: { Layers: string[] };
  Config: {
    User: string;
    Cmd: string[] | null;
    Entrypoint: string[] | null;
    Env: string[];
    WorkingDir: string;
  };
}

function inspect(ref: string): Inspected {
  return (JSON.parse(dockerOut(['image', 'inspect', ref])) as Inspected[])[0]!;
}

const images: Record<string, string> = {};

const MULTISTAGE = [
  `FROM ${BASE_DEBIAN} AS build`,
  'RUN head -c 200000 /dev/urandom > /artifact',
  'FROM scratch AS final',
  'COPY --from=build /artifact /artifact',
  'COPY busybox /bin/busybox',
].join('\n');

/**
 * What the debian fixture's later layers delete, counted by the base image itself: the files and
 * symlinks (by target length, as lstat reports them) under the removed paths, plus the 9-byte
 * symlink /opt/blob-link -> /opt/blob.
 */
function removedFromDebian(): number {
  const out = execFileSync(
    'docker',
    [
      'run',
      '--rm',
      '--network',
      'none',
      BASE_DEBIAN,
      'find',
      '/var/lib/apt/lists',
      '/usr/share/doc',
      '(',
      '-type',
      'f',
      '-o',
      '-type',
      'l',
      ')',
      '-printf',
      '%s\\n',
    ],
    { encoding: 'utf8' },
  );
  return (
    out
      .split('\n')
      .filter(Boolean)
      .map(Number)
      .reduce((a, b) => a + b, 0) + '/opt/blob'.length
  );
}

beforeAll(() => {
  images.scratch = buildImage(
    'measure-scratch',
    [
      'FROM scratch',
      'COPY busybox /bin/busybox',
      'USER 65534',
      'ENTRYPOINT ["/bin/busybox"]',
      'CMD ["true"]',
    ].join('\n'),
    { busybox: { busybox: true } },
  );
  images.debian = buildImage(
    'measure-debian',
    [
      `FROM ${BASE_DEBIAN}`,
      'RUN head -c 3000000 /dev/urandom > /opt/blob && ln -s /opt/blob /opt/blob-link && ln /opt/blob /opt/blob-hard',
      'RUN rm /opt/blob-link && rm -rf /var/lib/apt/lists /usr/share/doc',
      'ENV SECRET_TOKEN=do-not-report WORKDIR_HINT=1',
      'WORKDIR /srv',
      'COPY app.txt /srv/app.txt',
      'USER 1000:1000',
      'CMD ["bash"]',
    ].join('\n'),
    { 'app.txt': 'hello\n' },
  );
  images.multistage = buildImage('measure-multistage', MULTISTAGE, { busybox: { busybox: true } });
}, 600_000);

afterAll(() => {
  for (const ref of Object.values(images)) removeImage(ref);
});

describe('measureImage reports what Docker and the tar itself report', () => {
  it.each(['scratch', 'debian', 'multistage'])(
    '%s image: size, layer count, diff IDs, image ID and compressed size',
    async (name) => {
      const ref = images[name]!;
      const docker = inspect(ref);
      const { configDigest, layers: saved } = savedImage(ref);
      const store = engineStore();
      const measured = await measureImage(ref, { log: nullLogger });
      // The reference the engine knows, whichever the store: inspect must find it again.
      expect(measured.id).toBe(docker.Id);
      expect(inspect(measured.id).Id).toBe(docker.Id);
      expect(measured.configDigest).toBe(configDigest);
      if (store === 'classic') expect(measured.configDigest).toBe(docker.Id);
      // The uncompressed payload: the regular files GNU tar lists in each layer.
      expect(measured.layers.map((l) => l.sizeBytes)).toEqual(saved.map((l) => l.payload));
      expect(measured.sizeBytes).toBe(saved.reduce((sum, l) => sum + l.payload, 0));
      expect(measured.layerCount).toBe(docker.RootFS.Layers.length);
      expect(measured.layers.map((l) => l.diffId)).toEqual(docker.RootFS.Layers);
      expect([measured.engineSizeBytes, measured.engineStore]).toEqual([docker.Size, store]);
      // Docker 25+ saves an OCI layout on both stores; only the containerd store's layers are gzip.
      expect(measured.source).toBe('oci-layout');
      expect(saved.every((l) => l.gzip)).toBe(store === 'containerd');
      if (store === 'containerd') {
        // The store keeps the layers as gzip blobs: their sizes are the compressed size, exactly.
        expect(saved.every((l) => l.gzip)).toBe(true);
        expect(measured.compressedSource).toBe('stored');
        expect(measured.layers.map((l) => l.compressedSizeBytes)).toEqual(saved.map((l) => l.storedBytes));
      } else {
        // Docker's history lists the layers it built by their payload, newest first, 0 for config-only steps.
        const historySizes = dockerOut([
          'history',
          '--no-trunc',
          '--human=false',
          '--format',
          '{{.Size}}',
          ref,
        ])
          .split('\n')
          .map(Number)
          .reverse();
        // (The imported base's layers it counts unpacked, symlink targets included.)
        const baseCount = name === 'debian' ? inspect(BASE_DEBIAN).RootFS.Layers.length : 0;
        const own = measured.layers
          .slice(baseCount)
          .filter((l) => l.sizeBytes > 0)
          .map((l) => l.sizeBytes);
        for (const size of own) expect(historySizes).toContain(size);
        expect(measured.compressedSource).toBe('computed');
      }
      expect(measured.compressedSizeBytes).toBe(
        measured.layers.reduce((sum, l) => sum + l.compressedSizeBytes!, 0),
      );
      expect(measured.reclaimableBytes).toBe(name === 'debian' ? removedFromDebian() : 0);
    },
  );

  it('measures by image ID as the pipeline passes it, and summarises the config without env values', async () => {
    const docker = inspect(images.debian!);
    const measured = await measureImage(docker.Id, { log: nullLogger, compressed: false });
    expect(measured.id).toBe(docker.Id);
    expect(measured.sizeBytes).toBe(payloadOf(docker.Id));
    expect(measured.config.user).toBe(docker.Config.User);
    expect(measured.config.cmd).toEqual(docker.Config.Cmd);
    expect(measured.config.workingDir).toBe(docker.Config.WorkingDir);
    expect(measured.config.envNames).toEqual(docker.Config.Env.map((e) => e.split('=')[0]));
    expect(JSON.stringify(measured)).not.toContain('do-not-report');
  });

  it('separates the base image’s layers by their diff IDs', async () => {
    const base = inspect(BASE_DEBIAN);
    const measured = await measureImage(images.debian!, {
      log: nullLogger,
      baseImage: BASE_DEBIAN,
      compressed: false,
    });
    const baseCount = base.RootFS.Layers.length;
    const basePayload = payloadOf(BASE_DEBIAN);
    expect(measured.layers.filter((l) => l.fromBase).map((l) => l.diffId)).toEqual(base.RootFS.Layers);
    expect(measured.layers.slice(baseCount).every((l) => l.origin === 'own')).toBe(true);
    expect(measured.baseBytes).toBe(basePayload);
    expect(measured.ownBytes).toBe(measured.sizeBytes - basePayload);
  });

  it('fails with docker’s own message for an image that does not exist', async () => {
    await expect(
      measureImage('shipshape-test/does-not-exist:nope', { log: nullLogger, compressed: false }),
    ).rejects.toThrow(/docker save shipshape-test\/does-not-exist:nope exited/);
  });
});

describe('multi-stage attribution', () => {
  it('maps the final stage’s layers to its lines; FROM scratch means no base layers', async () => {
    const measured = await measureImage(images.multistage!, {
      log: nullLogger,
      chain: stageChain(parseDockerfile(MULTISTAGE)),
      compressed: false,
    });
    expect(measured.layers.map((l) => [l.line, l.stage, l.origin])).toEqual([
      [4, 'final', 'own'],
      [5, 'final', 'own'],
    ]);
    expect([measured.baseBytes, measured.ownBytes, measured.baseImage]).toEqual([
      0,
      measured.sizeBytes,
      'scratch',
    ]);
    expect(measured.layers[0]!.sizeBytes).toBe(200_000);
  });
});

describe('saveAndRead', () => {
  it('stops docker save and reports the reader’s error when reading fails', async () => {
    const { saveAndRead } = await import('../../src/measure/index.js');
    const tap = {
      open: () => ({
        write: () => {
          throw new Error('reader gave up');
        },
        end: () => undefined,
      }),
    };
    await expect(saveAndRead(BASE_DEBIAN, 120_000, { tap })).rejects.toThrow('reader gave up');
  });
});
