// Report → Markdown, as a pure function. The same text goes to the PR comment, the job summary
// and the CLI; the comment module only adds the hidden marker. Everything that came from a
// Dockerfile, a log or an image goes through escape.ts; the comment is cut to fit GitHub's limit
// section by section (never mid-tag), with a pointer to the job summary.
import type { RuntimeChange } from '../comparison.js';
import { instructionSizes, plural, signed as signedWith, subjectLabel } from './facts.js';
import { formatBytes, formatBytesBeside } from '../units.js';
import type { JunkFinding, WastedPath } from '../measure/types.js';
import type { BudgetResult, Finding, Reason, Status } from '../types.js';
import { WASTE_ROW_MIN_BYTES } from './evaluate.js';
import { codeBlock, escapeHtml, escapeMarkdown, escapeMessage, inlineCode } from './escape.js';
import type { PrivilegeStory, UserOrigin } from '../verify/types.js';
import type { Report } from './types.js';

export interface RenderOptions {
  /** Base URL for links to Dockerfile lines, e.g. https://github.com/o/r/blob/<sha>/ */
  blobUrl?: string | null;
  /** The same for the baseline's version of the Dockerfile (links of fixed findings). */
  baseBlobUrl?: string | null;
  /** Where the full report can be read when the comment had to be cut (the run's page). */
  summaryUrl?: string | null;
  /** Longest text to return; sections that do not fit are shortened or left out. */
  maxLength?: number;
  /**
   * `comment`: the verdict and the evidence a reviewer needs; `summary` (the job summary and the
   * CLI) adds the runtime detail: every process's uids, pids, timings, hardening and notes.
   */
  audience?: 'comment' | 'summary';
}

/** GitHub refuses comment bodies over 65,536 characters; the marker line and a margin come off. */
export const COMMENT_LIMIT = 65_536;
export const COMMENT_BODY_LIMIT = COMMENT_LIMIT - 1_536;
/** The job summary may be 1 MiB; stay well under it. */
export const SUMMARY_LIMIT = 900_000;

export const STATUS_ICON: Record<Status, string> = { pass: '✅', warn: '⚠️', fail: '❌' };
const SEVERITY_ICON = { error: '🔴', warning: '🟠', info: '🔵', style: '⚪' } as const;
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2, style: 3 } as const;
const MINUS = '−';
/** A no-break space: a size or percentage never wraps into "196 / MB" in a narrow column. */
const NBSP = '\u00a0';
/** Marks beside a change in the facts table: worse for the image, better for it. */
const WORSE = '🔴';
const BETTER = '🟢';

/** formatBytes that never wraps. */
function size(n: number): string {
  return formatBytes(n).replace(' ', NBSP);
}

function bytes(n: number | null | undefined): string {
  return n == null ? 'not measured' : size(n);
}

/** A change with the typographic minus sign. */
function signed(n: number, format: (n: number) => string): string {
  return signedWith(n, format, MINUS);
}

function signedPercent(p: number): string {
  return `${p > 0 ? '+' : p < 0 ? MINUS : '±'}${Math.abs(p)}${NBSP}%`;
}

type Change = { change: number; percent: number | null };

/** "+9 MB (+13.5 %)", "±0". */
function changeText(d: Change, format: (n: number) => string, withPercent = true): string {
  if (d.change === 0) return '±0';
  // A change that rounds to 0.0 % is left without a percentage rather than called "±0 %".
  const percent = withPercent && d.percent != null && d.percent !== 0 ? ` (${signedPercent(d.percent)})` : '';
  return `${signed(d.change, format)}${percent}`;
}

/** A change with its mark: growth of a figure where smaller is better is worse, and the reverse. */
function markedChange(
  d: Change | null | undefined,
  format: (n: number) => string,
  withPercent = true,
): string {
  if (!d) return '';
  const mark = d.change > 0 ? `${WORSE} ` : d.change < 0 ? `${BETTER} ` : '';
  return `${mark}${changeText(d, format, withPercent)}`;
}

function ms(n: number): string {
  return n < 1000 ? `${Math.round(n)}${NBSP}ms` : `${(n / 1000).toFixed(n < 10_000 ? 2 : 1)}${NBSP}s`;
}

// --- the verdict -------------------------------------------------------------------------------

/** The figure a pull costs when known (compressed), else the unpacked one, with what it means. */
function sizeDelta(report: Report): { delta: Change; what: string } | null {
  const d = report.deltas;
  if (!d || report.baseline?.refused) return null;
  if (d.compressedSize && d.compressedSize.basis !== 'mixed')
    return { delta: d.compressedSize, what: 'to pull' };
  if (d.size) return { delta: d.size, what: 'unpacked' };
  return null;
}

/**
 * The instruction behind most of a size change, when one is: "line 18 `RUN head …`". Instructions
 * are measured unpacked: when the headline figure (what a pull costs) moved the other way than
 * the unpacked size, no instruction explains it and none is named.
 */
function mostlyFrom(report: Report, headline: number): string | null {
  const total = report.deltas?.size?.change ?? 0;
  if (total === 0 || Math.sign(total) !== Math.sign(headline)) return null;
  // "Mostly" only when one instruction made at least half of the change in that direction.
  const same = (report.deltas?.instructions ?? []).filter((i) => Math.sign(i.change) === Math.sign(total));
  const top = same[0];
  const sum = same.reduce((n, i) => n + Math.abs(i.change), 0);
  if (!top || Math.abs(top.change) * 2 < sum) return null;
  if (top.instruction === '(base image)') return 'the base image';
  const where =
    top.line != null
      ? `line ${top.line}`
      : top.baseLine != null
        ? `removing line ${top.baseLine}`
        : 'removing';
  return `${where} ${inlineCode(top.instruction, 40)}`;
}

/** The runtime reason in the words of the change, when the baseline shows what changed. */
function runtimeStory(report: Report): string | null {
  const change = report.deltas?.runtime;
  if (change?.change === 'became-root') {
    const base = change.base.user;
    const head = change.head.user;
    if (base && !head)
      return `this PR removed ${inlineCode(`USER ${base}`)}, so the container now runs as root`;
    if (base && head)
      return `this PR changed ${inlineCode(`USER ${base}`)} to ${inlineCode(`USER ${head}`)}, so the container now runs as root`;
    return 'the container now runs as root';
  }
  if (change?.change === 'became-non-root')
    return `the container no longer runs as root (uid ${change.head.uid ?? '?'})`;
  return null;
}

/**
 * The first line a reviewer reads: the status, the reason that decided it (in the words of the
 * change when there is a baseline), and what the PR did to the size. Good news is said as plainly.
 * Returns the sentence and the reason it already said, so the list below does not say it again.
 */
export function verdict(report: Report): { sentence: string; said: Reason | null } {
  const first = report.reasons[0] ?? null;
  const story = runtimeStory(report);
  const clauses: string[] = [];
  let said: Reason | null = null;
  if (first) {
    said = first;
    const isRoot = first.code === 'runs-as-root' && story?.includes('now runs as root');
    clauses.push(isRoot ? story! : escapeMessage(first.message));
    // Good news is not lost behind a warning: "no longer runs as root" is said all the same.
    if (story && !isRoot && !story.includes('now runs as root')) clauses.push(story);
  } else if (story) {
    clauses.push(story);
  }
  const grew = sizeDelta(report);
  const img = report.image;
  if (grew) {
    const mostly = mostlyFrom(report, grew.delta.change);
    const amount =
      grew.delta.change === 0
        ? `same size ${grew.what}`
        : `${changeText(grew.delta, formatBytes)} ${grew.what}`;
    clauses.push(`${amount}${mostly && grew.delta.change !== 0 ? `, mostly ${mostly}` : ''}`);
  } else if (img && !report.baseline) {
    clauses.push(
      img.compressedSizeBytes != null
        ? `${size(img.compressedSizeBytes)} to pull (${size(img.sizeBytes)} unpacked)`
        : `${size(img.sizeBytes)} unpacked`,
    );
  }
  const d = report.deltas;
  if (!first && d?.lint?.fixed.length && !d.lint.new.length)
    clauses.push(`${plural(d.lint.fixed.length, 'lint finding')} fixed`);
  const smaller = report.status === 'pass' && (grew?.delta.change ?? 0) < 0;
  const word =
    report.status === 'fail' ? 'Fails' : report.status === 'warn' ? 'Warns' : smaller ? 'Smaller' : 'Passes';
  if (!clauses.length) clauses.push(report.image ? 'nothing to report' : 'not measured');
  return { sentence: `${STATUS_ICON[report.status]} **${word}**: ${clauses.join(' · ')}`, said };
}

function userText(s: { user: string; uid: number | null; nonRoot: boolean | null } | null): string {
  if (!s) return '';
  if (s.nonRoot === false) return '**root**';
  if (s.nonRoot === null) return 'unproven';
  return `uid ${s.uid ?? '?'}`;
}

/** base → PR → change: what a pull costs, the unpacked size, layers, user, findings. */
function factsTable(report: Report): string | null {
  const img = report.image;
  const d = report.deltas;
  const compared = !!report.baseline && !!d && !report.baseline.refused;
  const rt = report.runtime;
  const rows: string[][] = [];
  if (img) {
    const pull = d?.newPull
      ? `${size(d.newPull.bytes)} new in ${plural(d.newPull.layers, 'layer')}${d.newPull.basis === 'uncompressed' ? ' (uncompressed)' : ''}`
      : '';
    if (img.compressedSizeBytes != null)
      rows.push([
        'to pull (compressed)',
        compared && d.compressedSize ? size(d.compressedSize.base) : '',
        size(img.compressedSizeBytes),
        compared
          ? [
              d.compressedSize
                ? `${d.compressedSize.basis === 'mixed' ? `≈${NBSP}` : ''}${markedChange(d.compressedSize, formatBytes)}`
                : 'base not measured',
              pull,
            ]
              .filter(Boolean)
              .join('; ')
          : '',
      ]);
    rows.push([
      'unpacked',
      compared && d.size ? size(d.size.base) : '',
      bytes(img.sizeBytes),
      compared ? markedChange(d.size, formatBytes) : '',
    ]);
    if (img.layerCount != null)
      rows.push([
        'layers',
        compared && d.layers ? String(d.layers.base) : '',
        String(img.layerCount),
        compared ? markedChange(d.layers, String, false) : '',
      ]);
  } else {
    // No figures: say why where they would be.
    const why = report.build && !report.build.ok ? '**build failed**' : '**not measured**';
    rows.push(['image', '', why, '']);
  }
  if (rt) {
    const change = d?.runtime;
    const mark =
      change?.change === 'became-root'
        ? `${WORSE} became root`
        : change?.change === 'became-non-root'
          ? `${BETTER} no longer root`
          : change?.change === 'user-changed'
            ? 'user changed'
            : '';
    rows.push(['user', change ? userText(change.base) : '', userText(rt), mark]);
  }
  const lint = d?.lint;
  const findings = report.lint.findings.length;
  rows.push([
    'lint findings',
    lint ? String(lint.unchanged + lint.fixed.length) : '',
    String(findings),
    lint
      ? [
          lint.new.length ? `${WORSE} ${lint.new.length} new` : '',
          lint.fixed.length ? `${BETTER} ${lint.fixed.length} fixed` : '',
        ]
          .filter(Boolean)
          .join(', ') || '±0'
      : '',
  ]);
  const withBase = !!report.baseline && !!d;
  const header = withBase
    ? ['| | base | PR | change |', '| --- | ---: | ---: | --- |']
    : ['| | this image |', '| --- | ---: |'];
  const body = rows.map((r) => `| ${(withBase ? r : r.slice(0, 1).concat(r[2]!)).join(' | ')} |`);
  return [...header, ...body].join('\n');
}

/** What the comparison cannot vouch for, said where the figures are, not only in a log. */
export function caveats(report: Report): string[] {
  const out: string[] = [];
  const b = report.baseline;
  if (b?.refused) out.push(`image figures not compared: ${escapeMarkdown(b.refused)}`);
  if (b?.otherKey)
    out.push(
      `the baseline may be another image: ${escapeMessage(`the baseline report's key "${b.otherKey}" is not "${report.key}"; compared anyway as it is the only one`)}`,
    );
  const headPlatform = report.image?.platform ?? report.subject.platform;
  if (b && !b.refused && b.platform && headPlatform && b.platform !== headPlatform)
    out.push(
      `the baseline was built for ${escapeMarkdown(b.platform)}, this image for ${escapeMarkdown(headPlatform)}`,
    );
  const compressed = report.deltas?.compressedSize;
  if (compressed?.basis === 'computed')
    out.push(
      'compressed sizes are computed here (gzip of each layer) on both sides, not read from a registry: both are estimates of what a push stores',
    );
  if (compressed?.basis === 'mixed')
    out.push(`the change to pull (≈) is approximate: ${escapeMarkdown(compressed.approximate ?? '')}`);
  if (report.deltas?.newPull?.basis === 'uncompressed')
    out.push(
      'the bytes new to pull are uncompressed sizes: the compressed size of a new layer was not known',
    );
  return out;
}

function baselineLine(report: Report, options: RenderOptions): string {
  const b = report.baseline;
  if (!b)
    return '_No baseline to compare with yet: the first report for this key becomes the baseline of the next._';
  const parts = [`Compared with ${escapeMarkdown(b.description)}`];
  const d = report.deltas;
  if (options.audience !== 'comment' && d?.cache?.headRate != null)
    parts.push(`cache hits ${d.cache.headCachedSteps}/${d.cache.headTotalSteps} steps`);
  return `<sub>${parts.join(' · ')}</sub>`;
}

function urlPath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** `L4` linked to the line; the file is named only when it is not the report's Dockerfile. */
function findingLink(f: Finding, blobUrl: string | null | undefined, dockerfile: string): string {
  const where = f.file === dockerfile ? `L${f.line}` : `${escapeMarkdown(f.file)}:L${f.line}`;
  return blobUrl ? `[${where}](${blobUrl}${urlPath(f.file)}#L${f.line})` : where;
}

function findingRow(f: Finding, blobUrl: string | null | undefined, dockerfile: string): string {
  const message = f.message.length > 300 ? `${f.message.slice(0, 299)}…` : f.message;
  const docs = /^https?:\/\/[^\s()<>]+$/.test(f.docs)
    ? `[${escapeMarkdown(f.rule)}](${f.docs})`
    : escapeMarkdown(f.rule);
  return `| ${SEVERITY_ICON[f.severity] ?? ''} ${escapeMarkdown(f.severity)} | ${findingLink(f, blobUrl, dockerfile)} | ${docs} | ${escapeMessage(message)} |`;
}

/** The most severe first, then in Dockerfile order. */
function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.line - b.line,
  );
}

/** A table cut to `room` characters, with a closing row that says what was left out. */
function tableWithin(header: string[], rows: string[], room: number, more: (n: number) => string): string {
  const out = [...header];
  let length = out.join('\n').length;
  let i = 0;
  const reserve = 200;
  for (; i < rows.length; i++) {
    if (length + rows[i]!.length + 1 > room - reserve) break;
    out.push(rows[i]!);
    length += rows[i]!.length + 1;
  }
  if (i < rows.length) out.push(`\n${more(rows.length - i)}`);
  return out.join('\n');
}

function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

type Section = (room: number) => string | null;

function findingsSection(
  title: string,
  findings: Finding[],
  blobUrl: string | null | undefined,
  open: boolean,
  dockerfile: string,
): Section | null {
  if (!findings.length) return null;
  return (room) => {
    const table = tableWithin(
      ['| severity | line | rule | message |', '| --- | --- | --- | --- |'],
      bySeverity(findings).map((f) => findingRow(f, blobUrl, dockerfile)),
      room - 120,
      (n) => `…and ${n} more: see the job summary or the JSON report.`,
    );
    return details(`${title} (${findings.length})`, table, open);
  };
}

function budgetValue(b: BudgetResult): string {
  if (b.actual == null) return 'not measured';
  if (b.name === 'max-layers' || b.name === 'no-regression') return String(b.actual);
  if (b.name === 'max-layers-increase') return signed(b.actual, String);
  if (b.name === 'max-size-increase') return signed(b.actual, size);
  return formatBytesBeside(b.actual, Math.round(b.limitValue)).replace(' ', NBSP);
}

/** "max-size ≤ 400 MB": the rule as a reader would write it; its tier only when it was broken. */
function budgetRule(b: BudgetResult): string {
  const rule = b.name === 'no-regression' ? 'no-regression: no growth' : `${b.name} ≤ ${b.limit}`;
  const tier = b.status === 'pass' ? '' : b.level === 'fail' ? ' (fails the check)' : ' (warns)';
  return `${escapeMarkdown(rule).replace(/(\d) (\S)/g, `$1${NBSP}$2`)}${tier}`;
}

function budgetsSection(report: Report): Section | null {
  if (!report.budgets.length) return null;
  const failing = report.budgets.some((b) => b.status !== 'pass');
  const rows = report.budgets.map(
    (b) => `| ${STATUS_ICON[b.status]} | ${budgetRule(b)} | ${budgetValue(b)} |`,
  );
  return () =>
    details('Budgets', ['| | budget | measured |', '| --- | --- | ---: |', ...rows].join('\n'), failing);
}

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
 * letters, digits and `._/-` so nothing from a Dockerfile can reach Mermaid's syntax.
 */
export function chartLabel(instruction: string, line: number | null, baseLine: number | null = null): string {
  if (instruction === '(base image)') return 'base image';
  // A layer no Dockerfile line names is "layer N: <created_by>" (src/dockerfile/history-key.ts).
  const position = /^layer (\d+)(?:: |$)/.exec(instruction);
  const [keyword = '', first = ''] = instruction.slice(position?.[0].length ?? 0).split(/\s+/);
  const word = first
    .replace(/^--\S*$/, '')
    .replace(/[^A-Za-z0-9._/-]/g, '')
    .slice(0, 14);
  const where =
    line != null
      ? `L${line}`
      : baseLine != null
        ? `was L${baseLine}`
        : position
          ? `layer ${position[1]}`
          : '';
  return [where, keyword.replace(/[^A-Za-z]/g, '').toUpperCase(), word].filter(Boolean).join(' ') || 'layer';
}

function sizeRows(report: Report): SizeRow[] {
  return instructionSizes(report).map((r) => ({
    label: r.instruction,
    chartLabel: r.fromBase ? 'base image' : chartLabel(r.instruction, r.line, r.baseLine),
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

function instructionsSection(report: Report): Section | null {
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

function wasteSection(report: Report): Section | null {
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

const USER_ORIGIN: Record<UserOrigin, string> = {
  input: 'from the `user` input',
  image: 'set by this Dockerfile',
  'base-image': 'inherited from the base image',
  default: 'none set: root by default',
};

const PRIVILEGES: Record<PrivilegeStory, string> = {
  'never-root': 'never root',
  dropped: 'started as root, then dropped',
  'kept-root': 'a process kept effective uid 0',
  unknown: 'not observed',
};

const RUNTIME_CHANGE: Record<RuntimeChange, string> = {
  'became-root': '**became root**',
  'became-non-root': 'became non-root',
  'user-changed': 'the user changed',
  unchanged: 'unchanged',
  unproven: 'not comparable (one side unproven)',
};

function verdictWord(nonRoot: boolean | null | undefined): string {
  return nonRoot === true ? 'non-root' : nonRoot === false ? '**root**' : 'not proven';
}

/**
 * The static view (config and the image's /etc/passwd) beside what the host saw. The comment
 * keeps that evidence; the job summary adds every process's uids, pids, timings and notes.
 */
function runtimeSection(report: Report, audience: RenderOptions['audience']): Section | null {
  const rt = report.runtime;
  if (!rt) return null;
  const full = audience !== 'comment';
  return () => {
    const st = rt.static ?? null;
    const evidence = rt.evidence;
    const processes = evidence.processes;
    const origin = rt.userOrigin ? escapeMessage(USER_ORIGIN[rt.userOrigin]) : null;
    const user = rt.user ? `${inlineCode(rt.user)}${origin ? `, ${origin}` : ''}` : (origin ?? 'none set');
    const staticUid = st
      ? st.uid === null
        ? escapeMarkdown(st.explanation)
        : `${st.uid}${st.userName ? ` (${escapeMarkdown(st.userName)})` : ''}, gid ${st.gid ?? '?'}${st.groupName ? ` (${escapeMarkdown(st.groupName)})` : ''}`
      : 'image files not readable';
    // Only what the host saw: no process listed means no uid to show, whatever the verdict says.
    const seenUids = [...new Set(processes.map((p) => p.uids[1]))];
    const runtimeUid =
      rt.source === 'runtime' && processes.length > 0
        ? `${seenUids.join(', ')} (effective, ${processes.length} process${processes.length === 1 ? '' : 'es'})`
        : 'not observed';
    const runtimeVerdict =
      rt.source === 'runtime'
        ? `${verdictWord(rt.nonRoot)}${rt.privileges ? `: ${PRIVILEGES[rt.privileges]}` : ''}`
        : `not observed: the verdict is the static one`;
    const lines = [
      '| | static: image config and its /etc/passwd | runtime: every process, seen from the host |',
      '| --- | --- | --- |',
      `| user | ${user} | ${rt.started === true ? 'started with this user' : rt.started === false ? 'did not start' : '—'} |`,
      `| uid | ${staticUid} | ${runtimeUid} |`,
      ...(full
        ? [
            `| verdict | ${st ? verdictWord(st.root === null ? null : !st.root) : 'not proven'} | ${runtimeVerdict} |`,
          ]
        : []),
      '',
    ];
    const change = report.deltas?.runtime;
    if (full && change && change.change !== 'unchanged') {
      const who = (s: { user: string; uid: number | null; nonRoot: boolean | null }) =>
        `${s.user ? inlineCode(s.user) : 'no USER'} (uid ${s.uid ?? '?'}${s.nonRoot === false ? ', root' : ''})`;
      lines.push(
        `- compared with the baseline: ${RUNTIME_CHANGE[change.change]}: ${who(change.base)} → ${who(change.head)}`,
      );
    }
    if (full) {
      for (const p of processes.slice(0, 10)) {
        lines.push(
          `- pid ${p.pid} ${inlineCode(String(p.command), 80)}: uid ${escapeHtml((p.uids ?? []).join('/'))}, gid ${escapeHtml((p.gids ?? []).join('/'))} (real/effective/saved/fs, at ${p.observedAt === 'start' ? 'start' : 'settle'})`,
        );
      }
      if (processes.length > 10) lines.push(`- …and ${processes.length - 10} more processes`);
    }
    // A stop that needed a kill is a reason already; the comment does not say it twice.
    if (rt.stop?.signalled === false) {
      lines.push(
        `- stop: the engine refused to send ${escapeMarkdown(rt.stop.signal)}, so the stop was not tested${rt.stop.killed ? '; the container was killed' : ''}`,
      );
    } else if (rt.stop) {
      if (full || !rt.stop.killed)
        lines.push(
          rt.stop.killed
            ? `- stop: PID 1 did not exit within ${ms(rt.stop.timeoutMs)} of ${escapeMarkdown(rt.stop.signal)} and was killed`
            : `- stop: exited on ${escapeMarkdown(rt.stop.signal)}${full ? ` in ${ms(rt.stop.ms)}` : ''}`,
        );
    } else if (rt.exit) {
      const after = rt.exit.afterMs === null ? '' : ` after ${ms(rt.exit.afterMs)}`;
      lines.push(
        `- exited by itself with code ${rt.exit.code ?? '?'}${after}, ${rt.exit.afterSignal ? 'after the stop signal, which did not cause it: not a clean stop' : 'before it was asked to stop'}`,
      );
    } else if (rt.state && !rt.state.running && rt.state.exitCode !== null) {
      lines.push(`- exited on its own with code ${rt.state.exitCode} before it could be stopped`);
    }
    const smoke = rt.smoke;
    if (smoke?.http) {
      const h = smoke.http;
      lines.push(
        `- smoke: ${escapeMarkdown(h.url)} ${h.status !== null ? `answered ${h.status}` : `did not answer${h.error ? ` \\(${escapeMarkdown(h.error)}\\)` : ''}`}${full ? ` after ${ms(h.ms)}` : ''} ${h.ok ? '✅' : '❌'}`,
      );
    }
    if (smoke?.exec) {
      const e = smoke.exec;
      lines.push(
        `- smoke: ${inlineCode(e.command.join(' '), 80)} exited ${e.exitCode ?? '?'}${full ? ` after ${ms(e.ms)}` : ''} ${e.ok ? '✅' : '❌'}`,
      );
    }
    if (full && rt.hardening) {
      const flags = rt.hardening.combined.flags.join(' ');
      if (rt.hardening.combined.ok) lines.push(`- hardening: runs with ${inlineCode(flags, 200)} ✅`);
      else {
        const cannot = rt.hardening.each.filter((r) => !r.ok).map((r) => inlineCode(r.flags.join(' '), 80));
        lines.push(
          `- hardening (information): does not run with ${inlineCode(flags, 200)}${cannot.length ? `; cannot take ${cannot.join(', ')}` : ''}`,
        );
      }
    }
    if (full && rt.writable) {
      const w = rt.writable;
      const files = w.files.slice(0, 5).map((f) => inlineCode(f.path, 80));
      lines.push(
        w.uid === 0
          ? '- writable app files: not checked, root can write every file'
          : w.files.length === 0
            ? `- writable app files: none of ${w.checked} checked under ${inlineCode(w.workingDir || '/')}`
            : `- writable app files: uid ${w.uid} can write ${w.files.length}${w.truncated ? '+' : ''} under ${inlineCode(w.workingDir || '/')}: ${files.join(', ')}${w.files.length > 5 ? ', …' : ''}`,
      );
    }
    if (full)
      for (const n of (evidence?.notes ?? []).slice(0, 10))
        lines.push(`- ${escapeMessage(String(n).slice(0, 300))}`);
    if (rt.logTail && (rt.source !== 'runtime' || rt.state?.running === false)) {
      lines.push('', 'Last output:', '', codeBlock(rt.logTail.slice(-2_000), 'text'));
    }
    if (full && rt.timings?.length) {
      const steps = rt.timings.map((t) => `${escapeHtml(t.step)} ${ms(t.ms)}`).join(' · ');
      lines.push('', `<sub>${steps}${rt.totalMs != null ? ` · total ${ms(rt.totalMs)}` : ''}</sub>`);
    }
    return details('Runtime evidence', lines.join('\n').trimEnd(), full && rt.nonRoot === false);
  };
}

function lintSections(report: Report, options: RenderOptions): (Section | null)[] {
  const d = report.deltas?.lint;
  const all = report.lint.findings;
  const file = report.subject.dockerfile;
  const title = (what: string) => `${what} in ${inlineCode(file)}`;
  if (!d) return [findingsSection(title('Lint findings'), all, options.blobUrl, all.length <= 10, file)];
  return [
    findingsSection(title('New lint findings'), d.new, options.blobUrl, d.new.length <= 20, file),
    findingsSection(title('Fixed lint findings'), d.fixed, options.baseBlobUrl ?? null, false, file),
    all.length > d.new.length
      ? findingsSection(title('All lint findings'), all, options.blobUrl, false, file)
      : null,
  ];
}

function buildFailureSection(report: Report): Section | null {
  const tail = report.build && !report.build.ok ? report.build.error?.logTail : null;
  if (!tail) return null;
  return (room) => {
    const keep = Math.max(500, Math.min(8_000, room - 300));
    const text = tail.length > keep ? `…${tail.slice(tail.length - keep)}` : tail;
    return details('Build failure', codeBlock(text, 'text'), true);
  };
}

export function renderMarkdown(report: Report, options: RenderOptions = {}): string {
  const limit = options.maxLength ?? Infinity;
  const head: string[] = [];
  head.push(`### ${STATUS_ICON[report.status]} shipshape: ${inlineCode(subjectLabel(report))}`);
  head.push('');
  const { sentence, said } = verdict(report);
  head.push(sentence);
  head.push('');
  const facts = factsTable(report);
  if (facts) head.push(facts, '');
  const reasons = report.reasons.filter((r) => r !== said).slice(0, 20);
  for (const r of reasons)
    head.push(
      `- ${STATUS_ICON[r.status]} ${escapeMessage(r.message.length > 600 ? `${r.message.slice(0, 599)}…` : r.message)}`,
    );
  const unsaid = report.reasons.length - (said ? 1 : 0);
  if (unsaid > reasons.length) head.push(`- …and ${unsaid - reasons.length} more reasons`);
  if (reasons.length) head.push('');
  const notes = caveats(report);
  if (notes.length)
    head.push('> [!NOTE]', ...notes.map((n) => `> ${n.charAt(0).toUpperCase()}${n.slice(1)}.`), '');
  head.push(baselineLine(report, options));
  head.push('');

  const sections = [
    buildFailureSection(report),
    budgetsSection(report),
    ...lintSections(report, options),
    instructionsSection(report),
    wasteSection(report),
    runtimeSection(report, options.audience),
  ].filter((s): s is Section => s !== null);

  const footerRoom = 400;
  let out = head.join('\n');
  let shortened = false;
  for (const section of sections) {
    const room = limit - out.length - footerRoom;
    if (room < 300) {
      shortened = true;
      continue;
    }
    const text = section(room);
    if (!text) continue;
    if (text.length + 2 > room) {
      shortened = true;
      continue;
    }
    if (text.includes('…and ') && text.includes('see the job summary')) shortened = true;
    out += `\n${text}\n`;
  }
  if (shortened && Number.isFinite(limit)) {
    const where = options.summaryUrl ? `[job summary](${options.summaryUrl})` : 'job summary';
    out += `\n> [!NOTE]\n> This comment was shortened to stay under GitHub's ${COMMENT_LIMIT.toLocaleString('en-US')}-character limit. The full report is in the ${where} and the JSON report.\n`;
  }
  return out.trimEnd() + '\n';
}

/** The PR comment body (without the marker): the Markdown report, cut to fit a comment. */
export function renderComment(report: Report, options: Omit<RenderOptions, 'maxLength'> = {}): string {
  return renderMarkdown(report, { ...options, maxLength: COMMENT_BODY_LIMIT, audience: 'comment' });
}
