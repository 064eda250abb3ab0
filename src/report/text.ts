// The report for a terminal (pure): what `shipshape check` prints by default. The same typed
// report as the comment, in plain text: the headline, the reasons, the findings and the largest
// instructions; ANSI colours only when asked for (the CLI asks on a TTY without NO_COLOR).
import { readableCreatedBy } from '../dockerfile/history-key.js';
import { formatBytes } from '../units.js';
import { stripControl } from './escape.js';
import type { Severity, Status } from '../types.js';
import type { Report } from './types.js';

export interface TextOptions {
  color: boolean;
  /** Findings listed before "…and N more" (default 50). */
  maxFindings?: number;
  /** Largest instructions listed (default 5). */
  maxInstructions?: number;
}

const STATUS_WORD: Record<Status, string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' };
const STATUS_COLOR: Record<Status, number> = { pass: 32, warn: 33, fail: 31 };
const SEVERITY_COLOR: Record<Severity, number> = { error: 31, warning: 33, info: 36, style: 2 };

/**
 * Text from a Dockerfile, a log or an image, safe for a terminal: escape sequences and control
 * characters (which could move the cursor, retitle the window or hide lines) removed as for the
 * comment, on one line, and anything longer than `max` cut.
 */
export function terminalSafe(text: string, max = 300): string {
  const flat = stripControl(text).replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function signedBytes(change: number): string {
  return change === 0 ? '±0' : `${change > 0 ? '+' : '-'}${formatBytes(Math.abs(change))}`;
}

/** The headline figures: size, compressed size, layers, the user, the findings. */
function figures(report: Report): string {
  const parts: string[] = [];
  const img = report.image;
  const d = report.deltas;
  if (img) {
    parts.push(`${formatBytes(img.sizeBytes)}${d?.size ? ` (${signedBytes(d.size.change)})` : ''}`);
    if (img.compressedSizeBytes != null) parts.push(`${formatBytes(img.compressedSizeBytes)} compressed`);
    if (img.layerCount != null) parts.push(plural(img.layerCount, 'layer'));
  } else if (report.build && !report.build.ok) parts.push('build failed');
  const rt = report.runtime;
  if (rt)
    parts.push(
      rt.nonRoot === true
        ? `runs as ${terminalSafe(rt.user, 60)} (non-root)`
        : rt.nonRoot === false
          ? `runs as root`
          : 'user not proven',
    );
  parts.push(plural(report.lint.findings.length, 'lint finding'));
  return parts.join(' · ');
}

/** The instructions that added the most bytes, biggest first (the base image's layers as one). */
function largestInstructions(report: Report, max: number): { label: string; bytes: number }[] {
  const layers = report.image?.layers ?? [];
  const rows = new Map<string, number>();
  for (const l of layers) {
    if (!l.sizeBytes) continue;
    const label = l.fromBase
      ? 'base image layers'
      : `${l.line != null ? `line ${l.line}: ` : ''}${l.instruction ?? (l.createdBy ? readableCreatedBy(l.createdBy) : `layer ${l.index + 1}`)}`;
    rows.set(label, (rows.get(label) ?? 0) + l.sizeBytes);
  }
  return [...rows]
    .map(([label, bytes]) => ({ label, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, max);
}

export function renderText(report: Report, options: TextOptions): string {
  const paint = (code: number, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const bold = (text: string) => paint(1, text);
  const s = report.subject;
  const subject = [s.dockerfile, s.target ? `target ${s.target}` : '', s.platform ?? '']
    .filter(Boolean)
    .map((p) => terminalSafe(p, 200))
    .join(' · ');
  const out: string[] = [];
  out.push(`${bold(paint(STATUS_COLOR[report.status], STATUS_WORD[report.status]))}  shipshape: ${subject}`);
  out.push(`      ${figures(report)}`);
  if (report.baseline) out.push(`      compared with ${terminalSafe(report.baseline.description, 200)}`);

  if (report.reasons.length) {
    out.push('', bold('Reasons'));
    for (const r of report.reasons)
      out.push(`  ${paint(STATUS_COLOR[r.status], STATUS_WORD[r.status])}  ${terminalSafe(r.message, 600)}`);
  }

  const error = report.build?.error;
  if (error) {
    out.push('', bold('Build failed'));
    out.push(`  ${error.line != null ? `line ${error.line}: ` : ''}${terminalSafe(error.message, 600)}`);
    for (const line of (error.logTail ?? '').split('\n').filter(Boolean).slice(-10))
      out.push(`  │ ${terminalSafe(line, 200)}`);
  }

  const findings = report.lint.findings;
  const maxFindings = options.maxFindings ?? 50;
  if (findings.length || report.lint.errors.length) {
    out.push('', bold(`Lint findings (${findings.length})`));
    for (const e of report.lint.errors)
      out.push(
        `  ${terminalSafe(s.dockerfile, 200)}:${e.line}  ${paint(31, 'cannot lint')}  ${terminalSafe(e.message)}`,
      );
    for (const f of findings.slice(0, maxFindings))
      out.push(
        `  ${terminalSafe(f.file, 200)}:${f.line}  ${paint(SEVERITY_COLOR[f.severity], f.severity)}  ${terminalSafe(f.rule, 80)}  ${terminalSafe(f.message)}`,
      );
    if (findings.length > maxFindings)
      out.push(`  …and ${plural(findings.length - maxFindings, 'more finding')}`);
  }

  const largest = largestInstructions(report, options.maxInstructions ?? 5);
  if (largest.length) {
    out.push('', bold('Largest instructions'));
    const width = Math.max(...largest.map((r) => formatBytes(r.bytes).length));
    for (const r of largest)
      out.push(`  ${formatBytes(r.bytes).padStart(width)}  ${terminalSafe(r.label, 120)}`);
  }
  return out.join('\n') + '\n';
}
