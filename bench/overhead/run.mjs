// What shipshape adds to a cold build of the example app: the target is that lint +
// measure + report together add under 10 % to the cold build's time.
//
//   node bench/overhead/run.mjs [--runs 3]
//
// Each run empties the engine's build cache (`docker builder prune -af`: run it on a bench
// machine), then
//   1. the peer: a plain cold `docker buildx build --load` of the example, timed;
//   2. the same cold build through `shipshape check` (the committed CLI bundle), whose JSON report
//      carries the time of each stage; what is left of the process's wall time after the stages
//      is start-up, rendering and writing the report.
// The runtime check (`verify`) runs the container and is reported, but it is not part of the
// target: it replaces a step users would otherwise run themselves.
// Runs once with the computed compressed size (the default) and once with --no-compressed-size.
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '../..');
const BASE = process.env.SHIPSHAPE_BENCH_BASE ?? 'shipshape.local/python:3-slim';
const EXAMPLE = join(ROOT, 'examples/python-web');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const RUNS = Math.max(1, Number(values.runs));
const work = mkdtempSync(join(tmpdir(), 'shipshape-bench-overhead-'));

function run(cmd, args, timeout = 30 * 60_000) {
  const start = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout, maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (r.error) throw r.error;
  return { ...r, ms };
}

function must(cmd, args) {
  const r = run(cmd, args);
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stderr.slice(-2000)}`);
  return r;
}

function emptyBuildCache(imageIds) {
  for (const id of imageIds) run('docker', ['image', 'rm', '-f', id]);
  must('docker', ['builder', 'prune', '-af']);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

const samples = { peer: [], withCompression: [], without: [] };
const leftovers = new Set();
try {
  for (let i = 0; i < RUNS; i++) {
    emptyBuildCache(leftovers);
    const iid = join(work, `peer-${i}.iid`);
    const peer = must('docker', [
      'buildx',
      'build',
      '--load',
      '--iidfile',
      iid,
      '--build-arg',
      `BASE_IMAGE=${BASE}`,
      '-f',
      join(EXAMPLE, 'Dockerfile'),
      EXAMPLE,
    ]);
    leftovers.add(must('cat', [iid]).stdout.trim());
    samples.peer.push(peer.ms);

    for (const [key, extra] of [
      ['withCompression', []],
      ['without', ['--no-compressed-size']],
    ]) {
      emptyBuildCache(leftovers);
      const reportFile = join(work, `${key}-${i}.json`);
      const r = run(process.execPath, [
        join(ROOT, 'dist/cli/index.js'),
        'check',
        '-f',
        join(EXAMPLE, 'Dockerfile'),
        '-c',
        EXAMPLE,
        '--build-arg',
        `BASE_IMAGE=${BASE}`,
        '--baseline',
        'none',
        '--report-file',
        reportFile,
        '--format',
        'json',
        ...extra,
      ]);
      if (r.status !== 0 && r.status !== 1) throw new Error(`shipshape exited ${r.status}:\n${r.stderr}`);
      const report = JSON.parse(must('cat', [reportFile]).stdout);
      if (report.image?.id) leftovers.add(report.image.id);
      const t = report.timings;
      const stages = (t.lint ?? 0) + (t.build ?? 0) + (t.measure ?? 0) + (t.verify ?? 0) + (t.baseline ?? 0);
      samples[key].push({
        wall: r.ms,
        build: t.build,
        lint: t.lint,
        measure: t.measure,
        verify: t.verify,
        other: Math.max(0, r.ms - stages),
      });
    }
  }
} finally {
  for (const id of leftovers) run('docker', ['image', 'rm', '-f', id]);
  rmSync(work, { recursive: true, force: true });
}

const peer = median(samples.peer);
console.log(
  `example app (examples/python-web, base ${BASE}); medians of ${RUNS} runs, build cache emptied before each build`,
);
console.log(`peer: cold docker buildx build --load: ${s(peer)}\n`);
console.log(
  'run                     wall      build     lint      measure   verify    other     lint+measure+other  vs cold build',
);
for (const [key, label] of [
  ['withCompression', 'shipshape (compressed)'],
  ['without', 'shipshape (--no-compr.)'],
]) {
  const pick = (f) => median(samples[key].map((x) => x[f]));
  const own = median(samples[key].map((x) => x.lint + x.measure + x.other));
  const cells = ['wall', 'build', 'lint', 'measure', 'verify', 'other'].map((f) => s(pick(f)).padEnd(10));
  console.log(
    `${label.padEnd(24)}${cells.join('')}${s(own).padEnd(20)}+${((own / peer) * 100).toFixed(1)} % (target < 10 %)`,
  );
}
