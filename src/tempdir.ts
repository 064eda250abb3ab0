// Every temporary folder shipshape makes, so a cancelled run can remove them all before it exits
// (a build's secret files first) even when the code that made them never reaches its `finally`.
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Folders made and not yet removed; true for those holding secrets. */
const live = new Map<string, boolean>();

export interface TempDirOptions {
  /** The folder will hold secrets (build secret files): removed first on cancellation. */
  secret?: boolean;
}

/** Makes `<tmp>/<prefix>XXXXXX` and remembers it until removeTempDir. */
export async function makeTempDir(prefix: string, options: TempDirOptions = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  live.set(dir, options.secret === true);
  return dir;
}

export async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  live.delete(dir);
}

/**
 * Removes every folder still tracked, secrets first, synchronously: a signal handler runs it
 * before the process can be killed, and no other code gets to run in between.
 */
export function removeAllTempDirsNow(): void {
  const ordered = [...live].sort(([, a], [, b]) => Number(b) - Number(a));
  for (const [dir] of ordered) {
    try {
      rmSync(dir, { recursive: true, force: true });
      live.delete(dir);
    } catch {
      // Left tracked; the caller's own finally may still remove it.
    }
  }
}
