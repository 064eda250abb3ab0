import type { Instruction } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';
import { fitsAlias, imageReferencesOf } from './_image/index.js';

function fitsAnAlias(name: string, aliases: ReadonlySet<string>): boolean {
  return name.includes('$') && [...aliases].some((alias) => fitsAlias(name, alias));
}

export default defineRule({
  meta: {
    id: 'image-tag-explicit',
    aliases: ['DL3006'],
    severity: 'warning',
    description: 'Always tag the version of an image explicitly',
    onbuild: false,
  },
  create(ctx) {
    const aliases = new Set<string>();
    // `COPY --from=org/tool` and `RUN --mount=from=org/tool` pull an image as FROM does; untagged,
    // they copy whatever latest is on the day of the build (hadolint looks at FROM only).
    const otherImages = (ins: Instruction) => {
      for (const ref of imageReferencesOf(ins)) {
        if (ref.tag === null && ref.digest === null)
          ctx.report(
            ins,
            `Always tag the version of an image explicitly: "${ref.text}" is whatever latest is today; pin it to a release tag or a digest`,
          );
      }
    };
    return {
      FROM(ins) {
        const stage = ins.stage;
        if (!stage) return;
        const from = stage.from;
        // hadolint's exceptions: scratch, a digest, an earlier stage's alias, a name that is a
        // variable. A name with a variable inside that fits an earlier alias (`binaries-$TARGETOS`
        // with `AS binaries-linux` above) picks a stage at build time, not an image.
        const exempt =
          from.isScratch ||
          from.digest !== null ||
          from.tag !== null ||
          from.name.startsWith('$') ||
          (from.registry === null && (aliases.has(from.name) || fitsAnAlias(from.name, aliases)));
        if (stage.alias) aliases.add(stage.alias);
        if (!exempt)
          ctx.report(
            ins,
            `Always tag the version of an image explicitly: "${from.text}" is whatever latest is today`,
          );
      },
      COPY: otherImages,
      RUN: otherImages,
    };
  },
});
