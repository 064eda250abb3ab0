import { describe, expect, it } from 'vitest';
import rule, { isValidLabelKey } from '../../../src/lint/rules/label-key-valid.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM debian:bookworm\nLABEL org.valid-key.label3="foo"' },
    { code: 'FROM debian:bookworm\nLABEL validlabel="foo"' },
    { code: 'FROM debian:bookworm\nLABEL org.opencontainers.image.source="https://x" \\\n  maintainer=me' },
    {
      code: 'FROM debian:bookworm\nONBUILD LABEL com.docker.x=1',
      name: 'hadolint does not look inside ONBUILD',
    },
  ],
  invalid: [
    { code: 'FROM debian:bookworm\nLABEL com.docker.label="foo"', lines: [2], message: 'com.docker.label' },
    { code: 'FROM debian:bookworm\nLABEL io.docker.label="foo"', lines: [2] },
    { code: 'FROM debian:bookworm\nLABEL org.dockerproject.label="foo"', lines: [2] },
    { code: 'FROM debian:bookworm\nLABEL invalid$character="foo"', lines: [2] },
    { code: 'FROM debian:bookworm\nLABEL .invalid="foo"', lines: [2] },
    { code: 'FROM debian:bookworm\nLABEL -invalid="foo"', lines: [2] },
    { code: 'FROM debian:bookworm\nLABEL 1invalid="foo"', lines: [2] },
    { code: 'FROM debian:bookworm\nLABEL .invalid ="foo"', lines: [2], name: 'space before =' },
    { code: 'FROM debian:bookworm\nLABEL invalid..character="foo"', lines: [2] },
    { code: 'FROM debian:bookworm\nLABEL invalid--character="foo"', lines: [2] },
    { code: 'FROM debian:bookworm\nLABEL Maintainer="me"', lines: [2], name: 'upper case' },
    {
      code: 'FROM debian:bookworm\nLABEL ends-with-dash-="x" ok=1 also.bad.="y"',
      lines: [2],
      name: 'one finding per LABEL',
    },
    {
      code: 'FROM debian:bookworm\nlabel a=1 \\\n  B=2',
      lines: [2],
      name: 'continuation, lower-case keyword',
    },
  ],
});

describe('isValidLabelKey', () => {
  it('reads keys as hadolint does', () => {
    expect(isValidLabelKey('a')).toBe(true);
    expect(isValidLabelKey('a1')).toBe(true);
    expect(isValidLabelKey('')).toBe(false);
    expect(isValidLabelKey('a_b')).toBe(false);
    expect(isValidLabelKey('com.dockerx')).toBe(true);
  });
});
