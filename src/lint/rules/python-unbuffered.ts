import type { ImageRef } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';
import type { ShellCommand } from '../../dockerfile/shell.js';
import {
  argvCommands,
  baseName,
  effectiveArgv,
  finalStage,
  imageInstructions,
  imageProcess,
  isPipInstallCommand,
  packagesLeftInstalled,
  PIP_VALUE_FLAGS,
  processWords,
  rootImage,
} from './_practice/index.js';

/** `python`, `python:3.12-slim`, `cgr.dev/chainguard/python`, `gcr.io/distroless/python3`. */
export function isPythonImage(ref: ImageRef): boolean {
  return ref.name.toLowerCase().includes('python');
}

const PYTHON_PACKAGE = /^python(\d+(\.\d+)*)?(-pip|-venv|-minimal|-dev)?$/;

/** Words that make a process a Python one: the interpreter, its usual servers and workers, a script. */
function runsPython(argv: readonly string[]): boolean {
  return argv.some((w) =>
    /^(python[\d.]*|gunicorn|uvicorn|hypercorn|daphne|flask|celery|django-admin(\.py)?|[\w.-]+\.py)$/.test(
      baseName(w),
    ),
  );
}

/**
 * A pip install of the image's own code or dependencies: a requirements file, an editable or a
 * local path (`.`, `./pkg`, `/src/app`, a wheel). `pip install awscli` or `pip install --upgrade pip`
 * installs a tool, which does not make an image whose process is not Python a Python app.
 */
function installsAppDependencies(cmd: ShellCommand): boolean {
  if (!isPipInstallCommand(cmd)) return false;
  if (cmd.hasFlag('r', 'requirement', 'e', 'editable')) return true;
  return cmd
    .argsNoFlags(PIP_VALUE_FLAGS)
    .some((a) => a === '.' || /^\.{0,2}\//.test(a) || /\.(whl|tar\.gz|zip)$/.test(a));
}

export default defineRule({
  meta: {
    id: 'python-unbuffered',
    aliases: [],
    severity: 'info',
    description: 'Set `ENV PYTHONUNBUFFERED=1` in Python images so logs are not lost when the process dies',
    onbuild: false,
  },
  create(ctx) {
    return {
      end() {
        const stage = finalStage(ctx.model.stages);
        if (!stage) return;
        const root = rootImage(stage);
        const instructions = imageInstructions(stage);
        // An interpreter installed only for a build step and purged again does not make it a Python image.
        const installsPython = packagesLeftInstalled(stage, (p) => PYTHON_PACKAGE.test(p)).size > 0;
        const pythonBase = root !== null && isPythonImage(root.ref);
        if (!pythonBase && !installsPython) return;
        if (!pythonBase) {
          // Node and Ruby images keep python3 for node-gyp or a build script: only an image that
          // installs Python packages or runs Python is a Python app.
          const process = imageProcess(stage);
          // Through the shell model, so `CMD /app/main.py --serve` (sh -c …) shows its own words.
          const argv = argvCommands(effectiveArgv(process), stage.fromInstruction.line).flatMap(
            (c) => c.argv,
          );
          const pipInstalls = instructions.some(
            (ins) =>
              ins.keyword === 'RUN' && (ins.script()?.commands ?? []).some((c) => installsAppDependencies(c)),
          );
          if (argv.length > 0 && !runsPython(argv) && !pipInstalls) return;
        }
        // Python reads any non-empty value as on.
        const set = instructions.some(
          (ins) =>
            ins.keyword === 'ENV' &&
            ins.pairs.some((p) => p.key === 'PYTHONUNBUFFERED' && (p.value ?? '').trim() !== ''),
        );
        if (set) return;
        const { entrypoint, cmd } = imageProcess(stage);
        const argv = [entrypoint, cmd].flatMap((i) => (i ? processWords(i) : []));
        const unbufferedFlag = argv.some(
          (w, k) => k > 0 && /^python/.test(baseName(argv[k - 1] ?? '')) && /^-[a-zA-Z]*u[a-zA-Z]*$/.test(w),
        );
        if (unbufferedFlag) return;
        ctx.report(
          stage.fromInstruction,
          'Python image without ENV PYTHONUNBUFFERED=1: buffered stdout/stderr is lost when the process crashes',
        );
      },
    };
  },
});
