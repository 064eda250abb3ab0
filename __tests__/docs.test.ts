// README and action.yml must tell the same story, and the version must agree with package.json.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { VERSION } from '../src/version.js';

const root = new URL('..', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');
const action = parse(read('action.yml')) as {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};
const readme = read('README.md');

function tableNames(heading: string): string[] {
  const section = readme.split(`## ${heading}`)[1]!.split('\n## ')[0]!;
  // Prettier pads table cells, so a row is `| `name`<spaces>|`.
  return [...section.matchAll(/^\| `([^`]+)` +\|/gm)].map((m) => m[1]!);
}

describe('action.yml and README', () => {
  it('runs on node24 from dist/index.js', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('documents every input and output in both places', () => {
    expect(tableNames('Inputs').sort()).toEqual(Object.keys(action.inputs).sort());
    expect(tableNames('Outputs').sort()).toEqual(Object.keys(action.outputs).sort());
    for (const [name, spec] of Object.entries({ ...action.inputs, ...action.outputs })) {
      expect(spec.description, name).toBeTruthy();
    }
  });

  it('shows the same defaults in the README as action.yml', () => {
    for (const [name, spec] of Object.entries(action.inputs)) {
      const row = readme.split('\n').find((l) => new RegExp(`^\\| \`${name}\` +\\|`).test(l))!;
      const cell = row.split('|')[2]!.trim();
      if (name === 'cache-to') continue; // empty input, documented as its effective value
      expect(cell.replace(/`/g, ''), name).toBe(spec.default ?? '');
    }
  });

  it('keeps src/version.ts equal to package.json', () => {
    expect(VERSION).toBe(JSON.parse(read('package.json')).version);
  });
});

describe('the options reader', () => {
  it('holds the same defaults as action.yml, so the CLI and the action start alike', async () => {
    const { OPTION_DEFAULTS } = await import('../src/options.js');
    const declared = Object.fromEntries(
      Object.entries(action.inputs)
        .filter(([, spec]) => spec.default && !spec.default.includes('${{'))
        .map(([name, spec]) => [name, spec.default]),
    );
    expect(OPTION_DEFAULTS).toEqual(declared);
  });
});
