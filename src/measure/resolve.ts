// Decides, once an archive was read, which config and which layers (in order) make the image.
import { createHash } from 'node:crypto';
import type { ImageArchive } from './archive.js';
import { ArchiveError } from './archive.js';
import type { LayerScan } from './layer.js';
import type { ImageConfigFile } from './types.js';

export type ArchiveFormat = 'docker-archive' | 'oci-layout';

export interface ResolvedImage {
  format: ArchiveFormat;
  /** "sha256:…" of the config document: the image ID the classic store shows. */
  id: string;
  /** Digest of the image manifest the archive's OCI index points to; null in a legacy archive. */
  manifestDigest: string | null;
  config: ImageConfigFile;
  /** In order, bottom first; `path` is where the layer sat in the archive. */
  layers: { diffId: string; path: string; scan: LayerScan }[];
}

interface LegacyManifestEntry {
  Config: string;
  Layers: string[];
}

interface Descriptor {
  mediaType?: string;
  digest: string;
  platform?: { os?: string; architecture?: string; variant?: string };
  annotations?: Record<string, string>;
}

const INDEX_TYPES = new Set([
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
]);

function parseJson<T>(archive: ImageArchive, path: string): T {
  const bytes = archive.documents.get(path);
  if (!bytes) throw new ArchiveError(`the image archive has no ${path}`);
  try {
    return JSON.parse(bytes.toString('utf8')) as T;
  } catch (e) {
    throw new ArchiveError(`${path} in the image archive is not JSON: ${(e as Error).message}`);
  }
}

/** "sha256:…" of a blob path ("blobs/sha256/…"); null for a path that names no blob. */
export function digestOfBlobPath(path: string): string | null {
  const m = /^blobs\/([a-z0-9]+)\/([0-9a-f]+)$/.exec(path);
  return m ? `${m[1]}:${m[2]}` : null;
}

function blobPath(digest: string): string {
  const [algorithm, hex] = digest.split(':');
  if (!algorithm || !hex) throw new ArchiveError(`"${digest}" is not a digest`);
  return `blobs/${algorithm}/${hex}`;
}

function assemble(
  archive: ImageArchive,
  format: ArchiveFormat,
  configPath: string,
  layerPaths: string[],
  manifestDigest: string | null,
): ResolvedImage {
  const configBytes = archive.documents.get(configPath);
  if (!configBytes) throw new ArchiveError(`the image archive has no config ${configPath}`);
  const config = parseJson<ImageConfigFile>(archive, configPath);
  const diffIds = config.rootfs?.diff_ids ?? [];
  if (diffIds.length !== layerPaths.length) {
    throw new ArchiveError(
      `the image config lists ${diffIds.length} layers but the manifest ${layerPaths.length}; the archive is inconsistent`,
    );
  }
  const layers = layerPaths.map((path, i) => {
    const scan = archive.layers.get(path);
    if (!scan) throw new ArchiveError(`the image archive has no layer ${path}`);
    return { diffId: diffIds[i]!, path, scan };
  });
  const id = `sha256:${createHash('sha256').update(configBytes).digest('hex')}`;
  return { format, id, manifestDigest, config, layers };
}

function isAttestation(d: Descriptor): boolean {
  return d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest';
}

function pickManifest(archive: ImageArchive, descriptors: Descriptor[], platform: string | null): Descriptor {
  const candidates: Descriptor[] = [];
  for (const d of descriptors) {
    if (isAttestation(d)) continue;
    if (d.mediaType && INDEX_TYPES.has(d.mediaType)) {
      const nested = parseJson<{ manifests?: Descriptor[] }>(archive, blobPath(d.digest));
      candidates.push(pickManifest(archive, nested.manifests ?? [], platform));
    } else candidates.push(d);
  }
  if (platform) {
    const match = candidates.find(
      (d) =>
        d.platform &&
        [d.platform.os, d.platform.architecture, d.platform.variant].filter(Boolean).join('/') === platform,
    );
    if (match) return match;
  }
  const first = candidates[0];
  if (!first) throw new ArchiveError('the OCI index of the image archive lists no image manifest');
  return first;
}

/**
 * Legacy archives are resolved through manifest.json (Docker 25+ writes it next to the OCI
 * layout, so it serves both); otherwise through index.json. `platform` ("linux/amd64") picks
 * one image out of a multi-platform OCI index.
 */
export function resolveImage(archive: ImageArchive, platform: string | null = null): ResolvedImage {
  if (archive.documents.has('manifest.json')) {
    const manifest = parseJson<LegacyManifestEntry[]>(archive, 'manifest.json');
    const entry = manifest[0];
    if (!entry) throw new ArchiveError('manifest.json in the image archive lists no image');
    const oci = archive.documents.has('index.json');
    const manifestDigest = oci
      ? pickManifest(
          archive,
          parseJson<{ manifests?: Descriptor[] }>(archive, 'index.json').manifests ?? [],
          platform,
        ).digest
      : null;
    return assemble(
      archive,
      oci ? 'oci-layout' : 'docker-archive',
      entry.Config,
      entry.Layers,
      manifestDigest,
    );
  }
  if (archive.documents.has('index.json')) {
    const index = parseJson<{ manifests?: Descriptor[] }>(archive, 'index.json');
    const descriptor = pickManifest(archive, index.manifests ?? [], platform);
    const manifest = parseJson<{ config: Descriptor; layers: Descriptor[] }>(
      archive,
      blobPath(descriptor.digest),
    );
    return assemble(
      archive,
      'oci-layout',
      blobPath(manifest.config.digest),
      manifest.layers.map((l) => blobPath(l.digest)),
      descriptor.digest,
    );
  }
  throw new ArchiveError('not an image archive: neither manifest.json nor index.json found');
}
