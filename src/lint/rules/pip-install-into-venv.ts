import type { Instruction, Stage } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';
import { TRUTHY } from '../commands.js';
import type { ShellCommand } from '../../dockerfile/shell.js';
import { copySources, finalStage, isPipInstallCommand, stageChain } from './_practice/index.js';

const SYSTEM_BIN = new Set(['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin']);

/** The install goes into a tree of its own (venv, `--prefix`, `--target`, `--user`), not the system site-packages. */
export function installsIntoOwnTree(cmd: ShellCommand, ins: Instruction): boolean {
  if (cmd.hasFlag('prefix', 'target', 't', 'user', 'root')) return true;
  // `/opt/venv/bin/pip install …`, `env/bin/python -m pip install …`
  const dir = cmd.name.includes('/') ? cmd.name.slice(0, cmd.name.lastIndexOf('/')) : null;
  if (dir !== null && !SYSTEM_BIN.has(dir)) return true;
  const v = (name: string): string | null | undefined => cmd.env[name] ?? ins.vars.get(name);
  if (v('VIRTUAL_ENV')) return true;
  if (v('PIP_TARGET') || v('PIP_PREFIX') || TRUTHY.has(v('PIP_USER') ?? '')) return true;
  // `ENV PATH=/venv/bin:$PATH` puts a venv's pip first.
  const path = ins.expand(v('PATH') ?? '');
  const firstBin = path.split(':').find((p) => p !== '' && !p.startsWith('$'));
  if (firstBin && firstBin.endsWith('/bin') && !SYSTEM_BIN.has(firstBin)) return true;
  // `. /venv/bin/activate && pip install …` in the same RUN.
  return (ins.script()?.commands ?? []).some(
    (c) => (c.name === '.' || c.name === 'source') && (c.args[0] ?? '').endsWith('/bin/activate'),
  );
}

/** A path where a global `pip install` puts packages and scripts. */
export function isGlobalPythonPath(path: string): boolean {
  const p = path.replace(/\/+$/, '');
  if (/\/\.local(\/|$)/.test(p)) return false;
  return (
    /(site|dist)-packages/.test(p) ||
    /^\/usr(\/local)?\/lib\/python/.test(p) ||
    p === '/usr/local/bin' ||
    p === '/usr/local'
  );
}

function copiedFrom(stage: Stage, copy: Instruction): boolean {
  const from = copy.flag('from');
  if (!from) return false;
  return (
    from === String(stage.index) || (stage.alias !== null && from.toLowerCase() === stage.alias.toLowerCase())
  );
}

export default defineRule({
  meta: {
    id: 'pip-install-into-venv',
    aliases: [],
    severity: 'info',
    description:
      'In a builder stage, `pip install` into a venv (or `--prefix`/`--user`) and copy that tree, not the system site-packages',
    onbuild: false,
  },
  create(ctx) {
    return {
      end() {
        const final = finalStage(ctx.model.stages);
        if (!final) return;
        const finalChain = stageChain(final);
        const copies = finalChain.flatMap((s) => s.instructions.filter((i) => i.keyword === 'COPY'));
        for (const stage of ctx.model.stages) {
          if (finalChain.includes(stage)) continue;
          const copy = copies.find((c) => copiedFrom(stage, c) && copySources(c).some(isGlobalPythonPath));
          if (!copy) continue;
          const globalInstall = stage.instructions.find(
            (ins) =>
              ins.keyword === 'RUN' &&
              (ins.script()?.commands ?? []).some(
                (c) => isPipInstallCommand(c) && !installsIntoOwnTree(c, ins),
              ),
          );
          if (!globalInstall) continue;
          ctx.report(
            globalInstall,
            `Global pip install in stage "${stage.alias ?? stage.index}", whose system site-packages are copied at line ${copy.line}: install into a venv (python -m venv /venv) or --prefix and copy that one tree`,
          );
        }
      },
    };
  },
});
