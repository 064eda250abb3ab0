import { describe, expect, it } from 'vitest';
import rule, { isSecretName, secretValueKind } from '../../../src/lint/rules/no-secrets-in-env-or-arg.js';
import { lintWith, ruleTester } from '../rule-tester.js';

describe('isSecretName', () => {
  it.each([
    'DB_PASSWORD',
    'POSTGRES_PASSWORD',
    'MYSQL_ROOT_PASSWORD',
    'GITHUB_TOKEN',
    'NPM_TOKEN',
    'API_KEY',
    'apiKey',
    'STRIPE_API_KEY',
    'AWS_SECRET_ACCESS_KEY',
    'SECRET_KEY',
    'SECRET_KEY_BASE',
    'CLIENT_SECRET',
    'DB_PASS',
    'PRIVATE_KEY',
    'password',
    'ENCRYPTION_KEY',
    'GOOGLE_APPLICATION_CREDENTIALS_JSON',
  ])('%s is secret-looking', (n) => expect(isSecretName(n)).toBe(true));
  it.each([
    'GPG_KEY',
    'GPG_KEYS',
    'NODE_GPG_KEYS',
    'PYTHON_GPG_KEY',
    'POSTGRES_PASSWORD_FILE',
    'TOKEN_ENDPOINT',
    'SECRETS_PATH',
    'PASSWORD_MIN_LENGTH',
    'PWD',
    'PASS_THROUGH',
    'AWS_ACCESS_KEY_ID',
    'PUBLIC_KEY',
    'STRIPE_PUBLISHABLE_KEY',
    'NEXT_PUBLIC_API_KEY',
    'KEYCLOAK_URL',
    'PATH',
    'TOKEN_URL',
    'JWT_SECRET_LOCATION',
    'SECRET_NAME',
    'PASSWORD_HASHERS',
    'SECRETS_MANAGER_REGION',
    'JWT_SECRET_ARN',
    'HOME',
    'KEY',
  ])('%s is not', (n) => expect(isSecretName(n)).toBe(false));
});

describe('secretValueKind', () => {
  it('finds secrets by their shape', () => {
    expect(secretValueKind('-----BEGIN RSA PRIVATE KEY-----\nMIIE')).toBe('private key');
    expect(secretValueKind('postgres://app:s3cret@db:5432/app')).toBe('URL with a password');
    expect(secretValueKind('ghp_' + 'a'.repeat(36))).toBe('GitHub token');
    expect(secretValueKind('AKIA' + 'ABCDEFGHIJKLMNOP')).toBe('AWS access key');
  });
  it('leaves ordinary values alone', () => {
    expect(secretValueKind('postgres://db:5432/app')).toBeNull();
    expect(secretValueKind('postgres://app@db/app')).toBeNull();
    expect(secretValueKind('postgres://app:${DB_PASSWORD}@db/app')).toBeNull();
    expect(secretValueKind('https://pypi.org/simple')).toBeNull();
    expect(secretValueKind(null)).toBeNull();
  });
});

ruleTester(rule, {
  valid: [
    {
      code: 'FROM python:3.12-slim\nENV GPG_KEY A035C8C19219BA821ECEA86B64E628F8D684696D',
      name: 'official image GPG fingerprint',
    },
    {
      code: 'FROM node:20\nENV NODE_GPG_KEYS="4ED778F539E3634C779C87C6D7062848A1AB005C 141F07595B7B3FFE74309A937405533BE57C7D57"',
    },
    { code: 'FROM postgres:16\nENV POSTGRES_PASSWORD_FILE=/run/secrets/db_password' },
    { code: 'FROM python:3.12-slim\nENV TOKEN_ENDPOINT=https://auth.example.com/oauth/token' },
    { code: 'FROM python:3.12-slim\nARG NPM_TOKEN', name: 'no default: nothing in the file' },
    { code: 'FROM python:3.12-slim\nENV DB_PASSWORD=""', name: 'empty' },
    { code: 'FROM python:3.12-slim\nARG DB_PASSWORD\nENV DB_PASSWORD=${DB_PASSWORD}', name: 'a reference' },
    { code: 'FROM python:3.12-slim\nENV DATABASE_URL=postgres://db:5432/app' },
    { code: 'FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1 POETRY_VIRTUALENVS_IN_PROJECT=true' },
    { code: 'FROM python:3.12-slim\nENV USE_TOKEN_AUTH=true' },
    { code: 'FROM python:3.12-slim\nENV PUBLIC_KEY="ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA user@host"' },
    {
      code: 'FROM python:3.12-slim\nENV SECRET_KEY=insecure-dev-key',
      options: { allow: ['SECRET_KEY'] },
      name: 'allowed by config',
    },
    { code: 'FROM python:3.12-slim\nENV REDIS_HOST="redis-server"', name: 'seed 003' },
  ],
  invalid: [
    { code: 'FROM python:3.12-slim\nENV DB_PASSWORD=hunter2', lines: [2], message: 'DB_PASSWORD' },
    { code: 'FROM python:3.12-slim\nARG GITHUB_TOKEN=abc123def', lines: [2] },
    {
      code: 'FROM python:3.12-slim\nENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE \\\n    AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      lines: [2],
      message: 'AWS_SECRET_ACCESS_KEY',
    },
    {
      code: 'FROM python:3.12-slim\nENV DATABASE_URL=postgres://app:s3cret@db:5432/app',
      lines: [2],
      message: 'URL with a password',
    },
    {
      code: 'FROM python:3.12-slim\nENV SSH_KEY="-----BEGIN OPENSSH PRIVATE KEY-----\\nb3Blbn"',
      lines: [2],
      message: 'private key',
    },
    { code: 'FROM python:3.12-slim\nENV API_KEY changeme', lines: [2], name: 'legacy ENV syntax' },
    {
      code: 'FROM python:3.12-slim\nARG NPM_TOKEN',
      lines: [2],
      options: { strict: true },
      name: 'strict: names alone',
    },
    { code: 'FROM python:3.12-slim\nENV MY_CUSTOM=abc', lines: [2], options: { deny: ['MY_*'] } },
    { code: 'FROM python:3.12-slim\nONBUILD ENV DB_PASSWORD=hunter2', lines: [2] },
    { code: 'ARG SECRET_KEY=django-insecure-123\nFROM python:3.12-slim', lines: [1], name: 'global ARG' },
  ],
});

it('never puts the value in the message', () => {
  const [f] = lintWith(rule, { code: 'FROM x\nENV DB_PASSWORD=hunter2' });
  expect(f?.message).not.toContain('hunter2');
});
