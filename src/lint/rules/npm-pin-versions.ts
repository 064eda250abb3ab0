import { defineRule } from '../rule.js';
import type { ShellCommand } from '../../dockerfile/shell.js';

/** npm options whose value is the next word; the value is not a package. */
const NPM_OPTIONS_WITH_VALUE = ['loglevel', 'registry'];
const GIT_PREFIXES = ['git://', 'git+ssh://', 'git+http://', 'git+https://'];
const PATH_PREFIXES = ['/', './', '../', '~/'];
const TARBALL_SUFFIXES = ['.tar', '.tar.gz', '.tgz'];

/**
 * A package spec with a version, tag, commit, or one that is a tarball or a folder (hadolint's
 * versionFixed). The scope of `@scope/name@1` is dropped as hadolint drops it: every character
 * sorting after `/` up to the first one that does not.
 */
export function npmPackagePinned(pkg: string): boolean {
  if (GIT_PREFIXES.some((p) => pkg.startsWith(p))) return pkg.includes('#');
  if (TARBALL_SUFFIXES.some((s) => pkg.endsWith(s))) return true;
  if (PATH_PREFIXES.some((p) => pkg.startsWith(p))) return true;
  let rest = pkg;
  if (rest.startsWith('@')) {
    let k = 0;
    while (k < rest.length && rest[k]! > '/') k++;
    rest = rest.slice(k);
  }
  return rest.includes('@');
}

/** Packages of `npm install …`; null when the first positional word is not `install` (`npm run x install`). */
function installedPackages(cmd: ShellCommand): string[] | null {
  if (!cmd.is('npm', 'install')) return null;
  const words = cmd.argsNoFlags(NPM_OPTIONS_WITH_VALUE);
  if (words[0] !== 'install') return null;
  let k = 0;
  while (words[k] === 'install') k++;
  return words.slice(k);
}

export default defineRule({
  meta: {
    id: 'npm-pin-versions',
    aliases: ['DL3016'],
    severity: 'warning',
    description: 'Pin versions in `npm install` (`pkg@1.2.3`); a bare `npm install` reads package.json',
  },
  create(ctx) {
    return {
      RUN(ins) {
        const script = ins.script();
        if (!script) return;
        const unpinned = script.commands
          .flatMap((c) => installedPackages(c) ?? [])
          .filter((p) => !npmPackagePinned(p));
        if (unpinned.length > 0) {
          ctx.report(
            ins,
            `Pin versions in npm: ${unpinned.join(', ')}. Instead of \`npm install <package>\` use \`npm install <package>@<version>\``,
          );
        }
      },
    };
  },
});
