// @vitest-environment jsdom
// Every chart the comment can carry goes through Mermaid's own parser (the major version GitHub
// renders with), so a chart GitHub would show as an error box can never ship.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/runner.js';
import type { Mermaid } from 'mermaid';
import { renderComment } from '../../src/report/markdown.js';
import { comparedReport, rootPullRequestReport } from './fixtures.js';
import type { Report } from '../../src/report/types.js';

let mermaid: Mermaid;
beforeAll(async () => {
  mermaid = (await import('mermaid')).default;
  mermaid.initialize({ startOnLoad: false });
});

function charts(md: string): string[] {
  return [...md.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
}

/** The root PR with its 9 MB layer made `bytes` big and written by `instruction`. */
function withGrowth(bytes: number, instruction: string): Report {
  const report = rootPullRequestReport();
  const grown = report.deltas!.instructions.find((i) => i.kind === 'added')!;
  Object.assign(grown, { headBytes: bytes, change: bytes, instruction });
  return report;
}

/** The root PR's added layer turned into one the PR removed (it was on line 8 of the base). */
function removed(): Report {
  const report = rootPullRequestReport();
  const gone = report.deltas!.instructions.find((i) => i.kind === 'added')!;
  Object.assign(gone, {
    headBytes: null,
    baseBytes: 3e6,
    change: -3e6,
    line: null,
    baseLine: 8,
    kind: 'removed',
  });
  return report;
}

describe('the change chart, parsed by Mermaid', () => {
  it('rejects a chart it cannot read (the check can fail)', async () => {
    await expect(mermaid.parse('xychart-beta\n  x-axis ["a"]\n  bar [1 2]')).rejects.toThrow(/Parse error/);
  });

  const cases: [string, () => Report][] = [
    ['growth only (a PR adding 9 MB)', rootPullRequestReport],
    ['growth and shrinking', comparedReport],
    ['a change under 1 MB (kB scale)', () => withGrowth(4_310, 'COPY app.py .')],
    [
      'an instruction full of Mermaid and Markdown syntax',
      () => withGrowth(2e6, 'RUN "a"]; %%{init: {}}%% --> `x` [b]'),
    ],
    ['a removed instruction', removed],
  ];
  for (const [name, make] of cases) {
    it(`parses: ${name}`, async () => {
      const found = charts(renderComment(make()));
      expect(found).toHaveLength(1);
      await expect(mermaid.parse(found[0]!)).resolves.toMatchObject({ diagramType: 'xychart' });
    });
  }
});

describe("the README's example comment", () => {
  it('carries a chart Mermaid parses', async () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    // The example is quoted: take the quote marks off before looking for the chart.
    const found = charts(readme.replace(/^> ?/gm, ''));
    expect(found.length).toBeGreaterThan(0);
    for (const chart of found)
      await expect(mermaid.parse(chart)).resolves.toMatchObject({ diagramType: 'xychart' });
  });
});
