// Report → Markdown, as a pure function. The same text goes to the PR comment, the job summary
// and the CLI; the comment module only adds the hidden marker.
import { formatBytes } from '../units.js';
import type { Finding, Status } from '../types.js';
import { escapeMarkdown, inlineCode } from './escape.js';
import type { Report } from './types.js';

export interface RenderOptions {
  /** Base URL for links to Dockerfile lines, e.g. https://github.com/o/r/blob/<sha>/ */
  blobUrl?: string | null;
  /** Where the full report can be read when the comment had to be cut. */
  summaryUrl?: string | null;
}

export const STATUS_ICON: Record<Status, string> = { pass: '✅', warn: '⚠️', fail: '❌' };
const SEVERITY_ICON = { error: '🔴', warning: '🟠', info: '🔵', style: '⚪' } as const;

function bytes(n: number | null | undefined): string {
  return n == null ? 'not measured' : formatBytes(n);
}

function runtimeFigure(report: Report): string | null {
  const rt = report.runtime;
  if (!rt) return null;
  if (rt.nonRoot === true) return `runs as uid ${rt.uid ?? '?'}`;
  if (rt.nonRoot === false) return `**runs as root**`;
  return 'runtime user unproven';
}

export function headline(report: Report): string {
  const parts: string[] = [];
  const img = report.image;
  if (img) {
    parts.push(bytes(img.sizeBytes));
    if (img.compressedSizeBytes != null) parts.push(`${formatBytes(img.compressedSizeBytes)} compressed`);
    if (img.layerCount != null) parts.push(`${img.layerCount} layers`);
  } else if (report.build && !report.build.ok) {
    parts.push('**build failed**');
  }
  const rt = runtimeFigure(report);
  if (rt) parts.push(rt);
  const n = report.lint.findings.length;
  parts.push(`${n} lint finding${n === 1 ? '' : 's'}`);
  return parts.join(' · ');
}

function subjectLabel(report: Report): string {
  const s = report.subject;
  return [s.dockerfile, s.target ? `target ${s.target}` : '', s.platform ?? ''].filter(Boolean).join(' · ');
}

function findingLink(f: Finding, options: RenderOptions): string {
  const where = `${escapeMarkdown(f.file)}:${f.line}`;
  return options.blobUrl ? `[${where}](${options.blobUrl}${encodeURI(f.file)}#L${f.line})` : where;
}

function findingsTable(findings: Finding[], options: RenderOptions): string {
  const rows = findings.map(
    (f) =>
      `| ${SEVERITY_ICON[f.severity]} ${f.severity} | ${findingLink(f, options)} | [${escapeMarkdown(f.rule)}](${f.docs}) | ${escapeMarkdown(f.message)} |`,
  );
  return ['| severity | where | rule | message |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

export function renderMarkdown(report: Report, options: RenderOptions = {}): string {
  const out: string[] = [];
  out.push(`### ${STATUS_ICON[report.status]} shipshape: ${inlineCode(subjectLabel(report))}`);
  out.push('');
  out.push(headline(report));
  out.push('');
  if (report.reasons.length) {
    for (const r of report.reasons) out.push(`- ${STATUS_ICON[r.status]} ${escapeMarkdown(r.message)}`);
    out.push('');
  }

  if (report.build && !report.build.ok && report.build.error?.logTail) {
    out.push(details('Build failure', '```text\n' + report.build.error.logTail.replace(/`{3,}/g, '``\u200b`') + '\n```', true));
    out.push('');
  }

  if (report.budgets.length) {
    const rows = report.budgets.map(
      (b) => `| ${STATUS_ICON[b.status]} | ${b.name} (${b.level}) | ${b.limit} | ${b.actual == null ? 'not measured' : b.name === 'max-layers' ? b.actual : formatBytes(b.actual)} |`,
    );
    out.push(details('Budgets', ['| | budget | limit | measured |', '| --- | --- | --- | --- |', ...rows].join('\n')));
    out.push('');
  }

  if (report.runtime) {
    const rt = report.runtime;
    const lines = [
      `- configured user: ${rt.user ? inlineCode(rt.user) : 'none (root by default)'}`,
      `- uid: ${rt.uid ?? 'unknown'} (${rt.source ?? 'no'} evidence)`,
      `- verdict: ${rt.nonRoot === true ? 'non-root' : rt.nonRoot === false ? 'root' : 'not proven'}`,
    ];
    out.push(details('Runtime user', lines.join('\n')));
    out.push('');
  }

  const findings = report.lint.findings;
  if (findings.length) {
    out.push(details(`Lint findings (${findings.length})`, findingsTable(findings, options), findings.length <= 10));
    out.push('');
  }
  return out.join('\n').trimEnd() + '\n';
}
