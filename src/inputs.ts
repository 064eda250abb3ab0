// The action's inputs, read once, keyed by their action.yml names (as docker/build-push-action
// does). Only this file and main.ts talk to @actions/core.
import * as core from '@actions/core';
import { parseListInput, type ListInput } from './build/lists.js';
import { parseArgv, parseDuration, parseHttpPath, parsePort } from './options.js';
import type { RuntimeOptions } from './pipeline.js';
import { BASELINE_MODES, type BaselineOptions } from './baseline/index.js';
import { parseCommentMode, type CommentMode } from './github/publish.js';
import { parseNoRegression, parseTiered, type Budgets, type ChangeBudgets } from './report/budgets.js';
import { checkPolicy, parseSizeProblemLevel, parseThreshold, type Policy } from './report/evaluate.js';
import type { BuildRequest } from './types.js';

export interface Inputs {
  build: BuildRequest;
  budgets: Budgets;
  policy: Policy;
  runtime: RuntimeOptions;
  configFile: string | null;
  /** Run ShellCheck on RUN scripts. */
  shellcheck: boolean;
  /** Compute the compressed size when the registry cannot tell it. */
  computeCompressedSize: boolean;
  /** false when `comment` is `never`/`false`. */
  comment: boolean;
  commentMode: CommentMode;
  commentKey: string | null;
  /** `check` (lint, build, measure, run, report) or `post` (render and post uploaded reports). */
  mode: 'check' | 'post';
  prNumber: number | null;
  baseline: BaselineOptions;
  changeBudgets: ChangeBudgets;
  reportFile: string | null;
  sarifFile: string | null;
  githubToken: string;
}

/** List inputs are read exactly as docker/build-push-action reads them (src/build/lists.ts). */
function list(name: ListInput): string[] {
  return parseListInput(name, core.getInput(name));
}

function bool(name: string): boolean {
  return core.getBooleanInput(name);
}

function optional(name: string): string | null {
  return core.getInput(name).trim() || null;
}

export function getInputs(): Inputs {
  const lintFailOn = parseThreshold(core.getInput('lint-fail-on') || 'error', 'input lint-fail-on');
  const secrets = list('secrets');
  const commentMode = parseCommentMode(core.getInput('comment'));
  const mode = (core.getInput('mode') || 'check').trim();
  if (mode !== 'check' && mode !== 'post') throw new Error(`input mode: "${mode}" is not check or post`);
  const baselineMode = (core.getInput('baseline') || 'auto').trim();
  if (!(BASELINE_MODES as readonly string[]).includes(baselineMode))
    throw new Error(`input baseline: "${baselineMode}" is not one of ${BASELINE_MODES.join(', ')}`);
  const prNumber = core.getInput('pr-number').trim();
  if (prNumber && !/^[1-9]\d*$/.test(prNumber))
    throw new Error(`input pr-number: "${prNumber}" is not a pull request number`);
  return {
    build: {
      file: core.getInput('file') || 'Dockerfile',
      context: core.getInput('context') || '.',
      target: optional('target'),
      buildArgs: list('build-args'),
      secrets,
      tags: list('tags'),
      labels: list('labels'),
      platforms: list('platforms'),
      push: bool('push'),
      load: bool('load'),
      pull: bool('pull'),
      noCache: bool('no-cache'),
      builder: optional('builder'),
      cacheFrom: list('cache-from'),
      cacheTo: list('cache-to'),
      network: optional('network'),
    },
    budgets: {
      maxSize: parseTiered(core.getInput('max-size'), 'bytes', 'input max-size'),
      maxCompressedSize: parseTiered(
        core.getInput('max-compressed-size'),
        'bytes',
        'input max-compressed-size',
      ),
      maxLayers: parseTiered(core.getInput('max-layers'), 'count', 'input max-layers'),
      maxWaste: parseTiered(core.getInput('max-waste'), 'bytes-or-percent', 'input max-waste'),
    },
    policy: checkPolicy(
      lintFailOn,
      bool('require-non-root'),
      false,
      parseSizeProblemLevel(core.getInput('size-problems') || 'warn', 'input size-problems'),
    ),
    runtime: {
      user: optional('user'),
      runCommand: parseArgv(core.getInput('run-command'), 'input run-command'),
      smoke: {
        path: parseHttpPath(core.getInput('smoke-path'), 'input smoke-path'),
        port: parsePort(core.getInput('smoke-port'), 'input smoke-port'),
        timeoutMs: parseDuration(core.getInput('smoke-timeout'), 'input smoke-timeout'),
        exec: parseArgv(core.getInput('smoke-command'), 'input smoke-command'),
      },
      hardening: bool('hardening'),
    },
    configFile: optional('config'),
    shellcheck: bool('shellcheck'),
    computeCompressedSize: bool('compute-compressed-size'),
    comment: commentMode !== 'never',
    commentMode,
    mode,
    prNumber: prNumber ? Number(prNumber) : null,
    baseline: {
      mode: baselineMode as BaselineOptions['mode'],
      reportPath: optional('baseline-report'),
      image: optional('baseline-image'),
      baseRef: optional('baseline-ref'),
    },
    changeBudgets: {
      maxSizeIncrease: parseTiered(
        core.getInput('max-size-increase'),
        'bytes-or-percent',
        'input max-size-increase',
      ),
      maxLayersIncrease: parseTiered(
        core.getInput('max-layers-increase'),
        'count-or-percent',
        'input max-layers-increase',
      ),
      noRegression: parseNoRegression(core.getInput('no-regression'), 'input no-regression'),
    },
    commentKey: optional('comment-key'),
    reportFile: optional('report-file'),
    sarifFile: optional('sarif-file'),
    githubToken: core.getInput('github-token'),
  };
}
