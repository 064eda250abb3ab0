// The report as step outputs (pure): plain numbers for `if:` conditions, and one JSON output for
// the deltas. The action's check and post modes set the same ones.
import type { Report } from './types.js';

/** Every output the report alone decides, by its action.yml name. */
export function reportOutputs(report: Report): Record<string, string | number | boolean> {
  return {
    'image-id': report.image?.id ?? report.build?.imageId ?? '',
    size: report.image?.sizeBytes ?? '',
    'compressed-size': report.image?.compressedSizeBytes ?? '',
    layers: report.image?.layerCount ?? '',
    user: report.runtime?.user ?? '',
    'non-root': report.runtime?.nonRoot ?? '',
    findings: report.lint.findings.length,
    status: report.status,
    passed: report.status !== 'fail',
    ...deltaOutputs(report),
  };
}

export function deltaOutputs(report: Pick<Report, 'baseline' | 'deltas'>): Record<string, string | number> {
  const d = report.deltas;
  const figures = d
    ? {
        size: d.size?.change ?? null,
        sizePercent: d.size?.percent ?? null,
        compressedSize: d.compressedSize?.change ?? null,
        layers: d.layers?.change ?? null,
        reclaimable: d.reclaimable?.change ?? null,
        newPullBytes: d.newPull?.bytes ?? null,
        newFindings: d.lint?.new.length ?? null,
        fixedFindings: d.lint?.fixed.length ?? null,
        runtime: d.runtime?.change ?? null,
        refused: d.refused,
      }
    : null;
  const blank = (v: number | null | undefined) => (v == null ? '' : v);
  return {
    baseline: report.baseline?.source ?? '',
    'size-delta': blank(figures?.size),
    'compressed-size-delta': blank(figures?.compressedSize),
    'layers-delta': blank(figures?.layers),
    'new-findings': blank(figures?.newFindings),
    'fixed-findings': blank(figures?.fixedFindings),
    deltas: figures ? JSON.stringify(figures) : '',
  };
}
