import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'image-tag-explicit',
    aliases: ['DL3006'],
    severity: 'warning',
    description: 'Always tag the version of a base image explicitly',
    onbuild: false,
  },
  create(ctx) {
    const aliases = new Set<string>();
    return {
      FROM(ins) {
        const stage = ins.stage;
        if (!stage) return;
        const from = stage.from;
        // hadolint's exceptions: scratch, a digest, an earlier stage's alias, a name that is a variable.
        const exempt =
          from.isScratch ||
          from.digest !== null ||
          from.tag !== null ||
          from.name.startsWith('$') ||
          (from.registry === null && aliases.has(from.name));
        if (stage.alias) aliases.add(stage.alias);
        if (!exempt)
          ctx.report(
            ins,
            `Always tag the version of an image explicitly: "${from.text}" is whatever latest is today`,
          );
      },
    };
  },
});
