// Helpers shared by the integration tests: the local stand-in base images, building throwaway
// fixture images, and proving nothing is left behind.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  openSync,
  readSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';

export const BASE_DEBIAN = 'shipshape.local/debian:bookworm';
export const BASE_PYTHON = 'shipshape.local/python:3-slim';
export const REGISTRY = '127.0.0.1:5000';
/** Label put on every container shipshape starts, so tests can prove none is left behind. */
export const CONTAINER_LABEL = 'dev.shipshape.managed';

export function dockerOut(args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim();
}

export interface Fixture {
  dir: string;
  cleanup(): void;
}

/**
 * Writes a build context to a temp dir. `files` maps relative paths to contents; the special
 * value `{ busybox: true }` copies the static busybox from busybox-static.
 */
export function makeContext(
  files: Record<string, string | { busybox: true } | { mode: number; text: string }>,
): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-ctx-'));
  for (const [rel, content] of Object.entries(files)) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    if (typeof content === 'string') writeFileSync(path, content);
    else if ('busybox' in content) copyFileSync('/bin/busybox', path);
    else {
      writeFileSync(path, content.text);
      chmodSync(path, content.mode);
    }
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function uniqueTag(name: string): string {
  return `shipshape-test/${name}:${randomBytes(4).toString('hex')}`;
}

/** Builds a fixture image with `docker buildx build --load`; returns its tag. */
export function buildImage(
  name: string,
  dockerfile: string,
  files: Parameters<typeof makeContext>[0] = {},
): string {
  return buildImageWithArgs(name, dockerfile, [], files);
}

/** As buildImage, with `--build-arg` pairs. */
export function buildImageWithArgs(
  name: string,
  dockerfile: string,
  buildArgs: string[],
  files: Parameters<typeof makeContext>[0] = {},
): string {
  const ctx = makeContext({ Dockerfile: dockerfile, ...files });
  const tag = uniqueTag(name);
  const args = buildArgs.flatMap((a) => ['--build-arg', a]);
  try {
    execFileSync('docker', ['buildx', 'build', '--load', ...args, '-t', tag, ctx.dir], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, BUILDX_NO_DEFAULT_ATTESTATIONS: '1' },
    });
  } finally {
    ctx.cleanup();
  }
  return tag;
}

export function removeImage(ref: string): void {
  try {
    execFileSync('docker', ['image', 'rm', '-f', ref], { stdio: 'ignore' });
  } catch {
    // already gone
  }
}

export function managedContainers(): string[] {
  const out = dockerOut(['ps', '-a', '--filter', `label=${CONTAINER_LABEL}`, '--format', '{{.ID}}']);
  return out ? out.split('\n') : [];
}

/** The engine's image store, as `docker info` tells it (the containerd store names its snapshotter). */
export function engineStore(): 'containerd' | 'classic' {
  return dockerOut(['info', '--format', '{{json .DriverStatus}}']).includes('io.containerd.snapshotter')
    ? 'containerd'
    : 'classic';
}

export interface SavedLayer {
  /** Bytes of the regular files GNU tar lists in the layer (`tar -tv`, lines of type `-`). */
  payload: number;
  /** Bytes of the layer as the archive holds it (a gzip blob on the containerd store). */
  storedBytes: number;
  /** Whether the archive holds the layer gzip-compressed. */
  gzip: boolean;
}

/**
 * An image's layers as `docker save` and GNU tar see them, independent of shipshape's own reader:
 * the archive is unpacked to a temp dir and every layer listed by `tar -tv` (which detects gzip).
 */
export function savedLayers(ref: string): SavedLayer[] {
  return savedImage(ref).layers;
}

interface SavedManifest {
  Config: string;
  Layers: string[];
}

/**
 * Runs `fn` on the image as `docker save` wrote it, unpacked by GNU tar into a temp dir (removed
 * afterwards), with its manifest.json entry.
 */
export function withSavedImage<T>(ref: string, fn: (dir: string, manifest: SavedManifest) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-saved-'));
  try {
    execFileSync('sh', ['-c', 'docker save "$1" | tar -x -C "$2"', 'sh', ref, dir]);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as SavedManifest[];
    return fn(dir, manifest[0]!);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The saved image: the sha256 of its config document as the archive holds it, and its layers. */
export function savedImage(ref: string): { configDigest: string; layers: SavedLayer[] } {
  return withSavedImage(ref, (dir, manifest) => {
    const configDigest = `sha256:${createHash('sha256')
      .update(readFileSync(join(dir, manifest.Config)))
      .digest('hex')}`;
    const layers = manifest.Layers.map((layer) => {
      const path = join(dir, layer);
      const listing = execFileSync('tar', ['-tvf', path, '--numeric-owner'], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      let payload = 0;
      for (const line of listing.split('\n')) {
        if (!line.startsWith('-')) continue;
        // "-rw-r--r-- 0/0    3000 2026-01-01 00:00 path": the size is the third field.
        payload += Number(line.split(/\s+/)[2]);
      }
      const head = Buffer.alloc(2);
      const fd = openSync(path, 'r');
      readSync(fd, head, 0, 2, 0);
      closeSync(fd);
      return { payload, storedBytes: statSync(path).size, gzip: head[0] === 0x1f && head[1] === 0x8b };
    });
    return { configDigest, layers };
  });
}

/** The uncompressed payload of an image: the regular files GNU tar lists in all its layers. */
export function payloadOf(ref: string): number {
  return savedLayers(ref).reduce((sum, l) => sum + l.payload, 0);
}
