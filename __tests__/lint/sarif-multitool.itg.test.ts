// The SARIF shipshape writes, checked by Microsoft's SARIF Multitool with GitHub's ingestion rules
// and SARIF's own (`validate --rule-kind "Gh;Sarif"`): any error or warning fails. The tool is
// installed from the npm registry by scripts/install-sarif-multitool.sh (setup.sh and CI run it).
// Covers the examples, a Dockerfile with a lint finding of every family and a ShellCheck finding,
// and a real pipeline run (build, measure, run) whose report has runtime and size findings.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/lint/index.js';
import { findRepoRoot, formatSarif } from '../../src/lint/sarif.js';
import { nullLogger } from '../../src/log.js';
import { runPipeline } from '../../src/pipeline.js';
import { parseTiered, NO_BUDGETS } from '../../src/report/budgets.js';
import { formatReportSarif } from '../../src/report/sarif.js';
import type { Report } from '../../src/report/types.js';
import { buildRequest } from '../../src/types.js';
import {
  BASE_DEBIAN,
  BASE_PYTHON,
  makeContext,
  managedContainers,
  removeImage,
  uniqueTag,
} from '../support/docker.js';
import { REPO_ROOT } from '../support/runner.js';

const INSTALLER = join(REPO_ROOT, 'scripts/install-sarif-multitool.sh');
const VERSION = /^VERSION=(\S+)$/m.exec(readFileSync(INSTALLER, 'utf8'))![1]!;
const MULTITOOL =
  process.env.SARIF_MULTITOOL ??
  join(
    process.env.SHIPSHAPE_STATE_DIR ?? '/var/tmp/shipshape-bench',
    `sarif-multitool-${VERSION}`,
    'Sarif.Multitool',
  );

const work = mkdtempSync(join(tmpdir(), 'shipshape-sarif-'));

interface Problem {
  ruleId: string;
  level: string;
  text: string;
}

/** Runs the Multitool on a SARIF text; returns its errors and warnings (notes are advice, not failures). */
function validate(name: string, sarif: string): Promise<Problem[]> {
  const input = join(work, `${name}.sarif`);
  const output = join(work, `${name}.validation.sarif`);
  writeFileSync(input, sarif);
  return new Promise((resolve, reject) => {
    execFile(
      MULTITOOL,
      // The input first: list options (`--log`, `--rule-kind`) would take a path after them as a value.
      ['validate', input, '--rule-kind', 'Gh;Sarif', '--output', output, '--log', 'ForceOverwrite'],
      // Invariant globalization: the self-contained binary then needs no libicu on the machine.
      { env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' }, timeout: 120_000 },
      (error, stdout, stderr) => {
        if (!existsSync(output))
          return reject(new Error(`the Multitool wrote no log: ${error?.message}\n${stdout}${stderr}`));
        const log = JSON.parse(readFileSync(output, 'utf8')) as {
          runs: { results?: { ruleId: string; level?: string; message: { text?: string; id?: string } }[] }[];
        };
        const results = log.runs.flatMap((r) => r.results ?? []);
        resolve(
          results
            .map((r) => ({
              ruleId: r.ruleId,
              level: r.level ?? 'warning',
              text: r.message.text ?? r.message.id ?? '',
            }))
            .filter((r) => r.level === 'error' || r.level === 'warning'),
        );
      },
    );
  });
}

async function lintSarif(files: string[], cwd: string): Promise<string> {
  const run = await lintFiles(files, { cwd, configFile: null, contextDir: cwd });
  return formatSarif(run, { repoRoot: findRepoRoot(cwd), cwd });
}

const ruleIds = (sarif: string): string[] =>
  (JSON.parse(sarif).runs[0].tool.driver.rules as { id: string }[]).map((r) => r.id);
const rulesById = (sarif: string) =>
  new Map(
    (JSON.parse(sarif).runs[0].tool.driver.rules as { id: string; properties: { tags: string[] } }[]).map(
      (r) => [r.id, r],
    ),
  );

beforeAll(() => {
  if (!existsSync(MULTITOOL))
    throw new Error(
      `the SARIF Multitool is not at ${MULTITOOL}: run \`bash scripts/install-sarif-multitool.sh\` first`,
    );
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('SARIF Multitool, rule kinds Gh and Sarif', () => {
  it('is not vacuous: it reports the GitHub errors of a rule without help', async () => {
    const sarif = JSON.parse(await lintSarif(['examples/python-web/Dockerfile.naive'], REPO_ROOT));
    delete sarif.runs[0].tool.driver.rules[0].help;
    delete sarif.runs[0].tool.driver.rules[0].fullDescription;
    sarif.runs[0].tool.driver.rules[1].name = sarif.runs[0].tool.driver.rules[1].id;
    const problems = await validate('broken', JSON.stringify(sarif));
    expect(problems.filter((p) => p.ruleId === 'GH2012' && p.level === 'error').length).toBe(2);
    expect(problems.some((p) => p.ruleId === 'SARIF1001' && p.level === 'warning')).toBe(true);
  });

  it('finds no error or warning in the lint SARIF of the examples', async () => {
    const sarif = await lintSarif(['examples/**/Dockerfile*'], REPO_ROOT);
    expect(JSON.parse(sarif).runs[0].results.length).toBeGreaterThan(5);
    expect(await validate('examples', sarif)).toEqual([]);
  });

  it('finds none in the lint SARIF of a Dockerfile with findings of every lint family, ShellCheck and a file error', async () => {
    const ctx = makeContext({
      Dockerfile: [
        'FROM debian:latest',
        'MAINTAINER someone@example.com',
        'ENV DATABASE_URL=postgres://app:s3cret@db:5432/app',
        'ADD https://example.com/tool.tar.gz /opt/',
        'RUN apt-get update && apt-get install -y curl',
        'RUN echo $HOME > /tmp/home',
        'COPY . /app',
        'WORKDIR app',
        'USER root',
        'CMD python3 app.py',
        'FOO bar',
      ].join('\n'),
    });
    try {
      const sarif = await lintSarif(['Dockerfile'], ctx.dir);
      const rules = rulesById(sarif);
      const tags = new Set([...rules.values()].flatMap((r) => r.properties.tags));
      for (const family of ['security', 'size', 'cache', 'reliability', 'maintainability', 'shellcheck'])
        expect(tags, family).toContain(family);
      expect(ruleIds(sarif).some((id) => /^SC\d+$/.test(id))).toBe(true);
      // A line BuildKit would refuse is a tool notification, not a result.
      expect(JSON.parse(sarif).runs[0].invocations[0].toolExecutionNotifications).toHaveLength(1);
      expect(await validate('families', sarif)).toEqual([]);
    } finally {
      ctx.cleanup();
    }
  });

  // The examples through the whole pipeline, as the action runs them (the good one and the naive one).
  for (const example of ['Dockerfile', 'Dockerfile.naive']) {
    it(`finds none in the SARIF of a whole run of examples/python-web/${example}`, async () => {
      const tag = uniqueTag('sarif-example');
      try {
        const { report, dockerfile } = await runPipeline(
          {
            cwd: REPO_ROOT,
            build: buildRequest({
              file: `examples/python-web/${example}`,
              context: 'examples/python-web',
              load: true,
              tags: [tag],
              buildArgs: [`BASE_IMAGE=${BASE_PYTHON}`],
            }),
          },
          nullLogger,
        );
        expect(report.build?.ok, JSON.stringify(report.build?.error)).toBe(true);
        const sarif = formatReportSarif(report, {
          repoRoot: findRepoRoot(REPO_ROOT),
          cwd: REPO_ROOT,
          dockerfile,
        });
        const ids = ruleIds(sarif);
        // The naive one runs as root (seen) and leaves its apt lists; the good one does neither.
        expect(ids.includes('runtime/runs-as-root')).toBe(example === 'Dockerfile.naive');
        expect(ids.includes('size/apt-lists-left')).toBe(example === 'Dockerfile.naive');
        expect(await validate(`example-${example}`, sarif)).toEqual([]);
      } finally {
        removeImage(tag);
      }
    });
  }

  describe('the SARIF of a whole run (build, measure, run the image)', () => {
    const tag = uniqueTag('sarif-families');
    let report: Report;
    let sarif: string;
    const ctx = makeContext({
      Dockerfile: [
        `FROM ${BASE_DEBIAN}`,
        'RUN apt-get update',
        'RUN head -c 3000000 /dev/urandom > /tmp/blob',
        'RUN rm /tmp/blob',
        'RUN echo $HOME > /tmp/home',
        `CMD ["sh", "-c", "trap 'exit 0' TERM; while :; do sleep 1; done"]`,
      ].join('\n'),
    });

    beforeAll(async () => {
      const run = await runPipeline(
        {
          cwd: ctx.dir,
          build: buildRequest({ file: 'Dockerfile', context: '.', load: true, tags: [tag] }),
          budgets: { ...NO_BUDGETS, maxWaste: parseTiered('1MB', 'bytes-or-percent', 'max-waste') },
          key: 'Dockerfile',
        },
        nullLogger,
      );
      report = run.report;
      sarif = formatReportSarif(report, {
        repoRoot: findRepoRoot(ctx.dir),
        cwd: ctx.dir,
        dockerfile: run.dockerfile,
      });
    });

    afterAll(() => {
      removeImage(tag);
      ctx.cleanup();
    });

    it('has lint, ShellCheck, runtime and size results, on the lines they come from', () => {
      expect(report.build?.ok, JSON.stringify(report.build?.error)).toBe(true);
      const results = JSON.parse(sarif).runs[0].results as {
        ruleId: string;
        locations: { physicalLocation: { region: { startLine: number } } }[];
      }[];
      const lines = new Map(
        results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.region.startLine]),
      );
      expect(lines.get('no-user-in-final-stage')).toBe(1);
      expect([...lines.keys()].some((id) => /^SC\d+$/.test(id))).toBe(true);
      expect(lines.get('runtime/runs-as-root')).toBe(1); // no USER: the FROM line
      expect(lines.get('size/apt-lists-left')).toBe(2);
      expect(lines.get('size/waste-over-budget')).toBe(3);
      expect(JSON.parse(sarif).runs[0].automationDetails.id).toBe('shipshape/Dockerfile/');
      expect(managedContainers()).toEqual([]);
    });

    it('passes the Multitool with no error or warning', async () => {
      expect(await validate('pipeline', sarif)).toEqual([]);
    });
  });
});
