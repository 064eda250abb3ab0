import { defineRule } from '../rule.js';
import type { ShellCommand } from '../../dockerfile/shell.js';

const GO_PACKAGE_SUBCOMMANDS = ['install', 'get', 'run'];

/**
 * A package argument is fine when it is a local path (`.`, `./cmd`, `/src/app`) or carries a
 * version other than the floating `@latest`/`@none`.
 */
export function isPinnedGoPackage(pkg: string): boolean {
  if (pkg === '.' || pkg.startsWith('/') || pkg.startsWith('.')) return true;
  return pkg.includes('@') && !pkg.endsWith('@latest') && !pkg.endsWith('@none');
}

/**
 * The packages hadolint checks in one RUN: for `go run`, only the word after `run` (the rest are
 * the program's own arguments); when the RUN has no `go run`, every positional word of
 * `go install`/`go get` (`tool` is a subcommand word, not a package).
 */
export function goPackages(commands: readonly ShellCommand[]): string[] {
  const goCommands = commands.filter((c) => c.name === 'go' && c.hasArg(...GO_PACKAGE_SUBCOMMANDS));
  const run = goCommands
    .filter((c) => c.hasArg('run'))
    .flatMap((c) =>
      c
        .argsNoFlags()
        .slice(0, 2)
        .filter((a) => a !== 'run'),
    );
  if (run.length > 0) return run;
  return goCommands
    .filter((c) => c.hasArg('install', 'get'))
    .flatMap((c) => c.argsNoFlags().filter((a) => !['install', 'get', 'tool'].includes(a)));
}

export default defineRule({
  meta: {
    id: 'go-install-pinned',
    aliases: ['DL3062'],
    severity: 'warning',
    description:
      'Pin versions in `go install`/`go get`/`go run`: `<package>@<version>`, not bare or `@latest`',
  },
  create(ctx) {
    return {
      RUN(ins) {
        const script = ins.script();
        if (!script) return;
        const unpinned = goPackages(script.commands).filter((p) => !isPinnedGoPackage(p));
        if (unpinned.length > 0)
          ctx.report(
            ins,
            `Pin versions in go. Instead of \`go install <package>\` use \`go install <package>@<version>\`: ${unpinned.join(', ')}`,
          );
      },
    };
  },
});
