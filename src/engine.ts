// Which image store the Docker engine keeps images in. The two stores name and size images
// differently, so the build (which reference the engine knows) and measure (what the engine's own
// size figure means, whether the layers are held compressed) both need to know.
import { docker } from './exec.js';

/**
 * `containerd`: the containerd image store (the default of a fresh Docker 29, GitHub-hosted
 * runners): images are known by their manifest or index digest, layers are kept as the compressed
 * blobs that were built or pulled, and `docker image inspect .Size` is the content (compressed) size.
 * `classic`: the graph-driver store (overlay2): images are known by their config digest, layers are
 * kept unpacked, and `.Size` is the unpacked size.
 */
export type ImageStore = 'containerd' | 'classic';

/** The store a `docker info` DriverStatus describes: the containerd store names its snapshotter. */
export function storeFromDriverStatus(driverStatus: unknown): ImageStore {
  const pairs = Array.isArray(driverStatus) ? (driverStatus as unknown[]) : [];
  const snapshotter = pairs.some(
    (pair) =>
      Array.isArray(pair) &&
      pair.some((v) => typeof v === 'string' && v.startsWith('io.containerd.snapshotter')),
  );
  return snapshotter ? 'containerd' : 'classic';
}

let cached: Promise<ImageStore> | undefined;

/** The running engine's image store, asked once per process. */
export function imageStore(): Promise<ImageStore> {
  cached ??= docker(['info', '--format', '{{json .DriverStatus}}'], { timeoutMs: 30_000 }).then((r) =>
    storeFromDriverStatus(JSON.parse(r.stdout.trim() || 'null')),
  );
  cached.catch(() => (cached = undefined));
  return cached;
}
