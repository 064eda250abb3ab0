// getInputs() reads INPUT_* variables exactly as the runner sets them (defaults from action.yml).
import { afterEach, describe, expect, it } from 'vitest';
import { getInputs } from '../src/inputs.js';
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
    expect(i.comment).toBe(true);
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

  it('rejects an unknown lint threshold and a non-boolean flag', () => {
    setInputs({ 'lint-fail-on': 'fatal' });
    expect(() => getInputs()).toThrow(/lint-fail-on: "fatal" is not one of/);
    setInputs({ push: 'maybe' });
    expect(() => getInputs()).toThrow(/push/);
  });
});
