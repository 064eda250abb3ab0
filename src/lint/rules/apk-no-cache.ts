import type { Flag } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';

/** A `--mount=type=cache` or `type=tmpfs` whose target contains `/var/cache/apk` (hadolint's test): the index never reaches the layer. */
function mountsApkCache(flags: Flag[]): boolean {
  return flags.some((f) => {
    if (f.name !== 'mount' || !f.value) return false;
    const opts = new Map(
      f.value.split(',').map((kv) => {
        const [key, ...value] = kv.split('=');
        return [key!.trim(), value.join('=').trim()] as const;
      }),
    );
    const type = opts.get('type');
    if (type !== 'cache' && type !== 'tmpfs') return false;
    const target = opts.get('target') ?? opts.get('dst') ?? opts.get('destination') ?? '';
    return target.includes('/var/cache/apk');
  });
}

export default defineRule({
  meta: {
    id: 'apk-no-cache',
    aliases: ['DL3019'],
    severity: 'info',
    description: 'Pass `--no-cache` to `apk add` so the package index is not left in the layer',
  },
  create(ctx) {
    return {
      RUN(ins) {
        const script = ins.script();
        if (!script || mountsApkCache(ins.flags)) return;
        // `--no-network` fetches no index and downloads nothing (the packages are already on
        // disk), so nothing lands in /var/cache/apk either (the official images' rundeps idiom).
        if (script.commands.some((c) => c.is('apk', 'add') && !c.hasFlag('no-cache', 'no-network'))) {
          ctx.report(
            ins,
            'Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages',
          );
        }
      },
    };
  },
});
