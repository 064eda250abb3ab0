import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { LintRun } from '../../src/lint/index.js';
import { lintText } from '../../src/lint/index.js';
import { findRepoRoot, formatSarif, pascalName, type CheckRule } from '../../src/lint/sarif.js';
import { lineHashes } from '../../src/lint/fingerprint.js';
import { RULE_CLASSES } from '../../src/lint/rule-tags.js';
import { RULES } from '../../src/lint/registry.js';
import lastUserNotRoot from '../../src/lint/rules/last-user-not-root.js';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
    expect(notes[0].message.text).toBe('line 2 is not a Dockerfile instruction: "FOO bar".');
    expect(notes[0].locations[0].physicalLocation.artifactLocation.uri).toBe('.docker/worker.Dockerfile');
  });

  const rootText = 'FROM debian:bookworm\nUSER root\nCMD ["sh"]\n';
  async function securityRun(): Promise<LintRun> {
    const r = await lintText('Dockerfile', rootText, {
      configFile: null,
      rules: [lastUserNotRoot],
      shellcheck: false,
    });
    return { files: [r] };
  }

  it('describes each rule as GitHub shows it: name, descriptions, help from its docs page, tags', async () => {
    const log = JSON.parse(formatSarif(await sampleRun(), { repoRoot: '/repo' }));
    const [latest, workdir, sc] = log.runs[0].tool.driver.rules;
    expect(latest.name).toBe('ImageTagNotLatest');
    expect(latest.shortDescription.text).toBe(`${imageTagNotLatest.meta.description}.`);
    // The full description adds the first paragraph of the page's "Why".
    const page = readFileSync(join(import.meta.dirname, '../../docs/rules/image-tag-not-latest.md'), 'utf8');
    const whyStart = page.split('## Why\n\n')[1]!.replace(/`/g, '').split(/\s+/).slice(0, 4).join(' ');
    expect(latest.fullDescription.text).toContain(whyStart);
    expect(latest.help.markdown).toContain('## Bad');
    expect(latest.help.markdown).toContain('## Good');
    expect(latest.help.markdown).toContain('shipshape ignore=image-tag-not-latest');
    expect(latest.help.text).not.toContain('```');
    expect(latest.properties.tags).toEqual(['reliability', 'dockerfile', 'hadolint:DL3007']);
    expect(latest.properties['security-severity']).toBeUndefined();
    expect(workdir.name).toBe('WorkdirAbsolute');
    expect(sc.id).toBe('SC2086');
    expect(sc.name).toBeUndefined();
    expect(sc.helpUri).toBe('https://www.shellcheck.net/wiki/SC2086');
    expect(sc.help.markdown).toContain('https://www.shellcheck.net/wiki/SC2086');
    expect(sc.properties.tags).toContain('shellcheck');
  });

  it("gives security rules the security tag and a security-severity on GitHub's 0-10 scale", async () => {
    const log = JSON.parse(formatSarif(await securityRun(), { repoRoot: '/repo' }));
    const rule = log.runs[0].tool.driver.rules[0];
    expect(rule.id).toBe('last-user-not-root');
    expect(rule.properties.tags).toEqual(['security', 'dockerfile', 'hadolint:DL3002']);
    expect(rule.properties['security-severity']).toBe(
      RULE_CLASSES['last-user-not-root']!.securitySeverity!.toFixed(1),
    );
    expect(rule.properties.aliases).toEqual(['DL3002']);
  });

  it('classifies every registered rule, and only registered rules', () => {
    expect(Object.keys(RULE_CLASSES).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
    for (const [id, c] of Object.entries(RULE_CLASSES)) {
      expect(c.categories.length, id).toBeGreaterThan(0);
      const isSecurity = c.categories.includes('security');
      expect(c.securitySeverity !== undefined, id).toBe(isSecurity);
      if (isSecurity) expect(c.securitySeverity! > 0 && c.securitySeverity! <= 10, id).toBe(true);
    }
  });

  it('fingerprints each result with the hash of its own line, from the given text or the file on disk', async () => {
    const log = JSON.parse(
      formatSarif(await securityRun(), { repoRoot: '/repo', sources: { Dockerfile: rootText } }),
    );
    const result = log.runs[0].results[0];
    expect(result.locations[0].physicalLocation.region.startLine).toBe(2);
    expect(result.partialFingerprints.primaryLocationLineHash).toBe(lineHashes(rootText)[1]);
    // Without the text and without the file there is nothing to hash: no fingerprint, not a wrong one.
    const none = JSON.parse(formatSarif(await securityRun(), { repoRoot: '/nonexistent-repo' }));
    expect(none.runs[0].results[0].partialFingerprints).toBeUndefined();
  });

  it('makes URIs relative to %SRCROOT% and names the root and the automation id', async () => {
    const log = JSON.parse(
      formatSarif(await sampleRun(), {
        repoRoot: '/repo',
        cwd: '/repo/sub',
        automationId: 'shipshape/sub/Dockerfile/',
      }),
    );
    const run = log.runs[0];
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///repo/');
    expect(run.automationDetails).toEqual({ id: 'shipshape/sub/Dockerfile/' });
    for (const r of run.results)
      expect(r.locations[0].physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
    expect(
      JSON.parse(formatSarif(await sampleRun(), { repoRoot: '/repo' })).runs[0].automationDetails,
    ).toBeUndefined();
  });

  it('describes rules outside the registry (runtime and size checks) from their own docs page', () => {
    const check: CheckRule = {
      id: 'runtime/runs-as-root',
      name: 'RunsAsRoot',
      description: 'The container runs as root',
      docPath: 'checks/runs-as-root.md',
      severity: 'error',
      class: { categories: ['security'], securitySeverity: 7.5 },
    };
    const finding = {
      rule: check.id,
      aliases: [],
      severity: 'error' as const,
      file: 'Dockerfile',
      line: 2,
      column: 1,
      endLine: 2,
      message: 'a process ran with effective uid 0',
      docs: '',
      related: [{ line: 1, message: 'the base image sets no user' }],
    };
    const log = JSON.parse(
      formatSarif(
        { files: [{ file: 'Dockerfile', findings: [finding], errors: [] }] },
        { repoRoot: '/repo', checks: [check] },
      ),
    );
    const rule = log.runs[0].tool.driver.rules[0];
    expect(rule.name).toBe('RunsAsRoot');
    expect(rule.helpUri).toMatch(/docs\/checks\/runs-as-root\.md$/);
    expect(rule.properties['security-severity']).toBe('7.5');
    expect(log.runs[0].results[0].relatedLocations[0].physicalLocation.region.startLine).toBe(1);
  });

  it('names rules in PascalCase and finds the repository root by its .git', () => {
    expect(pascalName('no-user-in-final-stage')).toBe('NoUserInFinalStage');
    expect(pascalName('size/apt-lists-left')).toBe('SizeAptListsLeft');
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-root-'));
    try {
      mkdirSync(join(dir, '.git'));
      mkdirSync(join(dir, 'a/b'), { recursive: true });
      expect(findRepoRoot(join(dir, 'a/b'))).toBe(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
