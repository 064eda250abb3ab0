import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { LintRun } from '../../src/lint/index.js';
import { lintText } from '../../src/lint/index.js';
import { formatSarif } from '../../src/lint/sarif.js';
import imageTagNotLatest from '../../src/lint/rules/image-tag-not-latest.js';
import workdirAbsolute from '../../src/lint/rules/workdir-absolute.js';

// The official SARIF 2.1.0 (rtm.5) schema, vendored from @microsoft/jest-sarif (MIT). It is
// draft-04; its only draft-04 specifics are `id` and `$schema`, rewritten here for ajv's draft-07.
function sarifValidator() {
  const schema = JSON.parse(
    readFileSync(join(import.meta.dirname, 'fixtures/sarif-schema-2.1.0.json'), 'utf8'),
  );
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  // The schema's `language` pattern is not valid with the u flag (a stray bracket).
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  return ajv.compile(schema);
}

const opts = { configFile: null, rules: [imageTagNotLatest, workdirAbsolute], shellcheck: false };

async function sampleRun(): Promise<LintRun> {
  const a = await lintText('services/api/Dockerfile', 'FROM python:latest\nWORKDIR app\n', opts);
  const b = await lintText('.docker/worker.Dockerfile', 'FROM debian:bookworm\nFOO bar\n', opts);
  a.findings.push({
    rule: 'SC2086',
    aliases: [],
    severity: 'info',
    file: 'services/api/Dockerfile',
    line: 2,
    column: 1,
    endLine: 2,
    message: 'Double quote to prevent globbing and word splitting.',
    docs: 'https://www.shellcheck.net/wiki/SC2086',
  });
  return { files: [a, b] };
}

describe('formatSarif', () => {
  it('validates against the SARIF 2.1.0 schema', async () => {
    const log = JSON.parse(formatSarif(await sampleRun(), { repoRoot: '/repo', cwd: '/repo' }));
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The validator is not vacuous: a wrong level is refused.
    log.runs[0].results[0].level = 'info';
    expect(validate(log)).toBe(false);
  });

  it('lists each reporting rule once with its help URI and aliases, and results point at it', async () => {
    const log = JSON.parse(formatSarif(await sampleRun(), { repoRoot: '/repo', cwd: '/repo' }));
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('shipshape');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'image-tag-not-latest',
      'workdir-absolute',
      'SC2086',
    ]);
    expect(run.tool.driver.rules[0].helpUri).toMatch(/docs\/rules\/image-tag-not-latest\.md$/);
    expect(run.tool.driver.rules[0].properties.aliases).toEqual(['DL3007']);
    expect(run.tool.driver.rules[2].helpUri).toBe('https://www.shellcheck.net/wiki/SC2086');
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['warning', 'error', 'note']);
  });

  it('uses repo-relative paths with forward slashes and the finding lines', async () => {
    const log = JSON.parse(formatSarif(await sampleRun(), { repoRoot: '/repo', cwd: '/repo/sub' }));
    const locs = log.runs[0].results.map(
      (r: {
        locations: {
          physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
        }[];
      }) => [
        r.locations[0]!.physicalLocation.artifactLocation.uri,
        r.locations[0]!.physicalLocation.region.startLine,
      ],
    );
    expect(locs).toEqual([
      ['sub/services/api/Dockerfile', 1],
      ['sub/services/api/Dockerfile', 2],
      ['sub/services/api/Dockerfile', 2],
    ]);
  });

  it('reports files that could not be linted as tool notifications', async () => {
    const log = JSON.parse(formatSarif(await sampleRun(), { repoRoot: '/repo' }));
    const notes = log.runs[0].invocations[0].toolExecutionNotifications;
    expect(notes).toHaveLength(1);
    expect(notes[0].message.text).toBe('line 2 is not a Dockerfile instruction: "FOO bar"');
    expect(notes[0].locations[0].physicalLocation.artifactLocation.uri).toBe('.docker/worker.Dockerfile');
  });
});
