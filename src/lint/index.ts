// Lint Dockerfiles: the surface the CLI, the action's pipeline and the benchmark use.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding, LintFileResult, Severity } from '../types.js';
import { SEVERITIES } from '../types.js';
import { fromShipshapeYaml, loadLintConfig, type LintConfig } from './config.js';
import { runRules, suppress } from './engine.js';
import { parseDockerfile, type DockerfileModel } from '../dockerfile/model.js';
import { nullLogger, type Logger } from '../log.js';
import { RULES } from './registry.js';
import type { Rule } from './rule.js';

export type { LintConfig, RuleSetting } from './config.js';
export { defaultLintConfig, LintConfigError, fromShipshapeYaml, fromHadolintYaml } from './config.js';
export { defineRule } from './rule.js';

export interface LintOptions {
  cwd?: string;
  /** A config file to read; null = none (defaults only); undefined = look for `.shipshape.yml` in cwd. */
  configFile?: string | null;
  /** The build context (for rules about `.dockerignore`); null/undefined = unknown. */
  contextDir?: string | null;
  /** Run ShellCheck on RUN scripts when the binary is on PATH. Default true. */
  shellcheck?: boolean;
  /** An already-resolved config; wins over configFile (tests, the action's inputs). */
  config?: LintConfig;
  /** Rules to run instead of the registry (tests). */
  rules?: readonly Rule[];
  /** Where a missing shellcheck binary is noted (debug). */
  logger?: Logger;
}

export interface LintRun {
  files: LintFileResult[];
}

/** The config a run uses: see loadLintConfig for the lookup order. Throws LintConfigError. */
export async function loadConfigFor(options: Pick<LintOptions, 'cwd' | 'configFile'>): Promise<LintConfig> {
  return loadLintConfig(options.cwd ?? process.cwd(), options.configFile);
}

/**
 * A LintConfig from the `lint:` value of an already-read `.shipshape.yml` (the pipeline reads the
 * file once for all stages): validated, errors naming `where` and the key path.
 */
export async function lintConfigFromSection(lint: unknown, where: string): Promise<LintConfig> {
  const { validateLintSection } = await import('./config-schema.js');
  validateLintSection(lint, where);
  return fromShipshapeYaml(lint, where);
}

async function resolveConfig(options: LintOptions): Promise<LintConfig> {
  return options.config ?? loadConfigFor(options);
}

/** Lints one file's text. Never throws for bad Dockerfile text: problems go to `errors`. */
export async function lintText(
  file: string,
  text: string,
  options: LintOptions & {
    /** `text` already parsed (the pipeline parses once for every stage); parsed here when absent. */
    model?: DockerfileModel | null;
  } = {},
): Promise<LintFileResult> {
  const config = await resolveConfig(options);
  const linted = lintWithConfig(file, text, options, config, options.model ?? null);
  const [result] = await finish([linted], options, config);
  return result!;
}

interface Linted {
  result: LintFileResult;
  model: DockerfileModel | null;
}

function lintWithConfig(
  file: string,
  text: string,
  options: LintOptions,
  config: LintConfig,
  parsed: DockerfileModel | null = null,
): Linted {
  // Never throws: what BuildKit would refuse is in model.problems, reported below with its line.
  const model = parsed ?? parseDockerfile(text);
  const contextDir = options.contextDir ? resolve(options.cwd ?? process.cwd(), options.contextDir) : null;
  const out = runRules({ file, model, rules: options.rules ?? RULES, config, contextDir });
  const errors = [...model.problems, ...out.errors].sort((a, b) => a.line - b.line);
  return { result: { file, findings: out.findings, errors }, model };
}

/** Adds ShellCheck's findings (one process for all files) and returns the results. */
async function finish(linted: Linted[], options: LintOptions, config: LintConfig): Promise<LintFileResult[]> {
  if (options.shellcheck === false) return linted.map((l) => l.result);
  const { shellcheckJobs, runShellcheck } = await import('./shellcheck.js');
  const perFile = linted.map((l) => (l.model ? shellcheckJobs(l.result.file, l.model) : []));
  const jobs = perFile.flat();
  if (jobs.length === 0) return linted.map((l) => l.result);
  const outcome = await runShellcheck(jobs, options.logger ?? nullLogger);
  if (!outcome.ran) return linted.map((l) => l.result);
  let offset = 0;
  return linted.map((l, i) => {
    const count = perFile[i]!.length;
    const found = outcome.findings.slice(offset, offset + count).flat();
    offset += count;
    if (!l.model || found.length === 0) return l.result;
    return { ...l.result, findings: suppress([...l.result.findings, ...found], l.model, config) };
  });
}

/** Lints files given as paths or globs (`**\/Dockerfile*`, hidden folders included), in the order given. */
export async function lintFiles(patterns: string[], options: LintOptions = {}): Promise<LintRun> {
  const cwd = options.cwd ?? process.cwd();
  const config = await resolveConfig(options);
  const files = await expandPatterns(patterns, cwd);
  const linted: Linted[] = [];
  for (const entry of files) {
    if ('missing' in entry) {
      linted.push({
        result: {
          file: entry.missing,
          findings: [],
          errors: [{ message: 'no file matches this path or glob', line: 1 }],
        },
        model: null,
      });
      continue;
    }
    let text: string;
    try {
      // Sync on purpose: one file after another, a threadpool round trip per file costs more than the read.
      text = readFileSync(resolve(cwd, entry.file), 'utf8');
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      linted.push({
        result: {
          file: entry.file,
          findings: [],
          errors: [{ message: `cannot read: ${err.code ?? err.message}`, line: 1 }],
        },
        model: null,
      });
      continue;
    }
    const done = lintWithConfig(entry.file, text, options, config);
    // Models are only needed for ShellCheck; without it, do not hold hundreds of them.
    linted.push(options.shellcheck === false ? { result: done.result, model: null } : done);
  }
  return { files: await finish(linted, options, config) };
}

const GLOB_CHARS = /[*?[\]{}]/;

/** Paths stay as given; globs expand (sorted, dot folders included); a pattern matching nothing is reported. */
export async function expandPatterns(
  patterns: string[],
  cwd: string,
): Promise<({ file: string } | { missing: string })[]> {
  const out: ({ file: string } | { missing: string })[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    if (!GLOB_CHARS.test(pattern)) {
      if (!seen.has(pattern)) out.push({ file: pattern });
      seen.add(pattern);
      continue;
    }
    const { glob } = await import('tinyglobby');
    const matches = (
      await glob(pattern, { cwd, dot: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] })
    ).sort();
    if (matches.length === 0) out.push({ missing: pattern });
    for (const m of matches) {
      if (seen.has(m)) continue;
      seen.add(m);
      out.push({ file: m });
    }
  }
  return out;
}

export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

/** Findings at or above the threshold (error > warning > info > style); none for 'none'. */
export function failingFindings(run: LintRun, threshold: Severity | 'none'): Finding[] {
  if (threshold === 'none') return [];
  const min = severityRank(threshold);
  return run.files.flatMap((f) => f.findings.filter((x) => severityRank(x.severity) >= min));
}

/** `file:line:col severity rule message`, one finding per line; file errors as `error dockerfile-error`. */
export function formatText(run: LintRun): string {
  const lines: string[] = [];
  for (const f of run.files) {
    for (const e of f.errors) lines.push(`${f.file}:${e.line}:1 error dockerfile-error ${e.message}`);
    for (const x of f.findings) {
      const alias = x.aliases.length > 0 ? ` (${x.aliases.join(', ')})` : '';
      lines.push(`${f.file}:${x.line}:${x.column} ${x.severity} ${x.rule} ${x.message}${alias}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

/** The public JSON contract (docs/schema/lint-output.schema.json). */
export function formatJson(run: LintRun): string {
  const doc = {
    version: 1,
    files: run.files.map((f) => ({
      file: f.file,
      findings: f.findings.map((x) => ({
        rule: x.rule,
        aliases: x.aliases,
        severity: x.severity,
        line: x.line,
        column: x.column,
        endLine: x.endLine,
        message: x.message,
        docs: x.docs,
      })),
      errors: f.errors.map((e) => ({ message: e.message, line: e.line })),
    })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
