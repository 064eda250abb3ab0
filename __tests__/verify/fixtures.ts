// Fixture images for the verify integration tests, built from the local bases. Each suite keeps
// the tags it built and removes them in afterAll.
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeContext, removeImage, uniqueTag } from '../support/docker.js';

export { BASE_DEBIAN } from '../support/docker.js';

/** A shell that exits 0 on SIGTERM, like an app with a proper signal handler. */
export const HANDLES_TERM = "trap 'exit 0' TERM; sleep 300 & wait";

/** The static tini from the host's `tini` package (scripts/setup.sh installs it). */
export const HOST_TINI = '/usr/bin/tini-static';

type Files = Parameters<typeof makeContext>[0];

export class Images {
  private readonly tags: string[] = [];

  /** Builds a fixture; `hostFiles` maps context paths to host files copied verbatim (binaries). */
  build(name: string, dockerfile: string, files: Files = {}, hostFiles: Record<string, string> = {}): string {
    const ctx = makeContext({ Dockerfile: dockerfile, ...files });
    const tag = uniqueTag(name);
    try {
      for (const [rel, source] of Object.entries(hostFiles)) copyFileSync(source, join(ctx.dir, rel));
      execFileSync('docker', ['buildx', 'build', '--load', '-t', tag, ctx.dir], {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, BUILDX_NO_DEFAULT_ATTESTATIONS: '1' },
      });
    } finally {
      ctx.cleanup();
    }
    this.tags.push(tag);
    return tag;
  }

  removeAll(): void {
    for (const tag of this.tags.splice(0)) removeImage(tag);
  }
}
