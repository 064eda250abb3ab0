// The fake GitHub must answer in GitHub's own shapes, or the comment tests prove nothing:
// its responses are validated against the operation schemas in @octokit/openapi.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { FakeGitHub } from '../support/fake-github.js';

const require = createRequire(import.meta.url);
const spec = JSON.parse(
  readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'),
);

function responseValidator(path: string, method: string, status: string) {
  const schema = spec.paths[path][method].responses[status].content['application/json'].schema;
  const ajv = new Ajv({ strict: false, allErrors: true });
  // The spec's refs are local ("#/components/…"): point them at the spec added as "spec".
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (node && typeof node === 'object') {
      const o: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node))
        o[k] = k === '$ref' && typeof v === 'string' ? `spec${v}` : rewrite(v);
      return o;
    }
    return node;
  };
  ajv.addSchema(rewrite({ $id: 'spec', components: spec.components }) as object);
  return ajv.compile(rewrite(schema) as object);
}

describe('the fake GitHub speaks GitHub REST shapes', () => {
  const github = new FakeGitHub({ token: 't0ken' });
  const headers = { authorization: 'token t0ken', 'content-type': 'application/json' };
  beforeAll(() => github.start());
  afterAll(() => github.stop());

  it('POST/GET/PATCH issue comments match the OpenAPI schemas', async () => {
    const base = `${github.url}/repos/o/r/issues/1/comments`;
    const created = await fetch(base, { method: 'POST', headers, body: JSON.stringify({ body: 'hi' }) });
    expect(created.status).toBe(201);
    const createdBody = (await created.json()) as { id: number };
    const v201 = responseValidator('/repos/{owner}/{repo}/issues/{issue_number}/comments', 'post', '201');
    expect(v201(createdBody), JSON.stringify(v201.errors)).toBe(true);

    const listed = await fetch(base, { headers });
    const v200 = responseValidator('/repos/{owner}/{repo}/issues/{issue_number}/comments', 'get', '200');
    expect(v200(await listed.json()), JSON.stringify(v200.errors)).toBe(true);

    const patched = await fetch(`${github.url}/repos/o/r/issues/comments/${createdBody.id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ body: 'there' }),
    });
    const vPatch = responseValidator('/repos/{owner}/{repo}/issues/comments/{comment_id}', 'patch', '200');
    expect(vPatch(await patched.json()), JSON.stringify(vPatch.errors)).toBe(true);
  });

  it('answers like GitHub to bad credentials and read-only tokens', async () => {
    expect((await fetch(`${github.url}/repos/o/r/issues/1/comments`)).status).toBe(401);
    github.readOnly = true;
    const r = await fetch(`${github.url}/repos/o/r/issues/1/comments`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ body: 'x' }),
    });
    expect(r.status).toBe(403);
    expect(await r.json()).toMatchObject({ message: 'Resource not accessible by integration' });
    github.readOnly = false;
  });
});
