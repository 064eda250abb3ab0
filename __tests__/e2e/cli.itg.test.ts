// The committed CLI bundle on the bundled example, as a developer runs it locally.
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import {
  BASE_DEBIAN,
  BASE_PYTHON,
  dockerOut,
  engineStore,
  makeContext,
  managedContainers,
  payloadOf,
} from '../support/docker.js';
import { REPO_ROOT } from '../support/runner.js';

const CLI = join(REPO_ROOT, 'dist/cli/index.js');
const dir = mkdtempSync(join(tmpdir(), 'shipshape-cli-'));
const images = new Set<string>();

function shipshape(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 600_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

const code = (r: { code: number }) => r.code;

function validateReport(report: unknown): void {
  const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'docs/schema/report.schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  const validate = ajv.compile(schema);
  expect(validate(report), JSON.stringify(validate.errors, null, 2)).toBe(true);
}

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  for (const id of images) dockerOut(['image', 'rm', '-f', id]);
});

describe('shipshape check', () => {
  it('passes the good example, prints the report and writes a schema-valid JSON report', async () => {
    const reportFile = join(dir, 'good.json');
    const r = await shipshape([
      'check',
      '-f',
      'examples/python-web/Dockerfile',
      '-c',
      'examples/python-web',
      '--build-arg',
      `BASE_IMAGE=${BASE_PYTHON}`,
      '--max-size',
      '1GB',
      '--report-file',
      reportFile,
    ]);
    expect(r.code, r.stderr).toBe(0);
    // The terminal rendering by default (stdout is a pipe here: no colours).
    expect(r.stdout.split('\n')[0]).toMatch(/^(PASS|WARN) {2}shipshape: examples\/python-web\/Dockerfile$/);
    expect(r.stdout).not.toContain('\u001b[');
    expect(r.stdout).toContain('Largest instructions');
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    images.add(report.image.id);
    validateReport(report);
    const inspect = JSON.parse(dockerOut(['image', 'inspect', report.image.id]))[0];
    expect(inspect.Id).toBe(report.image.id);
    expect(report.image.sizeBytes).toBe(payloadOf(report.image.id));
    expect(report.image.layerCount).toBe(inspect.RootFS.Layers.length);
    expect(report.runtime).toMatchObject({ nonRoot: true, uid: 10001 });
    expect(report.status).not.toBe('fail');
  });

  it('exits 1 on the naive example and says why', async () => {
    const reportFile = join(dir, 'naive.json');
    const r = await shipshape([
      'check',
      '-f',
      'examples/python-web/Dockerfile.naive',
      '-c',
      'examples/python-web',
      '--build-arg',
      `BASE_IMAGE=${BASE_PYTHON}`,
      '--report-file',
      reportFile,
    ]);
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    images.add(report.image.id);
    validateReport(report);
    expect(report.status).toBe('fail');
    expect(report.reasons.map((x: { code: string }) => x.code)).toContain('runs-as-root');
    expect(r.stdout).toContain('runs as root');
  });

  it('refuses bad input with a clear message and exit 2', async () => {
    const r = await shipshape(['check', '--max-size', '12 parsecs']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-size');
    const missing = await shipshape(['check', '-f', 'no/such/Dockerfile']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'shipshape: --file: "no/such/Dockerfile" does not exist; give a file inside the working directory, e.g. Dockerfile or app/Dockerfile\n',
    );
  });

  it('applies --config (lint section and a % waste budget), build args in FROM and the declared USER', async () => {
    // The FROM default names an image the engine does not have: only the --build-arg makes the base
    // known, so base layers told apart by digest prove the build args reached the measure stage.
    const project = makeContext({
      Dockerfile: [
        'ARG BASE=nowhere.invalid/base:1',
        'FROM ${BASE}',
        'RUN useradd -u 10001 app',
        'RUN head -c 3000000 /dev/urandom > /blob',
        'RUN rm /blob',
        'USER app',
        // Exits on SIGTERM at once, so the runtime check does not wait out the stop timeout.
        `CMD ["sh", "-c", "trap 'exit 0' TERM; sleep 60 & wait"]`,
        '',
      ].join('\n'),
      'conf/shipshape.yml': [
        'budgets:',
        '  max-waste: { warn: 1%, fail: 50% }',
        'lint:',
        '  rules:',
        '    DL3059: off',
        '',
      ].join('\n'),
    });
    try {
      const reportFile = join(dir, 'configured.json');
      const args = [
        'check',
        '-f',
        join(project.dir, 'Dockerfile'),
        '-c',
        project.dir,
        // The project is a temporary directory, outside the working directory (the repository).
        '--allow-outside-workspace',
        '--no-compressed-size',
      ];
      const r = await shipshape([
        ...args,
        '--build-arg',
        `BASE=${BASE_DEBIAN}`,
        '--config',
        join(project.dir, 'conf/shipshape.yml'),
        '--report-file',
        reportFile,
      ]);
      const report = JSON.parse(readFileSync(reportFile, 'utf8'));
      images.add(report.image.id);
      validateReport(report);
      expect(report.image.baseImage).toBe(BASE_DEBIAN);
      const baseLayers = JSON.parse(dockerOut(['image', 'inspect', BASE_DEBIAN]))[0].RootFS.Layers.length;
      expect(report.image.layers.filter((l: { fromBase: boolean }) => l.fromBase)).toHaveLength(baseLayers);
      expect(report.image.ownBytes).toBeGreaterThanOrEqual(3_000_000);
      // Not computed; on the containerd store the stored blobs still give it, for free.
      expect(report.image.compressedSource).toBe(engineStore() === 'containerd' ? 'stored' : null);
      // The 3 MB written and then removed is most of the image's own bytes: both tiers trip, and
      // the limit is computed from the own bytes the measure stage found.
      const waste = report.budgets.filter((b: { name: string }) => b.name === 'max-waste');
      expect(waste.map((b: { level: string; status: string }) => [b.level, b.status])).toEqual([
        ['fail', 'fail'],
        ['warn', 'warn'],
      ]);
      expect(waste[0].limit).toMatch(/^50% of own bytes \(/);
      expect(report.status).toBe('fail');
      const rules = report.lint.findings.map((f: { rule: string }) => f.rule);
      expect(rules).not.toContain('run-consecutive');
      expect(report.runtime).toMatchObject({ nonRoot: true, uid: 10001, userOrigin: 'image' });
      expect(code(r)).toBe(1);

      // Without the config file the same Dockerfile reports the rule the config turned off.
      const plain = await shipshape([...args, '--build-arg', `BASE=${BASE_DEBIAN}`, '--format', 'json']);
      const unconfigured = JSON.parse(plain.stdout);
      expect(unconfigured.lint.findings.map((f: { rule: string }) => f.rule)).toContain('run-consecutive');

      // An image built FROM it without a USER of its own inherits the user, and is told so.
      const parent = `shipshape.local/inherit-parent:${process.pid}`;
      dockerOut(['tag', report.image.id, parent]);
      const child = makeContext({ Dockerfile: `FROM ${parent}\nLABEL child=1\n` });
      try {
        const inherited = await shipshape([
          'check',
          '-f',
          join(child.dir, 'Dockerfile'),
          '-c',
          child.dir,
          '--allow-outside-workspace',
          '--no-compressed-size',
          '--format',
          'json',
        ]);
        const childReport = JSON.parse(inherited.stdout);
        images.add(childReport.image.id);
        expect(childReport.runtime).toMatchObject({ nonRoot: true, uid: 10001, userOrigin: 'base-image' });
      } finally {
        child.cleanup();
      }
    } finally {
      project.cleanup();
    }
  });

  it('leaves no container behind', () => {
    expect(managedContainers()).toEqual([]);
  });
});

describe('shipshape lint', () => {
  it('prints JSON findings for the naive example and exits 1', async () => {
    const r = await shipshape(['lint', '--format', 'json', 'examples/python-web/Dockerfile.naive']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.version).toBe(1);
    const rules = out.files[0].findings.map((f: { aliases: string[] }) => f.aliases).flat();
    expect(rules).toEqual(expect.arrayContaining(['DL3015']));
  });

  it('finds nothing to complain about above info in the good example', async () => {
    const r = await shipshape([
      'lint',
      '--format',
      'json',
      '--failure-threshold',
      'warning',
      'examples/python-web/Dockerfile',
    ]);
    expect(r.code, r.stdout).toBe(0);
  });
});
