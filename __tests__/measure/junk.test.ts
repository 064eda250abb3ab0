import { describe, expect, it } from 'vitest';
import { classifyJunk, findJunk } from '../../src/measure/junk.js';

describe('classifyJunk', () => {
  it.each([
    ['var/lib/apt/lists/deb.debian.org_dists_bookworm_InRelease', false, 'apt-lists', 'var/lib/apt/lists'],
    ['var/cache/apt/pkgcache.bin', false, 'apt-cache', 'var/cache/apt'],
    ['root/.cache/pip/http/a/b', false, 'pip-cache', 'root/.cache/pip'],
    ['home/app/.cache/pip/wheels/x.whl', false, 'pip-cache', 'home/app/.cache/pip'],
    ['root/.npm/_cacache/index', false, 'npm-cache', 'root/.npm'],
    ['app/.git/objects/pack/p.pack', false, 'git', 'app/.git'],
    ['usr/lib/gcc/x86_64-linux-gnu/12/cc1', false, 'build-toolchain', 'usr/lib/gcc'],
    ['usr/include/stdio.h', false, 'build-toolchain', 'usr/include'],
    ['usr/bin/x86_64-linux-gnu-gcc-12', false, 'build-toolchain', 'usr/bin/x86_64-linux-gnu-gcc-12'],
    ['usr/bin/make', false, 'build-toolchain', 'usr/bin/make'],
    ['app/__pycache__/main.cpython-311.pyc', true, 'pycache', 'app/__pycache__'],
    ['app/.venv/bin/python', true, 'venv', 'app/.venv'],
    ['app/tests/test_main.py', true, 'tests', 'app/tests'],
    ['app/Dockerfile', true, 'dockerfile', 'app/Dockerfile'],
    ['app/.dockerignore', true, 'dockerfile', 'app/.dockerignore'],
    ['app/api.Dockerfile', true, 'dockerfile', 'app/api.Dockerfile'],
  ])('%s (from context: %s) → %s', (path, fromContext, kind, root) =>
    expect(classifyJunk(path, fromContext)).toEqual({ kind, root }),
  );

  it.each([
    ['usr/lib/python3/dist-packages/__pycache__/x.pyc', false],
    ['opt/venv/lib/python3.11/site-packages/numpy/tests/test_a.py', true],
    ['app/.venv/bin/python', false],
    ['usr/bin/python3', false],
    ['app/main.py', true],
    ['usr/share/doc/make-doc/README', false],
  ])('%s (from context: %s) is not junk', (path, fromContext) =>
    expect(classifyJunk(path, fromContext)).toBeNull(),
  );
});

describe('findJunk', () => {
  it('groups by kind and adding layer, biggest first, with where it was found', () => {
    const groups = findJunk(
      [
        { path: 'var/lib/apt/lists/a', bytes: 100, layer: 1 },
        { path: 'var/lib/apt/lists/b', bytes: 50, layer: 1 },
        { path: 'app/__pycache__/m.pyc', bytes: 7, layer: 2 },
        { path: 'app/pkg/__pycache__/n.pyc', bytes: 3, layer: 2 },
        { path: 'app/__pycache__/built.pyc', bytes: 9, layer: 3 },
        { path: 'var/lib/apt/lists/lock', bytes: 0, layer: 0 },
      ],
      [null, 'RUN', 'COPY', 'RUN'],
    );
    expect(groups).toEqual([
      { kind: 'apt-lists', layer: 1, bytes: 150, files: 2, paths: ['var/lib/apt/lists'] },
      { kind: 'pycache', layer: 2, bytes: 10, files: 2, paths: ['app/__pycache__', 'app/pkg/__pycache__'] },
    ]);
  });
});
