import { defineRule } from '../rule.js';
import { isWindowsImage } from './_practice/index.js';

export default defineRule({
  meta: {
    id: 'user-numeric-id',
    aliases: ['DL3066'],
    severity: 'info',
    description:
      'Give USER a numeric user id: a name may not be resolvable by the host or the orchestrator (runAsNonRoot)',
    onbuild: false,
  },
  create(ctx) {
    // ARG and ENV names declared so far anywhere in the file: a user given by one of them is
    // chosen at build time and cannot be judged (hadolint counts ARGs only).
    const declared = new Set<string>();
    const declare = (ins: { pairs: { key: string }[] }) => ins.pairs.forEach((p) => declared.add(p.key));
    return {
      ARG: declare,
      ENV: declare,
      USER(ins) {
        const user = ins.args.trim().split(':')[0]!;
        if (/^\d+$/.test(user)) return;
        const variables = [...user.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!);
        if (variables.some((v) => declared.has(v))) return;
        // A user that is only a variable (`USER $APP_UID`, `USER ${NB_UID}`) comes from the base
        // image's ENV, which cannot be seen: not judged. `root` is uid 0 on every system. Windows
        // users (`ContainerUser`) have no numeric id at all.
        if (/^\$(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)$/.test(user)) return;
        if (user === 'root') return;
        if (ins.stage && isWindowsImage(ins.stage)) return;
        ctx.report(
          ins,
          `Non-numeric user-id may not be resolvable by host system: USER "${user}" (use its uid, e.g. "USER 10001:10001")`,
        );
      },
    };
  },
});
