// Files in the final image that a production image should not carry (practices 5, 13, 25, 26).
// Caches and toolchains are junk wherever they came from. Bytecode, virtualenvs, tests and the
// Dockerfile are junk only when COPY/ADD brought them from the build context: the same names
// made by a RUN inside the image (pip's own __pycache__, a venv built in place, a library's
// bundled tests) are the image working as intended, and flagging them would be noise.
import type { VisibleFile } from './filesystem.js';

export type JunkKind =
  | 'apt-lists'
  | 'apt-cache'
  | 'pip-cache'
  | 'npm-cache'
  | 'pycache'
  | 'git'
  | 'venv'
  | 'tests'
  | 'dockerfile'
  | 'build-toolchain';

export const JUNK_DESCRIPTIONS: Record<JunkKind, string> = {
  'apt-lists': 'apt package lists (rm -rf /var/lib/apt/lists/* in the same RUN)',
  'apt-cache': 'apt package cache (apt-get clean in the same RUN)',
  'pip-cache': 'pip cache (pip install --no-cache-dir)',
  'npm-cache': 'npm cache (npm ci --omit=dev && npm cache clean --force)',
  pycache: 'Python bytecode copied from the build context (.dockerignore __pycache__)',
  git: 'a .git directory (.dockerignore .git)',
  venv: 'a virtualenv copied from the build context (.dockerignore .venv)',
  tests: 'tests copied from the build context (.dockerignore tests)',
  dockerfile: 'the Dockerfile or .dockerignore copied into the image',
  'build-toolchain': 'a compiler toolchain (build in a builder stage, copy only the result)',
};

export interface JunkGroup {
  kind: JunkKind;
  /** Layer that added these files. */
  layer: number;
  bytes: number;
  files: number;
  /** Up to a few directories or files where it was found. */
  paths: string[];
}

const MAX_PATHS = 5;
const FROM_CONTEXT = new Set(['COPY', 'ADD']);
const TOOLCHAIN_DIRS = ['usr/lib/gcc', 'usr/libexec/gcc', 'usr/include', 'usr/share/build-essential'];
const TOOLCHAIN_BINARY =
  /^usr\/bin\/((?:[a-z0-9_]+-linux-gnu[a-z]*-)?(?:gcc|g\+\+|c\+\+|cpp|ld|ld\.bfd|ld\.gold|as)(?:-\d+)?|make|cc)$/;
const LIBRARY_DIRS = /(^|\/)(site-packages|dist-packages|node_modules)\//;

/** The junk kind of a path and the directory (or file) that makes it so; null when not junk. */
export function classifyJunk(path: string, contextCopied: boolean): { kind: JunkKind; root: string } | null {
  const under = (dir: string) => path === dir || path.startsWith(`${dir}/`);
  if (under('var/lib/apt/lists')) return { kind: 'apt-lists', root: 'var/lib/apt/lists' };
  if (under('var/cache/apt')) return { kind: 'apt-cache', root: 'var/cache/apt' };
  const pip = /^((?:root|home\/[^/]+)\/\.cache\/pip)(\/|$)/.exec(path);
  if (pip) return { kind: 'pip-cache', root: pip[1]! };
  const npm = /^((?:root|home\/[^/]+)\/\.npm)(\/|$)/.exec(path);
  if (npm) return { kind: 'npm-cache', root: npm[1]! };
  const git = /^(.*?(?:^|\/)\.git)(\/|$)/.exec(path);
  if (git) return { kind: 'git', root: git[1]! };
  for (const dir of TOOLCHAIN_DIRS) if (under(dir)) return { kind: 'build-toolchain', root: dir };
  if (TOOLCHAIN_BINARY.test(path)) return { kind: 'build-toolchain', root: path };
  if (!contextCopied) return null;
  const venv = /^(.*?(?:^|\/)\.venv)(\/|$)/.exec(path);
  if (venv) return { kind: 'venv', root: venv[1]! };
  const pycache = /^(.*(?:^|\/)__pycache__)\//.exec(path);
  if (pycache) return { kind: 'pycache', root: pycache[1]! };
  if (!LIBRARY_DIRS.test(path)) {
    const tests = /^(.*?(?:^|\/)tests?)\//.exec(path);
    if (tests) return { kind: 'tests', root: tests[1]! };
  }
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/^(Dockerfile|Containerfile)([.-].*)?$|\.(Dockerfile|Containerfile)$|^\.dockerignore$/.test(name)) {
    return { kind: 'dockerfile', root: path };
  }
  return null;
}

/** Groups the junk among the visible files by kind and layer, biggest first; empty groups dropped. */
export function findJunk(
  files: Iterable<VisibleFile>,
  layerKeywords: readonly (string | null)[],
): JunkGroup[] {
  const groups = new Map<string, JunkGroup>();
  for (const file of files) {
    const keyword = layerKeywords[file.layer] ?? null;
    const found = classifyJunk(file.path, keyword !== null && FROM_CONTEXT.has(keyword));
    if (!found) continue;
    const key = `${found.kind}\0${file.layer}`;
    let group = groups.get(key);
    if (!group) {
      group = { kind: found.kind, layer: file.layer, bytes: 0, files: 0, paths: [] };
      groups.set(key, group);
    }
    group.bytes += file.bytes;
    group.files++;
    if (group.paths.length < MAX_PATHS && !group.paths.includes(found.root)) group.paths.push(found.root);
  }
  // Empty leftovers (apt's lock file, an empty cache dir) cost nothing and would only be noise.
  return [...groups.values()]
    .filter((g) => g.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes || a.layer - b.layer);
}
