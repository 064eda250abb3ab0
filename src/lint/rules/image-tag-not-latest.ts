import type { Instruction } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';
import { imageReferencesOf } from './_image/index.js';

export default defineRule({
  meta: {
    id: 'image-tag-not-latest',
    aliases: ['DL3007'],
    severity: 'warning',
    description: 'Pin the base image to a release tag, not `latest`',
  },
  create(ctx) {
    // `COPY --from=org/tool:latest` and `RUN --mount=from=…:latest` float as a FROM does.
    const otherImages = (ins: Instruction) => {
      for (const ref of imageReferencesOf(ins)) {
        if (ref.tag === 'latest' && ref.digest === null)
          ctx.report(
            ins,
            `Using latest is prone to errors if the image will ever update: pin "${ref.text}" to a release tag`,
          );
      }
    };
    return {
      FROM(ins) {
        // The tag as written, as hadolint reads it; `FROM $BASE` with a default of `x:latest` is not flagged.
        const from = ins.stage?.from;
        // `name:latest@sha256:…` is pinned by its digest; the tag is only a label (hadolint agrees).
        if (from && from.tag === 'latest' && from.digest === null) {
          ctx.report(
            ins,
            `Using latest is prone to errors if the image will ever update: pin "${from.text}" to a release tag`,
          );
        }
      },
      COPY: otherImages,
      RUN: otherImages,
    };
  },
});
