// The action's inputs, read once, keyed by their action.yml names (as docker/build-push-action
// does). Only this file and main.ts talk to @actions/core.
import * as core from '@actions/core';
import { parseListInput, type ListInput } from './build/lists.js';
import { parseArgv, parseDuration, parseHttpPath, parsePort } from './options.js';
import type { RuntimeOptions } from './pipeline.js';
import { parseTiered, type Budgets } from './report/budgets.js';
import type { Policy, Threshold } from './report/evaluate.js';
import type { BuildRequest } from './types.js';

export interface Inputs {
  build: BuildRequest;
  budgets: Budgets;
  policy: Policy;
  runtime: RuntimeOptions;
  configFile: string | null;
  comment: boolean;
  commentKey: string | null;
  reportFile: string | null;
  githubToken: string;
}

const THRESHOLDS: readonly Threshold[] = ['error', 'warning', 'info', 'style', 'none'];

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
  const lintFailOn = (core.getInput('lint-fail-on') || 'error').trim() as Threshold;
  if (!THRESHOLDS.includes(lintFailOn)) {
    throw new Error(`input lint-fail-on: "${lintFailOn}" is not one of ${THRESHOLDS.join(', ')}`);
  }
  const lower = THRESHOLDS[THRESHOLDS.indexOf(lintFailOn) + 1] ?? 'none';
  const secrets = list('secrets');
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
      maxCompressedSize: parseTiered(core.getInput('max-compressed-size'), 'bytes', 'input max-compressed-size'),
      maxLayers: parseTiered(core.getInput('max-layers'), 'count', 'input max-layers'),
      maxWaste: parseTiered(core.getInput('max-waste'), 'bytes-or-percent', 'input max-waste'),
    },
    policy: { requireNonRoot: bool('require-non-root'), lintFailOn, lintWarnOn: lintFailOn === 'none' ? 'none' : lower },
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
    comment: bool('comment'),
    commentKey: optional('comment-key'),
    reportFile: optional('report-file'),
    githubToken: core.getInput('github-token'),
  };
}
