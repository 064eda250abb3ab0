// What the action publishes for one report (pure): the job summary, the comment body, the step
// outputs, the annotations and the failure message. Both of the action's modes (check, and post
// for a fork's uploaded reports) publish through this, so the same report reads the same in either;
// main.ts only hands each piece to @actions/core.
import { isAbsolute, relative } from 'node:path';
import { annotationsFor, type Annotation } from './annotations.js';
import { renderComment, renderMarkdown, SUMMARY_LIMIT, type RenderOptions } from './markdown.js';
import { reportOutputs } from './outputs.js';
import type { Report } from './types.js';

/** Where the report's links point; the entry knows them from the workflow run. */
export type PublicationLinks = Pick<RenderOptions, 'blobUrl' | 'baseBlobUrl' | 'summaryUrl'>;

export interface Publication {
  /** The job summary's Markdown (the full report, cut only at GitHub's summary limit). */
  summary: string;
  /** The sticky comment's body. */
  comment: string;
  /** Every output the report alone decides, by its action.yml name. */
  outputs: Record<string, string | number | boolean>;
  /** Lint findings on the Dockerfile's lines, paths relative to the workspace as GitHub wants. */
  annotations: Annotation[];
  /** The failing reasons in one line, for the failed step; null unless the report fails. */
  failure: string | null;
}

export function publicationOf(
  report: Report,
  links: PublicationLinks,
  workspace: string | null = null,
): Publication {
  const inWorkspace = (file: string) => (workspace && isAbsolute(file) ? relative(workspace, file) : file);
  return {
    summary: renderMarkdown(report, { ...links, maxLength: SUMMARY_LIMIT }),
    comment: renderComment(report, links),
    outputs: reportOutputs(report),
    annotations: annotationsFor(report.lint.findings).map((a) => ({ ...a, file: inWorkspace(a.file) })),
    failure:
      report.status === 'fail'
        ? report.reasons
            .filter((r) => r.status === 'fail')
            .map((r) => r.message)
            .join('; ')
        : null,
  };
}
