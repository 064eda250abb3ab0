import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'base-image-from-arg',
    aliases: [],
    severity: 'style',
    description:
      'Name the base image in an ARG (`ARG BASE_IMAGE=python:3.12-slim` / `FROM $BASE_IMAGE`) so it can be swapped without editing',
    defaultOn: false,
  },
  create(ctx) {
    return {
      FROM(ins) {
        const from = ins.stage?.from;
        if (!from || from.isScratch || from.parentStage || from.hasVariables) return;
        ctx.report(
          ins,
          `"${from.text}" is written into the FROM; declare "ARG BASE_IMAGE=${from.text}" before the first FROM and use FROM \${BASE_IMAGE}`,
        );
      },
    };
  },
});
