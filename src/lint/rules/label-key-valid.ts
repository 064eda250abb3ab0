import { defineRule } from '../rule.js';

const RESERVED_NAMESPACES = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

/**
 * Docker's label key format as hadolint checks it: lower-case letters, digits, `.` and `-`;
 * starts with a letter, ends with a letter or digit; no `..` or `--`; not in a namespace Docker
 * reserves for itself.
 */
export function isValidLabelKey(key: string): boolean {
  return (
    /^[a-z]/.test(key) &&
    /[a-z0-9]$/.test(key) &&
    /^[a-z0-9.-]*$/.test(key) &&
    !key.includes('..') &&
    !key.includes('--') &&
    !RESERVED_NAMESPACES.some((ns) => key.startsWith(ns))
  );
}

export default defineRule({
  meta: {
    id: 'label-key-valid',
    aliases: ['DL3048'],
    severity: 'style',
    description: 'Label keys should be lower-case reverse-DNS names outside the namespaces Docker reserves',
    // hadolint does not look at `ONBUILD LABEL`.
    onbuild: false,
  },
  create(ctx) {
    return {
      LABEL(ins) {
        const bad = ins.pairs.filter((p) => !isValidLabelKey(p.key)).map((p) => p.key);
        if (bad.length > 0) ctx.report(ins, `Invalid label key: ${bad.map((k) => `"${k}"`).join(', ')}`);
      },
    };
  },
});
