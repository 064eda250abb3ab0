// Runs the bundled action the way the GitHub Actions runner does: `node dist/index.js` with
// every input as INPUT_<NAME> (defaults taken from action.yml, as the runner does), an event
// file, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files to read back.
import { execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  dir: string;
  cleanup(): void;
}

export function actionDefaults(): Record<string, string> {
  const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const defaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    // Expressions such as ${{ github.token }} are the runner's to evaluate; callers pass them.
    if (spec.default !== undefined && !String(spec.default).includes('${{'))
      defaults[name] = String(spec.default);
  }
  return defaults;
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIM … DELIM` and `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delim) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

export interface RunActionOptions {
  inputs: Record<string, string>;
  event?: Record<string, unknown>;
  eventName?: string;
  apiUrl: string;
  repository?: string;
  workspace?: string;
  timeoutMs?: number;
  extraEnv?: Record<string, string>;
}

export function runAction(options: RunActionOptions): Promise<ActionRun> {
  return startAction(options).done;
}

/** Starts the action and hands back its process (to signal it) beside the run it resolves to. */
export function startAction(options: RunActionOptions): { child: ChildProcess; done: Promise<ActionRun> } {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-runner-'));
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.event ?? {}));
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DOCKER_HOST: process.env.DOCKER_HOST,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repository ?? 'octo-org/octo-app',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
    GITHUB_WORKSPACE: options.workspace ?? REPO_ROOT,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: dir,
    ...options.extraEnv,
  };
  for (const [name, value] of Object.entries({ ...actionDefaults(), ...options.inputs })) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  let child!: ChildProcess;
  const done = new Promise<ActionRun>((resolvePromise) => {
    child = execFile(
      process.execPath,
      [join(REPO_ROOT, 'dist/index.js')],
      {
        env,
        cwd: options.workspace ?? REPO_ROOT,
        timeout: options.timeoutMs ?? 600_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolvePromise({
          code,
          stdout,
          stderr,
          outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
          summary: readFileSync(summaryPath, 'utf8'),
          dir,
          cleanup: () => rmSync(dir, { recursive: true, force: true }),
        });
      },
    );
  });
  return { child, done };
}

export function pullRequestEvent(number: number, repository = 'octo-org/octo-app') {
  const [owner, name] = repository.split('/');
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      head: { sha: 'ffac537e6cbbf934b08745a378932722df287a53', ref: 'feature' },
      base: { sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e', ref: 'main' },
    },
    repository: { name, full_name: repository, owner: { login: owner } },
  };
}
