// What the workflow run tells the action about where it runs: the pull request, its commits,
// and the URLs the report links to. Read from the event payload and the runner's environment.
import * as github from '@actions/github';

export function pullRequestNumber(): number | null {
  const p = github.context.payload;
  return p.pull_request?.number ?? (p.issue?.pull_request ? p.issue.number : null) ?? null;
}

export function headSha(): string | null {
  const p = github.context.payload;
  return p.pull_request?.head?.sha ?? github.context.sha ?? null;
}

export function blobUrl(sha: string | null | undefined = headSha()): string | null {
  if (!sha || !process.env.GITHUB_REPOSITORY) return null;
  return `${github.context.serverUrl}/${process.env.GITHUB_REPOSITORY}/blob/${sha}/`;
}

/** The run's page, where the job summary is: the pointer a shortened comment gives. */
export function summaryUrl(): string | null {
  const runId = process.env.GITHUB_RUN_ID;
  if (!runId || !process.env.GITHUB_REPOSITORY) return null;
  return `${github.context.serverUrl}/${process.env.GITHUB_REPOSITORY}/actions/runs/${runId}`;
}

export function baseSha(): string | null {
  const p = github.context.payload;
  return p.pull_request?.base?.sha ?? null;
}
