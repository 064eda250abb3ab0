import type { Instruction, Stage } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';
import { TRUTHY } from '../commands.js';
import {
  baseName,
  finalStage,
  imageInstructions,
  imageProcess,
  instructionCommands,
} from './_practice/index.js';

const RELOADING_SERVERS = new Set(['uvicorn', 'gunicorn', 'hypercorn', 'daphne']);
const DEV_SCRIPTS = new Set(['dev', 'develop', 'start:dev', 'serve:dev', 'watch']);
const NODE_RUNNERS = new Set(['npm', 'yarn', 'pnpm', 'bun']);

/**
 * The development server or debug switch an argv runs, or null. Looks at every position, so
 * `tini -- flask run` and `python -m uvicorn app:app --reload` are seen.
 */
export function devServerIn(argv: readonly string[]): string | null {
  const words = argv.map(baseName);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const rest = argv.slice(i + 1);
    if (w === 'flask' && rest.includes('run')) return 'flask run';
    if (
      /^(runserver|runserver_plus)$/.test(argv[i]!) &&
      words.slice(0, i).some((x) => /^(manage\.py|django-admin(\.py)?)$/.test(x))
    )
      return `manage.py ${argv[i]}`;
    if (
      RELOADING_SERVERS.has(w) &&
      rest.some((a) => a === '--reload' || (a.startsWith('--reload=') && a !== '--reload=false'))
    )
      return `${w} --reload`;
    if (w === 'fastapi' && rest[0] === 'dev') return 'fastapi dev';
    if (w === 'nodemon' || w === 'ts-node-dev') return w;
    if (NODE_RUNNERS.has(w)) {
      const script = rest[0] === 'run' || rest[0] === 'run-script' ? rest[1] : rest[0];
      if (script && DEV_SCRIPTS.has(script)) return `${w} ${rest[0] === script ? '' : 'run '}${script}`;
    }
    if ((w === 'next' || w === 'nuxt' || w === 'nuxi') && rest[0] === 'dev') return `${w} dev`;
    if (w === 'ng' && rest[0] === 'serve') return 'ng serve';
    if (w === 'react-scripts' && rest[0] === 'start') return 'react-scripts start';
    if (w === 'webpack-dev-server' || (w === 'webpack' && rest[0] === 'serve')) return 'webpack dev server';
    if (
      w === 'vite' &&
      (rest.length === 0 || rest[0] === 'dev' || rest[0] === 'serve' || rest[0]!.startsWith('-'))
    )
      return 'vite dev server';
    if (w === 'artisan' && rest[0] === 'serve') return 'artisan serve';
    if (w === 'php' && rest[0] === '-S') return 'php -S';
    if (argv[i] === '--debug' || argv[i] === '--debug=true' || argv[i] === '--debug=1') return '--debug';
  }
  return null;
}

const DEBUG_VARS = new Set(['DEBUG', 'FLASK_DEBUG', 'DJANGO_DEBUG', 'APP_DEBUG']);
const DEV_ENV_VARS = new Set(['FLASK_ENV', 'NODE_ENV', 'RAILS_ENV', 'RACK_ENV', 'APP_ENV']);

/** `FLASK_DEBUG=1`, `DEBUG=True`, `NODE_ENV=development`, … as `KEY=value`, or null. */
export function debugSetting(key: string, value: string | null): string | null {
  if (value === null) return null;
  const v = value.trim();
  if (DEBUG_VARS.has(key) && TRUTHY.has(v)) return `${key}=${v}`;
  if (DEV_ENV_VARS.has(key) && /^(development|dev)$/i.test(v)) return `${key}=${v}`;
  return null;
}

export default defineRule({
  meta: {
    id: 'dev-server-in-final-stage',
    aliases: [],
    severity: 'warning',
    description:
      'Run a production server in the final image: no `flask run`, `manage.py runserver`, `--reload`, `--debug` or debug ENV',
    onbuild: false,
  },
  create(ctx) {
    const checkProcess = (stage: Stage): void => {
      const { entrypoint, cmd } = imageProcess(stage);
      const parts = [entrypoint, cmd].filter((i): i is Instruction => i !== null);
      // `ENTRYPOINT ["uvicorn"]` + `CMD ["app:app", "--reload"]` is one process: read them together.
      const combined = entrypoint?.json && cmd ? [...entrypoint.json, ...(cmd.json ?? [])] : null;
      const reported = new Set<Instruction>();
      for (const ins of parts) {
        for (const c of instructionCommands(ins) ?? []) {
          const hit = devServerIn(c.argv);
          if (hit && !reported.has(ins)) {
            reported.add(ins);
            ctx.report(
              ins,
              `"${hit}" is a development server or debug mode; run a production server (gunicorn, uvicorn without --reload, …)`,
            );
          }
        }
      }
      if (combined && reported.size === 0) {
        const hit = devServerIn(combined);
        if (hit)
          ctx.report(
            cmd!,
            `"${hit}" (ENTRYPOINT + CMD) is a development server or debug mode; run a production server`,
          );
      }
    };
    return {
      end() {
        const stage = finalStage(ctx.model.stages);
        if (!stage) return;
        // Only what is in effect at the end counts: a later `ENV DEBUG=0` switches it off again.
        const lastSetting = new Map<string, Instruction>();
        const values = new Map<string, string | null>();
        for (const ins of imageInstructions(stage)) {
          if (ins.keyword !== 'ENV') continue;
          for (const p of ins.pairs) {
            values.set(p.key, p.value === null ? null : ins.expand(p.value));
            lastSetting.set(p.key, ins);
          }
        }
        const byInstruction = new Map<Instruction, string[]>();
        for (const [key, ins] of lastSetting) {
          const hit = debugSetting(key, values.get(key) ?? null);
          if (hit) byInstruction.set(ins, [...(byInstruction.get(ins) ?? []), hit]);
        }
        for (const [ins, hits] of byInstruction)
          ctx.report(ins, `${hits.join(', ')} turns on debug/development mode in the final image`);
        checkProcess(stage);
      },
    };
  },
});
