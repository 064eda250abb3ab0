import type { Instruction } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';
import type { ShellCommand } from '../../dockerfile/shell.js';
import { baseName, copiesWholeContext, dependencyInstall, PIP_VALUE_FLAGS } from './_practice/index.js';

/** Installs only the project itself (its dependencies came earlier), e.g. `pip install --no-deps .`. */
function installsProjectOnly(cmd: ShellCommand): boolean {
  return cmd.hasFlag('no-deps', 'only-root');
}

/**
 * The install reads the project's manifest (requirements file, package.json + lock, Gemfile, …)
 * rather than naming packages: only such an install, done before the copy, has the dependency
 * layer cached. `pip install gunicorn` or `npm install -g pm2` names a tool, not the manifest.
 */
function installsFromManifest(cmd: ShellCommand, ecosystem: string): boolean {
  const positional = cmd.argsNoFlags(PIP_VALUE_FLAGS).filter((w) => w !== 'install' && w !== 'pip');
  switch (ecosystem) {
    case 'pip':
      return (
        cmd.hasFlag('r', 'requirement', 'c', 'constraint', 'e', 'editable') ||
        positional.some((w) => w.startsWith('.') || w.startsWith('/'))
      );
    case 'npm':
    case 'pnpm':
    case 'pipenv':
      // `npm ci`, `npm install` with no package names: from package.json and its lock.
      return cmd.argsNoFlags().length <= 1;
    default:
      return true;
  }
}

interface State {
  /** Whole-context copies not reported yet, in order. */
  copies: Instruction[];
  /** Ecosystems whose manifests were installed before the first whole-context copy. */
  installedEarly: Set<string>;
  sawCopy: boolean;
}

const fresh = (): State => ({ copies: [], installedEarly: new Set(), sawCopy: false });

export default defineRule({
  meta: {
    id: 'copy-context-before-dependency-install',
    aliases: [],
    severity: 'warning',
    description:
      'Copy the dependency manifests and install them before copying the whole context, so code edits keep the dependency layer cached',
  },
  create(ctx) {
    // Triggers run in a child image, so ONBUILD instructions are followed apart from the stage's own.
    let own = fresh();
    let triggers = fresh();
    const stateOf = (ins: Instruction): State => (ins.onbuild ? triggers : own);
    const copy = (ins: Instruction): void => {
      if (!copiesWholeContext(ins)) return;
      const state = stateOf(ins);
      state.copies.push(ins);
      state.sawCopy = true;
    };
    return {
      FROM() {
        own = fresh();
        triggers = fresh();
      },
      COPY: copy,
      ADD: copy,
      RUN(ins) {
        const state = stateOf(ins);
        for (const cmd of ins.script()?.commands ?? []) {
          const ecosystem = dependencyInstall(cmd);
          if (!ecosystem) continue;
          if (!state.sawCopy) {
            if (installsFromManifest(cmd, ecosystem)) state.installedEarly.add(ecosystem);
            continue;
          }
          // The manifests were installed first; this install adds the project on top.
          if (state.installedEarly.has(ecosystem) || installsProjectOnly(cmd)) continue;
          const first = state.copies.shift();
          if (!first) continue;
          state.copies = [];
          ctx.report(
            first,
            `The whole context is copied before "${[baseName(cmd.name), ...cmd.args.slice(0, 2)].join(' ')}" (line ${cmd.line}): every code change reinstalls the dependencies; copy the manifest (requirements.txt, package.json + lock, …) and install first`,
          );
        }
      },
    };
  },
});
