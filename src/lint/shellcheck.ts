// ShellCheck on RUN scripts, the way hadolint runs it: per stage the script gets a shebang from the
// SHELL in effect and `export NAME=1` for every ARG/ENV declared so far (so SC2154 does not fire on
// build variables), SC2187 (ash) and SC1090 (source) are excluded, and findings are reported at the
// RUN's line. Every script of a run goes to ONE shellcheck process (it takes many files and prints
// JSON), not one process per instruction.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec, ExecError } from '../exec.js';
import type { Logger } from '../log.js';
import type { Finding, Severity } from '../types.js';
import type { DockerfileModel, Instruction } from './model.js';

export interface ShellcheckJob {
  /** The Dockerfile path as given. */
  file: string;
  instruction: Pick<Instruction, 'line' | 'endLine' | 'column'>;
  /** The whole script handed to shellcheck, shebang and exports included. */
  script: string;
}

/** Exported for hadolint parity: the proxy variables Docker predefines. */
export const PREDEFINED_VARS = [
  'HTTP_PROXY',
  'http_proxy',
  'HTTPS_PROXY',
  'https_proxy',
  'FTP_PROXY',
  'ftp_proxy',
  'NO_PROXY',
  'no_proxy',
];
export const EXCLUDED = ['SC2187', 'SC1090'];

/** The scripts of one file (pure). ONBUILD triggers and non-POSIX shells are skipped, as in hadolint. */
export function shellcheckJobs(file: string, model: DockerfileModel): ShellcheckJob[] {
  const jobs: ShellcheckJob[] = [];
  let vars = new Set(PREDEFINED_VARS);
  for (const ins of model.instructions) {
    if (ins.keyword === 'FROM') vars = new Set(PREDEFINED_VARS);
    else if (ins.keyword === 'ARG' || ins.keyword === 'ENV') for (const p of ins.pairs) vars.add(p.key);
    else if (ins.keyword === 'RUN' && ins.shellKind === 'posix') {
      const script = ins.script();
      if (!script || script.text.trim() === '') continue;
      const shell = ins.shell[0] ?? '/bin/sh';
      const exports = [...vars].sort().map((v) => `export ${v}=1`);
      jobs.push({ file, instruction: ins, script: `#!${shell}\n${exports.join('\n')}\n${script.text}\n` });
    }
  }
  return jobs;
}

interface Json1Comment {
  file: string;
  level: string;
  code: number;
  message: string;
}

const LEVELS: Record<string, Severity> = { error: 'error', warning: 'warning', info: 'info', style: 'style' };

/** Turns shellcheck's json1 output into findings per job index (pure). Duplicates per RUN collapse, as in hadolint. */
export function parseShellcheckJson(
  stdout: string,
  jobs: ShellcheckJob[],
  fileOfJob: (i: number) => string,
): Finding[][] {
  const out: Finding[][] = jobs.map(() => []);
  const index = new Map(jobs.map((_, i) => [fileOfJob(i), i]));
  const parsed = JSON.parse(stdout || '{"comments":[]}') as { comments?: Json1Comment[] };
  const seen = new Set<string>();
  for (const c of parsed.comments ?? []) {
    const i = index.get(c.file);
    if (i === undefined) continue;
    const job = jobs[i]!;
    const rule = `SC${c.code}`;
    const key = `${i}|${rule}|${c.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out[i]!.push({
      rule,
      aliases: [],
      severity: LEVELS[c.level] ?? 'error',
      file: job.file,
      line: job.instruction.line,
      column: job.instruction.column,
      endLine: job.instruction.endLine,
      message: c.message,
      docs: `https://www.shellcheck.net/wiki/${rule}`,
    });
  }
  return out;
}

export type ShellcheckOutcome = { ran: true; findings: Finding[][] } | { ran: false; reason: string };

/** Runs one shellcheck process over every job. A missing binary is an outcome, not an error. */
export async function runShellcheck(
  jobs: ShellcheckJob[],
  logger: Logger,
  binary = 'shellcheck',
): Promise<ShellcheckOutcome> {
  if (jobs.length === 0) return { ran: true, findings: [] };
  const dir = await mkdtemp(join(tmpdir(), 'shipshape-shellcheck-'));
  try {
    const names = jobs.map((_, i) => `run-${i}.sh`);
    await Promise.all(jobs.map((job, i) => writeFile(join(dir, names[i]!), job.script)));
    let result;
    try {
      result = await exec(
        binary,
        ['--format=json1', '--severity=style', `--exclude=${EXCLUDED.join(',')}`, '--', ...names],
        {
          cwd: dir,
          allowFailure: true,
          timeoutMs: 120_000,
          maxOutputBytes: 64 * 1024 * 1024,
        },
      );
    } catch (e) {
      const reason = e instanceof ExecError ? e.message : String(e);
      logger.debug(`shellcheck not run (${reason}); RUN scripts are checked by shipshape's own rules only`);
      return { ran: false, reason };
    }
    // 0 = clean, 1 = findings; anything else is shellcheck failing.
    if (result.code !== 0 && result.code !== 1) {
      const reason = `shellcheck exited with ${result.code}: ${result.stderr.trim().split('\n')[0] ?? ''}`;
      logger.debug(reason);
      return { ran: false, reason };
    }
    return { ran: true, findings: parseShellcheckJson(result.stdout, jobs, (i) => names[i]!) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
