import { describe, expect, it } from 'vitest';
import rule, { isSensitiveName } from '../../../src/lint/rules/arg-env-sensitive-name.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      code: 'FROM debian:bookworm\nARG USERNAME=vscode\nRUN useradd -m $USERNAME\nUSER $USERNAME',
      name: 'USERNAME naming a local account',
    },
    { code: 'FROM debian:bullseye\nRUN foobar' },
    { code: 'ARG foobar\nFROM debian:bullseye\nRUN foobar' },
    { code: 'FROM debian:bullseye\nENV foobar=barfoo\nRUN foobar' },
    { code: 'FROM debian:bullseye\nENV PATH=/x:$PATH PYTHONUNBUFFERED=1\nARG VERSION=1' },
    { code: 'FROM debian:bullseye\nENV NOTE="the password is in a secret mount"', name: 'only names count' },
  ],
  invalid: [
    {
      code: 'FROM debian:bookworm\nARG USERNAME\nRUN curl -u "$USERNAME:$PASS" https://example.com/x',
      lines: [2],
      name: 'USERNAME used as a credential',
    },
    {
      code: 'FROM debian:bookworm\nARG DOCKER_USERNAME=bot\nRUN useradd -m $DOCKER_USERNAME',
      lines: [2],
      name: 'a name on the credential list stays reported',
    },
    {
      code: 'ARG AWS_ACCESS_KEY_ID\nFROM debian:bullseye\nRUN foobar',
      lines: [1],
      message: 'AWS_ACCESS_KEY_ID',
    },
    { code: 'ARG openai_api_key\nFROM debian:bullseye', lines: [1], name: 'different casing' },
    { code: 'FROM debian:bullseye\nENV AWS_ACCESS_KEY_ID=abcdefghijklmnopqrstuvwxyz', lines: [2] },
    { code: 'FROM debian:bullseye\nENV my_password=abcdefghijklmnopqrstuvwxyz', lines: [2] },
    { code: 'FROM debian:bullseye\nENV A=1 \\\n  GITHUB_TOKEN=x', lines: [2] },
    { code: 'FROM debian:bullseye\nONBUILD ARG NPM_TOKEN', lines: [2], name: 'ONBUILD ARG' },
    { code: 'FROM debian:bullseye\nARG DB_USERNAME\nENV FACEBOOK_APP_ID=1', lines: [2, 3] },
  ],
});

describe('isSensitiveName', () => {
  it('follows hadolint list and substrings', () => {
    expect(isSensitiveName('TRAVIS_OS_NAME')).toBe(true);
    expect(isSensitiveName('GOPRIVATE')).toBe(true);
    expect(isSensitiveName('SECRET_KEY_BASE')).toBe(true);
    expect(isSensitiveName('APP_HOME')).toBe(false);
  });
});
