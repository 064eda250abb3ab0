import { defineRule } from '../rule.js';
import type { Instruction } from '../../dockerfile/model.js';
import {
  baseName,
  copySources,
  expandedWords,
  globMatch,
  imageInstructions,
  imageProcess,
  isWindowsImage,
  packageName,
  rootImage,
  stringList,
} from './_practice/index.js';

/**
 * Base images documented to run as a non-root user already, so a Dockerfile on top of them may
 * leave USER out. Globs over the image reference (registry/name:tag).
 */
export const NON_ROOT_BASES = [
  'gcr.io/distroless/*:nonroot',
  'gcr.io/distroless/*:*-nonroot',
  'gcr.io/distroless/*:nonroot-*',
  'cgr.dev/chainguard/*',
  // .NET's chiseled (Ubuntu) and distroless (Azure Linux) images set `USER app` (uid 1654).
  'mcr.microsoft.com/dotnet/*:*-chiseled*',
  'mcr.microsoft.com/dotnet/*:*-distroless*',
  // Jupyter's docker-stacks images run as jovyan (NB_UID 1000).
  'quay.io/jupyter/*',
  'jupyter/*',
];

const PRIVILEGE_DROPPERS = new Set(['gosu', 'su-exec']);

/**
 * The official-images pattern (postgres, redis, mysql): an ENTRYPOINT script starts as root, fixes
 * ownership, then re-executes itself as the service user with gosu/su-exec. The image has gosu
 * when a RUN mentions it (installs, downloads or chmods it, directly or through an ARG/ENV list)
 * or an ENV names its version.
 */
export function dropsPrivilegesInEntrypoint(instructions: readonly Instruction[]): boolean {
  if (!instructions.some((i) => i.keyword === 'ENTRYPOINT')) return false;
  return instructions.some((i) => {
    if (i.keyword === 'ENV') return i.pairs.some((p) => /^(GOSU|SU_EXEC)_VERSION$/.test(p.key));
    if (i.keyword === 'COPY') return copySources(i).some((src) => PRIVILEGE_DROPPERS.has(baseName(src)));
    if (i.keyword !== 'RUN') return false;
    // ARG/ENV defaults expanded: `apk add ${RUNTIME_PACKAGES}` with `ARG RUNTIME_PACKAGES="gosu …"`.
    return (i.script()?.commands ?? []).some((c) =>
      expandedWords(i, c.argv).some((w) => PRIVILEGE_DROPPERS.has(baseName(packageName(w)))),
    );
  });
}

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
        const instructions = imageInstructions(stage);
        if (instructions.some((i) => i.keyword === 'USER')) return;
        if (dropsPrivilegesInEntrypoint(instructions) || isWindowsImage(stage)) return;
        const root = rootImage(stage);
        // `FROM scratch` with no ENTRYPOINT or CMD runs nothing: it carries files (a binary for
        // `COPY --from=`), so there is no process whose user could be root.
        const { entrypoint, cmd } = imageProcess(stage);
        if (root?.stage.from.isScratch && !entrypoint && !cmd) return;
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
