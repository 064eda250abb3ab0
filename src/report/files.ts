// Reading report files back: a baseline from the base branch's run, or the reports a fork's
// pull_request job uploaded for `mode: post`. Both accept the same shapes.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from './types.js';

/** Enough of a report to render and compare; anything else in a directory is skipped. */
export function isReport(value: unknown): value is Report {
  const r = value as Report;
  return (
    !!r &&
    typeof r === 'object' &&
    r.version === 1 &&
    typeof r.key === 'string' &&
    !!r.lint &&
    Array.isArray(r.lint.findings) &&
    typeof r.status === 'string'
  );
}

/**
 * Reports in a file (one report or an array) or anywhere under a directory (a restored cache or
 * a downloaded artifact), in path order. Files that are not JSON reports are skipped.
 */
export async function readReports(path: string): Promise<Report[]> {
  const info = await stat(path);
  const files = info.isDirectory()
    ? (await readdir(path, { recursive: true }))
        .map(String)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => join(path, f))
    : [path];
  const out: Report[] = [];
  for (const f of files) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(f, 'utf8'));
    } catch {
      continue;
    }
    for (const r of Array.isArray(parsed) ? parsed : [parsed]) if (isReport(r)) out.push(r);
  }
  return out;
}
