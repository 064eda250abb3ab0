import { makeCommand } from '../../dockerfile/shell.js';
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
        // hadolint reads the SHELL words as one command line. Not parseShellScript: it would unwrap
        // `bash -c …` and lose a `-o pipefail` written after `-c` (`["/bin/bash", "-c", "-o", "pipefail"]`),
        // which bash still applies.
        const words = text
          .split(/\s+/)
          .filter((w) => w !== '')
          .map((w) => w.replace(/^(["'])(.*)\1$/, '$2'));
        const shell = makeCommand(words, {}, [], ins.line, false);
        pipefail =
          ['bash', 'zsh', 'ash'].includes(shell.name.split('/').pop() ?? '') &&
          shell.hasFlag('o') &&
          shell.args.includes('pipefail');
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
