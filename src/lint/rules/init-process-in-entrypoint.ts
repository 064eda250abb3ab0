import type { Instruction } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';
import type { ShellCommand } from '../../dockerfile/shell.js';
import { argvCommands, baseName, finalStage, imageProcess, instructionCommands } from './_practice/index.js';

const INITS = new Set([
  'tini',
  'tini-static',
  'dumb-init',
  'catatonit',
  'docker-init',
  's6-svscan',
  'init',
  'supervisord',
  'runsvdir',
  'pid1',
]);
const NODE_RUNNERS = new Set(['npm', 'yarn', 'pnpm']);

/** An init that reaps zombies and forwards signals is part of the argv. */
export function hasInit(argv: readonly string[]): boolean {
  return argv.some((w) => INITS.has(baseName(w)));
}

/** `--pool solo`, `-P threads`, `--pool=gevent`…: a celery pool that does not fork worker processes. */
function inProcessCeleryPool(args: readonly string[]): boolean {
  const k = args.findIndex((a) => a === '-P' || a === '--pool' || a.startsWith('--pool=') || /^-P\w/.test(a));
  if (k < 0) return false;
  const a = args[k]!;
  const pool = a.startsWith('--pool=')
    ? a.slice(7)
    : a.length > 2 && !a.startsWith('--')
      ? a.slice(2)
      : args[k + 1];
  return ['solo', 'threads', 'gevent', 'eventlet'].includes(pool ?? '');
}

/**
 * Why this process is known to start children that PID 1 must reap and signal, and what goes
 * wrong, or null. Kept to what is certain and true of the server seen: gunicorn's arbiter and the
 * uWSGI master reap their workers (and any orphan handed to them) and stop them on SIGTERM, so
 * they are fine as PID 1. Process managers that do neither, npm/yarn running a script, and a
 * shell running more than one command are reported. `node server.js` may spawn too, but that
 * cannot be seen from here.
 */
export function spawnsChildren(commands: readonly ShellCommand[], viaShell: boolean): string | null {
  const orphans = 'but as PID 1 it does not reap the zombies they leave';
  for (const c of commands) {
    const w = baseName(c.name);
    // `celery beat` is one scheduler process, and a worker with a solo/threads/gevent/eventlet pool
    // runs its tasks in its own process: only the default prefork pool forks children.
    if (w === 'celery' && c.args.includes('worker') && !inProcessCeleryPool(c.args))
      return `celery's prefork pool runs worker processes, ${orphans}`;
    if (w === 'uvicorn' || w === 'hypercorn') {
      const k = c.args.findIndex((a) => a === '--workers' || a === '-w' || a.startsWith('--workers='));
      const n = k < 0 ? 1 : Number(c.args[k]!.includes('=') ? c.args[k]!.split('=')[1] : c.args[k + 1]);
      if (n > 1) return `${w} --workers runs worker processes, ${orphans}`;
    }
    if (NODE_RUNNERS.has(w) && (c.args[0] === 'start' || c.args[0] === 'run' || c.args[0] === 'run-script'))
      return `${w} runs the app as its child, ${orphans}, and the app may never see SIGTERM`;
  }
  // `…; exec app` replaces the shell with the app, which then is PID 1 itself.
  const last = commands[commands.length - 1];
  const endsInExec = !!last && (last.wrappers.includes('exec') || baseName(last.name) === 'exec');
  if (viaShell && commands.length > 1 && !endsInExec)
    return 'the shell runs several commands as its children, but as PID 1 it does not pass SIGTERM on to them, so `docker stop` ends in a kill';
  return null;
}

export default defineRule({
  meta: {
    id: 'init-process-in-entrypoint',
    aliases: [],
    severity: 'info',
    description:
      'Run an init (tini, dumb-init) as PID 1 when the app spawns processes, so zombies are reaped and signals forwarded',
    onbuild: false,
  },
  create(ctx) {
    return {
      end() {
        const stage = finalStage(ctx.model.stages);
        if (!stage) return;
        const { entrypoint, cmd } = imageProcess(stage);
        // A shell-form ENTRYPOINT ignores CMD; an exec-form one gets CMD as arguments.
        const parts = [entrypoint, entrypoint && !entrypoint.json ? null : cmd].filter(
          (i): i is Instruction => i !== null,
        );
        const words = parts.flatMap((i) => (instructionCommands(i) ?? []).flatMap((c) => c.argv));
        if (hasInit(words)) return;
        // `ENTRYPOINT ["celery", "-A", "proj"]` + `CMD ["worker"]` is one process: read them together first.
        if (entrypoint?.json && cmd?.json) {
          const why = spawnsChildren(argvCommands([...entrypoint.json, ...cmd.json], entrypoint.line), false);
          if (why) {
            ctx.report(entrypoint, `${why}: start it with tini/dumb-init in ENTRYPOINT (or run with --init)`);
            return;
          }
        }
        for (const ins of parts) {
          const commands = instructionCommands(ins);
          if (!commands) continue;
          const viaShell = !ins.json || commands.some((c) => c.wrappers.some((w) => w.endsWith(' -c')));
          const why = spawnsChildren(commands, viaShell);
          if (!why) continue;
          ctx.report(ins, `${why}: start it with tini/dumb-init in ENTRYPOINT (or run with --init)`);
          return;
        }
      },
    };
  },
});
