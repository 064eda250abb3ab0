// Size by instruction: the table with its bars, and the Mermaid chart of the PR's change.
import { instructionSizes, plural } from '../facts.js';
import { formatBytes } from '../../units.js';
import { inlineCode } from '../escape.js';
import type { Report } from '../types.js';
import { details, markedChange, NBSP, signed, size, tableWithin } from './format.js';
import type { Section } from './section.js';

interface SizeRow {
  label: string;
  /** Our own short label for charts: line, keyword and the command's first word, sanitised. */
  chartLabel: string;
  head: number | null;
  base: number | null;
  change: number | null;
}

/**
 * "L18 RUN head": made of the line, the keyword and the first word of the command, kept to
 * letters, digits and `._/-` so nothing from a Dockerfile can reach Mermaid's syntax. A layer no
 * line names is labelled by its position (`layer`), which its name starts with (layerName).
 */
export function chartLabel(
  instruction: string,
  line: number | null,
  baseLine: number | null = null,
  layer: number | null = null,
): string {
  const unnamed = line == null && baseLine == null && layer != null;
  const command = unnamed ? instruction.replace(`layer ${layer}`, '').replace(/^: /, '') : instruction;
  const [keyword = '', first = ''] = command.split(/\s+/);
  const word = first
    .replace(/^--\S*$/, '')
    .replace(/[^A-Za-z0-9._/-]/g, '')
    .slice(0, 14);
  const where =
    line != null ? `L${line}` : baseLine != null ? `was L${baseLine}` : unnamed ? `layer ${layer}` : '';
  return [where, keyword.replace(/[^A-Za-z]/g, '').toUpperCase(), word].filter(Boolean).join(' ') || 'layer';
}

function sizeRows(report: Report): SizeRow[] {
  return instructionSizes(report).map((r) => ({
    label: r.instruction,
    chartLabel: r.fromBase ? 'base image' : chartLabel(r.instruction, r.line, r.baseLine, r.layer),
    head: r.head,
    base: r.base,
    change: r.change,
  }));
}

/** The largest of 1, 2 and 5 × 10^k at or above `n`: a scale a reader can count in. */
function niceStep(n: number): number {
  const power = 10 ** Math.floor(Math.log10(n));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= n)!;
}

const BAR_CELLS = 16;
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar in eighths of a cell: 1 kB beside 9 MB is a hair, never the same block. */
function bar(n: number, cell: number): string {
  if (cell <= 0 || n <= 0) return '';
  const eighths = Math.round((n / cell) * 8);
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

/** The scale of a bar column: each █ is a round figure, so the bars can be read as well as compared. */
function barScale(rows: SizeRow[]): number {
  const max = Math.max(0, ...rows.map((r) => Math.max(r.head ?? 0, r.base ?? 0)));
  return max > 0 ? niceStep(max / BAR_CELLS) : 0;
}

/** The chart's unit: MB unless every change is smaller than one. */
function chartUnit(changes: number[]): { name: string; factor: number } {
  return Math.max(...changes.map(Math.abs)) >= 1e6
    ? { name: 'MB', factor: 1e6 }
    : { name: 'kB', factor: 1e3 };
}

const CHART_ROWS = 8;
const GREW_COLOUR = '#cf222e';
const SHRANK_COLOUR = '#1a7f37';

/**
 * The PR's change per instruction, as a Mermaid xychart: red bars for growth, green for
 * shrinking, largest change first, the base image left out (its size would set the scale and
 * hide the PR's own layers). Labels carry the value. null when nothing of the Dockerfile's own
 * changed by at least 1 kB.
 */
export function changeChart(rows: SizeRow[]): string | null {
  const changed = rows
    .filter((r) => r.chartLabel !== 'base image' && r.change != null && Math.abs(r.change) >= 1_000)
    .sort((a, b) => Math.abs(b.change!) - Math.abs(a.change!))
    .slice(0, CHART_ROWS);
  if (!changed.length) return null;
  const unit = chartUnit(changed.map((r) => r.change!));
  const value = (n: number) => Number((n / unit.factor).toFixed(1));
  const top = Math.max(...changed.map((r) => value(Math.abs(r.change!))));
  // One series per direction, so each gets its colour; a direction with no bar is left out.
  const series = [
    { colour: GREW_COLOUR, values: changed.map((r) => value(Math.max(r.change!, 0))) },
    { colour: SHRANK_COLOUR, values: changed.map((r) => value(Math.max(-r.change!, 0))) },
  ].filter((s) => s.values.some((v) => v > 0));
  const init = {
    themeVariables: { xyChart: { plotColorPalette: series.map((s) => s.colour).join(', ') } },
    xyChart: { height: Math.max(200, 60 + changed.length * 45), showDataLabel: true },
  };
  return [
    '```mermaid',
    `%%{init: ${JSON.stringify(init)}}%%`,
    'xychart-beta horizontal',
    `  title "Change per instruction (${unit.name}): red grew, green shrank"`,
    `  x-axis [${changed.map((r) => `"${r.chartLabel} ${signed(r.change!, formatBytes)}"`).join(', ')}]`,
    `  y-axis "${unit.name}" 0 --> ${Math.max(top, 0.1)}`,
    ...series.map((s) => `  bar [${s.values.join(', ')}]`),
    '```',
  ].join('\n');
}

export function instructionsSection(report: Report): Section | null {
  const rows = sizeRows(report).filter((r) => (r.head ?? 0) > 0 || (r.base ?? 0) > 0);
  if (!rows.length) return null;
  const withBase = !!report.baseline && rows.some((r) => r.change != null);
  const cell = barScale(rows);
  const barHeader = `${withBase ? 'PR size' : 'size'}, █${NBSP}=${NBSP}${size(cell)}`;
  const row = (r: SizeRow) => {
    const cells = [
      inlineCode(r.label, 100),
      ...(withBase ? [r.base == null ? 'added' : size(r.base)] : []),
      r.head == null ? 'removed' : size(r.head),
      ...(withBase
        ? [markedChange(r.change == null ? null : { change: r.change, percent: null }, size)]
        : []),
      bar(r.head ?? 0, cell),
    ];
    return `| ${cells.join(' | ')} |`;
  };
  const header = withBase
    ? [`| instruction | base | PR | change | ${barHeader} |`, '| --- | ---: | ---: | ---: | --- |']
    : [`| instruction | size | ${barHeader} |`, '| --- | ---: | --- |'];
  // In a PR, what did not change is folded away: the changed rows are the review.
  const changed = withBase ? rows.filter((r) => r.change !== 0) : rows;
  const unchanged = withBase ? rows.filter((r) => r.change === 0) : [];
  const chart = withBase ? changeChart(rows) : null;
  return (room) => {
    const table = changed.length
      ? tableWithin(header, changed.map(row), room - 1_500, (n) => `…and ${plural(n, 'more instruction')}.`)
      : 'No instruction changed size.';
    const folded = unchanged.length
      ? details(
          `${plural(unchanged.length, 'unchanged instruction')} (${size(unchanged.reduce((n, r) => n + (r.head ?? 0), 0))})`,
          tableWithin(
            header,
            unchanged.map(row),
            Math.max(0, room - table.length - 2_000),
            (n) => `…and ${plural(n, 'more instruction')}.`,
          ),
        )
      : '';
    const body = [chart ?? '', table, folded].filter(Boolean).join('\n\n');
    return details(
      withBase ? 'Size by instruction' : 'Largest instructions',
      body,
      withBase && changed.length > 0,
    );
  };
}
