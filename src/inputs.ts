// The action's inputs, read once, keyed by their action.yml names (as docker/build-push-action
// does). Only this file and main.ts talk to @actions/core.
import * as core from '@actions/core';
import { parseTiered, type Budgets } from './report/budgets.js';
import type { Policy, Threshold } from './report/evaluate.js';
import type { BuildRequest } from './types.js';

export interface Inputs {
  build: BuildRequest;
  budgets: Budgets;
  policy: Policy;
  user: string | null;
  comment: boolean;
  commentKey: string | null;
  reportFile: string | null;
  githubToken: string;
}

const THRESHOLDS: readonly Threshold[] = ['error', 'warning', 'info', 'style', 'none'];

/** Newline- or comma-separated list, as docker/metadata-action and build-push-action accept. */
function list(name: string, opts: { commas: boolean }): string[] {
  const raw = core.getInput(name);
  const lines = raw.split(/\r?\n/);
  const items = opts.commas ? lines.flatMap((l) => l.split(',')) : lines;
  return items.map((s) => s.trim()).filter((s) => s && !s.startsWith('#'));
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
  const secrets = list('secrets', { commas: false });
  return {
    build: {
      file: core.getInput('file') || 'Dockerfile',
      context: core.getInput('context') || '.',
      target: optional('target'),
      // Values may contain commas, so only newlines separate build args and labels.
      buildArgs: list('build-args', { commas: false }),
      secrets,
      tags: list('tags', { commas: true }),
      labels: list('labels', { commas: false }),
      platforms: list('platforms', { commas: true }),
      push: bool('push'),
      load: bool('load'),
      pull: bool('pull'),
      noCache: bool('no-cache'),
      builder: optional('builder'),
      cacheFrom: list('cache-from', { commas: false }),
      cacheTo: list('cache-to', { commas: false }),
      network: optional('network'),
    },
    budgets: {
      maxSize: parseTiered(core.getInput('max-size'), 'bytes', 'input max-size'),
      maxCompressedSize: parseTiered(core.getInput('max-compressed-size'), 'bytes', 'input max-compressed-size'),
      maxLayers: parseTiered(core.getInput('max-layers'), 'count', 'input max-layers'),
      maxWaste: parseTiered(core.getInput('max-waste'), 'bytes-or-percent', 'input max-waste'),
    },
    policy: { requireNonRoot: bool('require-non-root'), lintFailOn, lintWarnOn: lintFailOn === 'none' ? 'none' : lower },
    user: optional('user'),
    comment: bool('comment'),
    commentKey: optional('comment-key'),
    reportFile: optional('report-file'),
    githubToken: core.getInput('github-token'),
  };
}
