// getInputs() reads INPUT_* variables exactly as the runner sets them (defaults from action.yml).
import { afterEach, describe, expect, it } from 'vitest';
import { getInputs } from '../src/inputs.js';
import { UsageError } from '../src/errors.js';
import { actionDefaults } from './support/runner.js';

function setInputs(values: Record<string, string>): void {
  for (const [name, value] of Object.entries({ ...actionDefaults(), 'github-token': 'ghs_x', ...values })) {
    process.env[`INPUT_${name.toUpperCase()}`] = value;
  }
}

afterEach(() => {
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k];
});

describe('getInputs', () => {
  it('reads the defaults from action.yml', () => {
    setInputs({});
    const i = getInputs();
    expect(i.build).toMatchObject({
      file: 'Dockerfile',
      context: '.',
      target: null,
      push: false,
      load: true,
      tags: [],
      cacheTo: [],
    });
    expect(i.policy).toEqual({
      requireNonRoot: true,
      lintFailOn: 'error',
      lintWarnOn: 'warning',
      unlintable: 'warn',
      sizeProblems: 'warn',
    });
    expect(i.commentMode).toBe('on-change');
  });

  it('accepts metadata-action style lists: tags by newline or comma, build args by newline only', () => {
    setInputs({
      tags: 'ghcr.io/o/app:pr-1\nghcr.io/o/app:sha-abc, ghcr.io/o/app:edge\n',
      'build-args': 'A=1,2\nB=x y\n\n',
      platforms: 'linux/amd64,linux/arm64',
    });
    const i = getInputs();
    expect(i.build.tags).toEqual(['ghcr.io/o/app:pr-1', 'ghcr.io/o/app:sha-abc', 'ghcr.io/o/app:edge']);
    expect(i.build.buildArgs).toEqual(['A=1,2', 'B=x y']);
    expect(i.build.platforms).toEqual(['linux/amd64', 'linux/arm64']);
  });

  it('parses budgets and rejects bad ones naming the input', () => {
    setInputs({ 'max-size': 'warn=150MB,fail=200MB', 'max-layers': '12' });
    expect(getInputs().budgets.maxSize).toEqual({
      warn: { kind: 'bytes', value: 150e6 },
      fail: { kind: 'bytes', value: 200e6 },
    });
    setInputs({ 'max-size': '200 megs' });
    expect(() => getInputs()).toThrow(/input max-size/);
  });

  it('weighs a crash and size problems as the inputs say', () => {
    setInputs({ 'fail-on-crash': 'true', 'size-problems': 'none' });
    expect(getInputs().policy).toMatchObject({ crash: 'fail', sizeProblems: 'none' });
    // By default a crash is left to the decider's default (a warning).
    setInputs({ 'fail-on-crash': 'false' });
    expect(getInputs().policy.crash).toBeUndefined();
  });

  it('rejects an unknown lint threshold and a non-boolean flag', () => {
    setInputs({ 'lint-fail-on': 'fatal' });
    expect(() => getInputs()).toThrow(/lint-fail-on: "fatal" is not one of/);
    setInputs({ push: 'maybe' });
    expect(() => getInputs()).toThrow(/push/);
  });
});

describe('every input error names the input and what a valid value looks like', () => {
  it.each([
    [
      'max-layers',
      '-3',
      /^input max-layers: "-3" is not a whole number; give a whole number \(0 or more\) such as 12/,
    ],
    ['max-size', '200 megs', /^input max-size: .*; give a size such as 200MB/],
    ['max-compressed-size', 'warn=lots', /^input max-compressed-size: .*; give a size such as 200MB/],
    [
      'max-waste',
      'x%',
      /^input max-waste: "x%" is not a percentage; give a size or a percentage such as 50MB, 10%/,
    ],
    [
      'max-size-increase',
      'error=1MB',
      /^input max-size-increase: "error=1MB" is not "warn=<value>".*such as/,
    ],
    [
      'max-layers-increase',
      '1.5',
      /^input max-layers-increase: "1.5" is not a whole number; .*such as 2, 10%/,
    ],
    ['no-regression', 'sometimes', /^input no-regression: "sometimes" is not one of true, false, warn, fail/],
    ['baseline', 'latest', /^input baseline: "latest" is not one of auto, report, image, rebuild, none/],
    ['lint-fail-on', 'fatal', /^input lint-fail-on: "fatal" is not one of error, warning/],
    ['comment', 'sometimes', /^input comment: "sometimes" is not one of on-change, always/],
    ['mode', 'deploy', /^input mode: "deploy" is not one of check, post/],
    ['pr-number', '#12', /^input pr-number: "#12" is not a pull request number such as 42/],
    ['push', 'maybe', /^input push: "maybe" is not true or false/],
    ['require-non-root', 'yes', /^input require-non-root: "yes" is not true or false/],
    ['fail-on-crash', 'sometimes', /^input fail-on-crash: "sometimes" is not true or false/],
    ['size-problems', 'error', /^input size-problems: "error" is not one of warn, fail, none/],
    ['allow-outside-workspace', 'please', /^input allow-outside-workspace: "please" is not true or false/],
    ['smoke-port', '80/tcp', /^input smoke-port: "80\/tcp" is not a port number \(1-65535\)/],
    ['smoke-timeout', 'ten seconds', /^input smoke-timeout: "ten seconds" is not a duration such as 10s/],
    ['smoke-path', 'healthz', /^input smoke-path: "healthz" must start with "\/", e\.g\. \/healthz/],
    [
      'run-command',
      '["serve", 8080]',
      /^input run-command: must be a non-empty JSON array of strings \(e\.g\. \["serve"/,
    ],
    [
      'smoke-command',
      '[oops',
      /^input smoke-command: starts with "\[" but is not a JSON array of strings \(e\.g\./,
    ],
  ])('%s=%s', (name, value, message) => {
    setInputs({ [name]: value });
    let error: unknown;
    try {
      getInputs();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
  });
});
