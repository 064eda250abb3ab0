import type { Instruction } from '../model.js';
import { defineRule } from '../rule.js';
import {
  baseName,
  finalStage,
  packageInstall,
  packageName,
  packageRemoval,
  stageChain,
} from './_practice/index.js';

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
        // What is still installed at the end: a purge later in the image (same RUN or not) removes it.
        const pending = new Map<Instruction, Set<string>>();
        const virtualGroups = new Map<string, { ins: Instruction; names: string[] }>();
        let aptMarkedAuto = false;
        for (const s of stageChain(stage).reverse()) {
          for (const ins of s.instructions) {
            if (ins.keyword !== 'RUN') continue;
            for (const cmd of ins.script()?.commands ?? []) {
              const install = packageInstall(cmd);
              if (install) {
                const names = install.packages
                  .filter((p) => !p.includes('$'))
                  .map(packageName)
                  .filter(isToolchainPackage);
                if (names.length === 0) continue;
                const set = pending.get(ins) ?? new Set<string>();
                names.forEach((n) => set.add(n));
                pending.set(ins, set);
                if (install.virtualName) virtualGroups.set(install.virtualName, { ins, names });
                continue;
              }
              if (baseName(cmd.name) === 'apt-mark' && cmd.args.includes('auto')) aptMarkedAuto = true;
              const removal = packageRemoval(cmd);
              if (!removal) continue;
              const removed = new Set(removal.packages.map(packageName));
              for (const name of removal.packages) {
                const group = virtualGroups.get(name);
                if (group) group.names.forEach((n) => removed.add(n));
              }
              // The official images' idiom: mark everything auto, re-mark what to keep, then autoremove.
              const clearsAll = removal.autoRemove && aptMarkedAuto;
              for (const set of pending.values()) {
                for (const n of [...set]) if (clearsAll || removed.has(n)) set.delete(n);
              }
            }
          }
        }
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
