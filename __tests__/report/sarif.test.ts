// The report's runtime and size findings in SARIF, on the Dockerfile lines they come from.
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/model.js';
import { builtDockerfile, type BuiltDockerfile } from '../../src/dockerfile/stages.js';
import { checkFindings, CHECK_RULES, formatReportSarif, automationId } from '../../src/report/sarif.js';
import { ruleHelp } from '../../src/lint/rule-help.js';
import type { Report, ReportRuntime } from '../../src/report/types.js';
import { checkPolicy, evaluate } from '../../src/report/evaluate.js';
import { BASE_TEXT, headReport, junk } from './fixtures.js';

// BASE_TEXT: 1 FROM debian:bookworm · 2 RUN apt-get update · 3 RUN apt-get install … · 4 WORKDIR ·
// 5 COPY · 6 CMD python3 app.py (no USER anywhere).
const rootRuntime = (over: Partial<ReportRuntime> = {}): ReportRuntime => ({
  ...headReport().runtime!,
  user: '',
  uid: 0,
  nonRoot: false,
  source: 'runtime' as const,
  userOrigin: 'default' as const,
  privileges: 'kept-root' as const,
  ...over,
});

function naiveReport(over: Partial<Report> = {}): Report {
  const base = headReport();
  return headReport({
    key: 'services/api/Dockerfile',
    subject: { dockerfile: 'services/api/Dockerfile', context: 'services/api', target: null, platform: null },
    status: 'fail',
    reasons: [
      {
        status: 'fail',
        code: 'runs-as-root',
        message:
          'the container runs as root: no USER set (root by default) resolves to uid 0 (seen from the host)',
      },
      { status: 'warn', code: 'junk:apt-lists', message: '19.8 MB of apt lists left by line 2: …' },
      { status: 'warn', code: 'junk:pip-cache', message: '4 MB of pip cache left by line 3: …' },
    ],
    runtime: rootRuntime(),
    image: {
      ...base.image!,
      reclaimableBytes: 20_100_000,
      junk: [
        {
          kind: 'apt-lists',
          description: 'apt package lists (rm -rf /var/lib/apt/lists/* in the same RUN)',
          path: 'var/lib/apt/lists',
          paths: ['var/lib/apt/lists'],
          bytes: 19_800_000,
          files: 12,
          layer: { layer: 1, line: 2, instruction: 'RUN apt-get update', stage: null },
          line: 2,
          fromBase: false,
        },
        {
          kind: 'pip-cache',
          description: 'pip cache (pip install --no-cache-dir)',
          path: 'root/.cache/pip',
          paths: ['root/.cache/pip'],
          bytes: 4_000_000,
          files: 40,
          layer: { layer: 2, line: 3, instruction: 'RUN pip install x', stage: null },
          line: 3,
          fromBase: false,
        },
        {
          kind: 'apt-cache',
          description: 'apt package cache (apt-get clean in the same RUN)',
          path: 'var/cache/apt',
          paths: ['var/cache/apt'],
          bytes: 0,
          files: 1,
          layer: { layer: 1, line: 2, instruction: 'RUN apt-get update', stage: null },
          line: 2,
          fromBase: false,
        },
      ],
      waste: [
        {
          path: 'tmp/build',
          bytes: 20_000_000,
          files: 3,
          how: 'deleted',
          written: { layer: 2, line: 3, instruction: 'RUN …', stage: null },
          removed: { layer: 3, line: 5, instruction: 'RUN …', stage: null },
          writtenLine: 3,
          removedLine: 5,
        },
      ],
    },
    budgets: [
      {
        name: 'max-waste',
        limit: '10 MB',
        limitValue: 10_000_000,
        actual: 20_100_000,
        level: 'fail',
        status: 'fail',
        message: 'max-waste: reclaimable waste 20.1 MB is over the fail budget of 10 MB',
      },
    ],
    lint: { findings: [], errors: [], dockerfileText: BASE_TEXT },
    ...over,
  });
}

/** The pipeline's reading of the report's Dockerfile, for its target and these build args. */
const read = (r: Report, buildArgs: Record<string, string> = {}): BuiltDockerfile =>
  builtDockerfile(
    parseDockerfile(r.lint.dockerfileText ?? ''),
    r.subject.target,
    new Map(Object.entries(buildArgs)),
  );
const findings = (r: Report) => checkFindings(r, read(r));
const at = (r: Report) => findings(r).map((f) => `${f.rule}@${f.line}:${f.severity}`);

describe('checkFindings', () => {
  it('puts each runtime and size finding on the line it comes from', () => {
    expect(at(naiveReport())).toEqual([
      'runtime/runs-as-root@1:error', // no USER: the built stage's FROM
      'size/apt-lists-left@2:warning',
      'size/junk-left@3:info',
      'size/waste-over-budget@3:error', // written on 3, removed on 5
    ]);
    const waste = findings(naiveReport()).find((f) => f.rule === 'size/waste-over-budget')!;
    expect(waste.related).toEqual([{ line: 5, message: 'line 5 deleted or overwrote /tmp/build' }]);
    expect(waste.message).toContain('20.1 MB is over the fail budget of 10 MB');
    const lists = findings(naiveReport()).find((f) => f.rule === 'size/apt-lists-left')!;
    expect(lists.message).toContain('19.8 MB in 12 files under /var/lib/apt/lists');
  });

  it('points a root finding at the USER that decides it, in the built stage or the one it builds on', () => {
    const text = [
      'FROM debian AS base',
      'USER root',
      'FROM base AS app',
      'CMD ["sh"]',
      'FROM debian AS other',
    ].join('\n');
    const r = naiveReport({
      subject: { dockerfile: 'Dockerfile', context: '.', target: 'app', platform: null },
      lint: { findings: [], errors: [], dockerfileText: text },
    });
    expect(at(r)[0]).toBe('runtime/runs-as-root@2:error');
  });

  it('reads the stages this build made: the --target, and a FROM and USER taken from build args', () => {
    const text = [
      'ARG BASE=plain', // 1
      'FROM debian AS plain', // 2
      'FROM debian AS with-user', // 3
      'ARG APP_USER=root', // 4
      'USER ${APP_USER}', // 5
      'FROM ${BASE} AS app', // 6
      'CMD ["sh"]', // 7
      'FROM debian AS other', // 8
      'USER 10001', // 9
    ].join('\n');
    const r = naiveReport({
      subject: { dockerfile: 'Dockerfile', context: '.', target: 'app', platform: null },
      lint: { findings: [], errors: [], dockerfileText: text },
    });
    const rootAt = (dockerfile: BuiltDockerfile | null) =>
      checkFindings(r, dockerfile).find((f) => f.rule === 'runtime/runs-as-root')!;
    // --build-arg BASE=with-user: app is built on with-user, whose USER ${APP_USER} decides.
    expect(rootAt(read(r, { BASE: 'with-user' })).line).toBe(5);
    expect(rootAt(read(r, { BASE: 'with-user' })).message).not.toContain('no USER in the built stage');
    // The default BASE builds app on plain: no USER anywhere, so app's own FROM.
    expect(rootAt(read(r)).line).toBe(6);
    expect(rootAt(read(r)).message).toContain('no USER in the built stage');
    // Not the file's last stage, whose USER 10001 this build never ran.
    expect(rootAt(read({ ...r, subject: { ...r.subject, target: null } })).line).toBe(9);
    // A report read back without the pipeline's reading: line 1, never a guess.
    expect(rootAt(null).line).toBe(1);
  });

  it('reports root only when the host saw it, with the level the verdict has', () => {
    // Nothing observed: no runtime verdict, whatever the image configuration says (the lint rules' job).
    const unobserved = naiveReport({
      runtime: rootRuntime({ nonRoot: null, source: null, privileges: 'unknown' }),
    });
    expect(at(unobserved).some((a) => a.startsWith('runtime/'))).toBe(false);
    const warned = naiveReport();
    warned.reasons = [{ ...warned.reasons[0]!, status: 'warn' }];
    expect(at(warned)[0]).toBe('runtime/runs-as-root@1:warning');
    const dropped = naiveReport({ runtime: rootRuntime({ source: 'runtime', privileges: 'dropped' }) });
    expect(at(dropped)[0]).toBe('runtime/runs-as-root@1:error');
  });

  it('reports waste over a broken budget or as a size problem, and nothing for a clean image', () => {
    const within = naiveReport();
    within.budgets = [{ ...within.budgets[0]!, status: 'pass' }];
    expect(at(within).some((a) => a.startsWith('size/waste'))).toBe(false);
    const problem = naiveReport({
      budgets: [],
      reasons: [{ status: 'warn', code: 'waste', message: '20.1 MB written and then deleted …' }],
    });
    expect(at(problem)).toEqual(['size/waste-over-budget@3:warning']);
    expect(findings(problem)[0]!.message).toMatch(
      /^20\.1 MB written and then deleted .* \/tmp\/build, 20 MB/,
    );
    expect(findings(headReport())).toEqual([]);
  });

  it('names the junk the decider made reasons of, not the junk an item-by-item threshold would', () => {
    // 1 FROM · 2 RUN apt-get update · 3 RUN apt-get install … · 4 WORKDIR · 5 COPY · 6 CMD
    const pipInTwoRuns = [
      junk('pip-cache', 'root/.cache/pip', 600_000, 3),
      junk('pip-cache', 'root/.cache/pip/http', 600_000, 5),
    ];
    const leftovers = {
      junk: [
        ...pipInTwoRuns, // each under 1 MB, 1.2 MB together: one cache, one fix
        { ...junk('apt-lists', 'var/lib/apt/lists', 5_000_000, 1), line: null, fromBase: true },
        junk('build-toolchain', 'usr/lib/gcc', 90_000_000, 3), // the lint rule's to say
      ],
      waste: [],
      reclaimableBytes: 0,
    };
    const decided = evaluate({ lint: { findings: [], errors: [] }, build: null, runtime: null, leftovers });
    const base = naiveReport();
    const report = naiveReport({
      reasons: decided.reasons,
      budgets: [],
      runtime: null,
      image: { ...base.image!, junk: leftovers.junk, waste: [], reclaimableBytes: 0 },
    });
    expect(decided.reasons.map((r) => r.code)).toEqual(['junk:pip-cache']);
    expect(at(report)).toEqual(['size/junk-left@3:info', 'size/junk-left@5:info']);
    // With size-problems: none the decider names none, and neither does code scanning.
    const silent = evaluate(
      { lint: { findings: [], errors: [] }, build: null, runtime: null, leftovers },
      checkPolicy('error', true, false, 'none'),
    );
    expect(at({ ...report, reasons: silent.reasons })).toEqual([]);
  });
});

describe('formatReportSarif', () => {
  it('holds lint and observed findings in one run keyed by the report, with the check rules documented', () => {
    const log = JSON.parse(
      formatReportSarif(naiveReport(), { repoRoot: '/repo', cwd: '/repo', dockerfile: read(naiveReport()) }),
    );
    const run = log.runs[0];
    expect(run.automationDetails.id).toBe('shipshape/services/api/Dockerfile/');
    expect(automationId({ key: 'a/Dockerfile#t@linux/amd64' })).toBe('shipshape/a/Dockerfile#t@linux/amd64/');
    const rules = run.tool.driver.rules;
    expect(rules.map((r: { id: string }) => r.id)).toEqual(CHECK_RULES.map((c) => c.id));
    for (const r of rules) {
      expect(r.name).not.toBe(r.id);
      expect(r.help.markdown).toBe(ruleHelp(CHECK_RULES.find((c) => c.id === r.id)!.docPath)!.markdown);
    }
    expect(rules[0].properties['security-severity']).toBe('7.5');
    expect(run.results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'services/api/Dockerfile',
      uriBaseId: '%SRCROOT%',
    });
    // Fingerprinted from the report's own copy of the Dockerfile, not from disk.
    expect(run.results.every((r: { partialFingerprints?: unknown }) => r.partialFingerprints)).toBe(true);
  });

  it('documents every check rule in docs/checks', () => {
    for (const c of CHECK_RULES) expect(ruleHelp(c.docPath), c.docPath).not.toBeNull();
  });
});
