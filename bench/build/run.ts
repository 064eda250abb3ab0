// Rebuild after a source-only change: cold vs inline cache pulled from the local registry, both on
// an engine whose build cache was emptied first (as on a fresh CI runner).
//
//   node bench/build/run.ts [--runs N] [--packages "python3-numpy python3-requests"] [--synthetic MB] [--json]
//
// Self-contained on purpose: Node runs this file by stripping its types, which cannot resolve the
// project's `./x.js` imports of TypeScript sources, so it drives docker itself (argv only, with
// timeouts) and reads cache hits from `--progress=plain` ("#N CACHED"), the format every buildx has.
// It empties the engine's build cache (`docker builder prune -af`): run it on a bench machine.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REGISTRY = process.env.SHIPSHAPE_REGISTRY ?? '127.0.0.1:5000';
const BASE = process.env.SHIPSHAPE_BENCH_BASE ?? 'shipshape.local/python:3-slim';
const BUILD_TIMEOUT_MS = 30 * 60_000;

interface Options {
  runs: number;
  packages: string;
  syntheticMb: number | null;
  json: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    runs: 3,
    packages: 'python3-numpy python3-requests',
    syntheticMb: null,
    json: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--runs') options.runs = Math.max(1, Number(value()));
    else if (arg === '--packages') options.packages = value();
    else if (arg === '--synthetic') options.syntheticMb = Number(value());
    else if (arg === '--json') options.json = true;
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

function docker(args: string[], timeoutMs = 120_000): { stdout: string; stderr: string } {
  const r = spawnSync('docker', args, {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, BUILDX_NO_DEFAULT_ATTESTATIONS: '1' },
  });
  if (r.error) throw r.error;
  if (r.status !== 0)
    throw new Error(`docker ${args.join(' ')} exited with ${r.status}:\n${r.stderr.slice(-2000)}`);
  return { stdout: r.stdout, stderr: r.stderr };
}

interface Step {
  name: string;
  cached: boolean;
}

/** "#7 [4/5] RUN …" then "#7 CACHED": the Dockerfile's own steps and whether each was cached. */
function stepsFromPlain(output: string): Step[] {
  const byId = new Map<string, Step>();
  for (const line of output.split('\n')) {
    const m = /^#(\d+) (.*)$/.exec(line);
    if (!m) continue;
    const [, id, rest] = m as unknown as [string, string, string];
    const known = byId.get(id);
    if (!known) {
      if (/^\[[^\]]*\d+\/\d+\] /.test(rest) && !/\] FROM /.test(rest))
        byId.set(id, { name: rest, cached: false });
    } else if (rest === 'CACHED') known.cached = true;
  }
  return [...byId.values()];
}

interface Build {
  ms: number;
  steps: Step[];
  imageId: string;
}

function build(context: string, extra: string[]): Build {
  const iid = join(context, '..', `iid-${randomBytes(4).toString('hex')}`);
  const started = performance.now();
  const { stderr } = docker(
    ['buildx', 'build', '--progress=plain', '--iidfile', iid, ...extra, context],
    BUILD_TIMEOUT_MS,
  );
  const ms = performance.now() - started;
  const imageId = spawnSync('cat', [iid], { encoding: 'utf8' }).stdout.trim();
  rmSync(iid, { force: true });
  return { ms, steps: stepsFromPlain(stderr), imageId };
}

function emptyBuildCache(): void {
  docker(['builder', 'prune', '-af'], 300_000);
}

function removeImage(ref: string): void {
  spawnSync('docker', ['image', 'rm', '-f', ref], { stdio: 'ignore', timeout: 60_000 });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function writeApp(dir: string, options: Options, source: string): void {
  const install =
    options.syntheticMb !== null
      ? // Offline stand-in for a dependency install: CPU work and bytes on disk, no network.
        `RUN mkdir -p /opt/deps && for i in $(seq 1 ${options.syntheticMb}); do head -c 1048576 /dev/urandom | tee /opt/deps/blob-$i | sha256sum >> /opt/deps/SUMS; done`
      : 'RUN apt-get update && xargs -a requirements.txt apt-get install -y --no-install-recommends && rm -rf /var/lib/apt/lists/*';
  writeFileSync(
    join(dir, 'Dockerfile'),
    [
      `FROM ${BASE}`,
      'WORKDIR /app',
      'COPY requirements.txt ./',
      install,
      'COPY src/ ./src/',
      'CMD ["python3", "-m", "src.app"]',
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'requirements.txt'), `${options.packages.split(/\s+/).join('\n')}\n`);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src', '__init__.py'), '');
  writeFileSync(join(dir, 'src', 'app.py'), `print(${JSON.stringify(source)})\n`);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const run = randomBytes(4).toString('hex');
  const ref = `${REGISTRY}/shipshape-bench/build-rebuild:${run}`;
  const root = mkdtempSync(join(tmpdir(), 'shipshape-bench-build-'));
  const context = join(root, 'app');
  mkdirSync(context);
  const images = new Set<string>();
  const cold: number[] = [];
  const warm: number[] = [];
  const problems: string[] = [];
  let seedMs: number | undefined;
  let lastWarm: Build | null = null;
  try {
    // Seed: the base branch's build, pushed with its inline cache.
    writeApp(context, options, 'v0');
    emptyBuildCache();
    const seed = build(context, ['--tag', ref, '--push', '--cache-to', 'type=inline']);
    seedMs = seed.ms;
    images.add(seed.imageId);
    removeImage(ref);

    for (let i = 1; i <= options.runs; i++) {
      writeApp(context, options, `v${i}`); // source-only change: same requirements.txt
      emptyBuildCache();
      const c = build(context, []);
      images.add(c.imageId);
      cold.push(c.ms);
      if (c.steps.some((s) => s.cached)) problems.push(`run ${i}: the cold build took steps from cache`);
      removeImage(c.imageId);

      emptyBuildCache();
      const w = build(context, ['--cache-from', `type=registry,ref=${ref}`]);
      images.add(w.imageId);
      warm.push(w.ms);
      lastWarm = w;
      const deps = w.steps.find((s) => / RUN /.test(s.name));
      if (!deps?.cached) problems.push(`run ${i}: the dependency step was not taken from the registry cache`);
      const src = w.steps.find((s) => /COPY src\//.test(s.name));
      if (src?.cached) problems.push(`run ${i}: the changed source step was cached`);
      removeImage(w.imageId);
    }
  } finally {
    for (const image of images) removeImage(image);
    removeImage(ref);
    rmSync(root, { recursive: true, force: true });
  }

  const coldMedian = median(cold);
  const warmMedian = median(warm);
  const result = {
    runs: options.runs,
    dependencyStep:
      options.syntheticMb !== null ? `synthetic ${options.syntheticMb} MB` : `apt: ${options.packages}`,
    seedColdBuildAndPushMs: Math.round(seedMs ?? NaN),
    coldMs: cold.map(Math.round),
    warmFromRegistryMs: warm.map(Math.round),
    coldMedianMs: Math.round(coldMedian),
    warmMedianMs: Math.round(warmMedian),
    warmOverCold: Number((warmMedian / coldMedian).toFixed(3)),
    speedup: Number((coldMedian / warmMedian).toFixed(2)),
    warmSteps: lastWarm?.steps ?? [],
    problems,
  };
  if (options.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const lines = [
      `rebuild after a source-only change, ${options.runs} run(s), empty build cache each time`,
      `dependency step: ${result.dependencyStep}`,
      `seed (cold build + push with inline cache): ${seconds(seedMs ?? NaN)}`,
      `cold rebuild:                 median ${seconds(coldMedian)}  (${cold.map(seconds).join(', ')})`,
      `inline cache from registry:   median ${seconds(warmMedian)}  (${warm.map(seconds).join(', ')})`,
      `warm / cold: ${result.warmOverCold}  (${result.speedup}x faster)`,
      'steps of the last warm build:',
      ...result.warmSteps.map((s) => `  ${s.cached ? 'CACHED' : 'built '}  ${s.name}`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  if (problems.length) {
    process.stderr.write(`${problems.join('\n')}\n`);
    process.exitCode = 1;
  }
}

main();
