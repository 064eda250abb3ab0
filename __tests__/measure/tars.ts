// Builds small tar archives in memory for the measure unit tests (layers and whole image archives).
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';

export type TarItem =
  | { name: string; type?: 'file'; content: string | Buffer }
  | { name: string; type: 'directory' }
  | { name: string; type: 'symlink' | 'link'; linkname: string };

export async function packTar(items: TarItem[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const collected = (async () => {
    for await (const c of pack) chunks.push(c as Buffer);
  })();
  for (const item of items) {
    await new Promise<void>((resolve, reject) => {
      const done = (e?: Error | null) => (e ? reject(e) : resolve());
      if (item.type === 'directory') pack.entry({ name: item.name, type: 'directory' }, done);
      else if (item.type === 'symlink' || item.type === 'link')
        pack.entry({ name: item.name, type: item.type, linkname: item.linkname }, done);
      else if ('content' in item) pack.entry({ name: item.name, type: 'file' }, item.content, done);
    });
  }
  pack.finalize();
  await collected;
  return Buffer.concat(chunks);
}

export function sha256(data: Buffer | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

export interface FakeImage {
  config: object;
  layers: Buffer[];
}

function configFor(layers: Buffer[], extra: object = {}): Buffer {
  return Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { User: 'app', Env: ['PATH=/usr/bin', 'SECRET=hunter2'], Cmd: ['app'] },
      rootfs: { type: 'layers', diff_ids: layers.map((l) => sha256(l)) },
      history: layers.map((_, i) => ({ created_by: `RUN step ${i}` })),
      ...extra,
    }),
  );
}

/** The legacy `docker save` layout: <id>.json, <n>/layer.tar, manifest.json (last, as Docker writes it). */
export async function legacyArchive(
  layers: Buffer[],
  extra: object = {},
): Promise<{ archive: Buffer; configId: string }> {
  const config = configFor(layers, extra);
  const configId = sha256(config);
  const hex = configId.slice(7);
  const items: TarItem[] = [{ name: `${hex}.json`, content: config }];
  layers.forEach((layer, i) => {
    items.push({ name: `layer${i}`, type: 'directory' }, { name: `layer${i}/VERSION`, content: '1.0' });
    items.push({ name: `layer${i}/layer.tar`, content: layer });
  });
  items.push({
    name: 'manifest.json',
    content: JSON.stringify([
      { Config: `${hex}.json`, RepoTags: null, Layers: layers.map((_, i) => `layer${i}/layer.tar`) },
    ]),
  });
  return { archive: await packTar(items), configId };
}

/** An OCI image layout (as skopeo's oci-archive writes it), optionally with gzip-compressed layers. */
export async function ociArchive(
  layers: Buffer[],
  options: { gzip?: boolean; extra?: object } = {},
): Promise<{ archive: Buffer; configId: string }> {
  const config = configFor(layers, options.extra);
  const configId = sha256(config);
  const blobs = layers.map((l) => (options.gzip ? gzipSync(l) : l));
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: configId,
        size: config.length,
      },
      layers: blobs.map((b) => ({
        mediaType: options.gzip
          ? 'application/vnd.oci.image.layer.v1.tar+gzip'
          : 'application/vnd.oci.image.layer.v1.tar',
        digest: sha256(b),
        size: b.length,
      })),
    }),
  );
  const index = JSON.stringify({
    schemaVersion: 2,
    manifests: [
      {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: sha256(manifest),
        size: manifest.length,
      },
    ],
  });
  const blob = (b: Buffer): TarItem => ({ name: `blobs/sha256/${sha256(b).slice(7)}`, content: b });
  const items: TarItem[] = [
    { name: 'oci-layout', content: '{"imageLayoutVersion":"1.0.0"}' },
    ...blobs.map(blob),
    blob(config),
    blob(manifest),
    { name: 'index.json', content: index },
  ];
  return { archive: await packTar(items), configId };
}

/** A stream that hands out `data` in chunks of the given size (to cross block boundaries). */
export function chunked(data: Buffer, size: number): Readable {
  const parts: Buffer[] = [];
  for (let i = 0; i < data.length; i += size) parts.push(data.subarray(i, i + size));
  return Readable.from(parts);
}
