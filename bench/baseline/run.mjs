// What `baseline: rebuild` costs over a plain run, and whether the base's layers are read again.
//
//   node bench/baseline/run.mjs [--runs 3]
//
// The example app (examples/python-web) is committed twice in a temporary git repository: the
// base, and a head that adds one RUN writing 9 MB. Then, interleaved, with a warm build cache
// (a pull request's usual case: the base branch was built before):
//   1. the peer: `shipshape check --baseline none` on the head (the committed CLI bundle);
//   2. `shipshape check --baseline rebuild --baseline-ref <base>` on the head.
// Both report each stage's time. The rebuild's cost is its `baseline` stage: the base is built
// (cache hits) and measured; its layers the head's measurement already read are not read again
// (src/measure/layer-cache.ts), so that stage should cost far less than the head's own measure.
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '../..');
const BASE = process.env.SHIPSHAPE_BENCH_BASE ?? 'shipshape.local/python:3-slim';
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const RUNS = Math.max(1, Number(values.runs));
const work = mkdtempSync(join(tmpdir(), 'shipshape-bench-baseline-'));
const repo = join(work, 'repo');
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.test',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.test',
};

function run(cmd, args, options = {}) {
  const start = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  if (r.error) throw r.error;
  return { ...r, ms: performance.now() - start };
}

function must(cmd, args, options) {
  const r = run(cmd, args, options);
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stderr.slice(-2000)}`);
  return r;
}

const git = (...args) => must('git', ['-C', repo, ...args], { env: GIT_ENV }).stdout.trim();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

cpSync(join(ROOT, 'examples/python-web'), repo, { recursive: true });
must('git', ['init', '-q', '-b', 'main', repo]);
git('add', '.');
git('commit', '-q', '-m', 'base');
const baseSha = git('rev-parse', 'HEAD');
const dockerfile = join(repo, 'Dockerfile');
writeFileSync(
  dockerfile,
  readFileSync(dockerfile, 'utf8').replace(
    /^USER /m,
    'RUN head -c 9000000 /dev/urandom > /opt/pr-data\nUSER ',
  ),
);
git('commit', '-q', '-am', 'head: one RUN more');

const leftovers = new Set();
function check(label, extra) {
  const reportFile = join(work, `${label}.json`);
  const r = run(
    process.execPath,
    [
      join(ROOT, 'dist/cli/index.js'),
      'check',
      '-f',
      dockerfile,
      '-c',
      repo,
      '--build-arg',
      `BASE_IMAGE=${BASE}`,
      '--report-file',
      reportFile,
      '--format',
      'json',
      ...extra,
    ],
    { cwd: repo },
  );
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`shipshape exited ${r.status}:\n${r.stderr.slice(-2000)}`);
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  if (report.image?.id) leftovers.add(report.image.id);
  return { wall: r.ms, ...report.timings, source: report.baseline?.source ?? null };
}

const samples = { plain: [], rebuild: [] };
try {
  // Warm the build cache with both commits, as the base branch's own runs would have.
  check('warm', ['--baseline', 'rebuild', '--baseline-ref', baseSha]);
  for (let i = 0; i < RUNS; i++) {
    samples.plain.push(check(`plain-${i}`, ['--baseline', 'none']));
    const rebuilt = check(`rebuild-${i}`, ['--baseline', 'rebuild', '--baseline-ref', baseSha]);
    if (rebuilt.source !== 'rebuild') throw new Error(`the baseline was ${rebuilt.source}, not a rebuild`);
    samples.rebuild.push(rebuilt);
  }
} finally {
  for (const id of leftovers) run('docker', ['image', 'rm', '-f', id]);
  rmSync(work, { recursive: true, force: true });
}

const pick = (key, field) => median(samples[key].map((x) => x[field] ?? 0));
console.log(
  `example app (examples/python-web, base ${BASE}) plus one 9 MB RUN; medians of ${RUNS} runs, warm build cache`,
);
console.log('run                          wall      build     measure   verify    baseline');
for (const [key, label] of [
  ['plain', 'peer: --baseline none'],
  ['rebuild', '--baseline rebuild'],
]) {
  console.log(
    `${label.padEnd(29)}${['wall', 'build', 'measure', 'verify', 'baseline'].map((f) => s(pick(key, f)).padEnd(10)).join('')}`,
  );
}
const extra = pick('rebuild', 'wall') - pick('plain', 'wall');
console.log(
  `\nrebuild over plain: +${s(extra)} wall (${(pick('rebuild', 'wall') / pick('plain', 'wall')).toFixed(2)}x); ` +
    `the baseline stage (build the base from cache + measure it) is ${(pick('rebuild', 'baseline') / pick('rebuild', 'measure')).toFixed(2)}x the head's measure`,
);
