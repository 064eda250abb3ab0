import type { Stage } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';
import { dropQuotes } from './copy-instead-of-add.js';
import { fitsAlias } from './_image/index.js';
import { copySources, rootImage } from './_practice/index.js';

/**
 * Whether the root of the image a stage is made of is known to be a whole operating system: an
 * official image (`debian`, `golang:1.22`, no namespace). `scratch` holds only what was copied into
 * it, and a third-party image (`tonistiigi/xx`, `org/tool`) cannot be seen: such images are often
 * carriers of a few files, made to be copied with `COPY --from=… / /`, so they are let through.
 */
function rootIsWholeOs(stage: Stage, stages: readonly Stage[]): boolean {
  const root = rootImage(stage);
  if (!root) return false;
  if (root.stage.from.isScratch) return false;
  const written = root.stage.from.name;
  if (written.includes('$')) {
    // `FROM binaries-$TARGETOS`: a stage picked at build time; whole only if every candidate is.
    const candidates = stages.filter(
      (s) => s.index < root.stage.index && s.alias !== null && fitsAlias(written, s.alias),
    );
    if (candidates.length > 0) return candidates.every((s) => rootIsWholeOs(s, stages));
  }
  const name = root.ref.name.replace(/^library\//, '');
  if (name.includes('$')) return false;
  const registry = root.ref.registry;
  return (registry === null || registry === 'docker.io') && !name.includes('/');
}

export default defineRule({
  meta: {
    id: 'copy-from-not-whole-filesystem',
    aliases: ['DL3067'],
    severity: 'warning',
    description: 'Do not copy an entire filesystem from another stage (`COPY --from=… / /`)',
    onbuild: false,
  },
  create(ctx) {
    return {
      COPY(ins) {
        const from = ins.flag('from');
        if (typeof from !== 'string') return;
        const words = ins.json ?? ins.args.split(/\s+/).filter((w) => w !== '');
        const target = words[words.length - 1];
        if (target === undefined || dropQuotes(target) !== '/') return;
        if (!copySources(ins).some((s) => dropQuotes(s) === '/')) return;
        const stages = ctx.model.stages;
        const here = ins.stage?.index ?? stages.length;
        const stage = stages.find((s) => s.index < here && (s.alias === from || String(s.index) === from));
        // A stage of this file: reported when it is made of an official OS image. Anything else
        // is an image: reported when it is an official one (`--from=debian`, a plain word as in
        // hadolint's cases), not when it is a third-party image that may carry a few files.
        const whole = stage ? rootIsWholeOs(stage, stages) : !dropQuotes(from).includes('/');
        if (!whole) return;
        ctx.report(
          ins,
          `Do not copy an entire filesystem from another stage: \`COPY --from=${from} / /\` overwrites this image's /etc, /usr and the rest; copy the directories you need`,
        );
      },
    };
  },
});
