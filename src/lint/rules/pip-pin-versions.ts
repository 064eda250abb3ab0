import { isPipInstall, isPipxInstall } from '../commands.js';
import type { Instruction } from '../../dockerfile/model.js';
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
  'python',
  'python-version',
  'root',
  'root-user-action',
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

/**
 * The requirements named on the command line: positional words after `install`, with ARG/ENV
 * defaults expanded (`ARG PKGS="flask requests"` names two; `${PIP_INDEX_OPTION}` holding
 * `--index-url …` is an option). A word whose variable has no known value is not a package name.
 */
function requirements(cmd: ShellCommand, ins: Instruction): string[] {
  const words = cmd.args.flatMap((a) => {
    const expanded = a.includes('$') ? ins.expand(a) : a;
    // Split only what a variable expanded to; `$(which python)` stays one word.
    return expanded === a ? [a] : splitWords(expanded);
  });
  const positional: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.startsWith('-') && w !== '-' && w !== '--') {
      const name = w.startsWith('--') ? w.slice(2) : w.slice(-1);
      if (!w.includes('=') && PIP_OPTIONS_WITH_VALUE.includes(name)) k++;
      continue;
    }
    positional.push(w);
  }
  const at = positional.indexOf('install');
  if (at < 0) return [];
  let k = at;
  while (positional[k] === 'install') k++;
  return positional.slice(k).filter((w) => !w.includes('$'));
}

function splitWords(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

function forgotToPin(cmd: ShellCommand, ins: Instruction): boolean {
  // pipx installs a tool at whatever version is newest, so it is pinned like pip (as hadolint
  // does); pipenv installs from its Pipfile.lock and is left alone.
  if (!isPipInstall(cmd) && !isPipxInstall(cmd)) return false;
  // A constraints file pins what is installed; a requirements file or the local project is
  // pinned (or not) elsewhere, so hadolint leaves them alone.
  if (cmd.hasFlag('c', 'constraint')) return false;
  if (cmd.hasArg('-r', '--requirement', '.')) return false;
  return !requirements(cmd, ins).every(pipRequirementPinned);
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
        const cmd = script.commands.find((c) => forgotToPin(c, ins));
        if (!cmd) return;
        const unpinned = requirements(cmd, ins).filter((p) => !pipRequirementPinned(p));
        ctx.report(
          ins,
          `Pin versions in pip: ${unpinned.join(', ')}. Instead of \`pip install <package>\` use \`pip install <package>==<version>\` or \`pip install --requirement <requirements file>\``,
        );
      },
    };
  },
});
