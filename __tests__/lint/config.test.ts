import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLintConfig } from '../../src/lint/config.js';
import { formatJson, lintConfigFromSection, lintFiles } from '../../src/lint/index.js';

const root = mkdtempSync(join(tmpdir(), 'shipshape-lint-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function project(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  return dir;
}

describe('loadLintConfig', () => {
  it('reads the lint key of .shipshape.yml and ignores other keys', async () => {
    const dir = project('shipshape', {
      '.shipshape.yml': [
        'budgets:',
        '  max-size: 200MB',
        'lint:',
        '  failureThreshold: warning',
        '  disableIgnorePragma: true',
        '  ignored: [DL3059, SC2086]',
        '  trustedRegistries: [ghcr.io]',
        '  labelSchema: { org.opencontainers.image.source: url }',
        '  rules:',
        '    image-tag-not-latest: error',
        '    DL3008: off',
        '    no-sudo: { severity: warning, options: { allow: [x] } }',
        '',
      ].join('\n'),
      '.hadolint.yaml': 'ignored: [DL3000]\n',
    });
    const c = await loadLintConfig(dir, undefined);
    expect(c.source).toBe('.shipshape.yml');
    expect(c.failureThreshold).toBe('warning');
    expect(c.disableIgnorePragma).toBe(true);
    expect(c.ignored).toEqual(['DL3059', 'SC2086']);
    expect(c.settings.trustedRegistries).toEqual(['ghcr.io']);
    expect(c.settings.labelSchema).toEqual({ 'org.opencontainers.image.source': 'url' });
    expect(c.rules).toEqual({
      'image-tag-not-latest': { enabled: true, severity: 'error' },
      DL3008: { enabled: false },
      'no-sudo': { severity: 'warning', options: { allow: ['x'] } },
    });
  });

  it('names the file and the path of each bad key', async () => {
    const dir = project('bad', {
      '.shipshape.yml':
        'lint:\n  rules:\n    DL3008: loud\n    Not_A_Rule: off\n  failureThreshold: high\n  colour: red\n',
    });
    const message = await loadLintConfig(dir, undefined).then(
      () => '',
      (e: Error) => e.message,
    );
    expect(message).toContain('.shipshape.yml: lint.rules.DL3008: expected off, on, a severity');
    expect(message).toContain('.shipshape.yml: lint.rules.Not_A_Rule: not a rule id');
    expect(message).toContain(
      '.shipshape.yml: lint.failureThreshold: must be one of error, warning, info, style, none',
    );
    expect(message).toContain('.shipshape.yml: lint.colour: unknown key');
  });

  it('falls back to .hadolint.yaml without .shipshape.yml, the hadolint way', async () => {
    const dir = project('hadolint', {
      '.hadolint.yaml': [
        'ignored: [DL3008]',
        'override:',
        '  error: [DL3015]',
        '  info: [DL3007]',
        'trustedRegistries: [docker.io, my.registry:5000]',
        'failure-threshold: warning',
        'label-schema:',
        '  author: text',
        '',
      ].join('\n'),
    });
    const c = await loadLintConfig(dir, undefined);
    expect(c.source).toBe('.hadolint.yaml');
    expect(c.ignored).toEqual(['DL3008']);
    expect(c.rules).toEqual({ DL3015: { severity: 'error' }, DL3007: { severity: 'info' } });
    expect(c.settings.trustedRegistries).toEqual(['docker.io', 'my.registry:5000']);
    expect(c.settings.labelSchema).toEqual({ author: 'text' });
    expect(c.failureThreshold).toBe('warning');
    const yml = project('hadolint-yml', { '.hadolint.yml': 'no-fail: true\n' });
    expect((await loadLintConfig(yml, undefined)).failureThreshold).toBe('none');
  });

  it("reads every key of a hadolint user's file, in each spelling hadolint has used", async () => {
    const dir = project('hadolint-full', {
      '.hadolint.yaml': [
        '# hadolint output settings are accepted and left to shipshape flags',
        'format: json',
        'no-color: true',
        'verbose: false',
        'ignored:',
        'override:',
        '  warning: [DL3042]',
        '  style:',
        'trustedRegistries: docker.io',
        'trusted-registries: [quay.io]',
        'label-schema:',
        '  maintainer: email',
        '  notes: ""',
        'strict-labels: true',
        'disable-ignore-pragma: true',
        'failure-threshold: none',
        '',
      ].join('\n'),
    });
    const c = await loadLintConfig(dir, undefined);
    expect(c.ignored).toEqual([]);
    expect(c.rules).toEqual({ DL3042: { severity: 'warning' } });
    expect(c.settings.trustedRegistries).toEqual(['docker.io', 'quay.io']);
    expect(c.settings.labelSchema).toEqual({ maintainer: 'email', notes: 'text' });
    expect(c.settings.strictLabels).toBe(true);
    expect(c.disableIgnorePragma).toBe(true);
    // hadolint's `none` (and `ignore`) fail on any finding; shipshape's `none` would never fail.
    expect(c.failureThreshold).toBe('style');
    const ignore = project('hadolint-ignore', { '.hadolint.yaml': 'failure-threshold: ignore\n' });
    expect((await loadLintConfig(ignore, undefined)).failureThreshold).toBe('style');
    const noFail = project('hadolint-nofail', {
      '.hadolint.yml': 'failure-threshold: error\nno-fail: true\n',
    });
    expect((await loadLintConfig(noFail, undefined)).failureThreshold).toBe('none');
  });

  it('names the hadolint file and key of a value hadolint would refuse, and skips unknown keys', async () => {
    let n = 0;
    const message = async (yaml: string) => {
      const dir = project(`hadolint-bad-${n++}`, { '.hadolint.yaml': yaml });
      return loadLintConfig(dir, undefined).then(
        () => '',
        (e: Error) => e.message,
      );
    };
    expect(await message('failure-threshold: high\n')).toMatch(
      /^\.hadolint\.yaml: failure-threshold: expected error, warning, info, style, ignore or none/,
    );
    expect(await message('ignored: DL3008\n')).toMatch(
      /^\.hadolint\.yaml: ignored: expected a list of rule codes/,
    );
    expect(await message('override:\n  fatal: [DL3008]\n')).toMatch(
      /^\.hadolint\.yaml: override\.fatal: unknown severity/,
    );
    expect(await message('label-schema:\n  created: date\n')).toMatch(
      /^\.hadolint\.yaml: label-schema\.created: unknown label type/,
    );
    expect(await message('strict-labels: yes\n')).toMatch(
      /^\.hadolint\.yaml: strict-labels: expected true or false/,
    );
    // hadolint skips keys it does not know; so does shipshape, so a hadolint file works unedited.
    expect(await message('ignore: [DL3008]\nno-color: true\n')).toBe('');
    expect(await message('- DL3008\n')).toMatch(/^\.hadolint\.yaml: \(top level\): expected a mapping/);
  });

  it('defaults without files, refuses a named file that is missing, and skips files for null', async () => {
    const dir = project('empty', {});
    expect((await loadLintConfig(dir, undefined)).source).toBeNull();
    await expect(loadLintConfig(dir, 'nope.yml')).rejects.toThrow(/nope\.yml: no such file/);
    const withFile = project('nullcfg', { '.shipshape.yml': 'lint:\n  ignored: [DL3000]\n' });
    expect((await loadLintConfig(withFile, null)).ignored).toEqual([]);
  });

  it('applies the overrides through aliases when linting', async () => {
    const dir = project('applied', {
      '.hadolint.yaml': 'ignored: [DL3000]\noverride:\n  error: [DL3007]\n',
      Dockerfile: 'FROM debian:latest\nWORKDIR app\n',
    });
    const run = await lintFiles(['Dockerfile'], { cwd: dir, shellcheck: false });
    const mine = run.files[0]!.findings.filter(
      (f) => f.aliases.includes('DL3007') || f.aliases.includes('DL3000'),
    );
    expect(mine.map((f) => [f.rule, f.severity])).toEqual([['image-tag-not-latest', 'error']]);
  });
});

describe('lintConfigFromSection', () => {
  it('validates and converts a lint section read elsewhere', async () => {
    const c = await lintConfigFromSection(
      { rules: { DL3008: 'off' }, ignored: ['SC2086'] },
      '.shipshape.yml',
    );
    expect(c.rules).toEqual({ DL3008: { enabled: false } });
    expect(c.ignored).toEqual(['SC2086']);
    await expect(lintConfigFromSection({ rules: { DL3008: 'loud' } }, 'x.yml')).rejects.toThrow(
      /x\.yml: lint\.rules\.DL3008/,
    );
  });
});

describe('JSON output', () => {
  it('validates against docs/schema/lint-output.schema.json', async () => {
    const dir = project('json', { Dockerfile: 'FROM debian:latest\nWORKDIR app\nBOGUS x\nRUN echo $HOME\n' });
    const run = await lintFiles(['Dockerfile', 'missing'], { cwd: dir, configFile: null, shellcheck: false });
    const schema = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../docs/schema/lint-output.schema.json'), 'utf8'),
    );
    const ajv = new Ajv({ allErrors: true, strict: false });
    (addFormats as unknown as (a: Ajv) => void)(ajv);
    const validate = ajv.compile(schema);
    const doc = JSON.parse(formatJson(run));
    expect(doc.files[0].findings.length).toBeGreaterThan(0);
    expect(doc.files[0].errors.length).toBe(1);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });
});
