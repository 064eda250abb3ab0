import type { ImageRef } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';
import { imageProcess, rootImage } from './_practice/index.js';

const CODENAMES = /^(.*?)-?(stretch|buster|bullseye|bookworm|trixie|forky)$/;
const CODENAME = '(stretch|buster|bullseye|bookworm|trixie|forky)';
const VERSION = String.raw`\d+(\.\d+)*((a|b|rc)\d+)?`;
const NODE_LINES = 'lts|current|argon|boron|carbon|dubnium|erbium|fermium|gallium|hydrogen|iron|jod|krypton';

/**
 * Full-size tags whose slim sibling is known to be published, per image: a version and/or a Debian
 * codename, nothing else. Any other word in the tag (`3-onbuild`, `3.12-windowsservercore`,
 * `1-bookworm-nightly`) is a variant family of its own, and inventing `-slim` on it names a tag
 * that does not exist, so nothing is suggested.
 */
const FULL_TAG: Record<string, RegExp> = {
  python: new RegExp(`^(${VERSION})?(-?${CODENAME})?$`),
  pypy: new RegExp(`^(${VERSION})?(-?${CODENAME})?$`),
  ruby: new RegExp(`^(${VERSION})?(-?${CODENAME})?$`),
  rust: new RegExp(`^(${VERSION})?(-?${CODENAME})?$`),
  node: new RegExp(`^(${VERSION}|${NODE_LINES})(-${CODENAME})?$`),
  debian: new RegExp(`^(${VERSION}|stable|oldstable|testing|unstable|sid|${CODENAME})(-\\d{8})?$`),
};

/**
 * Official images with a published `-slim` variant, and how each spells the slim tag for a given
 * full tag. Only images whose slim tags really exist for every full tag are listed: `ubuntu` and
 * `golang` have none, `openjdk` stopped publishing them.
 */
const SLIM_TAG: Record<string, (tag: string | null) => string> = {
  python: slimBeforeCodename,
  pypy: slimBeforeCodename,
  ruby: slimBeforeCodename,
  rust: slimBeforeCodename,
  node: (tag) => (tag === null || tag === 'latest' ? 'slim' : `${tag}-slim`),
  debian: (tag) => (tag === null || tag === 'latest' ? 'stable-slim' : `${tag}-slim`),
};

/** `3.12` → `3.12-slim`, `3.12-bookworm` → `3.12-slim-bookworm`, `bookworm` → `slim-bookworm`. */
function slimBeforeCodename(tag: string | null): string {
  if (tag === null || tag === 'latest') return 'slim';
  const m = CODENAMES.exec(tag);
  if (m) return m[1] ? `${m[1]}-slim-${m[2]}` : `slim-${m[2]}`;
  return `${tag}-slim`;
}

const DOCKER_HUB = new Set([null, 'docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** Tags that are already small, or not Linux images at all. */
const NOT_FULL =
  /slim|alpine|windowsservercore|nanoserver|busybox|distroless|backports|experimental|rc-buggy/;

/** The slim tag to suggest for an official full-size image, or null. */
export function slimSuggestion(ref: ImageRef): string | null {
  if (!DOCKER_HUB.has(ref.registry)) return null;
  const name = ref.name.replace(/^library\//, '');
  const slim = SLIM_TAG[name];
  if (!slim || ref.text.includes('$')) return null;
  if (ref.tag !== null && NOT_FULL.test(ref.tag)) return null;
  if (ref.tag !== null && ref.tag !== 'latest' && !FULL_TAG[name]!.test(ref.tag)) return null;
  return `${name}:${slim(ref.tag)}`;
}

export default defineRule({
  meta: {
    id: 'prefer-slim-base-image',
    aliases: [],
    severity: 'warning',
    description: 'Build the final image on the `-slim` variant of an official base image that has one',
    onbuild: false,
  },
  create(ctx) {
    return {
      stageEnd(stage) {
        if (!stage.isFinal) return;
        // No ENTRYPOINT or CMD of its own: a dev container, toolchain or base image, which wants
        // the full image's compilers and tools; the advice is for images that run an app.
        const own = imageProcess(stage);
        if (!own.entrypoint && !own.cmd) return;
        // The image the final stage is made of, also through `FROM builder` and `FROM ${BASE}`.
        const root = rootImage(stage);
        if (!root) return;
        const suggestion = slimSuggestion(root.ref);
        if (!suggestion) return;
        ctx.report(
          root.stage.fromInstruction,
          `"${root.ref.text}" is the full-size image; the final image could use "${suggestion}" (a fraction of the size)`,
        );
      },
    };
  },
});
