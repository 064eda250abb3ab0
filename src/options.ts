// The one options reader: every option keyed by its action.yml input name, parsed and checked
// here for both front doors. The action hands it the runner's inputs, the CLI its flags; each says
// how its errors name an option (`input max-layers`, `--max-layers`). Pure.
import { BASELINE_MODES, type BaselineOptions } from './baseline/index.js';
import { parseListInput, type ListInput } from './build/lists.js';
import { parseCommentMode, type CommentMode } from './github/publish.js';
import type { RuntimeOptions } from './pipeline.js';
import { parseNoRegression, parseTiered, type Budgets, type ChangeBudgets } from './report/budgets.js';
import { checkPolicy, parseSizeProblemLevel, parseThreshold, type Policy } from './report/evaluate.js';
import type { BuildRequest } from './types.js';
import { UsageError } from './errors.js';

/** The defaults action.yml declares (a test holds the two equal); the CLI starts from these too. */
export const OPTION_DEFAULTS = {
  file: 'Dockerfile',
  context: '.',
  push: 'false',
  load: 'true',
  pull: 'false',
  'no-cache': 'false',
  'no-regression': 'false',
  baseline: 'auto',
  'require-non-root': 'true',
  'fail-on-crash': 'false',
  'size-problems': 'warn',
  'smoke-timeout': '10s',
  hardening: 'false',
  'compute-compressed-size': 'true',
  'lint-fail-on': 'error',
  shellcheck: 'true',
  comment: 'on-change',
  mode: 'check',
  'allow-outside-workspace': 'false',
} as const;

export type OptionName =
  | keyof typeof OPTION_DEFAULTS
  | ListInput
  | 'target'
  | 'builder'
  | 'network'
  | 'max-size'
  | 'max-compressed-size'
  | 'max-layers'
  | 'max-waste'
  | 'max-size-increase'
  | 'max-layers-increase'
  | 'baseline-report'
  | 'baseline-image'
  | 'baseline-ref'
  | 'user'
  | 'run-command'
  | 'smoke-path'
  | 'smoke-port'
  | 'smoke-command'
  | 'config'
  | 'comment-key'
  | 'report-file'
  | 'sarif-file'
  | 'pr-number';

/** Where option values come from: the runner's inputs or the CLI's flags. */
export interface OptionSource {
  /** The option's text as given, '' when not given (its default then applies). */
  text(name: OptionName): string;
  /** A list option given item by item (the CLI's repeatable flags); undefined: parse text() instead. */
  items?(name: ListInput): string[] | undefined;
  /** How errors name the option: `input max-layers` for the action, `--max-layers` for the CLI. */
  label(name: OptionName): string;
}

export interface Options {
  build: BuildRequest;
  budgets: Budgets;
  policy: Policy;
  runtime: RuntimeOptions;
  configFile: string | null;
  /** Run ShellCheck on RUN scripts. */
  shellcheck: boolean;
  /** Compute the compressed size when the registry cannot tell it. */
  computeCompressedSize: boolean;
  commentMode: CommentMode;
  commentKey: string | null;
  /** `check` (lint, build, measure, run, report) or `post` (render and post uploaded reports). */
  mode: 'check' | 'post';
  prNumber: number | null;
  baseline: BaselineOptions;
  changeBudgets: ChangeBudgets;
  reportFile: string | null;
  sarifFile: string | null;
  /** Let `file` and `context` resolve outside the workspace (or the CLI's working directory). */
  allowOutsideWorkspace: boolean;
}

/** `true`/`false` as the runner's YAML 1.2 core schema spells them (as @actions/core reads them). */
export function parseBoolean(text: string, what: string): boolean {
  if (['true', 'True', 'TRUE'].includes(text.trim())) return true;
  if (['false', 'False', 'FALSE'].includes(text.trim())) return false;
  throw new Error(`${what}: "${text}" is not true or false`);
}

/** The options, or a UsageError naming the first bad one and what a valid value looks like. */
export function readOptions(source: OptionSource): Options {
  try {
    return readEach(source);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError((e as Error).message, { cause: e });
  }
}

function readEach(source: OptionSource): Options {
  const raw = (name: OptionName): string =>
    source.text(name).trim() || (OPTION_DEFAULTS as Record<string, string>)[name] || '';
  const optional = (name: OptionName): string | null => raw(name) || null;
  const flag = (name: keyof typeof OPTION_DEFAULTS) => parseBoolean(raw(name), source.label(name));
  const list = (name: ListInput): string[] =>
    source.items?.(name) ?? parseListInput(name, source.text(name), source.label(name));
  const tiered = (
    name:
      | 'max-size'
      | 'max-compressed-size'
      | 'max-layers'
      | 'max-waste'
      | 'max-size-increase'
      | 'max-layers-increase',
    unit: Parameters<typeof parseTiered>[1],
  ) => parseTiered(raw(name), unit, source.label(name));

  const mode = raw('mode');
  if (mode !== 'check' && mode !== 'post')
    throw new Error(`${source.label('mode')}: "${mode}" is not one of check, post`);
  const baselineMode = raw('baseline');
  if (!(BASELINE_MODES as readonly string[]).includes(baselineMode))
    throw new Error(
      `${source.label('baseline')}: "${baselineMode}" is not one of ${BASELINE_MODES.join(', ')}`,
    );
  const prNumber = raw('pr-number');
  if (prNumber && !/^[1-9]\d*$/.test(prNumber))
    throw new Error(`${source.label('pr-number')}: "${prNumber}" is not a pull request number such as 42`);

  return {
    build: {
      file: raw('file'),
      context: raw('context'),
      target: optional('target'),
      buildArgs: list('build-args'),
      secrets: list('secrets'),
      tags: list('tags'),
      labels: list('labels'),
      platforms: list('platforms'),
      push: flag('push'),
      load: flag('load'),
      pull: flag('pull'),
      noCache: flag('no-cache'),
      builder: optional('builder'),
      cacheFrom: list('cache-from'),
      cacheTo: list('cache-to'),
      network: optional('network'),
    },
    budgets: {
      maxSize: tiered('max-size', 'bytes'),
      maxCompressedSize: tiered('max-compressed-size', 'bytes'),
      maxLayers: tiered('max-layers', 'count'),
      maxWaste: tiered('max-waste', 'bytes-or-percent'),
    },
    policy: checkPolicy(
      parseThreshold(raw('lint-fail-on'), source.label('lint-fail-on')),
      flag('require-non-root'),
      flag('fail-on-crash'),
      parseSizeProblemLevel(raw('size-problems'), source.label('size-problems')),
    ),
    runtime: {
      user: optional('user'),
      runCommand: parseArgv(raw('run-command'), source.label('run-command')),
      smoke: {
        path: parseHttpPath(raw('smoke-path'), source.label('smoke-path')),
        port: parsePort(raw('smoke-port'), source.label('smoke-port')),
        timeoutMs: parseDuration(raw('smoke-timeout'), source.label('smoke-timeout')),
        exec: parseArgv(raw('smoke-command'), source.label('smoke-command')),
      },
      hardening: flag('hardening'),
    },
    configFile: optional('config'),
    shellcheck: flag('shellcheck'),
    computeCompressedSize: flag('compute-compressed-size'),
    commentMode: parseCommentMode(raw('comment'), source.label('comment')),
    commentKey: optional('comment-key'),
    mode,
    prNumber: prNumber ? Number(prNumber) : null,
    baseline: {
      mode: baselineMode as BaselineOptions['mode'],
      reportPath: optional('baseline-report'),
      image: optional('baseline-image'),
      baseRef: optional('baseline-ref'),
    },
    changeBudgets: {
      maxSizeIncrease: tiered('max-size-increase', 'bytes-or-percent'),
      maxLayersIncrease: tiered('max-layers-increase', 'count-or-percent'),
      noRegression: parseNoRegression(raw('no-regression'), source.label('no-regression')),
    },
    reportFile: optional('report-file'),
    sarifFile: optional('sarif-file'),
    allowOutsideWorkspace: flag('allow-outside-workspace'),
  };
}

// Parsers for single option values.

const ARGV_EXAMPLE = '(e.g. ["serve", "--port", "8080"]), or words such as serve --port 8080';

/**
 * An argv from user text: a JSON array (`["serve", "--port", "8080"]`) when it starts with `[`,
 * otherwise words split on whitespace. Never handed to a shell.
 */
export function parseArgv(text: string | undefined | null, what: string): string[] | null {
  const t = (text ?? '').trim();
  if (!t) return null;
  if (t.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(t);
    } catch {
      throw new Error(`${what}: starts with "[" but is not a JSON array of strings ${ARGV_EXAMPLE}`);
    }
    if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === 'string') || parsed.length === 0) {
      throw new Error(`${what}: must be a non-empty JSON array of strings ${ARGV_EXAMPLE}`);
    }
    return parsed;
  }
  return t.split(/\s+/);
}

/** A duration in seconds: "10", "10s", "1.5s", "500ms". Returns milliseconds. */
export function parseDuration(text: string | undefined | null, what: string): number | null {
  const t = (text ?? '').trim();
  if (!t) return null;
  const m = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(t);
  if (!m) throw new Error(`${what}: "${t}" is not a duration such as 10s or 500ms`);
  return Math.round(Number(m[1]) * (m[2] === 'ms' ? 1 : 1000));
}

/** A TCP port number. */
export function parsePort(text: string | undefined | null, what: string): number | null {
  const t = (text ?? '').trim();
  if (!t) return null;
  const n = Number(t);
  if (!/^\d+$/.test(t) || n < 1 || n > 65535)
    throw new Error(`${what}: "${t}" is not a port number (1-65535)`);
  return n;
}

/** An HTTP path for the smoke probe. */
export function parseHttpPath(text: string | undefined | null, what: string): string | null {
  const t = (text ?? '').trim();
  if (!t) return null;
  if (!t.startsWith('/')) throw new Error(`${what}: "${t}" must start with "/", e.g. /healthz`);
  return t;
}
