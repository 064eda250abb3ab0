// The bundled action, run as the Actions runner runs it, against the real engine and a local
// fake of GitHub's REST API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BASE_DEBIAN,
  BASE_PYTHON,
  dockerOut,
  engineStore,
  managedContainers,
  savedLayers,
} from '../support/docker.js';
import { FakeGitHub } from '../support/fake-github.js';
import { REPO_ROOT, pullRequestEvent, runAction, type ActionRun } from '../support/runner.js';

const TOKEN = 'ghs_e2eTokenThatMustNeverBePrinted0001';
const OWNER = 'octo-org';
const REPO = 'octo-app';

describe('the action, end to end', () => {
  const github = new FakeGitHub({ token: TOKEN });
  const runs: ActionRun[] = [];
  const images = new Set<string>();

  beforeAll(async () => {
    expect(
      existsSync(join(REPO_ROOT, 'dist/index.js')),
      'dist/index.js is missing: run `npm run bundle`',
    ).toBe(true);
    await github.start();
  });

  afterAll(async () => {
    await github.stop();
    for (const r of runs) r.cleanup();
    for (const id of images) dockerOut(['image', 'rm', '-f', id]);
  });

  async function run(file: string, pr: number, inputs: Record<string, string> = {}) {
    const r = await runAction({
      apiUrl: github.url,
      event: pullRequestEvent(pr, `${OWNER}/${REPO}`),
      inputs: {
        file: `examples/python-web/${file}`,
        context: 'examples/python-web',
        'build-args': `BASE_IMAGE=${BASE_PYTHON}`,
        'github-token': TOKEN,
        ...inputs,
      },
    });
    runs.push(r);
    if (r.outputs['image-id']) images.add(r.outputs['image-id']);
    return r;
  }

  /** The first run of the good example, which mode: post publishes again below. */
  let goodRun: ActionRun | undefined;

  it('passes the good example, writes outputs and a summary, and posts one comment', async () => {
    const r = await run('Dockerfile', 1, { 'max-size': '1GB', 'max-layers': '40' });
    goodRun = r;
    expect(r.code, r.stdout + r.stderr).toBe(0);
    // The image-id output names the image in the engine, whichever its image store.
    const inspect = JSON.parse(dockerOut(['image', 'inspect', r.outputs['image-id']!]))[0];
    expect(inspect.Id).toBe(r.outputs['image-id']);
    const saved = savedLayers(r.outputs['image-id']!);
    expect(r.outputs.size).toBe(String(saved.reduce((sum, l) => sum + l.payload, 0)));
    expect(r.outputs.layers).toBe(String(inspect.RootFS.Layers.length));
    expect(r.outputs.user).toBe('10001:10001');
    expect(r.outputs['non-root']).toBe('true');
    expect(r.outputs.passed).toBe('true');
    expect(r.summary).toContain('shipshape');
    expect(r.summary).toMatch(/\| user \|.* uid 10001 \|/);
    const report = JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8'));
    expect(report.version).toBe(1);
    expect(report.image.sizeBytes).toBe(Number(r.outputs.size));
    expect(report.image.engineSizeBytes).toBe(inspect.Size);
    if (engineStore() === 'containerd') {
      // The compressed size is the stored blobs', exactly.
      expect(report.image.compressedSource).toBe('stored');
      const stored = saved.reduce((sum, l) => sum + l.storedBytes, 0);
      expect(r.outputs['compressed-size']).toBe(String(stored));
    }
    expect(report.runtime.nonRoot).toBe(true);
    const comments = github.list(OWNER, REPO, 1);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('<!-- shipshape:examples/python-web/Dockerfile -->');
    expect(r.outputs['comment-url']).toBe(comments[0]!.html_url);
    // The one place the token may appear is the runner's own masking command.
    const printed = (r.stdout + r.stderr).split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(printed.join('\n')).not.toContain(TOKEN);
    expect(r.stdout).toContain(`::add-mask::${TOKEN}`);
  });

  it('updates the same comment on a second run instead of adding one', async () => {
    const before = github.list(OWNER, REPO, 1)[0]!;
    github.addComment(OWNER, REPO, 1, 'an unrelated human comment');
    // GraphQL's POST only asks who the token is; it writes nothing.
    const isWrite = (q: { method: string; path: string }) => q.method !== 'GET' && q.path !== '/graphql';
    const writes = github.requests.filter(isWrite).length;
    const r = await run('Dockerfile', 1, { 'max-size': '1GB', 'max-layers': '40' });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const mine = github.list(OWNER, REPO, 1).filter((c) => c.body.startsWith('<!-- shipshape:'));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.id).toBe(before.id);
    const newWrites = github.requests.filter(isWrite).length - writes;
    expect(
      github.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/issues/1/comments')),
    ).toHaveLength(1);
    expect(newWrites).toBeLessThanOrEqual(1);
  });

  it('mode: post publishes the uploaded report as the check did: the same summary, comment and outputs', async () => {
    const check = goodRun!;
    const r = await runAction({
      apiUrl: github.url,
      eventName: 'workflow_run',
      event: {
        action: 'completed',
        workflow_run: {
          head_sha: pullRequestEvent(1).pull_request.head.sha,
          pull_requests: [{ number: 1 }],
          conclusion: 'success',
        },
      },
      inputs: { 'github-token': TOKEN, mode: 'post', 'report-file': check.outputs['report-file']! },
    });
    runs.push(r);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.summary.length).toBeGreaterThan(0);
    expect(r.summary).toBe(check.summary);
    expect(readFileSync(r.outputs['comment-body-file']!, 'utf8')).toBe(
      readFileSync(check.outputs['comment-body-file']!, 'utf8'),
    );
    for (const name of ['image-id', 'size', 'compressed-size', 'layers', 'user', 'non-root', 'findings'])
      expect(r.outputs[name], name).toBe(check.outputs[name]);
    for (const name of ['status', 'passed', 'baseline', 'size-delta', 'layers-delta', 'new-findings'])
      expect(r.outputs[name], name).toBe(check.outputs[name]);
    // The sticky comment is the check's, kept, not a second one.
    const mine = github.list(OWNER, REPO, 1).filter((c) => c.body.startsWith('<!-- shipshape:'));
    expect(mine).toHaveLength(1);
    expect(r.outputs['comment-url']).toBe(mine[0]!.html_url);
  });

  it('fails the naive example because it runs as root, naming the user', async () => {
    const r = await run('Dockerfile.naive', 2);
    expect(r.code).toBe(1);
    expect(r.outputs.passed).toBe('false');
    expect(r.outputs['non-root']).toBe('false');
    expect(r.stdout).toMatch(/::error::.*runs as root: no USER set/);
    expect(github.list(OWNER, REPO, 2)).toHaveLength(1);
    expect(r.summary).toContain('runs as root');
    // Code scanning gets the same findings, located by repository-relative path and line: the lint
    // findings, then what running and measuring the image showed.
    const report = JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8'));
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file']!, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].automationDetails.id).toBe('shipshape/examples/python-web/Dockerfile.naive/');
    const results = sarif.runs[0].results as {
      ruleId: string;
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string; uriBaseId: string };
          region: { startLine: number };
        };
      }[];
    }[];
    const at = (x: (typeof results)[number]) => [x.ruleId, x.locations[0]!.physicalLocation.region.startLine];
    const observed = (x: (typeof results)[number]) => /^(runtime|size)\//.test(x.ruleId);
    expect(results.filter((x) => !observed(x)).map(at)).toEqual(
      report.lint.findings.map((f: { rule: string; line: number }) => [f.rule, f.line]),
    );
    // No USER: the root alert is on the FROM (line 4); `RUN apt-get update` (line 7) left its lists.
    expect(results.filter(observed).map(at)).toContainEqual(['runtime/runs-as-root', 4]);
    expect(results.filter(observed).map(at)).toContainEqual(['size/apt-lists-left', 7]);
    expect(new Set(results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri))).toEqual(
      new Set(['examples/python-web/Dockerfile.naive']),
    );
    expect(new Set(results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uriBaseId))).toEqual(
      new Set(['%SRCROOT%']),
    );
  });

  it('fails when the image is over its size budget, naming the budget and the measured size', async () => {
    const r = await run('Dockerfile', 3, { 'max-size': '10MB' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::.*max-size: image size [\d.]+ MB is over the fail budget of 10 MB/);
  });

  it('fails a broken build with the instruction, its line and its log, and still writes everything', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'shipshape-broken-'));
    try {
      writeFileSync(
        join(workspace, 'Dockerfile'),
        `FROM ${BASE_DEBIAN}\nWORKDIR /app\nRUN echo "compiling the app" && exit 3\nUSER 10001\n`,
      );
      const r = await runAction({
        apiUrl: github.url,
        workspace,
        event: pullRequestEvent(4, `${OWNER}/${REPO}`),
        inputs: { file: 'Dockerfile', context: '.', 'github-token': TOKEN },
      });
      runs.push(r);
      expect(r.code).toBe(1);
      expect(r.outputs.passed).toBe('false');
      expect(r.outputs.status).toBe('fail');
      expect(r.outputs['image-id']).toBe('');
      expect(r.outputs.findings).toMatch(/^\d+$/);
      expect(r.stdout).toMatch(/::error::.*the build failed at line 3/);
      const report = JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8'));
      expect(report.build.ok).toBe(false);
      expect(report.build.error.line).toBe(3);
      expect(report.build.error.logTail).toContain('compiling the app');
      expect(report.image).toBeNull();
      expect(r.summary).toContain('**build failed**');
      expect(r.summary).toContain('Build failure');
      expect(r.summary).toContain('compiling the app');
      expect(github.list(OWNER, REPO, 4)).toHaveLength(1);
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  it('leaves no container behind', () => {
    expect(managedContainers()).toEqual([]);
  });
});
