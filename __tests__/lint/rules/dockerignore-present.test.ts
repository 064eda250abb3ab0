import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultLintConfig } from '../../../src/lint/config.js';
import { runRules } from '../../../src/lint/engine.js';
import { parseDockerfile } from '../../../src/dockerfile/model.js';
import rule from '../../../src/lint/rules/dockerignore-present.js';
import { ruleTester } from '../rule-tester.js';

const root = mkdtempSync(join(tmpdir(), 'shipshape-dockerignore-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const bare = join(root, 'bare');
const withIgnore = join(root, 'with-ignore');
mkdirSync(bare);
mkdirSync(withIgnore);
writeFileSync(join(withIgnore, '.dockerignore'), '.git\n.venv\n');

ruleTester(rule, {
  valid: [
    { code: 'FROM python:3.12-slim\nCOPY . .', contextDir: withIgnore },
    { code: 'FROM python:3.12-slim\nCOPY . .', name: 'context unknown: skipped' },
    {
      code: 'FROM python:3.12-slim\nCOPY requirements.txt app.py ./',
      contextDir: bare,
      name: 'named files only',
    },
    { code: 'FROM python:3.12-slim AS b\nFROM python:3.12-slim\nCOPY --from=b . .', contextDir: bare },
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCOPY . /srv',
      contextDir: bare,
      lines: [3],
      message: '.dockerignore',
    },
    { code: 'FROM python:3.12-slim\nADD ./ /app/', contextDir: bare, lines: [2] },
    { code: 'FROM python:3.12-slim\nCOPY ["./", "/app"]', contextDir: bare, lines: [2] },
  ],
});

describe('<Dockerfile>.dockerignore next to the Dockerfile (BuildKit)', () => {
  it('counts as the ignore file', () => {
    const dir = join(root, 'per-file');
    mkdirSync(join(dir, 'docker'), { recursive: true });
    const dockerfile = join(dir, 'docker', 'app.Dockerfile');
    const run = (): number =>
      runRules({
        file: dockerfile,
        model: parseDockerfile('FROM python:3.12-slim\nCOPY . .'),
        rules: [rule],
        config: defaultLintConfig(),
        contextDir: dir,
      }).findings.length;
    expect(run()).toBe(1);
    writeFileSync(`${dockerfile}.dockerignore`, '.git\n');
    expect(run()).toBe(0);
  });
});
