import { defineRule } from '../rule.js';
import { copySources } from './_practice/index.js';

/** An HTTP(S) download (not a Git repository, which `ADD` checks out by ref). */
export function isRemoteFile(source: string): boolean {
  if (!/^https?:\/\//i.test(source)) return false;
  const path = source.split('#')[0]!.split('?')[0]!;
  return !path.endsWith('.git');
}

export default defineRule({
  meta: {
    id: 'add-remote-checksum',
    aliases: [],
    severity: 'warning',
    description: 'Verify remote `ADD` downloads with `--checksum=sha256:…` so a changed file fails the build',
  },
  create(ctx) {
    return {
      ADD(ins) {
        if (ins.flag('checksum') !== undefined) return;
        const remote = copySources(ins)
          .map((s) => ins.expand(s))
          .find(isRemoteFile);
        if (!remote) return;
        ctx.report(
          ins,
          `ADD ${remote} downloads without --checksum: pin its sha256 (ADD --checksum=sha256:<hex> …)`,
        );
      },
    };
  },
});
