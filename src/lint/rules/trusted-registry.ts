import { parseImageRef, type ImageRef } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';

/** `*` matches any registry, `*.example.com` a suffix, `registry.*` a prefix, anything else itself. */
export function registryMatches(allowed: string, registry: string): boolean {
  if (allowed === '*') return true;
  if (allowed.startsWith('*')) return registry.endsWith(allowed.slice(1));
  if (allowed.endsWith('*')) return registry.startsWith(allowed.slice(0, -1));
  return registry === allowed;
}

export default defineRule({
  meta: {
    id: 'trusted-registry',
    aliases: ['DL3026'],
    severity: 'error',
    description: 'Use only images from the trusted registries (`trustedRegistries` in the config)',
    onbuild: false,
  },
  create(ctx) {
    const trusted = ctx.settings.trustedRegistries;
    // Stage aliases seen so far: `FROM builder` or `COPY --from=builder` names a stage, not an image.
    const aliases = new Set<string>();
    const isTrusted = (registry: string): boolean => trusted.some((t) => registryMatches(t, registry));
    const allowed = (image: ImageRef): boolean => {
      if (aliases.has(image.name)) return true;
      if (image.registry !== null) return isTrusted(image.registry);
      // Docker Hub is the registry of an image written without one.
      return image.name === 'scratch' || isTrusted('docker.io') || isTrusted('hub.docker.com');
    };
    // Deviation from hadolint: a numeric `--from=0` is a stage index, never an image.
    const allowedFrom = (from: string): boolean => /^\d+$/.test(from) || allowed(parseImageRef(from));
    return {
      FROM(ins) {
        const stage = ins.stage;
        if (!stage) return;
        if (trusted.length > 0 && !allowed(stage.from)) {
          ctx.report(ins, `Use only an allowed registry in the FROM image ("${stage.from.text}")`);
        }
        if (stage.alias) aliases.add(stage.alias);
      },
      COPY(ins) {
        const from = ins.flag('from');
        if (trusted.length === 0 || !from || allowedFrom(from)) return;
        ctx.report(ins, `Use only an allowed registry in the FROM image ("COPY --from=${from}")`);
      },
      RUN(ins) {
        if (trusted.length === 0) return;
        const untrusted = ins.flags
          .filter((f) => f.name === 'mount' && f.value)
          .map(
            (f) =>
              new Map(f.value!.split(',').map((kv) => [kv.split('=')[0]!, kv.split('=').slice(1).join('=')])),
          )
          .filter((m) => (m.get('type') ?? 'bind') === 'bind' || m.get('type') === 'cache')
          .map((m) => m.get('from'))
          .filter((from): from is string => !!from && !allowedFrom(from));
        if (untrusted.length > 0) {
          ctx.report(ins, `Use only an allowed registry in the FROM image ("--mount from=${untrusted[0]}")`);
        }
      },
    };
  },
});
