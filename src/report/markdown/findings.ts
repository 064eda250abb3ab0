// The lint findings sections (new, fixed and all, linked to their lines) and the build failure.
import type { Finding } from '../../types.js';
import { codeBlock, escapeMarkdown, escapeMessage, inlineCode } from '../escape.js';
import type { Report } from '../types.js';
import { details, tableWithin } from './format.js';
import type { RenderOptions, Section } from './section.js';

const SEVERITY_ICON = { error: '🔴', warning: '🟠', info: '🔵', style: '⚪' } as const;
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2, style: 3 } as const;

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

export function lintSections(report: Report, options: RenderOptions): (Section | null)[] {
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

export function buildFailureSection(report: Report): Section | null {
  const tail = report.build && !report.build.ok ? report.build.error?.logTail : null;
  if (!tail) return null;
  return (room) => {
    const keep = Math.max(500, Math.min(8_000, room - 300));
    const text = tail.length > keep ? `…${tail.slice(tail.length - keep)}` : tail;
    return details('Build failure', codeBlock(text, 'text'), true);
  };
}
