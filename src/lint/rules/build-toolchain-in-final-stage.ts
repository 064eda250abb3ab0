import { defineRule } from '../rule.js';
import { finalStage, imageProcess, packagesLeftInstalled } from './_practice/index.js';

const TOOLCHAIN = new Set([
  'build-essential',
  'build-base',
  'alpine-sdk',
  'gcc',
  'g++',
  'gcc-c++',
  'clang',
  'make',
  'cmake',
  'linux-headers',
]);

/** A compiler, build tool or header package (`*-dev` on Debian/Alpine, `*-devel` on RPM distributions). */
export function isToolchainPackage(name: string): boolean {
  if (TOOLCHAIN.has(name)) return true;
  if (/^(gcc|g\+\+|clang|cpp)-\d+(\.\d+)*$/.test(name)) return true;
  return /.-dev(el)?$/.test(name);
}

export default defineRule({
  meta: {
    id: 'build-toolchain-in-final-stage',
    aliases: [],
    severity: 'warning',
    description:
      'Install compilers and `-dev` packages in a builder stage, not in the final image; copy the built result instead',
    // ONBUILD RUN installs into child images; the final image here is what this file builds.
    onbuild: false,
  },
  create(ctx) {
    return {
      end() {
        const stage = finalStage(ctx.model.stages);
        if (!stage) return;
        // An image with no ENTRYPOINT or CMD of its own runs no app: it is a base or toolchain
        // image to build on (rust, golang, a dev container, a CI runner), where the compiler is
        // the point and "copy the built result" is wrong advice.
        const { entrypoint, cmd } = imageProcess(stage);
        if (!entrypoint && !cmd) return;
        const pending = packagesLeftInstalled(stage, isToolchainPackage);
        for (const [ins, names] of pending) {
          if (names.size === 0) continue;
          const list = [...names];
          const shown = list.slice(0, 5).join(', ') + (list.length > 5 ? `, … (${list.length})` : '');
          ctx.report(
            ins,
            `Build toolchain in the final image (${shown}): install it in a builder stage and copy the built venv/wheels/binary`,
          );
        }
      },
    };
  },
});
