// The action's front door. Reads inputs, runs the pipeline, and publishes: job summary,
// outputs, annotations, report file, sticky comment, exit status. Never runs on import.
import * as core from '@actions/core';
import * as github from '@actions/github';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, isAbsolute } from 'node:path';
import { killAllChildren, registerSecret } from './exec.js';
import { createOctokit } from './github/client.js';
import { upsertStickyComment } from './github/comment.js';
import { getInputs, type Inputs } from './inputs.js';
import type { Logger } from './log.js';
import { runPipeline, reportKey, UsageError } from './pipeline.js';
import { annotationsFor } from './report/annotations.js';
import { renderMarkdown } from './report/markdown.js';
import type { Report } from './report/types.js';
import { cleanupAll } from './verify/index.js';

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

function pullRequestNumber(): number | null {
  const p = github.context.payload;
  return p.pull_request?.number ?? (p.issue?.pull_request ? p.issue.number : null) ?? null;
}

function blobUrl(): string | null {
  const p = github.context.payload;
  const sha = p.pull_request?.head?.sha ?? github.context.sha;
  if (!sha || !process.env.GITHUB_REPOSITORY) return null;
  return `${github.context.serverUrl}/${process.env.GITHUB_REPOSITORY}/blob/${sha}/`;
}

async function writeReportFile(report: Report, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify(report, null, 2) + '\n');
}

async function postComment(inputs: Inputs, key: string, markdown: string): Promise<string | null> {
  const number = pullRequestNumber();
  if (!number) {
    core.info('Not a pull request: no comment to post.');
    return null;
  }
  if (!inputs.githubToken) {
    core.warning('No github-token: the report is in the job summary only.');
    return null;
  }
  const { owner, repo } = github.context.repo;
  try {
    const result = await upsertStickyComment(createOctokit(inputs.githubToken, actionsLogger), { owner, repo, issueNumber: number }, key, markdown);
    core.info(`Comment ${result.action}: ${result.url}`);
    return result.url;
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 403 || status === 404) {
      // Fork PRs get a read-only token: not a reason to fail the check.
      core.warning(`The token cannot comment on #${number} (HTTP ${status}; a pull request from a fork gets a read-only token). The full report is in the job summary.`);
      return null;
    }
    throw e;
  }
}

function relativeToWorkspace(file: string): string {
  const ws = process.env.GITHUB_WORKSPACE;
  return ws && isAbsolute(file) ? relative(ws, file) : file;
}

export async function run(): Promise<void> {
  const onSignal = () => {
    void cleanupAll().finally(() => {
      killAllChildren();
      process.exit(1);
    });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const inputs = getInputs();
    if (inputs.githubToken) core.setSecret(inputs.githubToken);
    registerSecret(inputs.githubToken);
    registerBuildSecrets(inputs.build.secrets);

    const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const key = reportKey(inputs.build, inputs.commentKey);
    const report = await runPipeline(
      { cwd, build: inputs.build, budgets: inputs.budgets, policy: inputs.policy, runtime: inputs.runtime, configFile: inputs.configFile, key },
      actionsLogger,
    );

    const markdown = renderMarkdown(report, { blobUrl: blobUrl() });
    await core.summary.addRaw(markdown).write();

    for (const a of annotationsFor(report.lint.findings)) {
      const props = { title: a.title, file: relativeToWorkspace(a.file), startLine: a.startLine, endLine: a.endLine, startColumn: a.startColumn };
      if (a.level === 'error') core.error(a.message, props);
      else if (a.level === 'warning') core.warning(a.message, props);
      else core.notice(a.message, props);
    }

    const reportFile = inputs.reportFile ?? join(process.env.RUNNER_TEMP ?? cwd, 'shipshape-report.json');
    await writeReportFile(report, reportFile);

    core.setOutput('image-id', report.image?.id ?? report.build?.imageId ?? '');
    core.setOutput('size', report.image?.sizeBytes ?? '');
    core.setOutput('compressed-size', report.image?.compressedSizeBytes ?? '');
    core.setOutput('layers', report.image?.layerCount ?? '');
    core.setOutput('user', report.runtime?.user ?? '');
    core.setOutput('non-root', report.runtime?.nonRoot ?? '');
    core.setOutput('findings', report.lint.findings.length);
    core.setOutput('report-file', reportFile);
    core.setOutput('status', report.status);
    core.setOutput('passed', report.status !== 'fail');

    if (inputs.comment) {
      const url = await postComment(inputs, key, markdown);
      core.setOutput('comment-url', url ?? '');
    }

    if (report.status === 'fail') {
      core.setFailed(report.reasons.filter((r) => r.status === 'fail').map((r) => r.message).join('; '));
    }
  } catch (e) {
    const message = e instanceof UsageError ? e.message : `shipshape failed: ${(e as Error).message}`;
    if (!(e instanceof UsageError)) core.debug((e as Error).stack ?? '');
    await core.summary.addRaw(`### ❌ shipshape\n\n${message}\n`).write().catch(() => undefined);
    core.setOutput('passed', false);
    core.setOutput('status', 'fail');
    core.setFailed(message);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
