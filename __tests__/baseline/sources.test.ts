// A base-branch report as the baseline, read from real files: matched by key, or the only report
// there, compared anyway with its other key recorded for the comment to say so.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baselineStep } from '../../src/baseline/index.js';
import { loadReportBaseline } from '../../src/baseline/sources.js';
import { baselineStages } from '../../src/baseline-stages.js';
import { defaultLintConfig } from '../../src/lint/config.js';
import { nullLogger } from '../../src/log.js';
import { LayerCache } from '../../src/measure/index.js';
import { readReports } from '../../src/report/files.js';
import { caveats } from '../../src/report/markdown.js';
import { snapshotOfReport } from '../../src/report/snapshot.js';
import { buildRequest } from '../../src/types.js';
import { headReport } from '../report/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'shipshape-baseline-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Reports written as a base branch's run leaves them, one file each, in a folder of their own. */
function reportsIn(name: string, keys: string[]): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  for (const key of keys)
    writeFileSync(join(folder, `${key.replace(/\W+/g, '_')}.json`), JSON.stringify(headReport({ key })));
  return folder;
}

describe('loadReportBaseline', () => {
  it('takes the report with this key, and records no other key', async () => {
    const notes: string[] = [];
    const found = await loadReportBaseline(
      reportsIn('matched', ['api/Dockerfile', 'Dockerfile']),
      'Dockerfile',
      notes,
      readReports,
    );
    expect(found?.report.key).toBe('Dockerfile');
    expect(found?.otherKey).toBeNull();
    expect(notes).toEqual([]);
  });

  it('uses the only report there under another key, and records that key', async () => {
    const notes: string[] = [];
    const found = await loadReportBaseline(
      reportsIn('lone', ['api/Dockerfile']),
      'Dockerfile',
      notes,
      readReports,
    );
    expect(found?.report.key).toBe('api/Dockerfile');
    expect(found?.otherKey).toBe('api/Dockerfile');
    expect(notes).toHaveLength(1);
  });

  it('uses none of several reports under other keys', async () => {
    const notes: string[] = [];
    const found = await loadReportBaseline(
      reportsIn('several', ['api/Dockerfile', 'worker/Dockerfile']),
      'Dockerfile',
      notes,
      readReports,
    );
    expect(found).toBeNull();
    expect(notes[0]).toContain('none of the 2 reports');
  });
});

/** The pipeline's baseline stage asked for a report baseline from `folder`, for this run's key. */
function baselineFrom(folder: string) {
  const request = buildRequest({});
  return baselineStep(
    {
      options: { mode: 'report', reportPath: folder, image: null, baseRef: null },
      cwd: dir,
      dockerfile: 'Dockerfile',
      key: 'Dockerfile',
      build: request,
      head: snapshotOfReport(headReport()),
      headImageId: null,
      stages: baselineStages({
        request,
        displayFile: 'Dockerfile',
        cwd: dir,
        lintConfig: defaultLintConfig(),
        shellcheck: false,
        computeCompressedSize: false,
        layerCache: new LayerCache(),
        log: nullLogger,
      }),
    },
    nullLogger,
  );
}

describe('the baseline stage with a report of another key', () => {
  it('puts the other key on the report baseline, and the comment states the caveat from it', async () => {
    const result = await baselineFrom(reportsIn('stage', ['api/Dockerfile']));
    expect(result.baseline).toMatchObject({ source: 'report', otherKey: 'api/Dockerfile' });
    const said = caveats({ ...headReport(), baseline: result.baseline, deltas: result.deltas });
    expect(said.filter((c) => c.startsWith('the baseline may be another image'))).toHaveLength(1);
    expect(said.join('\n')).toContain('api/Dockerfile');
  });

  it('a report of this key carries no other key and no such caveat', async () => {
    const result = await baselineFrom(reportsIn('stage-matched', ['Dockerfile']));
    expect(result.baseline).toMatchObject({ source: 'report', otherKey: null });
    const said = caveats({ ...headReport(), baseline: result.baseline, deltas: result.deltas });
    expect(said.join('\n')).not.toContain('another image');
  });
});
