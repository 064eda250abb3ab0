// The action's front door: wiring only. Reads inputs, runs the pipeline (or reads uploaded reports
// in post mode), and hands what src/report/publication.ts makes of a report to @actions/core:
// job summary, outputs, annotations, files, sticky comment, exit status. Never runs on import.
import * as core from '@actions/core';
import * as github from '@actions/github';
import { join, isAbsolute } from 'node:path';
import { installCancellation, RunCancelled, type Cancellation } from './cancel.js';
import { registerSecret } from './exec.js';
import { createOctokit } from './github/client.js';
import { baseSha, blobUrl, headSha, pullRequestNumber, summaryUrl } from './github/context.js';
import { commentDecision, publishComment } from './github/publish.js';
import { loadReportsForPost, postTarget } from './github/post.js';
import { getInputs, type Inputs } from './inputs.js';
import { errorText, type Logger } from './log.js';
import { UsageError } from './errors.js';
import { runPipeline } from './pipeline.js';
import { withStageFailure } from './report/evaluate.js';
import { publicationOf, type Publication } from './report/publication.js';
import { writeCommentBodyFile, writeReportFile, writeSarifFile } from './report/write.js';
import type { Report } from './report/types.js';

const actionsLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  group: (name, fn) => core.group(name, fn),
};

function registerBuildSecrets(secrets: string[]): void {
  for (const s of secrets) {
    const env = /(?:^|,)env=([^,]+)/.exec(s)?.[1];
    if (env) {
      registerSecret(process.env[env]);
      if (process.env[env]) core.setSecret(process.env[env]!);
    }
  }
}

async function postComment(
  inputs: Inputs,
  report: Report,
  body: string,
  number: number | null,
): Promise<string | null> {
  const decision = commentDecision(inputs.commentMode, report);
  if (decision === 'skip') return null;
  if (!number) {
    core.info('Not a pull request: no comment to post.');
    return null;
  }
  if (!inputs.githubToken) {
    core.warning('No github-token: the report is in the job summary only.');
    return null;
  }
  const { owner, repo } = github.context.repo;
  const result = await publishComment(
    createOctokit(inputs.githubToken, actionsLogger),
    { owner, repo, issueNumber: number },
    report.key,
    body,
    decision,
  );
  if (result.action === 'forbidden') {
    // Fork PRs get a read-only token: not a reason to fail the check.
    core.warning(
      `The token cannot comment on #${number} (HTTP ${result.status}; a pull request from a fork gets a read-only token). The full report is in the job summary; the comment body is in the comment-body-file output, for a workflow_run job to post with mode: post.`,
    );
    return null;
  }
  if (result.action === 'skipped')
    core.info(`No comment: comment is "${inputs.commentMode}" and nothing changed against the baseline.`);
  else core.info(`Comment ${result.action}: ${result.url}`);
  return result.url;
}

/** The job summary and the report's outputs; the comment body is written as a file by the caller. */
async function publishSummaryAndOutputs(publication: Publication): Promise<void> {
  await core.summary.addRaw(publication.summary).write();
  for (const [name, value] of Object.entries(publication.outputs)) core.setOutput(name, value);
}

function annotate(publication: Publication): void {
  for (const { level, message, ...props } of publication.annotations) {
    if (level === 'error') core.error(message, props);
    else if (level === 'warning') core.warning(message, props);
    else core.notice(message, props);
  }
}

/** `mode: post`: a trusted workflow_run job renders and posts reports a fork's pull_request job uploaded. */
async function runPost(inputs: Inputs): Promise<void> {
  if (!inputs.reportFile)
    throw new UsageError(
      'mode: post needs report-file: the report file (or a directory of them) the pull_request job uploaded',
    );
  const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const reports = await loadReportsForPost(
    isAbsolute(inputs.reportFile) ? inputs.reportFile : join(cwd, inputs.reportFile),
  );
  if (!reports.length) throw new UsageError(`no shipshape report found at ${inputs.reportFile}`);
  let firstUrl: string | null = null;
  const unposted: string[] = [];
  for (const report of reports) {
    const target = postTarget(report, { prNumber: inputs.prNumber, payload: github.context.payload });
    if (target.problem) core.warning(target.problem);
    const publication = publicationOf(report, {
      blobUrl: blobUrl(report.context?.sha),
      baseBlobUrl: blobUrl(baseSha()),
      summaryUrl: summaryUrl(),
    });
    core.setOutput(
      'comment-body-file',
      await writeCommentBodyFile(report, process.env.RUNNER_TEMP ?? cwd, publication.comment),
    );
    await publishSummaryAndOutputs(publication);
    let url: string | null = null;
    try {
      url = target.number
        ? await postComment(
            { ...inputs, commentMode: inputs.commentMode === 'never' ? 'never' : 'always' },
            report,
            publication.comment,
            target.number,
          )
        : null;
    } catch (e) {
      // One report's comment failing does not keep the others from being posted.
      core.debug((e as Error).stack ?? '');
      unposted.push(`${report.key}: ${errorText(e)}`);
    }
    firstUrl ??= url;
  }
  core.setOutput('comment-url', firstUrl ?? '');
  if (unposted.length) core.setFailed(`the comment could not be posted for ${unposted.join('; ')}`);
}

/** A cancelled run still says so: a summary and outputs naming the stage, then a failed step. */
async function reportCancelled(cancellation: Cancellation, stage: string): Promise<void> {
  await cancellation.cleanedUp();
  const message = `shipshape was cancelled (${cancellation.received() ?? 'signal'}) during the ${stage} stage`;
  await core.summary
    .addRaw(`### ⏹️ shipshape: cancelled\n\n${message}; nothing it made was left behind.\n`)
    .write()
    .catch(() => undefined);
  core.setOutput('status', 'cancelled');
  core.setOutput('cancelled-stage', stage);
  core.setOutput('passed', false);
  core.setFailed(message);
}

export async function run(): Promise<void> {
  const cancellation = installCancellation(1);
  try {
    const inputs = getInputs();
    if (inputs.githubToken) core.setSecret(inputs.githubToken);
    registerSecret(inputs.githubToken);
    registerBuildSecrets(inputs.build.secrets);

    if (inputs.mode === 'post') return await runPost(inputs);

    const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const number = pullRequestNumber();
    const { report: decided, dockerfile } = await runPipeline(
      {
        cwd,
        paths: {
          allowOutside: inputs.allowOutsideWorkspace,
          label: (name) => `input ${name}`,
          rootName: 'workspace',
        },
        build: inputs.build,
        budgets: inputs.budgets,
        policy: inputs.policy,
        runtime: inputs.runtime,
        configFile: inputs.configFile,
        shellcheck: inputs.shellcheck,
        computeCompressedSize: inputs.computeCompressedSize,
        key: inputs.commentKey,
        baseline: {
          ...inputs.baseline,
          baseRef:
            inputs.baseline.baseRef ??
            baseSha() ??
            (process.env.GITHUB_BASE_REF ? `origin/${process.env.GITHUB_BASE_REF}` : null),
        },
        changeBudgets: inputs.changeBudgets,
        signal: cancellation.signal,
        context: { repository: process.env.GITHUB_REPOSITORY ?? null, pullRequest: number, sha: headSha() },
      },
      actionsLogger,
    );
    let report = decided;

    const links = { blobUrl: blobUrl(), baseBlobUrl: blobUrl(baseSha()), summaryUrl: summaryUrl() };
    const workspace = process.env.GITHUB_WORKSPACE ?? null;
    let publication = publicationOf(report, links, workspace);
    core.setOutput(
      'comment-body-file',
      await writeCommentBodyFile(report, process.env.RUNNER_TEMP ?? cwd, publication.comment),
    );
    // The comment goes first so that, should it fail, the summary, outputs and report file that
    // follow carry that failure as a reason instead of the run ending in a bare error.
    if (inputs.commentMode !== 'never') {
      try {
        const url = await postComment(inputs, report, publication.comment, number);
        core.setOutput('comment-url', url ?? '');
      } catch (e) {
        core.setOutput('comment-url', '');
        core.debug((e as Error).stack ?? '');
        core.warning(`The comment could not be posted: ${errorText(e)}`);
        report = withStageFailure(report, { stage: 'comment', message: errorText(e) });
        publication = publicationOf(report, links, workspace);
      }
    }

    await publishSummaryAndOutputs(publication);
    annotate(publication);

    const reportFile = inputs.reportFile ?? join(process.env.RUNNER_TEMP ?? cwd, 'shipshape-report.json');
    await writeReportFile(report, reportFile);
    core.setOutput('report-file', reportFile);
    const sarifFile = inputs.sarifFile ?? join(process.env.RUNNER_TEMP ?? cwd, 'shipshape.sarif');
    await writeSarifFile(report, sarifFile, cwd, dockerfile);
    core.setOutput('sarif-file', sarifFile);

    if (publication.failure !== null) core.setFailed(publication.failure);
  } catch (e) {
    if (e instanceof RunCancelled || cancellation.received()) {
      return await reportCancelled(cancellation, e instanceof RunCancelled ? e.stage : 'report');
    }
    const message = e instanceof UsageError ? e.message : `shipshape failed: ${(e as Error).message}`;
    if (!(e instanceof UsageError)) core.debug((e as Error).stack ?? '');
    await core.summary
      .addRaw(`### ❌ shipshape\n\n${message}\n`)
      .write()
      .catch(() => undefined);
    core.setOutput('passed', false);
    core.setOutput('status', 'fail');
    core.setFailed(message);
  } finally {
    cancellation.dispose();
  }
}
