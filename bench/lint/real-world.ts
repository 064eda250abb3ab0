// The real-world corpus (__tests__/lint/real-world/: public Dockerfiles nobody on this project
// wrote) against its reviewed findings: every finding shipshape reports there was read against its
// rule's page and recorded as `tp` or `fp` with a reason in reviewed.json. Prints the
// false-positive rate per rule and overall, and any finding not reviewed yet.
//
//   node --experimental-transform-types --import ./bench/measure/ts-hooks.mjs bench/lint/real-world.ts
//
// Default config, ShellCheck off, no build context (context-dependent rules skip). The unit test
// __tests__/lint/real-world.test.ts uses the same functions.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../src/lint/index.js';

export const CORPUS_DIR = join(import.meta.dirname, '../../__tests__/lint/real-world');
export const REVIEWED_FILE = join(CORPUS_DIR, 'reviewed.json');

export interface Provenance {
  repo: string;
  path: string;
  commit: string;
  licence: string;
}

export interface Review {
  line: number;
  rule: string;
  verdict: 'tp' | 'fp';
  reason: string;
}

export interface CorpusFinding {
  entry: string;
  line: number;
  rule: string;
  message: string;
}

/** The corpus folders, sorted: each holds `Dockerfile` and `source.json`. */
export function corpusEntries(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((d) => statSync(join(CORPUS_DIR, d)).isDirectory())
    .sort();
}

export function provenanceOf(entry: string): Provenance {
  return JSON.parse(readFileSync(join(CORPUS_DIR, entry, 'source.json'), 'utf8')) as Provenance;
}

/** Every finding on the corpus, and the files that could not be linted fully. */
export async function lintCorpus(): Promise<{ findings: CorpusFinding[]; errors: string[] }> {
  const findings: CorpusFinding[] = [];
  const errors: string[] = [];
  for (const entry of corpusEntries()) {
    const text = readFileSync(join(CORPUS_DIR, entry, 'Dockerfile'), 'utf8');
    const r = await lintText(`${entry}/Dockerfile`, text, { configFile: null, shellcheck: false });
    for (const e of r.errors) errors.push(`${entry}:${e.line} ${e.message}`);
    for (const f of r.findings) findings.push({ entry, line: f.line, rule: f.rule, message: f.message });
  }
  return { findings, errors };
}

export function loadReviews(): Record<string, Review[]> {
  return JSON.parse(readFileSync(REVIEWED_FILE, 'utf8')) as Record<string, Review[]>;
}

const keyOf = (entry: string, line: number, rule: string) => `${entry}:${line} ${rule}`;

/**
 * Findings matched to reviews, as multisets of `entry:line rule` (two findings of one rule on one
 * line need two reviews): what was not reviewed, which reviewed `tp` no longer appears, and the
 * matched reviews.
 */
export function compareWithReviews(
  findings: readonly CorpusFinding[],
  reviews: Record<string, Review[]>,
): {
  unreviewed: CorpusFinding[];
  lostTruePositives: string[];
  matched: Review[];
  fixedFalsePositives: string[];
} {
  const open = new Map<string, Review[]>();
  for (const [entry, list] of Object.entries(reviews))
    for (const r of list) {
      const k = keyOf(entry, r.line, r.rule);
      open.set(k, [...(open.get(k) ?? []), r]);
    }
  const unreviewed: CorpusFinding[] = [];
  const matched: Review[] = [];
  for (const f of findings) {
    const list = open.get(keyOf(f.entry, f.line, f.rule));
    const review = list?.shift();
    if (review) matched.push(review);
    else unreviewed.push(f);
  }
  const lostTruePositives: string[] = [];
  const fixedFalsePositives: string[] = [];
  for (const [k, list] of open)
    for (const r of list)
      (r.verdict === 'tp' ? lostTruePositives : fixedFalsePositives).push(`${k}: ${r.reason}`);
  return { unreviewed, lostTruePositives, matched, fixedFalsePositives };
}

/** False positives per rule among the matched reviews. */
export function falsePositiveRates(matched: readonly Review[]): Map<string, { fp: number; total: number }> {
  const rates = new Map<string, { fp: number; total: number }>();
  for (const r of matched) {
    const row = rates.get(r.rule) ?? { fp: 0, total: 0 };
    row.total++;
    if (r.verdict === 'fp') row.fp++;
    rates.set(r.rule, row);
  }
  return rates;
}

async function main(): Promise<void> {
  const entries = corpusEntries();
  const { findings, errors } = await lintCorpus();
  const { unreviewed, lostTruePositives, matched, fixedFalsePositives } = compareWithReviews(
    findings,
    loadReviews(),
  );
  const rates = falsePositiveRates(matched);
  const pct = (a: number, b: number) => (b === 0 ? '0.00' : ((100 * a) / b).toFixed(2));
  const rows = [...rates].sort(
    (a, b) => b[1].fp / b[1].total - a[1].fp / a[1].total || b[1].total - a[1].total,
  );
  process.stdout.write('rule                                      findings   fp   fp rate\n');
  for (const [rule, row] of rows)
    process.stdout.write(
      `${rule.padEnd(42)}${String(row.total).padStart(8)}${String(row.fp).padStart(5)}${pct(row.fp, row.total).padStart(9)} %\n`,
    );
  const fp = matched.filter((r) => r.verdict === 'fp').length;
  const licences = new Map<string, number>();
  for (const e of entries) {
    const l = provenanceOf(e).licence;
    licences.set(l, (licences.get(l) ?? 0) + 1);
  }
  process.stdout.write(
    `\n${entries.length} Dockerfiles (${[...licences].map(([l, n]) => `${n} ${l}`).join(', ')}), ${findings.length} findings, ${errors.length} file errors\n` +
      `reviewed: ${matched.length}, false positives: ${fp} = ${pct(fp, matched.length)} % overall, ` +
      `worst rule ${rows[0] ? `${rows[0][0]} ${pct(rows[0][1].fp, rows[0][1].total)} %` : 'none'}\n`,
  );
  for (const e of errors) process.stdout.write(`file error: ${e}\n`);
  if (unreviewed.length > 0)
    process.stdout.write(
      `\nnot reviewed (${unreviewed.length}):\n${unreviewed.map((f) => `  ${f.entry}:${f.line} ${f.rule} ${f.message}`).join('\n')}\n`,
    );
  if (lostTruePositives.length > 0)
    process.stdout.write(
      `\nreviewed tp no longer found:\n${lostTruePositives.map((l) => `  ${l}`).join('\n')}\n`,
    );
  if (fixedFalsePositives.length > 0)
    process.stdout.write(
      `\nreviewed fp no longer found:\n${fixedFalsePositives.map((l) => `  ${l}`).join('\n')}\n`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
