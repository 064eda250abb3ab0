import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { lintCommand } from '../../src/lint-cli.js';
import { RULES } from '../../src/lint/registry.js';
import aptNoInstallRecommends from '../../src/lint/rules/apt-no-install-recommends.js';
import imageTagExplicit from '../../src/lint/rules/image-tag-explicit.js';
import imageTagNotLatest from '../../src/lint/rules/image-tag-not-latest.js';
import lastUserNotRoot from '../../src/lint/rules/last-user-not-root.js';
import workdirAbsolute from '../../src/lint/rules/workdir-absolute.js';
import {
  defaultLintConfig,
  failingFindings,
  formatJson,
  formatText,
  lintFiles,
  lintText,
} from '../../src/lint/index.js';

const dir = mkdtempSync(join(tmpdir(), 'shipshape-lint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(rel: string, text: string): void {
  mkdirSync(join(dir, rel, '..'), { recursive: true });
  writeFileSync(join(dir, rel), text);
}

async function run(argv: string[], cwd = dir): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c) => out.push(String(c)));
  stderr.on('data', (c) => err.push(String(c)));
  const code = await lintCommand(argv, { stdout, stderr, cwd });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

// A fixed set of rules, so these engine tests do not change when rules are added.
const rules = [aptNoInstallRecommends, imageTagNotLatest, lastUserNotRoot, workdirAbsolute];
const noConfig = { configFile: null, rules, shellcheck: false };

describe('lintText', () => {
  it('reports findings sorted by line with rule metadata', async () => {
    const r = await lintText(
      'x/Dockerfile',
      'FROM debian:latest\nWORKDIR app\nUSER root\nRUN apt-get install -y curl\n',
      noConfig,
    );
    expect(r.file).toBe('x/Dockerfile');
    expect(r.errors).toEqual([]);
    expect(r.findings.map((f) => [f.line, f.rule, f.aliases[0], f.severity])).toEqual([
      [1, 'image-tag-not-latest', 'DL3007', 'warning'],
      [2, 'workdir-absolute', 'DL3000', 'error'],
      [3, 'last-user-not-root', 'DL3002', 'warning'],
      [4, 'apt-no-install-recommends', 'DL3015', 'info'],
    ]);
    expect(r.findings[0]!.docs).toMatch(/docs\/rules\/image-tag-not-latest\.md$/);
  });

  it('lists what BuildKit would refuse as errors and still lints the rest', async () => {
    const r = await lintText('Dockerfile', 'FROM debian\nFOO bar\nWORKDIR app\n', noConfig);
    expect(r.errors).toEqual([{ message: 'line 2 is not a Dockerfile instruction: "FOO bar"', line: 2 }]);
    expect(r.findings.map((f) => f.rule)).toEqual(['workdir-absolute']);
  });

  it('names the line of a FROM without an image and still lints the rest, saying nothing of the empty name', async () => {
    const text = 'FROM debian\nRUN apt-get install -y curl\nFROM\nWORKDIR app\n';
    const r = await lintText('Dockerfile', text, {
      ...noConfig,
      rules: [imageTagExplicit, aptNoInstallRecommends, workdirAbsolute],
    });
    expect(r.errors).toEqual([{ message: 'FROM without an image', line: 3 }]);
    // The untagged image on line 1 is reported; the empty one on line 3 is the error's alone.
    expect(r.findings.map((f) => [f.line, f.rule])).toEqual([
      [1, 'image-tag-explicit'],
      [2, 'apt-no-install-recommends'],
      [4, 'workdir-absolute'],
    ]);
  });

  it('honours pragmas of both kinds, for the next instruction and the whole file', async () => {
    const text = [
      '# hadolint global ignore=DL3007',
      'FROM debian:latest',
      '# shipshape ignore=workdir-absolute',
      'WORKDIR app',
      'WORKDIR again',
      '# hadolint ignore=DL3015,DL3008',
      'RUN apt-get install -y \\',
      '    curl',
      'RUN apt-get install -y wget',
    ].join('\n');
    const r = await lintText('Dockerfile', text, noConfig);
    expect(r.findings.map((f) => [f.line, f.rule])).toEqual([
      [5, 'workdir-absolute'],
      [9, 'apt-no-install-recommends'],
    ]);
  });

  it('takes a hadolint pragma for the very next line only (as hadolint), a shipshape pragma for the next instruction', async () => {
    const text = [
      'FROM debian:bookworm',
      '# hadolint ignore=DL3000',
      '',
      'WORKDIR a',
      '# shipshape ignore=DL3000',
      '',
      '# another comment',
      'WORKDIR b',
    ].join('\n');
    const r = await lintText('Dockerfile', text, noConfig);
    expect(r.findings.map((f) => [f.line, f.rule])).toEqual([[4, 'workdir-absolute']]);
  });

  it('reads a hadolint pragma with hadolint grammar: a list it cannot read ignores nothing', async () => {
    const lint = async (pragma: string) =>
      (await lintText('Dockerfile', `FROM debian:bookworm\n${pragma}\nWORKDIR a\n`, noConfig)).findings
        .length;
    for (const ok of [
      '# hadolint ignore=DL3000',
      '#hadolint ignore = DL3007 , DL3000',
      '#  hadolint\tignore=DL3000\t# why: legacy path',
      '# hadolint ignore=DL3000#glued comment',
    ])
      expect(await lint(ok), ok).toBe(0);
    for (const no of [
      '# hadolint ignore=workdir-absolute',
      '# hadolint ignore=bogus,DL3000',
      '# hadolint ignore=DL3000,',
      '# hadolint ignore=DL3007 DL3000',
      '# hadolint ignore=dl3000',
      '# Hadolint ignore=DL3000',
      '# hadolintignore=DL3000',
    ])
      expect(await lint(no), no).toBe(1);
    // shipshape's own pragma takes rule ids as well.
    expect(await lint('# shipshape ignore=workdir-absolute')).toBe(0);
  });

  it('scopes `# hadolint stage ignore=` as hadolint 2.15 does', async () => {
    const text = [
      'FROM debian:bookworm',
      'WORKDIR a',
      '# hadolint stage ignore=DL3000,DL3007',
      'FROM debian:latest',
      'WORKDIR b',
      'FROM debian:latest',
      'WORKDIR c',
    ].join('\n');
    const r = await lintText('Dockerfile', text, noConfig);
    // The pragma's own FROM line stays reported; the stage, and the next FROM line, do not.
    expect(r.findings.map((f) => [f.line, f.rule])).toEqual([
      [2, 'workdir-absolute'],
      [4, 'image-tag-not-latest'],
      [7, 'workdir-absolute'],
    ]);
    const midStage = ['FROM debian:bookworm', '# hadolint stage ignore=DL3000', 'WORKDIR a', 'WORKDIR b'];
    const mid = await lintText('Dockerfile', midStage.join('\n'), noConfig);
    expect(mid.findings.map((f) => f.line)).toEqual([3]);
  });

  it('scopes `# shipshape stage ignore=` from the next instruction to the end of its stage', async () => {
    const text = [
      'FROM debian:bookworm',
      '# shipshape stage ignore=workdir-absolute,DL3007',
      '',
      'FROM debian:latest AS build',
      'WORKDIR a',
      'WORKDIR b',
      'FROM debian:latest',
      'WORKDIR c',
    ].join('\n');
    const r = await lintText('Dockerfile', text, noConfig);
    expect(r.findings.map((f) => [f.line, f.rule])).toEqual([
      [7, 'image-tag-not-latest'],
      [8, 'workdir-absolute'],
    ]);
  });

  it('ignores every inline pragma when config sets disableIgnorePragma', async () => {
    const config = defaultLintConfig();
    config.disableIgnorePragma = true;
    const text =
      '# hadolint global ignore=DL3007\nFROM debian:latest\n# shipshape ignore=DL3000\nWORKDIR a\n';
    const r = await lintText('Dockerfile', text, { config, rules, shellcheck: false });
    expect(r.findings.map((f) => f.line)).toEqual([2, 4]);
  });

  it('applies config: off, severity by alias, ignored', async () => {
    const config = defaultLintConfig();
    config.rules['DL3007'] = { severity: 'error' };
    config.rules['workdir-absolute'] = { enabled: false };
    config.ignored = ['DL3015'];
    const r = await lintText('Dockerfile', 'FROM debian:latest\nWORKDIR app\nRUN apt-get install x\n', {
      config,
      rules,
      shellcheck: false,
    });
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['image-tag-not-latest', 'error']]);
  });
});

describe('lintFiles and formats', () => {
  write('Dockerfile', 'FROM debian:latest\n');
  write('.hidden/sub/Dockerfile.dev', 'FROM debian\nWORKDIR app\n');
  write('svc/api.Dockerfile', 'FROM debian:bookworm\n');

  it('expands globs into hidden folders and keeps plain paths as given', async () => {
    const run = await lintFiles(['**/Dockerfile*', '*/*.Dockerfile', 'missing/Dockerfile'], {
      ...noConfig,
      cwd: dir,
    });
    expect(run.files.map((f) => f.file)).toEqual([
      '.hidden/sub/Dockerfile.dev',
      'Dockerfile',
      'svc/api.Dockerfile',
      'missing/Dockerfile',
    ]);
    expect(run.files[3]!.errors[0]!.message).toMatch(/cannot read: ENOENT/);
    expect(run.files[0]!.findings.map((f) => f.line)).toEqual([2]);
  });

  it('prints text as file:line:col severity rule message', async () => {
    const run = await lintFiles(['Dockerfile'], { ...noConfig, cwd: dir });
    expect(formatText(run)).toMatch(/^Dockerfile:1:1 warning image-tag-not-latest .* \(DL3007\)\n$/);
  });

  it('prints the JSON contract', async () => {
    const run = await lintFiles(['Dockerfile'], { ...noConfig, cwd: dir });
    const doc = JSON.parse(formatJson(run));
    expect(doc.version).toBe(1);
    expect(Object.keys(doc.files[0])).toEqual(['file', 'findings', 'errors']);
    expect(Object.keys(doc.files[0].findings[0])).toEqual([
      'rule',
      'aliases',
      'severity',
      'line',
      'column',
      'endLine',
      'message',
      'docs',
    ]);
  });

  it('failingFindings compares severities against the threshold', async () => {
    const run = await lintFiles(['.hidden/sub/Dockerfile.dev', 'Dockerfile'], { ...noConfig, cwd: dir });
    expect(failingFindings(run, 'error').map((f) => f.rule)).toEqual(['workdir-absolute']);
    expect(failingFindings(run, 'warning')).toHaveLength(2);
    expect(failingFindings(run, 'style')).toHaveLength(2);
    expect(failingFindings(run, 'none')).toEqual([]);
  });
});

describe('lintCommand', () => {
  // The CLI runs the whole registry: a config turns off every rule outside the fixed set.
  const ids = new Set(rules.map((r) => r.meta.id));
  write(
    'only-fixed.yml',
    `lint:\n  rules:\n${RULES.filter((r) => !ids.has(r.meta.id))
      .map((r) => `    ${r.meta.id}: off\n`)
      .join('')}`,
  );
  const fixed = ['--config', 'only-fixed.yml', '--no-shellcheck'];

  it('exits 1 when a finding reaches the default threshold (info)', async () => {
    const r = await run([...fixed, 'Dockerfile']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('image-tag-not-latest');
  });

  it('exits 0 below the threshold and with none', async () => {
    expect((await run([...fixed, '--failure-threshold', 'error', 'Dockerfile'])).code).toBe(0);
    expect((await run([...fixed, '--failure-threshold', 'none', 'Dockerfile'])).code).toBe(0);
    expect((await run([...fixed, 'svc/api.Dockerfile'])).code).toBe(0);
  });

  it('exits 1 on a file that cannot be linted, unless the threshold is none', async () => {
    const missing = 'no-such.Dockerfile';
    expect((await run([...fixed, '--failure-threshold', 'error', missing])).code).toBe(1);
    expect((await run([...fixed, '--failure-threshold', 'none', missing])).code).toBe(0);
  });

  it('exits 2 on usage errors', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['--format', 'xml', 'Dockerfile'])).code).toBe(2);
    expect((await run(['--failure-threshold', 'high', 'Dockerfile'])).code).toBe(2);
    expect((await run(['--bogus', 'Dockerfile'])).code).toBe(2);
  });

  it('prints JSON', async () => {
    const r = await run([...fixed, '--format', 'json', 'Dockerfile']);
    expect(JSON.parse(r.stdout).files[0].findings[0].aliases).toEqual(['DL3007']);
  });
});
