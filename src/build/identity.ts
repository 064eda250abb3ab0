// Which reference names the built image in the engine. The two image stores disagree: the classic
// store knows an image by its config digest (what `--iidfile` holds), the containerd store by the
// manifest or index digest BuildKit exported (`containerimage.digest` in the metadata file). Both
// come from what buildx wrote, never from a guess.
import type { ImageStore } from '../engine.js';

export interface ImageIdentity {
  /** The reference `docker image inspect`, `save` and `run` accept for this image. */
  imageId: string;
  /** sha256 of the image config: the classic store's image ID, the same on both stores. */
  configDigest: string | null;
  /** Digest of the manifest (or index, with attestations or several platforms) BuildKit exported. */
  manifestDigest: string | null;
}

const DIGEST = /^sha256:[0-9a-f]{64}$/;

function digestOr(value: unknown): string | null {
  return typeof value === 'string' && DIGEST.test(value) ? value : null;
}

export function imageIdentity(
  store: ImageStore,
  iidFile: string,
  metadata: Record<string, unknown>,
): ImageIdentity {
  const iid = digestOr(iidFile.trim());
  const configDigest = digestOr(metadata['containerimage.config.digest']) ?? iid;
  const manifestDigest = digestOr(metadata['containerimage.digest']);
  const imageId = store === 'containerd' ? (manifestDigest ?? iid) : (configDigest ?? iid);
  if (!imageId) {
    throw new Error(
      'buildx wrote neither an image digest to its --iidfile nor containerimage.digest to its metadata file',
    );
  }
  return { imageId, configDigest, manifestDigest };
}
