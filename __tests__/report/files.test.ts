// Reports read back from disk (a baseline, or the reports `mode: post` renders) are checked
// against the published schema once, where they are read, and upgraded to this version's shape.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readReports, upgradeReport } from '../../src/report/files.js';
import { comparedReport, headReport } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'shipshape-reports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readReports', () => {
  it('keeps valid reports, upgrading what an earlier release did not record, and skips the rest', async () => {
    const older = headReport({ key: 'older' }) as unknown as Record<string, unknown>;
    delete (older.lint as Record<string, unknown>).dockerfileText;
    delete (older.timings as Record<string, unknown> | undefined)?.baseline;
    for (const field of ['configDigest', 'manifestDigest', 'imageStore'])
      delete (older.build as Record<string, unknown>)[field];
    // Looks like a report at a glance (version, key, findings, status) but lacks what the schema requires.
    const partial = { version: 1, key: 'partial', status: 'pass', lint: { findings: [] } };
    writeFileSync(join(dir, 'a-older.json'), JSON.stringify(older));
    writeFileSync(join(dir, 'b-partial.json'), JSON.stringify(partial));
    writeFileSync(join(dir, 'c-not-json.json'), '{ not json');

    const reports = await readReports(dir);
    expect(reports.map((r) => r.key)).toEqual(['older']);
    expect(reports[0]!.lint.dockerfileText).toBeNull();
    expect(reports[0]!.timings.baseline).toBeNull();
    expect(reports[0]!.build).toMatchObject({ configDigest: null, manifestDigest: null, imageStore: null });
    expect(reports[0]!.image?.sizeBytes).toBe(headReport().image!.sizeBytes);
  });

  it("gives a compared report from before the baseline's key was recorded otherKey null", async () => {
    const older = comparedReport() as unknown as { key: string; baseline: Record<string, unknown> };
    older.key = 'compared-older';
    delete older.baseline.otherKey;
    writeFileSync(join(dir, 'd-compared-older.json'), JSON.stringify(older));
    const report = (await readReports(join(dir, 'd-compared-older.json')))[0]!;
    expect(report.key).toBe('compared-older');
    expect(report.baseline).toMatchObject({ source: 'report', otherKey: null });
  });

  it('reads a verdict an earlier release took from the image configuration as no runtime verdict', async () => {
    // As releases before the verdict came only from observed processes wrote it: source "static",
    // nonRoot and uid from the image's passwd, the static verdict beside them.
    const head = headReport();
    const older = headReport({
      key: 'static-verdict',
      runtime: {
        ...head.runtime!,
        source: 'static' as never,
        nonRoot: false,
        uid: 0,
        evidence: { processes: [], exitCode: null, notes: [] },
      },
    });
    const file = join(dir, 'static.json');
    writeFileSync(file, JSON.stringify(older));
    const [report] = await readReports(file);
    expect(report!.runtime).toMatchObject({ source: null, nonRoot: null, uid: null });
    expect(report!.runtime!.static).toEqual(head.runtime!.static);
    // The schema itself lists only what is written today.
    expect(await upgradeReport(older)).not.toBeNull();
    expect(await upgradeReport({ ...head, runtime: { ...head.runtime!, source: 'guessed' } })).toBeNull();
  });
});
