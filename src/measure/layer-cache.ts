// One analysis per layer in a run. A baseline shares most of its layers with the head (the base
// image, every instruction the PR did not change), and reading a layer (decompress, list, gzip)
// is the measurement's whole cost; so a layer read once is not read again, whoever asks.
//
// Layers are keyed by the digest the archive names their blob by, since that is all that is known
// when the bytes arrive (`docker save` writes the configs that map blobs to diff IDs after the
// blobs it sorts by digest). On the classic image store that digest is the diff ID itself; on the
// containerd store it is the gzip blob's digest, which stands for exactly one diff ID.
import type { LayerScan } from './layer.js';

interface CachedLayer {
  scan: LayerScan;
  /** The gzip size computed here, when it was (the classic store's uncompressed blobs). */
  computedGzipBytes: number | null;
}

export class LayerCache {
  private readonly layers = new Map<string, CachedLayer>();
  /** Layers read in full, and layers whose earlier reading served again. */
  analysed = 0;
  reused = 0;

  /**
   * The earlier reading of a blob, when it has what is wanted now: a layer read without its gzip
   * size computed is read again by a measurement that wants it.
   */
  reuse(blobDigest: string, wantComputedGzip: boolean): CachedLayer | null {
    const cached = this.layers.get(blobDigest);
    if (!cached) return null;
    if (wantComputedGzip && cached.scan.gzipBytes == null && cached.computedGzipBytes === null) return null;
    this.reused++;
    return cached;
  }

  remember(blobDigest: string, scan: LayerScan, computedGzipBytes: number | null): void {
    this.analysed++;
    const known = this.layers.get(blobDigest);
    this.layers.set(blobDigest, {
      scan,
      computedGzipBytes: computedGzipBytes ?? known?.computedGzipBytes ?? null,
    });
  }
}
