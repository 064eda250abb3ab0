// Reports for the renderer's tests: built by hand so the snapshots show every section.
import { compare } from '../../src/baseline/compare.js';
import type { LayerFacts, Snapshot } from '../../src/comparison.js';
import { createdByKey } from '../../src/dockerfile/history-key.js';
import { parseDockerfile } from '../../src/dockerfile/model.js';
import type { JunkKind } from '../../src/measure/junk.js';
import type { JunkFinding, LayerAnalysis, LayerRef, WastedPath } from '../../src/measure/types.js';
import { evaluate } from '../../src/report/evaluate.js';
import type { Report } from '../../src/report/types.js';
import type { Finding } from '../../src/types.js';

export const finding = (rule: string, line: number, over: Partial<Finding> = {}): Finding => ({
  rule,
  aliases: [],
  severity: 'warning',
  file: 'Dockerfile',
  line,
  column: 1,
  endLine: line,
  message: `${rule} on line ${line}`,
  docs: `https://shipshape.dev/rules/${rule}`,
  ...over,
});

const layer = (
  diffId: string,
  sizeBytes: number,
  createdBy: string | null,
  line: number | null,
  fromBase = false,
): LayerAnalysis => ({
  diffId,
  sizeBytes,
  createdBy,
  instructionKey: createdBy ? createdByKey(createdBy) : null,
  line,
  fromBase,
  index: 0,
  tarBytes: sizeBytes,
  entryCount: sizeBytes ? 1 : 0,
  addsContent: sizeBytes > 0,
  origin: fromBase ? 'base' : 'own',
  instruction: null,
  stage: null,
  wastedBytes: 0,
  hidesBytes: 0,
  compressedSizeBytes: null,
  digest: null,
});

const at = (line: number | null): LayerRef => ({ layer: 0, line, instruction: null, stage: null });

/** A reclaimable path as the measure stage records it, written and removed on the given lines. */
export const wasted = (
  path: string,
  bytes: number,
  how: WastedPath['how'],
  writtenLine: number | null = null,
  removedLine: number | null = null,
): WastedPath => ({
  path,
  bytes,
  files: 1,
  how,
  written: at(writtenLine),
  removed: at(removedLine),
  writtenLine,
  removedLine,
});

/** Junk as the measure stage records it, added on `line`. */
export const junk = (kind: JunkKind, path: string, bytes: number, line: number): JunkFinding => ({
  kind,
  description: kind,
  path,
  paths: [path],
  bytes,
  files: 1,
  layer: at(line),
  line,
  fromBase: false,
});

export const HEAD_TEXT = [
  'FROM debian:bookworm-slim',
  'ARG DEBIAN_FRONTEND=noninteractive',
  'RUN apt-get update && apt-get install -y --no-install-recommends python3 && rm -rf /var/lib/apt/lists/*',
  'WORKDIR /app',
  'COPY app.py .',
  'USER 10001',
  'CMD ["python3", "app.py"]',
].join('\n');

export const BASE_TEXT = [
  'FROM debian:bookworm',
  'RUN apt-get update',
  'RUN apt-get install -y python3',
  'WORKDIR /app',
  'COPY app.py .',
  'CMD python3 app.py',
].join('\n');

export function headReport(over: Partial<Report> = {}): Report {
  return {
    version: 1,
    tool: { name: 'shipshape', version: '0.1.0' },
    generatedAt: '2026-01-01T00:00:00.000Z',
    key: 'Dockerfile',
    subject: { dockerfile: 'Dockerfile', context: '.', target: null, platform: null },
    status: 'pass',
    reasons: [],
    image: {
      id: 'sha256:head',
      sizeBytes: 184_000_000,
      compressedSizeBytes: 61_000_000,
      compressedSource: 'computed',
      layerCount: 9,
      reclaimableBytes: 0,
      platform: 'linux/amd64',
      config: {
        user: '10001',
        entrypoint: null,
        cmd: null,
        exposedPorts: [],
        envNames: [],
        labels: {},
        workingDir: '',
        healthcheck: null,
      },
      layers: [
        layer('sha256:slim', 74_800_000, null, null, true),
        layer(
          'sha256:h1',
          109_100_000,
          'RUN /bin/sh -c apt-get update && apt-get install -y --no-install-recommends python3 && rm -rf /var/lib/apt/lists/* # buildkit',
          3,
        ),
        layer('sha256:h2', 0, 'WORKDIR /app', 4),
        layer('sha256:app', 100_000, 'COPY app.py . # buildkit', 5),
      ],
    },
    build: {
      ok: true,
      imageId: 'sha256:head',
      configDigest: 'sha256:head',
      manifestDigest: null,
      imageStore: 'classic',
      digest: null,
      durationMs: 12_000,
      cachedSteps: 3,
      totalSteps: 5,
      steps: [],
      warnings: [],
      error: null,
    },
    runtime: {
      user: '10001',
      uid: 10001,
      nonRoot: true,
      source: 'runtime',
      evidence: {
        processes: [
          {
            pid: 1234,
            command: 'python3 app.py',
            uids: [10001, 10001, 10001, 10001],
            gids: [10001, 10001, 10001, 10001],
            observedAt: 'start',
          },
        ],
        exitCode: null,
        notes: [],
      },
      userOrigin: 'image',
      started: true,
      static: {
        user: '10001',
        uid: 10001,
        gid: 10001,
        userName: 'app',
        groupName: 'app',
        supplementaryGids: [],
        root: false,
        explanation: '"10001" resolves to uid 10001 (app), gid 10001',
        findings: [],
        hasPasswd: true,
      },
      privileges: 'never-root',
      stop: {
        signal: 'SIGTERM',
        exitedOnSignal: true,
        killed: false,
        ms: 140,
        timeoutMs: 10_000,
        exitCode: 0,
        advice: null,
      },
      writable: {
        uid: 10001,
        gids: [10001],
        workingDir: '/app',
        files: [],
        checked: 3,
        truncated: false,
        entrypoint: null,
        notes: [],
      },
      timings: [
        { step: 'start', ms: 240 },
        { step: 'settle', ms: 520 },
        { step: 'stop', ms: 140 },
      ],
      totalMs: 1_050,
    },
    lint: {
      findings: [
        finding('pin-base-digest', 1, { severity: 'info' }),
        finding('no-healthcheck', 7, { severity: 'info' }),
      ],
      errors: [],
      dockerfileText: HEAD_TEXT,
    },
    budgets: [],
    baseline: null,
    deltas: null,
    timings: { lint: 5, build: 12_000, measure: 300, verify: 2_000 },
    ...over,
  };
}

export function baseSnapshot(): Snapshot {
  const layers: LayerFacts[] = [
    {
      position: 1,
      instruction: null,
      instructionKey: null,
      diffId: 'sha256:full',
      digest: null,
      sizeBytes: 116_800_000,
      compressedSizeBytes: null,
      createdBy: null,
      line: null,
      stage: null,
      fromBase: true,
    },
    {
      position: 2,
      instruction: null,
      instructionKey: null,
      diffId: 'sha256:b1',
      digest: null,
      sizeBytes: 20_100_000,
      compressedSizeBytes: null,
      createdBy: 'RUN /bin/sh -c apt-get update # buildkit',
      line: 2,
      stage: null,
      fromBase: false,
    },
    {
      position: 3,
      instruction: null,
      instructionKey: null,
      diffId: 'sha256:b2',
      digest: null,
      sizeBytes: 79_000_000,
      compressedSizeBytes: null,
      createdBy: 'RUN /bin/sh -c apt-get install -y python3 # buildkit',
      line: 3,
      stage: null,
      fromBase: false,
    },
    {
      position: 4,
      instruction: null,
      instructionKey: null,
      diffId: 'sha256:b3',
      digest: null,
      sizeBytes: 0,
      compressedSizeBytes: null,
      createdBy: 'WORKDIR /app',
      line: 4,
      stage: null,
      fromBase: false,
    },
    {
      position: 5,
      instruction: null,
      instructionKey: null,
      diffId: 'sha256:app',
      digest: null,
      sizeBytes: 100_000,
      compressedSizeBytes: null,
      createdBy: 'COPY app.py . # buildkit',
      line: 5,
      stage: null,
      fromBase: false,
    },
  ];
  return {
    image: {
      sizeBytes: 216_000_000,
      compressedSizeBytes: null,
      compressedSource: null,
      layerCount: 11,
      reclaimableBytes: 20_000_000,
      layers,
      user: '',
      platform: 'linux/amd64',
    },
    lint: {
      findings: [
        finding('pin-base-digest', 1, { severity: 'info' }),
        finding('apt-lists-not-cleaned', 2),
        finding('apt-no-install-recommends', 3),
        finding('last-user-root', 6, { severity: 'error', message: 'no USER: the container runs as root' }),
      ],
      dockerfile: parseDockerfile(BASE_TEXT),
    },
    runtime: { user: '', uid: 0, nonRoot: false },
    cache: { cachedSteps: 0, totalSteps: 5 },
  };
}

/** A head report compared with the fat baseline, as the pipeline would assemble it. */
export function comparedReport(extraFindings: Finding[] = []): Report {
  const report = headReport();
  report.lint.findings.push(...extraFindings);
  const head: Snapshot = {
    image: {
      sizeBytes: report.image!.sizeBytes,
      compressedSizeBytes: report.image!.compressedSizeBytes,
      compressedSource: report.image!.compressedSource ?? null,
      layerCount: report.image!.layerCount,
      reclaimableBytes: report.image!.reclaimableBytes,
      layers: (report.image!.layers as ReturnType<typeof layer>[]).map((l) => ({
        ...l,
        position: l.index + 1,
        digest: null,
        compressedSizeBytes: null,
        stage: null,
      })),
      user: '10001',
      platform: 'linux/amd64',
    },
    lint: { findings: report.lint.findings, dockerfile: parseDockerfile(HEAD_TEXT) },
    runtime: { user: '10001', uid: 10001, nonRoot: true },
    cache: { cachedSteps: 3, totalSteps: 5 },
  };
  report.deltas = compare(baseSnapshot(), head);
  report.baseline = {
    source: 'report',
    requested: 'auto',
    ref: 'shipshape-base/report.json',
    description: 'the report of main (6dcb09b)',
    platform: 'linux/amd64',
    refused: null,
    notes: [],
  };
  return report;
}

/**
 * The third case: a PR that adds a 9 MB layer (line 8) and removes `USER 10001:10001`
 * from a Dockerfile that was otherwise the head report's. Reasons come from the decider itself.
 */
export function rootPullRequestReport(): Report {
  const base = headReport();
  const report = headReport();
  const added = layer(
    'sha256:blob',
    9_000_000,
    'RUN /bin/sh -c head -c 9000000 /dev/urandom > /blob # buildkit',
    8,
  );
  report.image!.layers = [...(report.image!.layers as LayerAnalysis[]), added];
  report.image!.sizeBytes += 9_000_000;
  report.image!.compressedSizeBytes = 61_000_000 + 8_235_000;
  report.image!.layerCount = 10;
  report.runtime = {
    ...report.runtime!,
    user: '',
    uid: 0,
    nonRoot: false,
    userOrigin: 'default',
    privileges: 'kept-root',
    static: {
      ...report.runtime!.static!,
      user: '',
      uid: 0,
      gid: 0,
      userName: 'root',
      groupName: 'root',
      root: true,
    },
    evidence: {
      processes: [
        { pid: 4321, command: 'python3 app.py', uids: [0, 0, 0, 0], gids: [0, 0, 0, 0], observedAt: 'start' },
      ],
      exitCode: null,
      notes: [],
    },
  };
  const snapshot = (r: Report, user: string, nonRoot: boolean, uid: number): Snapshot => ({
    image: {
      sizeBytes: r.image!.sizeBytes,
      compressedSizeBytes: r.image!.compressedSizeBytes,
      compressedSource: r.image!.compressedSource ?? null,
      layerCount: r.image!.layerCount,
      reclaimableBytes: r.image!.reclaimableBytes,
      layers: (r.image!.layers as LayerAnalysis[]).map((l) => ({
        ...l,
        position: l.index + 1,
        digest: null,
        compressedSizeBytes: null,
        stage: null,
      })),
      user,
      platform: 'linux/amd64',
    },
    lint: { findings: r.lint.findings, dockerfile: parseDockerfile(HEAD_TEXT) },
    runtime: { user, uid, nonRoot },
    cache: null,
  });
  report.deltas = compare(snapshot(base, '10001:10001', true, 10001), snapshot(report, '', false, 0));
  report.baseline = {
    source: 'report',
    requested: 'auto',
    ref: 'shipshape-base/report.json',
    description: 'the report of main (6dcb09b)',
    platform: 'linux/amd64',
    refused: null,
    notes: [],
  };
  const decided = evaluate({ lint: report.lint, build: report.build, runtime: report.runtime });
  report.status = decided.status;
  report.reasons = decided.reasons;
  return report;
}
