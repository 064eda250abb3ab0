import { describe, expect, it } from 'vitest';
import { parseList, parseListInput, parseSecret } from '../../src/build/lists.js';

describe('parseList (as @docker/actions-toolkit Util.getList reads inputs)', () => {
  it.each<[string, string, boolean, string[]]>([
    ['empty input', '', false, []],
    ['newline list', 'a\nb\n', false, ['a', 'b']],
    ['comma list', 'linux/amd64,linux/arm64', false, ['linux/amd64', 'linux/arm64']],
    ['mixed newlines and commas, trimmed', ' a , b\n c\n\n', false, ['a', 'b', 'c']],
    ['CRLF line ends', 'a\r\nb\r\n', false, ['a', 'b']],
    ['commas kept with ignoreComma', 'A=1,2,3\nB=x', true, ['A=1,2,3', 'B=x']],
    ['a quoted field next to others keeps its commas', '"a,b",c', false, ['a,b', 'c']],
    ['a lone quoted field is split again, as Util.getList does', '"a,b"', false, ['a', 'b']],
    [
      'a quoted value spans lines',
      '"KEY=line one\nline two"\nOTHER=x',
      true,
      ['KEY=line one\nline two', 'OTHER=x'],
    ],
    ['quotes inside a value are kept', 'A="x,y"', true, ['A="x,y"']],
    ['whitespace-only lines are dropped', 'a\n   \nb', true, ['a', 'b']],
    ['"#" is not a comment unless asked', '# note\na', true, ['# note', 'a']],
  ])('%s', (_name, input, ignoreComma, expected) => {
    expect(parseList(input, { ignoreComma })).toEqual(expected);
  });

  it('drops comment lines when a comment character is given', () => {
    expect(parseList('# note\na\n#b', { comment: '#' })).toEqual(['a']);
  });
});

describe('parseListInput (per input, as build-push-action splits it)', () => {
  // docker/metadata-action writes its `tags` and `labels` outputs one per line.
  const metadataTags = 'ghcr.io/o/app:pr-12\nghcr.io/o/app:sha-1a2b3c4\n';
  const metadataLabels =
    'org.opencontainers.image.title=app\norg.opencontainers.image.description=A, B and C\norg.opencontainers.image.version=pr-12\n';

  it.each<[Parameters<typeof parseListInput>[0], string, string[]]>([
    ['tags', metadataTags, ['ghcr.io/o/app:pr-12', 'ghcr.io/o/app:sha-1a2b3c4']],
    ['tags', 'a:1,a:2', ['a:1', 'a:2']],
    [
      'labels',
      metadataLabels,
      [
        'org.opencontainers.image.title=app',
        'org.opencontainers.image.description=A, B and C',
        'org.opencontainers.image.version=pr-12',
      ],
    ],
    [
      'build-args',
      'PIP_INDEX=https://x/simple,https://y/simple\nDEBUG=0',
      ['PIP_INDEX=https://x/simple,https://y/simple', 'DEBUG=0'],
    ],
    ['platforms', 'linux/amd64, linux/arm64', ['linux/amd64', 'linux/arm64']],
    ['cache-from', 'type=registry,ref=r/app:main\ntype=gha', ['type=registry,ref=r/app:main', 'type=gha']],
    ['cache-to', 'type=registry,ref=r/app:cache,mode=max', ['type=registry,ref=r/app:cache,mode=max']],
    ['secrets', 'id=tok,env=GH_TOKEN\nNPM=a=b,c', ['id=tok,env=GH_TOKEN', 'NPM=a=b,c']],
  ])('%s: %j', (name, input, expected) => {
    expect(parseListInput(name, input)).toEqual(expected);
  });
});

describe('parseListInput errors', () => {
  it('names the input and never quotes its text', () => {
    expect(() => parseListInput('secrets', '"TOKEN=s3cr3t-value\nB=1')).toThrow(
      /^input secrets: Quote Not Closed/,
    );
    try {
      parseListInput('secrets', '"TOKEN=s3cr3t-value\nB=1');
    } catch (e) {
      expect((e as Error).message).not.toContain('s3cr3t');
    }
  });
});

describe('parseSecret', () => {
  it.each([
    [
      'id=tok,env=GH_TOKEN',
      { kind: 'buildx', id: 'tok', arg: 'id=tok,env=GH_TOKEN', env: 'GH_TOKEN', src: null },
    ],
    [
      'id=npmrc,src=/home/u/.npmrc',
      { kind: 'buildx', id: 'npmrc', arg: 'id=npmrc,src=/home/u/.npmrc', env: null, src: '/home/u/.npmrc' },
    ],
    [
      'type=file,id=k,source=./k.pem',
      { kind: 'buildx', id: 'k', arg: 'type=file,id=k,source=./k.pem', env: null, src: './k.pem' },
    ],
    ['GIT_AUTH_TOKEN=abc', { kind: 'value', id: 'GIT_AUTH_TOKEN', value: 'abc' }],
    ['TOKEN=a=b==', { kind: 'value', id: 'TOKEN', value: 'a=b==' }],
    ['TOKEN=x,y,env=z', { kind: 'value', id: 'TOKEN', value: 'x,y,env=z' }],
    ['id=only-an-id', { kind: 'value', id: 'id', value: 'only-an-id' }],
  ])('%s', (spec, expected) => {
    expect(parseSecret(spec)).toEqual(expected);
  });

  it.each(['no-equals-sign-here', '=value-without-name', 'bad name=x'])(
    'rejects %s without echoing it',
    (spec) => {
      expect(() => parseSecret(spec)).toThrow(/^a secret must be/);
      try {
        parseSecret(spec);
      } catch (e) {
        expect((e as Error).message).not.toContain(spec);
      }
    },
  );
});
