import type { Instruction } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';

// Spellings hadolint's parser reads as the same mount option.
const MOUNT_OPTION_ALIASES: Record<string, string> = {
  dest: 'target',
  destination: 'target',
  src: 'source',
  readonly: 'ro',
  readwrite: 'rw',
};

/** A `--mount` value as hadolint compares it: parsed options, so their order and spelling do not count. */
function mountKey(value: string): string {
  return value
    .split(',')
    .map((option) => {
      const [key = '', ...rest] = option.split('=');
      const name = MOUNT_OPTION_ALIASES[key] ?? key;
      return rest.length > 0 ? `${name}=${rest.join('=').replace(/^"(.*)"$/, '$1')}` : name;
    })
    .sort()
    .join(',');
}

/** hadolint compares RUN flags (`--mount`, `--network`, `--security`) as a whole, order aside. */
function flagsKey(ins: Instruction): string {
  return ins.flags
    .map((f) => `${f.name}=${f.name === 'mount' ? mountKey(f.value ?? '') : (f.value ?? '')}`)
    .sort()
    .join('\n');
}

/** Shell commands of the RUN; an exec-form or non-POSIX RUN counts as one. */
function commandCount(ins: Instruction): number {
  return ins.script()?.commands.length ?? 1;
}

export default defineRule({
  meta: {
    id: 'run-consecutive',
    aliases: ['DL3059'],
    severity: 'info',
    description: 'Consecutive single-command `RUN` instructions: consider one RUN with `&&`',
    // hadolint does not chain `ONBUILD RUN`s; an ONBUILD breaks a run of RUNs like any other instruction.
    onbuild: false,
  },
  create(ctx) {
    // The previous RUN when nothing but comments came after it. A RUN that chains several commands
    // is deliberate (hadolint's exception), so it neither gets reported nor makes the next one be.
    let previous: { flags: string; commands: number } | null = null;
    return {
      instruction(ins) {
        if (ins.keyword !== 'RUN') {
          previous = null;
          return;
        }
        const current = { flags: flagsKey(ins), commands: commandCount(ins) };
        if (previous && previous.flags === current.flags && previous.commands <= 1 && current.commands <= 1) {
          ctx.report(ins, 'Multiple consecutive `RUN` instructions. Consider consolidation.');
          return;
        }
        previous = current;
      },
    };
  },
});
