// Image references outside FROM: `COPY --from=<ref>` and `RUN --mount=from=<ref>` may name a stage
// or an image. What the stage and the image-tag rules share so they agree on which is which. A
// folder rather than `rules/_image.ts` because every `.ts` directly in `rules/` is a rule.
import { parseImageRef, type ImageRef, type Instruction } from '../../../dockerfile/model.js';
import { dropQuotes } from '../copy-instead-of-add.js';

/**
 * A `--from` value that can only be an image: stage names are `[a-z][a-z0-9-_.]*`, so a `/` (a
 * repository path), an `@` (a digest) or a `:` (a tag) makes it a reference (`gloursdocker/docker`,
 * `ghcr.io/org/tool`, `alpine:3.20`). A plain word may be a stage, and a variable is unknown.
 */
export function isImageReference(from: string): boolean {
  const value = dropQuotes(from);
  return !value.includes('$') && /[/:@]/.test(value);
}

/** Where an instruction other than FROM pulls an image: `COPY --from=` and each `RUN --mount=…,from=`. */
export function imageReferencesOf(ins: Instruction): ImageRef[] {
  const values: string[] = [];
  if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
    const from = ins.flag('from');
    if (typeof from === 'string') values.push(from);
  } else if (ins.keyword === 'RUN') {
    for (const f of ins.flags) {
      if (f.name !== 'mount' || !f.value) continue;
      for (const kv of f.value.split(',')) {
        const eq = kv.indexOf('=');
        if (eq > 0 && kv.slice(0, eq).trim() === 'from') values.push(kv.slice(eq + 1).trim());
      }
    }
  }
  return values.filter(isImageReference).map((v) => parseImageRef(dropQuotes(v)));
}

/** `binaries-$TARGETOS` fits `binaries-linux`: each variable stands for any run of characters. */
export function fitsAlias(name: string, alias: string): boolean {
  const pattern = new RegExp(
    `^${name
      .split(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+')}$`,
  );
  return pattern.test(alias);
}
