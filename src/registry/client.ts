// Reads an image's manifest and config straight from its registry (Distribution HTTP API v2),
// so a baseline costs two small requests instead of a pull. Auth works as docker's does: the
// credentials in ~/.docker/config.json (auths, credHelpers, credsStore), Basic or the Bearer
// token dance announced by WWW-Authenticate. Written on fetch rather than a registry library
// because we need only these three requests and no maintained library does the docker auth
// file, the token dance and plain HTTP for local registries together.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { exec } from '../exec.js';
import type { LayerFacts } from '../comparison.js';
import { layerKey } from '../dockerfile/history-key.js';

export interface ImageReference {
  /** Host (and port) as written, e.g. "ghcr.io", "127.0.0.1:5000"; Docker Hub is "docker.io". */
  registry: string;
  repository: string;
  /** A tag or a digest ("sha256:…"). */
  reference: string;
}

const DOCKER_HUB = 'docker.io';

/** Splits a reference as docker does: no registry part means Docker Hub (and `library/` for one-part names). */
export function parseReference(ref: string): ImageReference {
  const text = ref.trim();
  if (!text || /\s/.test(text)) throw new Error(`"${ref}" is not an image reference`);
  let rest = text;
  let registry = DOCKER_HUB;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let reference = 'latest';
  const at = rest.indexOf('@');
  if (at >= 0) {
    reference = rest.slice(at + 1);
    rest = rest.slice(0, at);
  } else {
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      reference = rest.slice(colon + 1);
      rest = rest.slice(0, colon);
    }
  }
  if (registry === 'index.docker.io') registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && !rest.includes('/')) rest = `library/${rest}`;
  if (!/^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/.test(rest))
    throw new Error(`"${ref}": "${rest}" is not a repository name`);
  return { registry, repository: rest, reference };
}

/** Registries on the loopback interface speak plain HTTP, as docker allows without configuration. */
export function registryBaseUrl(registry: string): string {
  if (registry === DOCKER_HUB) return 'https://registry-1.docker.io';
  const host = registry.replace(/:\d+$/, '');
  const local = host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
  return `${local ? 'http' : 'https'}://${registry}`;
}

export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parses `Bearer realm="https://…",service="…",scope="…"` (quoted values may hold commas). */
export function parseChallenge(header: string): Challenge | null {
  const m = /^\s*(\w+)\s*(.*)$/s.exec(header);
  if (!m) return null;
  const params: Record<string, string> = {};
  for (const p of m[2]!.matchAll(/(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g))
    params[p[1]!.toLowerCase()] = p[2] ?? p[3] ?? '';
  return { scheme: m[1]!.toLowerCase(), params };
}

export interface Credentials {
  username: string;
  password: string;
  /** An OAuth refresh token (docker's `identitytoken`). */
  identityToken: string | null;
}

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

function authKeys(registry: string): string[] {
  return registry === DOCKER_HUB
    ? ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io']
    : [registry, `https://${registry}`, `http://${registry}`];
}

/** Credentials from docker's own config, read-only; null when there are none for this registry. */
export async function dockerCredentials(
  registry: string,
  configDir = process.env.DOCKER_CONFIG ?? join(homedir(), '.docker'),
): Promise<Credentials | null> {
  let config: DockerConfig;
  try {
    config = JSON.parse(await readFile(join(configDir, 'config.json'), 'utf8')) as DockerConfig;
  } catch {
    return null;
  }
  const keys = authKeys(registry);
  const helper = keys.map((k) => config.credHelpers?.[k]).find(Boolean) ?? config.credsStore;
  if (helper) {
    const r = await exec(`docker-credential-${helper}`, ['get'], {
      input: keys[0]!,
      timeoutMs: 20_000,
      allowFailure: true,
    }).catch(() => null);
    if (r?.code === 0) {
      const c = JSON.parse(r.stdout) as { Username?: string; Secret?: string };
      if (c.Secret)
        return c.Username === '<token>'
          ? { username: '', password: '', identityToken: c.Secret }
          : { username: c.Username ?? '', password: c.Secret, identityToken: null };
    }
  }
  for (const k of keys) {
    const a = config.auths?.[k];
    if (!a) continue;
    if (a.identitytoken) return { username: a.username ?? '', password: '', identityToken: a.identitytoken };
    if (a.auth) {
      const decoded = Buffer.from(a.auth, 'base64').toString('utf8');
      const i = decoded.indexOf(':');
      if (i > 0)
        return { username: decoded.slice(0, i), password: decoded.slice(i + 1), identityToken: null };
    }
    if (a.username && a.password) return { username: a.username, password: a.password, identityToken: null };
  }
  return null;
}

export const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
];

interface Descriptor {
  mediaType?: string;
  digest: string;
  size: number;
  platform?: { os?: string; architecture?: string; variant?: string };
}

interface Manifest {
  mediaType?: string;
  manifests?: Descriptor[];
  config?: Descriptor;
  layers?: Descriptor[];
}

interface ConfigBlob {
  os?: string;
  architecture?: string;
  variant?: string;
  config?: { User?: string } | null;
  rootfs?: { diff_ids?: string[] };
  history?: { created_by?: string; empty_layer?: boolean }[];
}

export interface RegistryImage {
  reference: ImageReference;
  /** Digest of the platform's image manifest. */
  digest: string;
  platform: string;
  user: string;
  compressedSizeBytes: number;
  layers: LayerFacts[];
}

export class RegistryClient {
  private token: string | null = null;
  private basic: string | null = null;

  constructor(
    private readonly ref: ImageReference,
    private readonly credentials: Credentials | null,
    private readonly timeoutMs = 30_000,
  ) {}

  private url(path: string): string {
    return `${registryBaseUrl(this.ref.registry)}/v2/${this.ref.repository}/${path}`;
  }

  private async authenticate(challenge: Challenge): Promise<void> {
    const c = this.credentials;
    if (challenge.scheme === 'basic') {
      if (!c?.password)
        throw new Error(`${this.ref.registry} asks for credentials and none are in the docker config`);
      this.basic = Buffer.from(`${c.username}:${c.password}`).toString('base64');
      return;
    }
    const realm = challenge.params.realm;
    if (challenge.scheme !== 'bearer' || !realm)
      throw new Error(`${this.ref.registry} asks for unsupported authentication "${challenge.scheme}"`);
    const scope = challenge.params.scope ?? `repository:${this.ref.repository}:pull`;
    let res: Response;
    if (c?.identityToken) {
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: c.identityToken,
        service: challenge.params.service ?? '',
        scope,
        client_id: 'shipshape',
      });
      res = await fetch(realm, { method: 'POST', body: form, signal: AbortSignal.timeout(this.timeoutMs) });
    } else {
      const u = new URL(realm);
      if (challenge.params.service) u.searchParams.set('service', challenge.params.service);
      u.searchParams.set('scope', scope);
      const headers: Record<string, string> = c?.password
        ? { authorization: `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}` }
        : {};
      res = await fetch(u, { headers, signal: AbortSignal.timeout(this.timeoutMs) });
    }
    if (!res.ok) throw new Error(`${this.ref.registry}: the token service answered HTTP ${res.status}`);
    const body = (await res.json()) as { token?: string; access_token?: string };
    this.token = body.token ?? body.access_token ?? null;
    if (!this.token) throw new Error(`${this.ref.registry}: the token service returned no token`);
  }

  private async get(path: string, accept: string[]): Promise<Response> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const headers: Record<string, string> = { accept: accept.join(', ') };
      if (this.token) headers.authorization = `Bearer ${this.token}`;
      else if (this.basic) headers.authorization = `Basic ${this.basic}`;
      const res = await fetch(this.url(path), { headers, signal: AbortSignal.timeout(this.timeoutMs) });
      if (res.status === 401 && attempt === 0) {
        const challenge = parseChallenge(res.headers.get('www-authenticate') ?? '');
        if (!challenge) break;
        await this.authenticate(challenge);
        continue;
      }
      if (!res.ok)
        throw new Error(
          `${this.ref.registry}/${this.ref.repository}: GET ${path} answered HTTP ${res.status}`,
        );
      return res;
    }
    throw new Error(`${this.ref.registry}/${this.ref.repository}: not authorised to pull`);
  }

  /** The manifest and its digest (the sha256 of the bytes as served, which is what names it). */
  async manifest(reference: string): Promise<{ manifest: Manifest; digest: string }> {
    const raw = Buffer.from(await (await this.get(`manifests/${reference}`, MANIFEST_TYPES)).arrayBuffer());
    return {
      manifest: JSON.parse(raw.toString('utf8')) as Manifest,
      digest: `sha256:${createHash('sha256').update(raw).digest('hex')}`,
    };
  }

  async blob<T>(digest: string): Promise<T> {
    return (await (await this.get(`blobs/${digest}`, ['application/json', '*/*'])).json()) as T;
  }
}

/** The platform of this machine, as an image index names it. */
export function hostPlatform(): string {
  const arch =
    (
      { x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' } as Record<string, string>
    )[process.arch] ?? process.arch;
  return `linux/${arch}`;
}

/** The index entry for a platform; attestation manifests ("unknown/unknown") are never chosen. */
export function pickPlatform(manifests: Descriptor[], wanted: string): Descriptor | null {
  const [os, arch, variant] = wanted.split('/');
  const candidates = manifests.filter((m) => m.platform?.os === os && m.platform?.architecture === arch);
  return (
    candidates.find(
      (m) =>
        !variant ||
        m.platform?.variant === variant ||
        (!m.platform?.variant && (variant === 'v1' || variant === 'v8')),
    ) ?? null
  );
}

/** Layer facts from a manifest and its config: diff IDs pair with blobs in order, history with non-empty entries. */
export function layersFromManifest(manifest: Manifest, config: ConfigBlob): LayerFacts[] {
  const blobs = manifest.layers ?? [];
  const diffIds = config.rootfs?.diff_ids ?? [];
  const history = (config.history ?? []).filter((h) => !h.empty_layer);
  return blobs.map((b, i) => {
    const createdBy = history.length === blobs.length ? (history[i]!.created_by ?? null) : null;
    return {
      position: i + 1,
      diffId: diffIds[i] ?? null,
      digest: b.digest,
      sizeBytes: null,
      compressedSizeBytes: b.size,
      createdBy,
      instruction: null,
      instructionKey: layerKey(createdBy, null),
      line: null,
      stage: null,
      fromBase: false,
    };
  });
}

/** Manifest and config of `ref` for `platform` (default: this machine's), without pulling any layer. */
export async function readRegistryImage(
  ref: string,
  platform: string | null,
  options: { credentials?: Credentials | null; timeoutMs?: number } = {},
): Promise<RegistryImage> {
  const reference = parseReference(ref);
  const credentials =
    options.credentials !== undefined ? options.credentials : await dockerCredentials(reference.registry);
  const client = new RegistryClient(reference, credentials, options.timeoutMs);
  let { manifest, digest } = await client.manifest(reference.reference);
  if (manifest.manifests) {
    const wanted = platform ?? hostPlatform();
    const entry = pickPlatform(manifest.manifests, wanted);
    if (!entry) {
      const offered = manifest.manifests
        .map((m) => [m.platform?.os, m.platform?.architecture, m.platform?.variant].filter(Boolean).join('/'))
        .filter((p) => p !== 'unknown/unknown');
      throw new PlatformMismatchError(
        `${ref} has no ${wanted} image (it has ${offered.join(', ') || 'none'})`,
      );
    }
    ({ manifest, digest } = await client.manifest(entry.digest));
  }
  if (!manifest.config || !manifest.layers) throw new Error(`${ref}: the manifest has no config or layers`);
  const config = await client.blob<ConfigBlob>(manifest.config.digest);
  return {
    reference,
    digest,
    platform: [config.os, config.architecture, config.variant].filter(Boolean).join('/'),
    user: config.config?.User ?? '',
    compressedSizeBytes: manifest.layers.reduce((sum, l) => sum + l.size, 0),
    layers: layersFromManifest(manifest, config),
  };
}

export class PlatformMismatchError extends Error {
  override name = 'PlatformMismatchError';
}
