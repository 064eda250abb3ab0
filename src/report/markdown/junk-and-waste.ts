// The junk and waste section: bytes the image carries that it does not need.
import { plural } from '../facts.js';
import type { JunkFinding, WastedPath } from '../../measure/types.js';
import { WASTE_ROW_MIN_BYTES } from '../evaluate.js';
import { escapeMarkdown, inlineCode } from '../escape.js';
import type { Report } from '../types.js';
import { bytes, changeText, details, size, tableWithin } from './format.js';
import type { Section } from './section.js';

interface PathRow {
  path: string;
  bytes: number | null;
  where: string | null;
}

const biggestFirst = (rows: PathRow[]) => rows.sort((p, q) => (q.bytes ?? 0) - (p.bytes ?? 0));

/** Reclaimable paths: how they were hidden, and the lines that wrote and removed them. */
function wasteRows(waste: readonly WastedPath[]): PathRow[] {
  return biggestFirst(
    waste.map((w) => {
      const where = [
        w.how,
        w.writtenLine !== null ? `written on line ${w.writtenLine}` : 'written in the base image',
      ];
      if (w.removedLine !== null) where.push(`then on line ${w.removedLine}`);
      return { path: w.path, bytes: w.bytes, where: where.join(', ') };
    }),
  );
}

/** Junk in the final image: its kind and the line that added it. */
function junkRows(junk: readonly JunkFinding[]): PathRow[] {
  return biggestFirst(
    junk.map((j) => ({
      path: j.path,
      bytes: j.bytes,
      where: [j.kind, ...(j.line !== null ? [`line ${j.line}`] : [])].join(', '),
    })),
  );
}

const SHOWN_PATHS = 15;

export function wasteSection(report: Report): Section | null {
  const img = report.image;
  if (!img) return null;
  // Rewrites of a few kB (lock files, passwd touched by useradd) are noise next to what costs bytes.
  const waste = wasteRows(img.waste ?? []).filter((r) => (r.bytes ?? 0) >= WASTE_ROW_MIN_BYTES);
  const junk = junkRows(img.junk ?? []).filter((r) => r.bytes !== 0);
  const change = report.deltas?.reclaimable;
  const worthSaying = (img.reclaimableBytes ?? 0) >= WASTE_ROW_MIN_BYTES || (change && change.change !== 0);
  if (!worthSaying && !waste.length && !junk.length) return null;
  return (room) => {
    const parts = [
      `Reclaimable (written, then deleted or overwritten in a later layer): ${bytes(img.reclaimableBytes)}${change && change.change !== 0 ? `, ${changeText(change, size)} against the baseline` : ''}`,
    ];
    const table = (rows: PathRow[], title: string) =>
      tableWithin(
        [`**${title}**`, '', '| path | bytes | where |', '| --- | ---: | --- |'],
        rows
          .slice(0, SHOWN_PATHS)
          .map(
            (r) =>
              `| ${inlineCode(r.path, 100)} | ${bytes(r.bytes)} | ${r.where ? escapeMarkdown(r.where) : ''} |`,
          ),
        Math.floor((room - 400) / 2),
        (n) => `…and ${plural(n, 'more path')}.`,
      );
    const rest = (rows: PathRow[]) => {
      const more = rows.slice(SHOWN_PATHS);
      return more.length
        ? `\n\n…and ${plural(more.length, 'more path')} (${size(more.reduce((n, r) => n + (r.bytes ?? 0), 0))}).`
        : '';
    };
    if (junk.length) parts.push(table(junk, 'Junk left in the image') + rest(junk));
    if (waste.length) parts.push(table(waste, 'Wasted space') + rest(waste));
    return details('Junk and waste', parts.join('\n\n'));
  };
}
