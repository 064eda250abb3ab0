// Reads an image archive as a stream: the legacy `docker save` format (manifest.json, <id>.json,
// <layer>/layer.tar) and the OCI image layout (oci-layout, index.json, blobs/sha256/…), which
// Docker 25+ and `skopeo copy … oci-archive:` write. Layers are scanned as they pass and never
// held in memory; only the small JSON documents are kept. Which layer is which is decided after
// the whole archive was read (resolve.ts), because the manifest may come last.
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import { LayerScanner, type LayerScan } from './layer.js';

export interface ImageArchive {
  /** Small metadata documents by archive path (manifest.json, index.json, configs, OCI manifests). */
  documents: Map<string, Buffer>;
  /** Scanned layers by archive path. */
  layers: Map<string, LayerScan>;
}

/** Something that also wants each layer's uncompressed tar bytes (e.g. the compressed-size computation). */
export interface LayerTap {
  /**
   * Called once per layer; `gzip` says whether the archive held it compressed. Returns where the
   * tar's bytes go, or null for a layer this tap does not need.
   */
  open(
    path: string,
    layer: { gzip: boolean },
  ): { write(chunk: Buffer): void | Promise<void>; end(): void | Promise<void> } | null;
}

export interface ReadArchiveOptions {
  tap?: LayerTap;
  /** A layer blob already read in this run (by archive path): its bytes are skipped, not read again. */
  reuse?: (path: string) => LayerScan | null;
}

const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
const GZIP_MAGIC = [0x1f, 0x8b];
/** Larger output chunks than zlib's 16 KiB default: fewer callbacks through the tar scanner. */
const GUNZIP_CHUNK_BYTES = 256 * 1024;

export class ArchiveError extends Error {
  override name = 'ArchiveError';
}

function isLegacyLayer(name: string): boolean {
  return name === 'layer.tar' || name.endsWith('/layer.tar');
}

async function* chunksOf(stream: AsyncIterable<Buffer>, first: Buffer | null): AsyncGenerator<Buffer> {
  if (first) yield first;
  for await (const chunk of stream) yield chunk;
}

async function scanLayer(
  path: string,
  chunks: AsyncIterable<Buffer>,
  first: Buffer | null,
  options: ReadArchiveOptions,
): Promise<LayerScan> {
  const scanner = new LayerScanner();
  if (first && first[0] === GZIP_MAGIC[0] && first[1] === GZIP_MAGIC[1]) {
    // The containerd image store (and skopeo with compression) saves layers as the gzip blobs it
    // keeps. Their size is the exact compressed size, so nothing is tapped to recompress them; the
    // tar inside is what the figures are about, so it is decompressed on the fly.
    const sink = options.tap?.open(path, { gzip: true }) ?? null;
    let gzipBytes = 0;
    const gunzip = createGunzip({ chunkSize: GUNZIP_CHUNK_BYTES });
    const feeding = (async () => {
      for await (const chunk of chunksOf(chunks, first)) {
        gzipBytes += chunk.length;
        if (!gunzip.write(chunk)) await new Promise((r) => gunzip.once('drain', r));
      }
      gunzip.end();
    })();
    feeding.catch((e: unknown) => gunzip.destroy(e as Error));
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      scanner.write(chunk);
      if (sink) await sink.write(chunk);
    }
    await feeding;
    if (sink) await sink.end();
    return { ...scanner.end(), gzipBytes };
  }
  const sink = options.tap?.open(path, { gzip: false }) ?? null;
  for await (const chunk of chunksOf(chunks, first)) {
    scanner.write(chunk);
    if (sink) await sink.write(chunk);
  }
  if (sink) await sink.end();
  return { ...scanner.end(), gzipBytes: null };
}

async function readAll(chunks: AsyncIterable<Buffer>, first: Buffer | null, path: string): Promise<Buffer> {
  const parts: Buffer[] = first ? [first] : [];
  let size = first?.length ?? 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > MAX_DOCUMENT_BYTES)
      throw new ArchiveError(`${path} is larger than a metadata document can be`);
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

export async function readImageArchive(
  source: Readable,
  options: ReadArchiveOptions = {},
): Promise<ImageArchive> {
  const documents = new Map<string, Buffer>();
  const layers = new Map<string, LayerScan>();
  const extract = tar.extract();
  source.on('error', (e) => extract.destroy(e));
  source.pipe(extract);
  for await (const entry of extract) {
    const name = entry.header.name.replace(/^\.\//, '');
    if (entry.header.type !== 'file') {
      entry.resume();
      continue;
    }
    const chunks = entry as AsyncIterable<Buffer>;
    if (isLegacyLayer(name)) {
      layers.set(name, await scanLayer(name, chunks, null, options));
      continue;
    }
    if (name.startsWith('blobs/')) {
      const known = options.reuse?.(name);
      if (known) {
        entry.resume();
        layers.set(name, known);
        continue;
      }
      // A blob is a JSON document (manifest, index, config) or a layer; look at its first bytes.
      const iterator = chunks[Symbol.asyncIterator]();
      const firstResult = await iterator.next();
      const first = firstResult.done ? null : (firstResult.value as Buffer);
      const rest: AsyncIterable<Buffer> = { [Symbol.asyncIterator]: () => iterator };
      if (first && first[0] === 0x7b /* { */) documents.set(name, await readAll(rest, first, name));
      else layers.set(name, await scanLayer(name, rest, first, options));
      continue;
    }
    if ((entry.header.size ?? 0) <= MAX_DOCUMENT_BYTES)
      documents.set(name, await readAll(chunks, null, name));
    else entry.resume();
  }
  return { documents, layers };
}
