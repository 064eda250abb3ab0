import { describe, expect, it } from 'vitest';
import { buildxArgs } from '../../src/build/args.js';
import { buildRequest, type BuildRequest } from '../../src/types.js';

const files = { iidFile: '/tmp/x/iid', metadataFile: '/tmp/x/metadata.json' };

function request(overrides: Partial<BuildRequest> = {}): BuildRequest {
  return buildRequest({ ...overrides });
}

const minimal = [
  'buildx',
  'build',
  '--file',
  'Dockerfile',
  '--cache-to',
  'type=inline',
  '--iidfile',
  '/tmp/x/iid',
  '--metadata-file',
  '/tmp/x/metadata.json',
  '--progress=plain',
  '.',
];

describe('buildxArgs', () => {
  it('builds the minimal argv with inline cache, result files and the context last', () => {
    expect(buildxArgs(request(), files)).toEqual(minimal);
  });

  it.each<[string, Partial<BuildRequest>, string[]]>([
    ['target', { target: 'runtime' }, ['--target', 'runtime']],
    ['each build arg', { buildArgs: ['A=1', 'B=x,y'] }, ['--build-arg', 'A=1', '--build-arg', 'B=x,y']],
    ['each tag', { tags: ['r/a:1', 'r/a:latest'] }, ['--tag', 'r/a:1', '--tag', 'r/a:latest']],
    [
      'each label',
      { labels: ['org.opencontainers.image.title=a b', 'x=y'] },
      ['--label', 'org.opencontainers.image.title=a b', '--label', 'x=y'],
    ],
    [
      'platforms joined',
      { platforms: ['linux/amd64', 'linux/arm64'] },
      ['--platform', 'linux/amd64,linux/arm64'],
    ],
    ['push', { push: true }, ['--push']],
    ['load', { load: true }, ['--load']],
    ['pull', { pull: true }, ['--pull']],
    ['no-cache', { noCache: true }, ['--no-cache']],
    ['builder', { builder: 'ci' }, ['--builder', 'ci']],
    [
      'each cache-from',
      { cacheFrom: ['type=registry,ref=r/a:main', 'type=local,src=/c'] },
      ['--cache-from', 'type=registry,ref=r/a:main', '--cache-from', 'type=local,src=/c'],
    ],
    ['network', { network: 'host' }, ['--network', 'host']],
    [
      'secrets as given',
      { secrets: ['id=token,env=GH_TOKEN', 'id=npmrc,src=/home/u/.npmrc'] },
      ['--secret', 'id=token,env=GH_TOKEN', '--secret', 'id=npmrc,src=/home/u/.npmrc'],
    ],
  ])('passes %s', (_name, overrides, expected) => {
    const argv = buildxArgs(request(overrides), files);
    const at = argv.indexOf(expected[0]!);
    expect(at).toBeGreaterThan(1);
    expect(argv.slice(at, at + expected.length)).toEqual(expected);
    expect(argv.at(-1)).toBe('.');
  });

  it('leaves out every optional flag that was not asked for', () => {
    const argv = buildxArgs(request(), files);
    for (const flag of [
      '--target',
      '--build-arg',
      '--tag',
      '--label',
      '--platform',
      '--push',
      '--load',
      '--pull',
    ]) {
      expect(argv).not.toContain(flag);
    }
    for (const flag of ['--no-cache', '--builder', '--cache-from', '--network', '--secret']) {
      expect(argv).not.toContain(flag);
    }
  });

  it('replaces the inline default with the cache-to list when one is given', () => {
    const argv = buildxArgs(
      request({ cacheTo: ['type=registry,ref=r/a:cache,mode=max', 'type=inline'] }),
      files,
    );
    expect(argv.filter((a, i) => argv[i - 1] === '--cache-to')).toEqual([
      'type=registry,ref=r/a:cache,mode=max',
      'type=inline',
    ]);
  });

  it('asks for rawjson progress when the installed buildx supports it', () => {
    expect(buildxArgs(request(), files, { progress: 'rawjson' })).toContain('--progress=rawjson');
  });

  it('puts the context last even when it looks like a flag value', () => {
    const argv = buildxArgs(request({ context: './app', file: './app/Containerfile', tags: ['a'] }), files);
    expect(argv.at(-1)).toBe('./app');
    expect(argv.slice(2, 4)).toEqual(['--file', './app/Containerfile']);
  });

  it('omits --file when none is given so buildx uses <context>/Dockerfile', () => {
    expect(buildxArgs(request({ file: '' }), files)).not.toContain('--file');
  });

  it('is pure: the request is not modified', () => {
    const r = request({ tags: ['a'], cacheTo: [] });
    const copy = structuredClone(r);
    buildxArgs(r, files);
    expect(r).toEqual(copy);
  });
});
