// Lint benchmark: shipshape against dockerfilelint and dockerfile-utils' validator on the same
// corpus in the same run, ShellCheck off. Prints whole-process time on the set, per-file cost with
// process start-up taken out (the set once vs ten copies of it), files/s, ratios, peak RSS, the
// files each tool could not read, and the cold time of `shipshape lint` on one file.
//   node bench/lint/run.mjs [--generated 400] [--runs 3] [--use-dist]
// Builds the CLI bundle with ncc into a temp dir (unless --use-dist: the committed dist/cli).
import process from 'node:process';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    generated: { type: 'string', default: '400' },
    runs: { type: 'string', default: '3' },
    'use-dist': { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const COPIES = 10;
const work = mkdtempSync(join(tmpdir(), 'shipshape-bench-lint-'));

try {
  let cli = join(ROOT, 'dist/cli/index.js');
  if (!values['use-dist']) {
    process.stderr.write('building the CLI bundle with ncc…\n');
    execFileSync('npx', ['ncc', 'build', join(ROOT, 'src/bin.ts'), '-o', join(work, 'bundle'), '-q'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    cli = join(work, 'bundle/index.js');
  }
  const lists = writeCorpus(join(work, 'corpus'), {
    generated: Number(values.generated),
    copies: COPIES,
    repoRoot: ROOT,
  });
  const once = lists[0];
  const all = lists.flat();
  const N = once.length;
  writeFileSync(join(work, 'once.txt'), once.join('\n'));
  writeFileSync(join(work, 'all.txt'), all.join('\n'));
  const rss = join(ROOT, 'bench/lint/rss.mjs');

  const tools = {
    shipshape: (files) => [
      '--import',
      rss,
      cli,
      'lint',
      '--no-shellcheck',
      '--no-config',
      '--format',
      'json',
      '--failure-threshold',
      'none',
      ...files,
    ],
    dockerfilelint: (_files, listFile) => [
      '--import',
      rss,
      join(ROOT, 'bench/lint/peer-runner.mjs'),
      'dockerfilelint',
      listFile,
    ],
    'dockerfile-utils': (_files, listFile) => [
      '--import',
      rss,
      join(ROOT, 'bench/lint/peer-runner.mjs'),
      'dockerfile-utils',
      listFile,
    ],
  };

  function measure(args) {
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, {
      cwd: work,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (r.status !== 0)
      throw new Error(`${args.slice(2, 4).join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
    const rssKb = Number(/maxrss-kb:(\d+)/.exec(r.stderr)?.[1] ?? NaN);
    return { ms, rssKb, stdout: r.stdout };
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

  const results = {};
  for (const [name, argsOf] of Object.entries(tools)) {
    const one = [];
    const ten = [];
    let peak = 0;
    let last;
    for (let k = 0; k < RUNS; k++) {
      const a = measure(argsOf(once, join(work, 'once.txt')));
      const b = measure(argsOf(all, join(work, 'all.txt')));
      one.push(a.ms);
      ten.push(b.ms);
      peak = Math.max(peak, a.rssKb, b.rssKb);
      last = a.stdout;
    }
    let failed;
    let findings;
    if (name === 'shipshape') {
      const doc = JSON.parse(last);
      failed = doc.files.filter((f) => f.errors.length > 0).map((f) => f.file);
      findings = doc.files.reduce((n, f) => n + f.findings.length, 0);
    } else {
      const doc = JSON.parse(last);
      failed = doc.failed;
      findings = doc.findings;
    }
    const wholeMs = median(one);
    const perFileMs = (median(ten) - wholeMs) / ((COPIES - 1) * N);
    results[name] = { wholeMs, perFileMs, peakMb: peak / 1024, failed, findings };
  }

  const cold = [];
  const coldSc = [];
  const example = join(ROOT, 'examples/python-web/Dockerfile');
  for (let k = 0; k < 10; k++) {
    cold.push(
      measure([
        '--import',
        rss,
        cli,
        'lint',
        '--no-shellcheck',
        '--no-config',
        '--failure-threshold',
        'none',
        example,
      ]).ms,
    );
    coldSc.push(
      measure(['--import', rss, cli, 'lint', '--no-config', '--failure-threshold', 'none', example]).ms,
    );
  }
  const node = [];
  for (let k = 0; k < 10; k++) node.push(measure(['-e', '0']).ms);

  const s = results.shipshape;
  const pad = (x, n) => String(x).padEnd(n);
  const lines = [
    `corpus: ${N} Dockerfiles (${N - Number(values.generated)} from the repo and odd-but-valid shapes, ${values.generated} generated); ×${COPIES} copies for the per-file cost; median of ${RUNS} runs; ShellCheck off`,
    `node ${process.version}; bare \`node -e 0\` start: ${median(node).toFixed(0)} ms`,
    '',
    `${pad('tool', 18)}${pad('whole set ms', 14)}${pad('files/s', 10)}${pad('per-file µs', 13)}${pad('files/s (no start-up)', 23)}${pad('peak RSS MB', 13)}${pad('findings', 10)}unreadable`,
  ];
  for (const [name, r] of Object.entries(results)) {
    lines.push(
      `${pad(name, 18)}${pad(r.wholeMs.toFixed(0), 14)}${pad((N / (r.wholeMs / 1000)).toFixed(0), 10)}${pad((r.perFileMs * 1000).toFixed(0), 13)}${pad((1000 / r.perFileMs).toFixed(0), 23)}${pad(r.peakMb.toFixed(0), 13)}${pad(r.findings, 10)}${r.failed.length}`,
    );
  }
  lines.push('');
  for (const peer of ['dockerfilelint', 'dockerfile-utils']) {
    const p = results[peer];
    lines.push(
      `vs ${peer}: shipshape's per-file cost is ${(s.perFileMs / p.perFileMs).toFixed(2)}× ${peer}'s (target ≤ 0.2× for dockerfilelint), whole-process time ${(s.wholeMs / p.wholeMs).toFixed(2)}× (target ≤ 1×), findings ${s.findings} vs ${p.findings}`,
    );
  }
  lines.push(
    `cold \`shipshape lint\` of one file: ${median(cold).toFixed(0)} ms with --no-shellcheck, ${median(coldSc).toFixed(0)} ms with ShellCheck (target < 150 ms)`,
  );
  for (const [name, r] of Object.entries(results)) {
    if (r.failed.length === 0) continue;
    const names = r.failed.map((f) => f.slice(join(work, 'corpus', 'c0').length + 1));
    lines.push(
      `${name} could not read ${r.failed.length}: ${names.slice(0, 12).join(', ')}${names.length > 12 ? ', …' : ''}`,
    );
  }
  process.stdout.write(lines.join('\n') + '\n');
} finally {
  rmSync(work, { recursive: true, force: true });
}
