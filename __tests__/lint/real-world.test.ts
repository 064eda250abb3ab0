// The real-world corpus (public Dockerfiles nobody on this project wrote) against its reviewed
// findings: a finding nobody reviewed, or a reviewed true positive that is gone, fails the build;
// so does a false-positive rate over the bounds (2 % overall, 5 % for any rule).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareWithReviews,
  CORPUS_DIR,
  corpusEntries,
  falsePositiveRates,
  lintCorpus,
  loadReviews,
  provenanceOf,
  type Review,
} from '../../bench/lint/real-world.js';

const REDISTRIBUTABLE = new Set([
  'MIT',
  'Apache-2.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'ISC',
  'MPL-2.0',
  'CC0-1.0',
  'MIT OR Apache-2.0',
]);

describe('the real-world corpus', () => {
  const entries = corpusEntries();

  it('has at least 150 Dockerfiles, each with its repository, path, commit and a licence that allows redistribution', () => {
    expect(entries.length).toBeGreaterThanOrEqual(150);
    for (const entry of entries) {
      const p = provenanceOf(entry);
      expect(p.repo, entry).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(p.path, entry).not.toBe('');
      expect(p.commit, entry).toMatch(/^[0-9a-f]{40}$/);
      expect(REDISTRIBUTABLE.has(p.licence), `${entry}: ${p.licence}`).toBe(true);
      expect(readFileSync(join(CORPUS_DIR, entry, 'Dockerfile'), 'utf8')).toMatch(/^\s*FROM\s/im);
    }
  });

  it('reports only reviewed findings, keeps every reviewed true positive, and stays under 2 % false positives (5 % per rule)', async () => {
    const { findings, errors } = await lintCorpus();
    expect(errors).toEqual([]);
    const { unreviewed, lostTruePositives, matched } = compareWithReviews(findings, loadReviews());
    expect(unreviewed.map((f) => `${f.entry}:${f.line} ${f.rule} ${f.message}`)).toEqual([]);
    expect(lostTruePositives).toEqual([]);
    const fp = matched.filter((r) => r.verdict === 'fp').length;
    expect(fp / matched.length).toBeLessThan(0.02);
    for (const [rule, row] of falsePositiveRates(matched))
      expect(row.fp / row.total, rule).toBeLessThanOrEqual(0.05);
  }, 120_000);

  it('has a verdict and a one-line reason for every review', () => {
    for (const [entry, reviews] of Object.entries(loadReviews())) {
      expect(entries, entry).toContain(entry);
      for (const r of reviews) {
        expect(['tp', 'fp'], `${entry}:${r.line}`).toContain(r.verdict);
        expect(r.reason.trim(), `${entry}:${r.line}`).not.toBe('');
        expect(r.reason, `${entry}:${r.line}`).not.toContain('\n');
      }
    }
  });
});

describe('compareWithReviews', () => {
  const review = (line: number, rule: string, verdict: 'tp' | 'fp'): Review => ({
    line,
    rule,
    verdict,
    reason: 'why',
  });
  const finding = (line: number, rule: string) => ({ entry: 'a', line, rule, message: 'm' });

  it('names a finding nobody reviewed, and a second one of the same rule on a line reviewed once', () => {
    const r = compareWithReviews([finding(2, 'x'), finding(2, 'x'), finding(3, 'y')], {
      a: [review(2, 'x', 'tp')],
    });
    expect(r.unreviewed).toEqual([finding(2, 'x'), finding(3, 'y')]);
    expect(r.matched).toHaveLength(1);
  });

  it('names a reviewed true positive that is gone, and lets a fixed false positive go', () => {
    const r = compareWithReviews([], { a: [review(4, 'x', 'tp'), review(5, 'y', 'fp')] });
    expect(r.lostTruePositives).toEqual(['a:4 x: why']);
    expect(r.fixedFalsePositives).toEqual(['a:5 y: why']);
  });

  it('counts false positives per rule', () => {
    const rates = falsePositiveRates([review(1, 'x', 'tp'), review(2, 'x', 'fp'), review(3, 'y', 'tp')]);
    expect(rates.get('x')).toEqual({ fp: 1, total: 2 });
    expect(rates.get('y')).toEqual({ fp: 0, total: 1 });
  });
});
