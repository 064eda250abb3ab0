// Baselines against the real local registry (127.0.0.1:5000) and the real engine: the manifest
// and config read without a pull, docker's credentials and the Bearer token dance (through a
// token-checking proxy in front of the registry), and a pull only when uncompressed figures are needed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { baselineStages } from '../../src/baseline-stages.js';
import { loadBaseline, type BaselineRequest } from '../../src/baseline/sources.js';
import { defaultLintConfig } from '../../src/lint/config.js';
import { dockerCredentials, readRegistryImage } from '../../src/registry/client.js';
import { nullLogger } from '../../src/log.js';
import { LayerCache } from '../../src/measure/layer-cache.js';
import { buildRequest } from '../../src/types.js';
import { BASE_DEBIAN, REGISTRY, buildImage, dockerOut, payloadOf, removeImage } from '../support/docker.js';

interface RawManifest {
  layers: { digest: string; size: number }[];
  config: { digest: string };
}

function skopeoManifest(ref: string): RawManifest {
  return JSON.parse(
    execFileSync('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${ref}`], {
      encoding: 'utf8',
    }),
  ) as RawManifest;
}

function inspect(ref: string): {
  Id: string;
  Size: number;
  RootFS: { Layers: string[] };
  Config: { User: string };
  Os: string;
  Architecture: string;
} {
  return JSON.parse(dockerOut(['image', 'inspect', ref]))[0];
}

/** A registry front that wants a Bearer token, issued only for docker-config Basic credentials. */
function tokenProxy(
  user: string,
  password: string,
): Promise<{ server: Server; host: string; tokenRequests: string[] }> {
  const token = randomBytes(12).toString('hex');
  const tokenRequests: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/token') {
      tokenRequests.push(url.search);
      const ok =
        req.headers.authorization === `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
      res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
      return void res.end(
        JSON.stringify(ok ? { token, expires_in: 300 } : { errors: [{ code: 'UNAUTHORIZED' }] }),
      );
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
      res.writeHead(401, {
        'www-authenticate': `Bearer realm="http://${host}/token",service="${host}",scope="repository:${url.pathname.split('/').slice(2, -2).join('/')}:pull"`,
        'content-type': 'application/json',
      });
      return void res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED' }] }));
    }
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: 5000,
        path: req.url,
        method: req.method,
        headers: { accept: req.headers.accept ?? '*/*' },
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.end();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, host: `127.0.0.1:${(server.address() as AddressInfo).port}`, tokenRequests }),
    ),
  );
}

describe('registry baselines', () => {
  const repo = `shipshape-test/baseline-${randomBytes(4).toString('hex')}`;
  const ref = `${REGISTRY}/${repo}:main`;
  let local = '';
  const cleanup: (() => void)[] = [];

  beforeAll(() => {
    local = buildImage(
      'baseline-src',
      `FROM ${BASE_DEBIAN}\nRUN head -c 3000000 /dev/urandom > /blob\nRUN useradd -u 10001 app\nUSER 10001\n`,
    );
    execFileSync('docker', ['tag', local, ref]);
    execFileSync('docker', ['push', '-q', ref], { stdio: 'ignore' });
    cleanup.push(
      () => removeImage(ref),
      () => removeImage(local),
    );
  });

  afterAll(() => {
    for (const c of cleanup.reverse()) c();
  });

  it('reads compressed sizes, digests, diff IDs and the user from the manifest and config, as the registry and the engine report them', async () => {
    const image = await readRegistryImage(ref, null, { credentials: null });
    const manifest = skopeoManifest(ref);
    const engine = inspect(local);
    expect(image.compressedSizeBytes).toBe(manifest.layers.reduce((s, l) => s + l.size, 0));
    expect(image.layers.map((l) => l.digest)).toEqual(manifest.layers.map((l) => l.digest));
    expect(image.layers.map((l) => l.compressedSizeBytes)).toEqual(manifest.layers.map((l) => l.size));
    expect(image.layers.map((l) => l.diffId)).toEqual(engine.RootFS.Layers);
    expect(image.user).toBe(engine.Config.User);
    expect(image.platform).toBe(`${engine.Os}/${engine.Architecture}`);
    expect(image.layers.at(-2)!.createdBy).toMatch(/head -c 3000000/);
  });

  it('authenticates as docker does: credentials from the docker config, then the Bearer token dance', async () => {
    const proxy = await tokenProxy('robot', 's3cret');
    const configDir = mkdtempSync(join(tmpdir(), 'shipshape-docker-config-'));
    try {
      writeFileSync(
        join(configDir, 'config.json'),
        JSON.stringify({ auths: { [proxy.host]: { auth: Buffer.from('robot:s3cret').toString('base64') } } }),
      );
      const credentials = await dockerCredentials(proxy.host, configDir);
      expect(credentials).toEqual({ username: 'robot', password: 's3cret', identityToken: null });
      const image = await readRegistryImage(`${proxy.host}/${repo}:main`, null, { credentials });
      expect(image.compressedSizeBytes).toBe(skopeoManifest(ref).layers.reduce((s, l) => s + l.size, 0));
      expect(proxy.tokenRequests[0]).toContain(`scope=repository%3A${encodeURIComponent(repo)}%3Apull`);
      await expect(
        readRegistryImage(`${proxy.host}/${repo}:main`, null, {
          credentials: { username: 'robot', password: 'wrong', identityToken: null },
        }),
      ).rejects.toThrow(/token service answered HTTP 401/);
    } finally {
      proxy.server.close();
      rmSync(configDir, { recursive: true, force: true });
    }
  });

  const request = (over: Partial<BaselineRequest>): BaselineRequest => ({
    mode: 'image',
    reportPath: null,
    image: ref,
    baseRef: null,
    cwd: tmpdir(),
    dockerfile: 'Dockerfile',
    key: 'Dockerfile',
    platform: null,
    build: null,
    headImageId: null,
    headCompressedSource: null,
    credentials: null,
    stages: baselineStages({
      request: buildRequest(),
      displayFile: 'Dockerfile',
      cwd: tmpdir(),
      lintConfig: defaultLintConfig(),
      shellcheck: false,
      computeCompressedSize: true,
      layerCache: new LayerCache(),
      log: nullLogger,
    }),
    ...over,
  });

  it('takes uncompressed figures from a local copy of the same manifest, without pulling', async () => {
    const baseline = await loadBaseline(request({}), nullLogger);
    expect(baseline?.source).toBe('image');
    expect(baseline?.snapshot.image?.sizeBytes).toBe(payloadOf(local));
    expect(dockerOut(['image', 'ls', '-q', local])).not.toBe('');
  });

  it('pulls for uncompressed figures, measures, and removes what it pulled', async () => {
    removeImage(ref);
    removeImage(local);
    const baseline = await loadBaseline(request({}), nullLogger);
    const pulledSize = baseline?.snapshot.image?.sizeBytes;
    expect(pulledSize).toBeGreaterThan(3_000_000);
    expect(
      baseline?.snapshot.image?.layers.every((l) => l.compressedSizeBytes !== null && l.diffId !== null),
    ).toBe(true);
    expect(dockerOut(['image', 'ls', '-q', `${REGISTRY}/${repo}`])).toBe('');
    // The payload of the same image, pulled by hand, as GNU tar lists it.
    execFileSync('docker', ['pull', '-q', ref], { stdio: 'ignore' });
    expect(pulledSize).toBe(payloadOf(ref));
  });

  it('leaves a note, not an error, when the image cannot be read', async () => {
    const baseline = await loadBaseline(request({ image: `${REGISTRY}/${repo}:no-such-tag` }), nullLogger);
    expect(baseline).toBeNull();
  });
});
