// Report → Markdown, as a pure function. The same text goes to the PR comment, the job summary
// and the CLI; the comment module only adds the hidden marker. Everything that came from a
// Dockerfile, a log or an image goes through escape.ts; the comment is cut to fit GitHub's limit
// section by section (never mid-tag), with a pointer to the job summary.
import { subjectLabel } from './facts.js';
import { escapeMessage, inlineCode } from './escape.js';
import type { Report } from './types.js';
import { budgetsSection } from './markdown/budget-table.js';
import { buildFailureSection, lintSections } from './markdown/findings.js';
import { STATUS_ICON } from './markdown/format.js';
import { instructionsSection } from './markdown/instructions.js';
import { wasteSection } from './markdown/junk-and-waste.js';
import { runtimeSection } from './markdown/runtime.js';
import type { RenderOptions, Section } from './markdown/section.js';
import { baselineLine, caveats, factsTable, verdict } from './markdown/verdict.js';

// What other modules and tests import from here.
export { STATUS_ICON } from './markdown/format.js';
export { changeChart, chartLabel } from './markdown/instructions.js';
export type { RenderOptions } from './markdown/section.js';
export { caveats, verdict } from './markdown/verdict.js';

/** GitHub refuses comment bodies over 65,536 characters; the marker line and a margin come off. */
export const COMMENT_LIMIT = 65_536;
export const COMMENT_BODY_LIMIT = COMMENT_LIMIT - 1_536;
/** The job summary may be 1 MiB; stay well under it. */
export const SUMMARY_LIMIT = 900_000;

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
