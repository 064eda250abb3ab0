// The ways a RUN empties a package manager's download cache or index, one table for every cache
// rule, so a spelling learned for one (Debian 13's `apt-get dist-clean`) counts for all. A folder
// rather than `rules/_cleanup.ts` because every `.ts` directly in `rules/` is a rule.
import type { ShellCommand } from '../../../dockerfile/shell.js';
import { baseName } from '../_practice/index.js';

export type CacheKind = 'apt-lists' | 'yum' | 'dnf' | 'zypper';

/** Where each cache lives: an `rm -r` or `find … -delete` of one of these empties it. */
const CACHE_DIRS: Record<CacheKind, string[]> = {
  'apt-lists': ['/var/lib/apt/lists'],
  // yum on RHEL 8 and later is dnf underneath and keeps its cache in /var/cache/dnf, and back.
  yum: ['/var/cache/yum', '/var/cache/dnf'],
  dnf: ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5'],
  zypper: ['/var/cache/zypp'],
};

/** The manager's own commands that empty it: tool names and the words that must follow. */
const CLEAN_COMMANDS: Record<CacheKind, { tools: string[]; words: string[][] }> = {
  // `apt-get clean` empties /var/cache/apt/archives only; `dist-clean` (apt 2.7+, used by
  // Debian 13's official images) also removes the lists.
  'apt-lists': { tools: ['apt-get', 'apt'], words: [['dist-clean'], ['distclean']] },
  // `yum clean` alone or `clean metadata` leave the packages; `clean all` empties both.
  yum: { tools: ['yum'], words: [['clean', 'all']] },
  dnf: { tools: ['dnf', 'microdnf', 'dnf5', 'tdnf'], words: [['clean', 'all']] },
  zypper: { tools: ['zypper'], words: [['clean'], ['cc']] },
};

const trimGlob = (path: string): string => path.replace(/\/?\*?$/, '');

/** `rm -r` of the directory itself, `dir/`, `dir/*` or `dir*` (a plain `rm -f dir/*` leaves subdirectories). */
function removesDir(cmd: ShellCommand, dirs: readonly string[]): boolean {
  const name = baseName(cmd.name);
  if (name === 'rm')
    return cmd.hasFlag('r', 'R', 'recursive') && cmd.argsNoFlags().some((p) => dirs.includes(trimGlob(p)));
  // `find /var/lib/apt/lists -mindepth 1 -delete` (or `-exec rm -rf {} +`).
  if (name === 'find')
    return (
      dirs.includes(trimGlob(cmd.args[0] ?? '')) &&
      (cmd.args.includes('-delete') || cmd.args.some((a, k) => a === '-exec' && cmd.args[k + 1] === 'rm'))
    );
  return false;
}

/** The command empties the cache of `kind` (by the manager's own clean command, `rm -r` or `find -delete`). */
export function cleansCache(cmd: ShellCommand, kind: CacheKind): boolean {
  if (removesDir(cmd, CACHE_DIRS[kind])) return true;
  const spec = CLEAN_COMMANDS[kind];
  if (!spec.tools.includes(baseName(cmd.name))) return false;
  const words = cmd.argsNoFlags();
  return spec.words.some((seq) => {
    const at = words.indexOf(seq[0]!);
    return at >= 0 && seq.every((w, k) => words[at + k] === w);
  });
}

/** Only the directory half of `cleansCache`: for rules where each tool must run its own clean (dnf, microdnf). */
export function removesCacheOf(cmd: ShellCommand, kind: CacheKind): boolean {
  return removesDir(cmd, CACHE_DIRS[kind]);
}
