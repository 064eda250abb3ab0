// `mode: post`, the second phase of the fork workflow: a workflow_run job (with a token that
// may write) reads the reports the pull_request job uploaded and posts them.
import { readReports } from '../report/files.js';
import type { Report } from '../report/types.js';

/** Reports in a file (one report or an array) or anywhere under a directory (a downloaded artifact). */
export const loadReportsForPost = readReports;

interface WorkflowRunPayload {
  workflow_run?: { head_sha?: string; pull_requests?: { number: number }[] };
}

/**
 * Which pull request to comment on. The report came from an untrusted run, so its PR number is
 * used only when the report's commit is the one the workflow_run event (set by GitHub) names.
 */
export function postTarget(
  report: Report,
  options: { prNumber: number | null; payload: unknown },
): { number: number | null; problem: string | null } {
  const run = (options.payload as WorkflowRunPayload).workflow_run;
  const sha = report.context?.sha ?? null;
  if (run?.head_sha && sha && run.head_sha !== sha) {
    return {
      number: null,
      problem: `the report for ${report.key} is for commit ${sha.slice(0, 7)}, but the workflow run is for ${run.head_sha.slice(0, 7)}: not posting it`,
    };
  }
  const number = options.prNumber ?? run?.pull_requests?.[0]?.number ?? report.context?.pullRequest ?? null;
  return number
    ? { number, problem: null }
    : { number: null, problem: `no pull request number for the report ${report.key}: set pr-number` };
}
