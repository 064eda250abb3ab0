import { isPipInstall, isPipWrapper } from '../commands.js';
import { defineRule } from '../rule.js';
import type { ShellCommand } from '../../dockerfile/shell.js';

/** pip options whose value is the next word (hadolint's list), so the value is not read as a package. */
const PIP_OPTIONS_WITH_VALUE = [
  'abi',
  'b',
  'build',
  'e',
  'editable',
  'extra-index-url',
  'f',
  'find-links',
  'i',
  'index-url',
  'implementation',
  'no-binary',
  'only-binary',
  'platform',
  'prefix',
  'progress-bar',
  'proxy',
  'python-version',
  'root',
  'src',
  't',
  'target',
  'trusted-host',
  'upgrade-strategy',
];

/** VCS schemes pip understands (https://pip.pypa.io/en/stable/topics/vcs-support/). */
const VCS_SCHEMES = [
  'git+file',
  'git+https',
  'git+ssh',
  'git+http',
  'git+git',
  'git',
  'hg+file',
  'hg+http',
  'hg+https',
  'hg+ssh',
  'hg+static-http',
  'svn',
  'svn+svn',
  'svn+http',
  'svn+https',
  'svn+ssh',
  'bzr+http',
  'bzr+https',
  'bzr+ssh',
  'bzr+sftp',
  'bzr+ftp',
  'bzr+lp',
];

const VERSION_SYMBOLS = ['==', '>=', '<=', '>', '<', '!=', '~=', '==='];

function isVcs(pkg: string): boolean {
  return VCS_SCHEMES.some((s) => pkg.startsWith(s));
}

/** A requirement that names a version, a VCS ref, a local archive or a path/URL (hadolint's versionFixed). */
export function pipRequirementPinned(pkg: string): boolean {
  return (
    VERSION_SYMBOLS.some((s) => pkg.includes(s)) ||
    (isVcs(pkg) && pkg.includes('@')) ||
    pkg.endsWith('.whl') ||
    pkg.endsWith('.tar.gz') ||
    (!isVcs(pkg) && pkg.includes('/'))
  );
}

/** The requirements named on the command line: positional words after `install`. */
function requirements(cmd: ShellCommand): string[] {
  const words = cmd.argsNoFlags(PIP_OPTIONS_WITH_VALUE);
  const at = words.indexOf('install');
  if (at < 0) return [];
  let k = at;
  while (words[k] === 'install') k++;
  return words.slice(k);
}

function forgotToPin(cmd: ShellCommand): boolean {
  if (!isPipInstall(cmd) || isPipWrapper(cmd)) return false;
  // A constraints file pins what is installed; a requirements file or the local project is
  // pinned (or not) elsewhere, so hadolint leaves them alone.
  if (cmd.hasFlag('c', 'constraint')) return false;
  if (cmd.hasArg('-r', '--requirement', '.')) return false;
  return !requirements(cmd).every(pipRequirementPinned);
}

export default defineRule({
  meta: {
    id: 'pip-pin-versions',
    aliases: ['DL3013'],
    severity: 'warning',
    description: 'Pin versions in `pip install` (`pkg==1.2.3`, or install from a requirements file)',
  },
  create(ctx) {
    return {
      RUN(ins) {
        const script = ins.script();
        if (!script) return;
        const cmd = script.commands.find(forgotToPin);
        if (!cmd) return;
        const unpinned = requirements(cmd).filter((p) => !pipRequirementPinned(p));
        ctx.report(
          ins,
          `Pin versions in pip: ${unpinned.join(', ')}. Instead of \`pip install <package>\` use \`pip install <package>==<version>\` or \`pip install --requirement <requirements file>\``,
        );
      },
    };
  },
});
