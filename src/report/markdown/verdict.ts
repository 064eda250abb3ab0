// The head of the report: the verdict sentence, the base → PR facts table, the caveats of the
// comparison and the line that names the baseline.
import { BASE_IMAGE_ROW } from '../../comparison.js';
import { plural } from '../facts.js';
import { formatBytes } from '../../units.js';
import type { Reason } from '../../types.js';
import { escapeMarkdown, escapeMessage, inlineCode } from '../escape.js';
import type { Report } from '../types.js';
import {
  BETTER,
  bytes,
  type Change,
  changeText,
  markedChange,
  NBSP,
  size,
  STATUS_ICON,
  WORSE,
} from './format.js';
import type { RenderOptions } from './section.js';

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
  if (top.instruction === BASE_IMAGE_ROW) return 'the base image';
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
export function factsTable(report: Report): string | null {
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

export function baselineLine(report: Report, options: RenderOptions): string {
  const b = report.baseline;
  if (!b)
    return '_No baseline to compare with yet: the first report for this key becomes the baseline of the next._';
  const parts = [`Compared with ${escapeMarkdown(b.description)}`];
  const d = report.deltas;
  if (options.audience !== 'comment' && d?.cache?.headRate != null)
    parts.push(`cache hits ${d.cache.headCachedSteps}/${d.cache.headTotalSteps} steps`);
  return `<sub>${parts.join(' · ')}</sub>`;
}
