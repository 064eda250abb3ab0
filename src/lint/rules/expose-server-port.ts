import type { Instruction } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';
import {
  argvCommands,
  baseName,
  finalStage,
  imageInstructions,
  imageProcess,
  instructionCommands,
} from './_practice/index.js';

const SERVERS = new Set([
  'gunicorn',
  'uvicorn',
  'hypercorn',
  'uwsgi',
  'daphne',
  'waitress-serve',
  'granian',
  'puma',
  'http-server',
]);

/** The network server an argv starts, when that is certain from its words; null otherwise. */
export function serverIn(argv: readonly string[]): string | null {
  const words = argv.map(baseName);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = argv[i + 1];
    if (SERVERS.has(w)) return w;
    if (w === 'flask' && argv.slice(i + 1).includes('run')) return 'flask run';
    if (w === 'runserver' && words.slice(0, i).some((x) => /^(manage\.py|django-admin(\.py)?)$/.test(x)))
      return 'manage.py runserver';
    if ((w === 'rails' || w === 'bin/rails') && (next === 'server' || next === 's')) return 'rails server';
    if (w === 'artisan' && next === 'serve') return 'artisan serve';
    if (w === 'fastapi' && (next === 'run' || next === 'dev')) return `fastapi ${next}`;
    if (w === 'streamlit' && next === 'run') return 'streamlit run';
    if (w === 'next' && next === 'start') return 'next start';
  }
  return null;
}

export default defineRule({
  meta: {
    id: 'expose-server-port',
    aliases: [],
    severity: 'info',
    description:
      'EXPOSE the port a server image listens on, to document it and let `docker run -P` publish it',
    onbuild: false,
  },
  create(ctx) {
    return {
      end() {
        const stage = finalStage(ctx.model.stages);
        if (!stage) return;
        if (imageInstructions(stage).some((i) => i.keyword === 'EXPOSE')) return;
        const { entrypoint, cmd } = imageProcess(stage);
        const parts = [entrypoint, entrypoint && !entrypoint.json ? null : cmd].filter(
          (i): i is Instruction => i !== null,
        );
        const combined =
          entrypoint?.json && cmd?.json
            ? argvCommands([...entrypoint.json, ...cmd.json], entrypoint.line)
            : [];
        const report = (ins: Instruction, server: string): void =>
          ctx.report(ins, `The image runs a server (${server}) but EXPOSEs no port: add EXPOSE <port>`);
        for (const ins of parts) {
          const server = (instructionCommands(ins) ?? [])
            .map((c) => serverIn(c.argv))
            .find((s) => s !== null);
          if (server) return report(ins, server);
        }
        // `ENTRYPOINT ["python", "-m"]` + `CMD ["uvicorn", …]`-style splits: read them together.
        const server = combined.map((c) => serverIn(c.argv)).find((s) => s !== null);
        if (server && entrypoint) report(entrypoint, server);
      },
    };
  },
});
