import type { Instruction } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';

/** Words of a shell-form instruction, quotes kept (hadolint strips them from the ends later). */
function shellWords(args: string): string[] {
  const words: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (const ch of args) {
    if (quote) {
      current += ch;
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
    } else if (/\s/.test(ch)) {
      if (current) words.push(current);
      current = '';
    } else current += ch;
  }
  if (current) words.push(current);
  return words;
}

function destination(ins: Instruction): string | null {
  const words = ins.json ?? shellWords(ins.args);
  return words.length >= 2 ? words[words.length - 1]! : null;
}

/** Absolute on Linux (`/x`) or Windows (`c:\x`, `c:/x`), or a variable whose value is unknown. */
function needsNoWorkdir(dest: string): boolean {
  const d = dest.replace(/^["']+|["']+$/g, '');
  return d.startsWith('/') || d.startsWith(':\\', 1) || d.startsWith(':/', 1) || d.startsWith('$');
}

export default defineRule({
  meta: {
    id: 'copy-relative-needs-workdir',
    aliases: ['DL3045'],
    severity: 'warning',
    description: 'Set a `WORKDIR` before `COPY` to a relative destination',
    // A trigger's COPY runs in a child image whose WORKDIR this file does not decide.
    onbuild: false,
  },
  create(ctx) {
    // As hadolint: stages are known by alias, else by image name, and a stage built `FROM` an
    // earlier one inherits whether that one set a WORKDIR.
    const workdirSet = new Map<string, boolean>();
    let current: string | null = null;
    return {
      FROM(ins) {
        const stage = ins.stage;
        if (!stage) return;
        const parent = workdirSet.get(stage.from.name) ?? false;
        current = stage.alias ?? stage.from.name;
        workdirSet.set(current, parent);
      },
      WORKDIR() {
        workdirSet.set(current ?? '', true);
      },
      COPY(ins) {
        if (workdirSet.get(current ?? '') === true) return;
        const dest = destination(ins);
        if (dest === null || needsNoWorkdir(dest)) return;
        ctx.report(ins, `\`COPY\` to a relative destination ("${dest}") without \`WORKDIR\` set.`);
      },
    };
  },
});
