// The committed CLI bundle on the bundled example, as a developer runs it locally.
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { BASE_PYTHON, dockerOut, managedContainers } from '../support/docker.js';
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
    expect(r.stdout).toContain('### ✅ shipshape');
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    images.add(report.image.id);
    validateReport(report);
    const inspect = JSON.parse(dockerOut(['image', 'inspect', report.image.id]))[0];
    expect(report.image.sizeBytes).toBe(inspect.Size);
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
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read the Dockerfile no/such/Dockerfile');
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
