// A local HTTP server that answers the part of GitHub's REST API shipshape uses (issue
// comments, pull requests), with GitHub's shapes, status codes, pagination Link headers and
// error bodies. The shapes are checked against @octokit/openapi in fake-github.test.ts.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: ReturnType<typeof botUser>;
  created_at: string;
  updated_at: string;
  author_association: 'NONE' | 'MEMBER' | 'OWNER' | 'CONTRIBUTOR';
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

export interface FakeGitHubOptions {
  token: string;
  /** Answer 403 on every write, as GitHub does for a fork PR's read-only token. */
  readOnly?: boolean;
  /** Fail the next N requests with this status (to exercise retries). */
  failNext?: { count: number; status: number };
  /** Fail the next N requests with this method whose path matches, with this status. */
  failMatching?: { method: string; path: RegExp; count: number; status: number };
  /** Page size GitHub would use when per_page is not given. */
  defaultPerPage?: number;
}

export function botUser(login = 'github-actions[bot]', id = 41898282) {
  const base = 'https://api.github.com/users/' + encodeURIComponent(login);
  return {
    login,
    id,
    node_id: 'MDM6Qm90NDE4OTgyODI=',
    avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
    gravatar_id: '',
    url: base,
    html_url: 'https://github.com/apps/github-actions',
    followers_url: `${base}/followers`,
    following_url: `${base}/following{/other_user}`,
    gists_url: `${base}/gists{/gist_id}`,
    starred_url: `${base}/starred{/owner}{/repo}`,
    subscriptions_url: `${base}/subscriptions`,
    organizations_url: `${base}/orgs`,
    repos_url: `${base}/repos`,
    events_url: `${base}/events{/privacy}`,
    received_events_url: `${base}/received_events`,
    type: 'Bot',
    site_admin: false,
  };
}

export class FakeGitHub {
  readonly comments = new Map<string, FakeComment[]>();
  readonly requests: RecordedRequest[] = [];
  private server: Server | null = null;
  private nextId = 1000;
  url = '';
  /** What GraphQL's `viewer { login }` answers: the token's own account (the Actions app); null: an error. */
  viewerLogin: string | null = 'github-actions';

  constructor(private readonly options: FakeGitHubOptions) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res).catch((e: Error) => this.send(res, 500, { message: e.message }));
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  set readOnly(v: boolean) {
    this.options.readOnly = v;
  }

  /** How many of the failures failMatching asked for have not been served yet. */
  get unservedFailures(): number {
    return this.options.failMatching?.count ?? 0;
  }

  /** Fails the next `count` requests of one REST call (e.g. POST …/comments) with `status`. */
  failMatching(method: string, path: RegExp, count: number, status: number): void {
    this.options.failMatching = { method, path, count, status };
  }

  failNext(count: number, status: number): void {
    this.options.failNext = { count, status };
  }

  /** Seed a comment as if someone (or an earlier run) had written it. */
  addComment(owner: string, repo: string, issue: number, body: string, user = botUser()): FakeComment {
    const list = this.list(owner, repo, issue);
    const id = this.nextId++;
    const now = new Date().toISOString();
    const c: FakeComment = {
      id,
      node_id: `IC_kwDO${id}`,
      url: `${this.url}/repos/${owner}/${repo}/issues/comments/${id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
      issue_url: `${this.url}/repos/${owner}/${repo}/issues/${issue}`,
      body,
      user,
      created_at: now,
      updated_at: now,
      author_association: 'NONE',
    };
    list.push(c);
    return c;
  }

  list(owner: string, repo: string, issue: number): FakeComment[] {
    const key = `${owner}/${repo}#${issue}`;
    if (!this.comments.has(key)) this.comments.set(key, []);
    return this.comments.get(key)!;
  }

  private send(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3',
      ...headers,
    });
    res.end(body === undefined ? '' : JSON.stringify(body));
  }

  private error(res: ServerResponse, status: number, message: string): void {
    this.send(res, status, {
      message,
      documentation_url: 'https://docs.github.com/rest',
      status: String(status),
    });
  }

  private findComment(id: number): [FakeComment[], number] | null {
    for (const list of this.comments.values()) {
      const i = list.findIndex((c) => c.id === id);
      if (i >= 0) return [list, i];
    }
    return null;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = raw ? JSON.parse(raw) : undefined;
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push({
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      authorization: req.headers.authorization,
      body,
    });

    if (this.options.failNext && this.options.failNext.count > 0) {
      this.options.failNext.count--;
      return this.error(res, this.options.failNext.status, 'Server Error');
    }
    const match = this.options.failMatching;
    if (match && match.count > 0 && req.method === match.method && match.path.test(url.pathname)) {
      match.count--;
      return this.error(res, match.status, 'Server Error');
    }
    const auth = req.headers.authorization ?? '';
    if (auth !== `token ${this.options.token}` && auth !== `Bearer ${this.options.token}`) {
      return this.error(res, 401, 'Bad credentials');
    }
    const write = req.method !== 'GET' && url.pathname !== '/graphql';
    if (write && this.options.readOnly) return this.error(res, 403, 'Resource not accessible by integration');

    // GraphQL, for the one query shipshape sends: who the token is. GraphQL names an app without
    // the `[bot]` suffix that REST puts on its comments' authors.
    if (url.pathname === '/graphql' && req.method === 'POST') {
      if (!/^\s*query\s*\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(String(body?.query)))
        return this.send(res, 200, { errors: [{ message: 'this fake answers only viewer { login }' }] });
      if (this.viewerLogin === null)
        return this.send(res, 200, { errors: [{ message: 'Resource not accessible by integration' }] });
      return this.send(res, 200, { data: { viewer: { login: this.viewerLogin } } });
    }

    let m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (m) {
      const [, owner, repo, n] = m as unknown as [string, string, string, string];
      const list = this.list(owner, repo, Number(n));
      if (req.method === 'GET') {
        const perPage = Math.min(
          100,
          Number(url.searchParams.get('per_page') ?? this.options.defaultPerPage ?? 30),
        );
        const page = Number(url.searchParams.get('page') ?? 1);
        const last = Math.max(1, Math.ceil(list.length / perPage));
        const links: string[] = [];
        const link = (p: number, rel: string) => {
          const u = new URL(url);
          u.searchParams.set('page', String(p));
          u.searchParams.set('per_page', String(perPage));
          links.push(`<${u.toString()}>; rel="${rel}"`);
        };
        if (page < last) {
          link(page + 1, 'next');
          link(last, 'last');
        }
        if (page > 1) {
          link(1, 'first');
          link(page - 1, 'prev');
        }
        return this.send(
          res,
          200,
          list.slice((page - 1) * perPage, page * perPage),
          links.length ? { link: links.join(', ') } : {},
        );
      }
      if (req.method === 'POST') {
        if (typeof body?.body !== 'string')
          return this.error(res, 422, 'Invalid request.\n\n"body" wasn\'t supplied.');
        if (body.body.length > 65536)
          return this.error(res, 422, 'Validation Failed: body is too long (maximum is 65536 characters)');
        return this.send(res, 201, this.addComment(owner, repo, Number(n), body.body));
      }
    }
    m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (m) {
      const found = this.findComment(Number(m[3]));
      if (!found) return this.error(res, 404, 'Not Found');
      const [list, i] = found;
      if (req.method === 'GET') return this.send(res, 200, list[i]);
      if (req.method === 'PATCH') {
        if (typeof body?.body !== 'string') return this.error(res, 422, 'Invalid request.');
        if (body.body.length > 65536)
          return this.error(res, 422, 'Validation Failed: body is too long (maximum is 65536 characters)');
        list[i] = { ...list[i]!, body: body.body, updated_at: new Date().toISOString() };
        return this.send(res, 200, list[i]);
      }
      if (req.method === 'DELETE') {
        list.splice(i, 1);
        res.writeHead(204);
        return void res.end();
      }
    }
    return this.error(res, 404, 'Not Found');
  }
}
