// Report → Markdown, as a pure function. The same text goes to the PR comment, the job summary
// and the CLI; the comment module only adds the hidden marker. Everything that came from a
// Dockerfile, a log or an image goes through escape.ts; the comment is cut to fit GitHub's limit
// section by section (never mid-tag), with a pointer to the job summary.
import type { InstructionDelta, RuntimeChange } from '../comparison.js';
import { normaliseCreatedBy } from '../measure/history.js';
import { layerFacts } from './snapshot.js';
import { formatBytes, formatBytesBeside } from '../units.js';
import type { JunkFinding, WastedPath } from '../measure/types.js';
import type { BudgetResult, Finding, Status } from '../types.js';
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
}

/** GitHub refuses comment bodies over 65,536 characters; the marker line and a margin come off. */
export const COMMENT_LIMIT = 65_536;
export const COMMENT_BODY_LIMIT = COMMENT_LIMIT - 1_536;
/** The job summary may be 1 MiB; stay well under it. */
export const SUMMARY_LIMIT = 900_000;

export const STATUS_ICON: Record<Status, string> = { pass: '✅', warn: '⚠️', fail: '❌' };
const SEVERITY_ICON = { error: '🔴', warning: '🟠', info: '🔵', style: '⚪' } as const;
const MINUS = '−';

function bytes(n: number | null | undefined): string {
  return n == null ? 'not measured' : formatBytes(n);
}

function signed(n: number, format: (n: number) => string): string {
  return n > 0 ? `+${format(n)}` : n < 0 ? `${MINUS}${format(-n)}` : '±0';
}

function signedPercent(p: number): string {
  return p > 0 ? `+${p}%` : p < 0 ? `${MINUS}${Math.abs(p)}%` : '±0%';
}

function deltaText(
  d: { change: number; percent: number | null } | null | undefined,
  format: (n: number) => string,
  withPercent = true,
): string {
  if (!d) return '';
  if (d.change === 0) return ' (±0)';
  return ` (${signed(d.change, format)}${withPercent && d.percent != null ? `, ${signedPercent(d.percent)}` : ''})`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function runtimeFigure(report: Report): string | null {
  const rt = report.runtime;
  if (!rt) return null;
  const change = report.deltas?.runtime;
  const was =
    change && change.change !== 'unchanged' && change.change !== 'unproven'
      ? ` (was ${change.base.nonRoot ? `uid ${change.base.uid ?? '?'}` : 'root'})`
      : '';
  if (rt.nonRoot === true) return `runs as uid ${rt.uid ?? '?'}${was}`;
  if (rt.nonRoot === false) return `**runs as root**${was}`;
  return 'runtime user unproven';
}

/** The one line a reviewer reads: size, compressed size, layers, user, findings, with deltas. */
export function headline(report: Report): string {
  const parts: string[] = [];
  const img = report.image;
  const d = report.deltas;
  if (img) {
    parts.push(`${bytes(img.sizeBytes)}${deltaText(d?.size, formatBytes)}`);
    if (img.compressedSizeBytes != null)
      parts.push(
        `${formatBytes(img.compressedSizeBytes)} compressed${deltaText(d?.compressedSize, formatBytes)}`,
      );
    if (img.layerCount != null)
      parts.push(`${plural(img.layerCount, 'layer')}${deltaText(d?.layers, String, false)}`);
  } else if (report.build && !report.build.ok) {
    parts.push('**build failed**');
  } else if (report.reasons.some((r) => r.code === 'measure-failed')) {
    parts.push('**not measured**');
  }
  const rt = runtimeFigure(report);
  if (rt) parts.push(rt);
  if (d?.lint) {
    parts.push(d.lint.new.length ? plural(d.lint.new.length, 'new finding') : 'no new findings');
    if (d.lint.fixed.length) parts.push(`${d.lint.fixed.length} fixed`);
  } else {
    parts.push(plural(report.lint.findings.length, 'lint finding'));
  }
  return parts.join(' · ');
}

function subjectLabel(report: Report): string {
  const s = report.subject;
  return [s.dockerfile, s.target ? `target ${s.target}` : '', s.platform ?? ''].filter(Boolean).join(' · ');
}

function baselineLine(report: Report): string {
  const b = report.baseline;
  if (!b)
    return '_No baseline to compare with yet: the first report for this key becomes the baseline of the next._';
  const parts = [`Compared with ${escapeMarkdown(b.description)}`];
  const d = report.deltas;
  if (b.refused) parts.push(`image figures not compared: ${escapeMarkdown(b.refused)}`);
  if (d?.newPull)
    parts.push(
      `${formatBytes(d.newPull.bytes)} new to pull${d.newPull.basis === 'uncompressed' ? ' (uncompressed)' : ''} in ${plural(d.newPull.layers, 'layer')}`,
    );
  if (d?.cache?.headRate != null)
    parts.push(`cache hits ${d.cache.headCachedSteps}/${d.cache.headTotalSteps} steps`);
  return `<sub>${parts.join(' · ')}</sub>`;
}

function urlPath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function findingLink(f: Finding, blobUrl: string | null | undefined): string {
  const where = `${escapeMarkdown(f.file)}:${f.line}`;
  return blobUrl ? `[${where}](${blobUrl}${urlPath(f.file)}#L${f.line})` : where;
}

function findingRow(f: Finding, blobUrl: string | null | undefined): string {
  const message = f.message.length > 300 ? `${f.message.slice(0, 299)}…` : f.message;
  const docs = /^https?:\/\/[^\s()<>]+$/.test(f.docs)
    ? `[${escapeMarkdown(f.rule)}](${f.docs})`
    : escapeMarkdown(f.rule);
  return `| ${SEVERITY_ICON[f.severity] ?? ''} ${escapeMarkdown(f.severity)} | ${findingLink(f, blobUrl)} | ${docs} | ${escapeMessage(message)} |`;
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
): Section | null {
  if (!findings.length) return null;
  return (room) => {
    const table = tableWithin(
      ['| severity | where | rule | message |', '| --- | --- | --- | --- |'],
      findings.map((f) => findingRow(f, blobUrl)),
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
  if (b.name === 'max-size-increase') return signed(b.actual, formatBytes);
  return formatBytesBeside(b.actual, Math.round(b.limitValue));
}

function budgetsSection(report: Report): Section | null {
  if (!report.budgets.length) return null;
  const failing = report.budgets.some((b) => b.status !== 'pass');
  const rows = report.budgets.map(
    (b) =>
      `| ${STATUS_ICON[b.status]} | ${b.name} (${b.level}) | ${escapeMarkdown(b.limit)} | ${budgetValue(b)} |`,
  );
  return () =>
    details(
      'Budgets',
      ['| | budget | limit | measured |', '| --- | --- | --- | --- |', ...rows].join('\n'),
      failing,
    );
}

interface SizeRow {
  label: string;
  chartLabel: string;
  head: number | null;
  base: number | null;
  change: number | null;
}

function sizeRows(report: Report): SizeRow[] {
  const deltas = report.deltas?.instructions ?? [];
  const keyword = (text: string) => /^[A-Z]+/.exec(text)?.[0] ?? 'layer';
  const chartLabel = (d: Pick<InstructionDelta, 'instruction' | 'line' | 'baseLine'>) =>
    d.instruction === '(base image)'
      ? 'base image'
      : d.line != null
        ? `L${d.line} ${keyword(d.instruction)}`
        : `was L${d.baseLine ?? '?'} ${keyword(d.instruction)}`;
  if (deltas.length) {
    return deltas.map((d) => ({
      label: d.instruction === '(base image)' ? 'base image layers' : d.instruction,
      chartLabel: chartLabel(d),
      head: d.headBytes,
      base: d.baseBytes,
      change: report.baseline ? d.change : null,
    }));
  }
  const layers = layerFacts(report.image?.layers);
  const baseBytes = layers.filter((l) => l.fromBase).reduce((s, l) => s + (l.sizeBytes ?? 0), 0);
  const own = layers.filter((l) => !l.fromBase && l.sizeBytes != null);
  const rows: SizeRow[] = own.map((l) => {
    const label = l.createdBy ? normaliseCreatedBy(l.createdBy) : `layer ${l.diffId ?? '?'}`;
    return {
      label,
      chartLabel: `L${l.line ?? '?'} ${keyword(label)}`,
      head: l.sizeBytes,
      base: null,
      change: null,
    };
  });
  if (layers.some((l) => l.fromBase))
    rows.unshift({
      label: 'base image layers',
      chartLabel: 'base image',
      head: baseBytes,
      base: null,
      change: null,
    });
  return rows.sort((a, b) => (b.head ?? 0) - (a.head ?? 0));
}

function mb(n: number | null): string {
  return ((n ?? 0) / 1e6).toFixed(1);
}

/** Charts read in Dockerfile order: the base image first, then by line (a removed instruction where it was). */
function dockerfileOrder(rows: SizeRow[]): SizeRow[] {
  const position = (r: SizeRow) =>
    r.chartLabel === 'base image' ? -1 : Number(/L(\d+)/.exec(r.chartLabel)?.[1] ?? 1e9);
  return [...rows].sort((a, b) => position(a) - position(b));
}

/** Mermaid's xychart: bars for this image, a line for the baseline. Labels are ours (line + keyword), never Dockerfile text. */
function chart(rows: SizeRow[], withBase: boolean): string {
  const shown = dockerfileOrder(rows.slice(0, 12));
  const lines = [
    '```mermaid',
    'xychart-beta',
    `  title "Layer sizes (MB)${withBase ? ': bars = this PR, line = baseline' : ''}"`,
    `  x-axis [${shown.map((r) => `"${r.chartLabel}"`).join(', ')}]`,
    '  y-axis "MB"',
    `  bar [${shown.map((r) => mb(r.head)).join(', ')}]`,
  ];
  if (withBase) lines.push(`  line [${shown.map((r) => mb(r.base)).join(', ')}]`);
  lines.push('```');
  return lines.join('\n');
}

function bar(n: number, max: number): string {
  if (max <= 0 || n <= 0) return '';
  return '█'.repeat(Math.max(1, Math.round((n / max) * 20)));
}

function instructionsSection(report: Report): Section | null {
  const rows = sizeRows(report).filter((r) => (r.head ?? 0) > 0 || (r.base ?? 0) > 0);
  if (!rows.length) return null;
  const withBase = !!report.baseline && rows.some((r) => r.change != null);
  const max = Math.max(...rows.map((r) => Math.max(r.head ?? 0, r.base ?? 0)));
  const grown = withBase ? rows.filter((r) => (r.change ?? 0) > 0).slice(0, 3) : [];
  return (room) => {
    const table = tableWithin(
      withBase
        ? ['| instruction | size | change | |', '| --- | ---: | ---: | --- |']
        : ['| instruction | size | |', '| --- | ---: | --- |'],
      rows.map((r) => {
        const size = r.head == null ? 'removed' : formatBytes(r.head);
        const cells = [
          inlineCode(r.label, 100),
          size,
          ...(withBase ? [r.change == null ? '' : signed(r.change, formatBytes)] : []),
          bar(r.head ?? 0, max),
        ];
        return `| ${cells.join(' | ')} |`;
      }),
      room - 1_500,
      (n) => `…and ${plural(n, 'more instruction')}.`,
    );
    const growth = grown.map(
      (r) =>
        `- ${inlineCode(r.label, 80)} ${r.chartLabel.startsWith('L') ? `line ${r.chartLabel.slice(1).split(' ')[0]}` : ''}: ${signed(r.change!, formatBytes)}`,
    );
    const body = [
      ...(growth.length ? ['Grew the most:', ...growth, ''] : []),
      rows.length > 1 ? chart(rows, withBase) : '',
      '',
      table,
    ].join('\n');
    return details('Largest instructions', body.trim(), withBase && grown.length > 0);
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
  // Zero-byte rewrites (lock files, passwd touched by useradd) are noise next to what costs bytes.
  const waste = wasteRows(img.waste ?? []).filter((r) => r.bytes !== 0);
  const junk = junkRows(img.junk ?? []).filter((r) => r.bytes !== 0);
  if (img.reclaimableBytes == null && !waste.length && !junk.length) return null;
  return (room) => {
    const parts = [
      `Reclaimable (written, then deleted or overwritten in a later layer): **${bytes(img.reclaimableBytes)}**${deltaText(report.deltas?.reclaimable, formatBytes)}`,
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
        ? `\n\n…and ${plural(more.length, 'more path')} (${formatBytes(more.reduce((n, r) => n + (r.bytes ?? 0), 0))}).`
        : '';
    };
    if (waste.length) parts.push(table(waste, 'Wasted space') + rest(waste));
    if (junk.length) parts.push(table(junk, 'Junk left in the image') + rest(junk));
    return details('Waste and junk', parts.join('\n\n'));
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

function ms(n: number): string {
  return n < 1000 ? `${Math.round(n)} ms` : `${(n / 1000).toFixed(n < 10_000 ? 2 : 1)} s`;
}

/** The static view (config and the image's /etc/passwd) beside what the host saw, then the rest. */
function runtimeSection(report: Report): Section | null {
  const rt = report.runtime;
  if (!rt) return null;
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
      `| verdict | ${st ? verdictWord(st.root === null ? null : !st.root) : 'not proven'} | ${runtimeVerdict} |`,
      '',
    ];
    const change = report.deltas?.runtime;
    if (change && change.change !== 'unchanged') {
      const who = (s: { user: string; uid: number | null; nonRoot: boolean | null }) =>
        `${s.user ? inlineCode(s.user) : 'no USER'} (uid ${s.uid ?? '?'}${s.nonRoot === false ? ', root' : ''})`;
      lines.push(
        `- compared with the baseline: ${RUNTIME_CHANGE[change.change]}: ${who(change.base)} → ${who(change.head)}`,
      );
    }
    for (const p of processes.slice(0, 10)) {
      lines.push(
        `- pid ${p.pid} ${inlineCode(String(p.command), 80)}: uid ${escapeHtml((p.uids ?? []).join('/'))}, gid ${escapeHtml((p.gids ?? []).join('/'))} (real/effective/saved/fs, at ${p.observedAt === 'start' ? 'start' : 'settle'})`,
      );
    }
    if (processes.length > 10) lines.push(`- …and ${processes.length - 10} more processes`);
    if (rt.stop) {
      lines.push(
        rt.stop.killed
          ? `- stop: PID 1 did not exit within ${ms(rt.stop.timeoutMs)} of ${escapeMarkdown(rt.stop.signal)} and was killed`
          : `- stop: exited on ${escapeMarkdown(rt.stop.signal)} in ${ms(rt.stop.ms)}`,
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
        `- smoke: ${escapeMarkdown(h.url)} ${h.status !== null ? `answered ${h.status}` : `did not answer${h.error ? ` \\(${escapeMarkdown(h.error)}\\)` : ''}`} after ${ms(h.ms)} ${h.ok ? '✅' : '❌'}`,
      );
    }
    if (smoke?.exec) {
      const e = smoke.exec;
      lines.push(
        `- smoke: ${inlineCode(e.command.join(' '), 80)} exited ${e.exitCode ?? '?'} after ${ms(e.ms)} ${e.ok ? '✅' : '❌'}`,
      );
    }
    if (rt.hardening) {
      const flags = rt.hardening.combined.flags.join(' ');
      if (rt.hardening.combined.ok) lines.push(`- hardening: runs with ${inlineCode(flags, 200)} ✅`);
      else {
        const cannot = rt.hardening.each.filter((r) => !r.ok).map((r) => inlineCode(r.flags.join(' '), 80));
        lines.push(
          `- hardening (information): does not run with ${inlineCode(flags, 200)}${cannot.length ? `; cannot take ${cannot.join(', ')}` : ''}`,
        );
      }
    }
    if (rt.writable) {
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
    for (const n of (evidence?.notes ?? []).slice(0, 10))
      lines.push(`- ${escapeMessage(String(n).slice(0, 300))}`);
    if (rt.logTail && (rt.source !== 'runtime' || rt.state?.running === false)) {
      lines.push('', 'Last output:', '', codeBlock(rt.logTail.slice(-2_000), 'text'));
    }
    if (rt.timings?.length) {
      const steps = rt.timings.map((t) => `${escapeHtml(t.step)} ${ms(t.ms)}`).join(' · ');
      lines.push('', `<sub>${steps}${rt.totalMs != null ? ` · total ${ms(rt.totalMs)}` : ''}</sub>`);
    }
    return details(
      `Runtime evidence: ${rt.nonRoot === true ? 'non-root' : rt.nonRoot === false ? 'root' : 'unproven'}`,
      lines.join('\n'),
      rt.nonRoot === false,
    );
  };
}

function lintSections(report: Report, options: RenderOptions): (Section | null)[] {
  const d = report.deltas?.lint;
  const all = report.lint.findings;
  if (!d) return [findingsSection('Lint findings', all, options.blobUrl, all.length <= 10)];
  return [
    findingsSection('New lint findings', d.new, options.blobUrl, d.new.length <= 20),
    findingsSection('Fixed lint findings', d.fixed, options.baseBlobUrl ?? null, false),
    all.length > d.new.length ? findingsSection('All lint findings', all, options.blobUrl, false) : null,
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
  head.push(headline(report));
  head.push('');
  head.push(baselineLine(report));
  head.push('');
  const reasons = report.reasons.slice(0, 20);
  for (const r of reasons)
    head.push(
      `- ${STATUS_ICON[r.status]} ${escapeMessage(r.message.length > 600 ? `${r.message.slice(0, 599)}…` : r.message)}`,
    );
  if (report.reasons.length > reasons.length)
    head.push(`- …and ${report.reasons.length - reasons.length} more reasons`);
  if (reasons.length) head.push('');

  const sections = [
    buildFailureSection(report),
    budgetsSection(report),
    ...lintSections(report, options),
    instructionsSection(report),
    wasteSection(report),
    runtimeSection(report),
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
  return renderMarkdown(report, { ...options, maxLength: COMMENT_BODY_LIMIT });
}
