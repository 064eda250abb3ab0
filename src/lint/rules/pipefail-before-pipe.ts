import { parseShellScript } from '../shell.js';
import { defineRule } from '../rule.js';

const NON_POSIX = ['pwsh', 'powershell', 'cmd'];

export default defineRule({
  meta: {
    id: 'pipefail-before-pipe',
    aliases: ['DL4006'],
    severity: 'warning',
    description:
      'Set `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before a RUN with a pipe, so a failing left side fails the build',
    // The trigger runs under the SHELL of a child image, unknown here (hadolint skips it too).
    onbuild: false,
  },
  create(ctx) {
    let pipefail = false;
    return {
      FROM() {
        pipefail = false;
      },
      SHELL(ins) {
        const text = (ins.json ?? [ins.args]).join(' ');
        if (NON_POSIX.some((p) => text.startsWith(p))) {
          pipefail = true;
          return;
        }
        pipefail = parseShellScript(text, () => ins.line).commands.some(
          (c) =>
            ['bash', 'zsh', 'ash'].includes(c.name.split('/').pop() ?? '') &&
            c.hasFlag('o') &&
            c.args.includes('pipefail'),
        );
      },
      RUN(ins) {
        if (pipefail || !ins.script()?.hasPipes) return;
        ctx.report(
          ins,
          'Set the SHELL option -o pipefail before RUN with a pipe in it (for /bin/sh on Alpine or busybox, use SHELL ["/bin/ash", "-eo", "pipefail", "-c"])',
        );
      },
    };
  },
});
