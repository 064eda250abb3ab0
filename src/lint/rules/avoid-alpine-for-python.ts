import type { ImageRef } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';
import type { ShellCommand } from '../../dockerfile/shell.js';
import {
  baseName,
  dependencyInstall,
  isPipInstallCommand,
  PIP_VALUE_FLAGS,
  rootImage,
} from './_practice/index.js';

/** `alpine`, `alpine:3.19`, `python:3.12-alpine`, `python:alpine3.19`, `node:20-alpine`. */
export function isAlpineImage(ref: ImageRef): boolean {
  return baseName(ref.name) === 'alpine' || /(^|-)alpine/.test(ref.tag ?? '');
}

const PYTHON_INSTALLERS = new Set(['pip', 'uv', 'poetry', 'pipenv']);

/**
 * pip, setuptools and wheel are pure Python and published as universal wheels, so installing or
 * upgrading only them (`pip install --upgrade pip`, the official image's own `setuptools==…`)
 * builds nothing on musl: the message would be false for that install.
 */
const PACKAGING_TOOLS = new Set(['pip', 'setuptools', 'wheel']);

function onlyPackagingTools(cmd: ShellCommand): boolean {
  if (!isPipInstallCommand(cmd) || cmd.hasFlag('r', 'requirement', 'e', 'editable')) return false;
  const words = cmd.argsNoFlags(PIP_VALUE_FLAGS);
  const packages = words.slice(words.indexOf('install') + 1);
  return (
    packages.length > 0 && packages.every((w) => PACKAGING_TOOLS.has(w.split(/[=<>~![;]/)[0]!.toLowerCase()))
  );
}

export default defineRule({
  meta: {
    id: 'avoid-alpine-for-python',
    aliases: [],
    severity: 'warning',
    description: 'Avoid Alpine for Python: musl makes pip build wheels from source; use a `-slim` image',
  },
  create(ctx) {
    let reported = new Set<unknown>();
    return {
      FROM() {
        reported = new Set();
      },
      RUN(ins) {
        const stage = ins.stage;
        if (!stage) return;
        const root = rootImage(stage);
        if (!root || !isAlpineImage(root.ref)) return;
        const script = ins.script();
        if (!script) return;
        const install = script.commands.find(
          (c) => PYTHON_INSTALLERS.has(dependencyInstall(c) ?? '') && !onlyPackagingTools(c),
        );
        // Once per stage: the fix is the FROM, not each install.
        const key = ins.onbuild ? 'onbuild' : 'stage';
        if (!install || reported.has(key)) return;
        reported.add(key);
        ctx.report(
          ins,
          `"${install.argv.slice(0, 2).join(' ')}" on Alpine ("${root.ref.text}"): musl needs wheels built from source and a toolchain; use a Debian-based -slim image`,
        );
      },
    };
  },
});
