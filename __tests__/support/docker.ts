// Helpers shared by the integration tests: the local stand-in base images, building throwaway
// fixture images, and proving nothing is left behind.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, copyFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

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

/** Builds a fixture image with the classic `docker build` path; returns its tag. */
export function buildImage(
  name: string,
  dockerfile: string,
  files: Parameters<typeof makeContext>[0] = {},
): string {
  const ctx = makeContext({ Dockerfile: dockerfile, ...files });
  const tag = uniqueTag(name);
  try {
    execFileSync('docker', ['buildx', 'build', '--load', '-t', tag, ctx.dir], {
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
