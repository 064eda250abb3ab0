// The files a run leaves for later steps, written by both front doors: the JSON report, the SARIF
// log for code scanning and the comment body (for the two-phase fork workflow and debugging).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { findRepoRoot } from '../lint/sarif.js';
import type { BuiltDockerfile } from '../dockerfile/stages.js';
import { formatReportSarif } from './sarif.js';
import type { Report } from './types.js';

async function write(path: string, text: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  return path;
}

/** The report as JSON, as docs/schema/report.schema.json describes it. */
export function writeReportFile(report: Report, path: string): Promise<string> {
  return write(path, JSON.stringify(report, null, 2) + '\n');
}

/**
 * Lint, runtime and size findings as SARIF, paths relative to the repository root that holds
 * `cwd` (the workspace, or the CLI's working directory), as code scanning expects; `dockerfile`
 * is the pipeline's reading of the file for this build, which places the results on their lines.
 */
export function writeSarifFile(
  report: Report,
  path: string,
  cwd: string,
  dockerfile: BuiltDockerfile | null,
): Promise<string> {
  return write(path, formatReportSarif(report, { repoRoot: findRepoRoot(cwd), cwd, dockerfile }));
}

/** The comment body in `dir`, named after the report's key so matrix jobs keep theirs apart. */
export function writeCommentBodyFile(report: Report, dir: string, body: string): Promise<string> {
  const name = `shipshape-comment-${report.key.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 100)}.md`;
  return write(join(dir, name), body);
}
