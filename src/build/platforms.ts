// Pure helpers for multi-platform builds: which manifest of a pushed index belongs to which
// platform, and the repository part of a tag.

export interface IndexManifest {
  digest: string;
  platform?: { os?: string; architecture?: string; variant?: string };
}

/** "linux/arm64/v8" → its parts; buildx accepts the same spelling. */
function parts(platform: string): { os: string; architecture: string; variant: string | null } {
  const [os = '', architecture = '', variant = null] = platform.split('/');
  return { os, architecture, variant };
}

/**
 * The manifest digest for one platform in an OCI index / Docker manifest list. A missing variant
 * on either side matches any (arm64 is written both with and without "v8").
 */
export function manifestDigestFor(index: { manifests?: IndexManifest[] }, platform: string): string | null {
  const want = parts(platform);
  const match = (index.manifests ?? []).find((m) => {
    const p = m.platform;
    if (!p || p.os !== want.os || p.architecture !== want.architecture) return false;
    return !want.variant || !p.variant || p.variant === want.variant;
  });
  return match?.digest ?? null;
}

/** "127.0.0.1:5000/team/app:1.2" → "127.0.0.1:5000/team/app" (a registry port is not a tag). */
export function repositoryOf(ref: string): string {
  const withoutDigest = ref.split('@', 1)[0]!;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const lastColon = withoutDigest.lastIndexOf(':');
  return lastColon > lastSlash ? withoutDigest.slice(0, lastColon) : withoutDigest;
}

export const DOCKER_DRIVER_MULTI_PLATFORM =
  'a multi-platform build needs a builder with the docker-container (or kubernetes/remote) driver, or an engine ' +
  'that uses the containerd image store: the default docker driver builds and stores one platform per image. ' +
  'Set one up with docker/setup-qemu-action and docker/setup-buildx-action and pass its name as `builder`, ' +
  'or build each platform in its own matrix job with a single `platforms` value';
