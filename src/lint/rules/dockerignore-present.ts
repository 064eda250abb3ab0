import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Instruction } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';
import { copiesWholeContext } from './_practice/index.js';

/**
 * The ignore files BuildKit reads for this Dockerfile: `<Dockerfile>.dockerignore` next to it
 * (preferred), else `.dockerignore` at the context root.
 */
export function dockerignoreCandidates(dockerfile: string, contextDir: string): string[] {
  const file = resolve(dockerfile);
  return [join(dirname(file), `${basename(file)}.dockerignore`), join(contextDir, '.dockerignore')];
}

export default defineRule({
  meta: {
    id: 'dockerignore-present',
    aliases: [],
    severity: 'warning',
    description:
      'Add a `.dockerignore` when the whole context is copied, so `.git`, venvs, caches and secrets stay out',
  },
  create(ctx) {
    let first: Instruction | null = null;
    const copy = (ins: Instruction): void => {
      if (!first && copiesWholeContext(ins)) first = ins;
    };
    return {
      COPY: copy,
      ADD: copy,
      end() {
        // Without the context directory there is nothing to look at.
        if (!first || ctx.contextDir === null) return;
        if (dockerignoreCandidates(ctx.file, ctx.contextDir).some((p) => existsSync(p))) return;
        ctx.report(
          first,
          'The whole context is copied but it has no .dockerignore: .git, .venv, __pycache__, tests and local secrets end up in the image',
        );
      },
    };
  },
});
