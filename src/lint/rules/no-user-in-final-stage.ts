import { defineRule } from '../rule.js';
import { globMatch, imageInstructions, rootImage, stringList } from './_practice/index.js';

/**
 * Base images documented to run as a non-root user already, so a Dockerfile on top of them may
 * leave USER out. Globs over the image reference (registry/name:tag).
 */
export const NON_ROOT_BASES = [
  'gcr.io/distroless/*:nonroot',
  'gcr.io/distroless/*:*-nonroot',
  'gcr.io/distroless/*:nonroot-*',
  'cgr.dev/chainguard/*',
];

export default defineRule({
  meta: {
    id: 'no-user-in-final-stage',
    aliases: [],
    severity: 'warning',
    description: 'Set a non-root USER in the final stage; without one the container runs as root',
    // An `ONBUILD USER` is for child images; this image still runs as root.
    onbuild: false,
  },
  create(ctx) {
    const nonRootBases = [...NON_ROOT_BASES, ...stringList(ctx.options.nonRootBases)];
    return {
      stageEnd(stage) {
        if (!stage.isFinal) return;
        // A USER in a stage this one builds on (`FROM base`) carries over.
        if (imageInstructions(stage).some((i) => i.keyword === 'USER')) return;
        const root = rootImage(stage);
        if (root && !root.ref.text.includes('$')) {
          const ref = `${root.ref.registry ? `${root.ref.registry}/` : ''}${root.ref.name}:${root.ref.tag ?? 'latest'}`;
          if (nonRootBases.some((p) => globMatch(p, ref))) return;
        }
        ctx.report(
          stage.fromInstruction,
          `No USER in the final stage: the container runs as root (add "USER <uid>:<gid>" after creating the user)`,
        );
      },
    };
  },
});
