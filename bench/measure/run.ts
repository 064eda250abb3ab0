// measureImage against the physical floor of reading an image: `docker save … > /dev/null`, in
// the same run, on images built locally: by default a ~650 MB toolchain image (Debian +
// build-essential + python3); `small` (~100 MB) and `large` (~1 GB) on request.
//
//   node bench/measure/run.ts [--runs N] [--sizes realistic,small,large] [--keep] [--json]
//
// Targets (issue 11): with default settings, at most 1.3× the floor on the containerd image store
// (the compressed size is the stored blobs') and 2× on the classic store (where it is computed by
// gzip); under 200 MB peak RSS whatever the image size. Run it once per store (scripts/setup.sh
// with SHIPSHAPE_IMAGE_STORE=containerd or classic). The run without the compressed size is shown
// for comparison.
//
// This file only spawns processes, so Node runs it by stripping its types. Each measurement runs
// in a fresh Node (bench/measure/measure-once.ts, loaded with --experimental-transform-types and
// ts-hooks.mjs) so its peak RSS is its own. Images are built with buildx and removed at the end
// unless --keep is given (then a later run reuses them).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, copyFileSync, openSync, closeSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const BASE = process.env.SHIPSHAPE_BENCH_BASE ?? 'shipshape.local/debian:bookworm';
const TIMEOUT_MS = 30 * 60_000;

interface Options {
  runs: number;
  sizes: string[];
  keep: boolean;
  json: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { runs: 3, sizes: ['realistic'], keep: false, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--runs') options.runs = Number(argv[++i]);
    else if (arg === '--sizes') options.sizes = (argv[++i] ?? '').split(',');
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--json') options.json = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs needs a whole number ≥ 1');
  return options;
}

interface ImageSpec {
  name: string;
  tag: string;
  dockerfile: string;
  busybox: boolean;
}

/** A layer of `mb` MB in 100 kB files: half random bytes, half text, as real layers mix them. */
function dataLayer(dir: string, mb: number): string {
  const files = Math.round((mb * 1e6) / 2 / 100_000);
  return (
    `RUN mkdir -p /data/${dir} && i=0 && while [ $i -lt ${files} ]; do ` +
    `head -c 100000 /dev/urandom > /data/${dir}/r$i && seq $((i * 20000)) $((i * 20000 + 20000)) | head -c 100000 > /data/${dir}/t$i; ` +
    'i=$((i + 1)); done'
  );
}

const SPECS: Record<string, ImageSpec> = {
  // ~650 MB as `docker image ls` shows it: a real toolchain image, the issue's reference case.
  // Needs Debian's archive (the base's apt sources); built once and kept with --keep.
  realistic: {
    name: 'Debian + build-essential + python3',
    tag: 'shipshape-bench/measure:realistic',
    busybox: false,
    dockerfile: [
      `FROM ${BASE}`,
      'RUN apt-get update && apt-get install -y --no-install-recommends build-essential python3 && rm -rf /var/lib/apt/lists/*',
    ].join('\n'),
  },
  // ~100 MB: a busybox image (FROM scratch) with four 25 MB layers and a deletion.
  small: {
    name: 'small (~100 MB)',
    tag: 'shipshape-bench/measure:small',
    busybox: true,
    dockerfile: [
      'FROM scratch',
      'COPY busybox /bin/busybox',
      'RUN ["/bin/busybox", "--install", "-s", "/bin"]',
      ...[1, 2, 3, 4].map((i) => dataLayer(String(i), 25)),
      'RUN rm -rf /data/4/r*',
    ].join('\n'),
  },
  // ~1 GB: the Debian base and nine 100 MB layers.
  large: {
    name: 'large (~1 GB)',
    tag: 'shipshape-bench/measure:large',
    busybox: false,
    dockerfile: [`FROM ${BASE}`, ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => dataLayer(String(i), 100))].join(
      '\n',
    ),
  },
};

function run(cmd: string, args: string[], input?: string): string {
  const res = spawnSync(cmd, args, {
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    input,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (res.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed: ${res.stderr || res.error?.message}`);
  return res.stdout.trim();
}

function imageExists(tag: string): boolean {
  return spawnSync('docker', ['image', 'inspect', tag], { stdio: 'ignore', timeout: 60_000 }).status === 0;
}

function build(spec: ImageSpec): void {
  if (imageExists(spec.tag)) return;
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-bench-measure-'));
  try {
    writeFileSync(join(dir, 'Dockerfile'), spec.dockerfile);
    if (spec.busybox) copyFileSync('/bin/busybox', join(dir, 'busybox'));
    const res = spawnSync('docker', ['buildx', 'build', '--load', '-t', spec.tag, dir], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      timeout: TIMEOUT_MS,
      env: { ...process.env, BUILDX_NO_DEFAULT_ATTESTATIONS: '1' },
    });
    if (res.status !== 0) throw new Error(`building ${spec.tag} failed: ${res.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `docker save` straight into /dev/null: the engine's cost of producing the stream, no reader. */
function timeFloor(tag: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const devNull = openSync('/dev/null', 'w');
    const started = performance.now();
    const child = spawn('docker', ['save', tag], { stdio: ['ignore', devNull, 'pipe'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      closeSync(devNull);
      if (code === 0) resolve(performance.now() - started);
      else reject(new Error(`docker save ${tag} exited ${code}`));
    });
  });
}

interface Measurement {
  ms: number;
  cpuMs: number;
  baselineRssBytes: number;
  maxRssBytes: number;
  sizeBytes: number;
  engineSizeBytes: number | null;
  compressedSizeBytes: number | null;
  compressedSource: string | null;
  layerCount: number;
  reclaimableBytes: number | null;
}

function measureOnce(tag: string, compressed: boolean): Measurement {
  const out = run(process.execPath, [
    '--experimental-transform-types',
    '--no-warnings',
    '--import',
    join(HERE, 'ts-hooks.mjs'),
    join(HERE, 'measure-once.ts'),
    tag,
    ...(compressed ? ['--compressed'] : []),
  ]);
  return JSON.parse(out.split('\n').pop()!) as Measurement;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

interface Row {
  image: string;
  store: string;
  sizeBytes: number;
  layers: number;
  floorMs: number;
  /** Default settings: the compressed size from the stored blobs, or computed on the classic store. */
  defaultMs: number;
  defaultRatio: number;
  defaultCpuMs: number;
  defaultMaxRssBytes: number;
  compressedSizeBytes: number | null;
  compressedSource: string | null;
  /** With `compressed: false`: reading and analysing alone. */
  plainMs: number;
  plainRatio: number;
  baselineRssBytes: number;
  runs: number;
}

function engineStore(): string {
  const status = run('docker', ['info', '--format', '{{json .DriverStatus}}']);
  return status.includes('io.containerd.snapshotter') ? 'containerd' : 'classic';
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  process.chdir(ROOT);
  const rows: Row[] = [];
  const built: string[] = [];
  const store = engineStore();
  try {
    for (const key of options.sizes) {
      const spec = SPECS[key];
      if (!spec) throw new Error(`unknown size ${key} (${Object.keys(SPECS).join(', ')})`);
      if (!options.json) process.stderr.write(`building ${spec.name}…\n`);
      if (!imageExists(spec.tag)) built.push(spec.tag);
      build(spec);
      // Warm the page cache once so the first timed run is not the only one reading from disk.
      await timeFloor(spec.tag);
      const floors: number[] = [];
      const defaults: Measurement[] = [];
      const plains: Measurement[] = [];
      // Interleaved, so a burst of other load on the machine hits all three alike.
      for (let i = 0; i < options.runs; i++) {
        floors.push(await timeFloor(spec.tag));
        defaults.push(measureOnce(spec.tag, true));
        plains.push(measureOnce(spec.tag, false));
      }
      const last = defaults[defaults.length - 1]!;
      const floorMs = median(floors);
      const defaultMs = median(defaults.map((m) => m.ms));
      const plainMs = median(plains.map((m) => m.ms));
      rows.push({
        image: spec.name,
        store,
        sizeBytes: last.sizeBytes,
        layers: last.layerCount,
        floorMs,
        defaultMs,
        defaultRatio: defaultMs / floorMs,
        defaultCpuMs: median(defaults.map((m) => m.cpuMs)),
        defaultMaxRssBytes: Math.max(...defaults.map((m) => m.maxRssBytes)),
        compressedSizeBytes: last.compressedSizeBytes,
        compressedSource: last.compressedSource,
        plainMs,
        plainRatio: plainMs / floorMs,
        baselineRssBytes: median(defaults.map((m) => m.baselineRssBytes)),
        runs: options.runs,
      });
    }
  } finally {
    if (!options.keep)
      for (const tag of built) spawnSync('docker', ['image', 'rm', '-f', tag], { stdio: 'ignore' });
  }
  if (options.json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  const lines = [
    `measureImage vs docker save > /dev/null on the ${store} image store (median of ${options.runs}; targets with default settings: ≤ 1.3× on the containerd store, ≤ 2× on the classic store)`,
    '',
    '| image | store | size | layers | docker save | measure (default) | ratio | its CPU | peak RSS (before) | compressed (source) | measure (no compressed size) | ratio |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.image} | ${r.store} | ${mb(r.sizeBytes)} | ${r.layers} | ${s(r.floorMs)} | ${s(r.defaultMs)} | ${r.defaultRatio.toFixed(2)}× | ${s(r.defaultCpuMs)} | ${mb(r.defaultMaxRssBytes)} (${mb(r.baselineRssBytes)}) | ${r.compressedSizeBytes === null ? 'n/a' : `${mb(r.compressedSizeBytes)} (${r.compressedSource})`} | ${s(r.plainMs)} | ${r.plainRatio.toFixed(2)}× |`,
    ),
    '',
    `load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(
        ' ',
      )} on ${cpus().length} cores (other work on the machine slows docker save and the measurement alike)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
