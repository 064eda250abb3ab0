import type { Instruction } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';

/** hadolint's list of names known to carry credentials (compared upper-cased). */
const KNOWN_SENSITIVE_NAMES = new Set([
  'ACCESS_TOKEN',
  'APPLICATION_KEY',
  'APP_SECRET',
  'AUTH_TOKEN',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'BITTREX_API_KEY',
  'BITTREX_API_SECRET',
  'CF_PASSWORD',
  'CF_USERNAME',
  'CIRCLE_TOKEN',
  'CI_DEPLOY_PASSWORD',
  'CI_DEPLOY_USER',
  'DOCKERHUB_PASSWORD',
  'DOCKER_EMAIL',
  'DOCKER_PASSWORD',
  'DOCKER_USERNAME',
  'FACEBOOK_ACCESS_TOKEN',
  'FACEBOOK_APP_ID',
  'FACEBOOK_APP_SECRET',
  'FIREBASE_API_TOKEN',
  'FIREBASE_TOKEN',
  'FOSSA_API_KEY',
  'GH_ENTERPRISE_TOKEN',
  'GH_TOKEN',
  'GITHUB_ENTERPRISE_TOKEN',
  'GITHUB_TOKEN',
  'HEROKU_API_KEY',
  'HEROKU_API_USER',
  'NPM_AUTH_TOKEN',
  'NPM_TOKEN',
  'OKTA_AUTHN_GROUPID',
  'OKTA_CLIENT_ORGURL',
  'OKTA_CLIENT_TOKEN',
  'OKTA_OAUTH2_CLIENTID',
  'OKTA_OAUTH2_CLIENTSECRET',
  'OPENAI_API_KEY',
  'OS_PASSWORD',
  'OS_USERNAME',
  'POSTGRES_PASSWORD',
  'SLACK_TOKEN',
  'STRIPE_API_KEY',
  'STRIPE_DEVICE_NAME',
  'TRAVIS_OS_NAME',
  'TRAVIS_SECURE_ENV_VARS',
  'TRAVIS_SUDO',
  'VAULT_CLIENT_KEY',
  'VAULT_TOKEN',
]);

/** hadolint's substrings of a lower-cased name that suggest a secret. */
const SUSPICIOUS_SUBSTRINGS = ['api_key', 'client_key', 'password', 'private', 'secret', 'token', 'username'];

/** The name alone decides, as in hadolint: `GITHUB_TOKEN`, `db_password`, `MY_SECRET`. */
export function isSensitiveName(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    KNOWN_SENSITIVE_NAMES.has(name.toUpperCase()) || SUSPICIOUS_SUBSTRINGS.some((s) => lower.includes(s))
  );
}

const ACCOUNT_COMMANDS = new Set(['useradd', 'adduser', 'usermod', 'groupadd', 'addgroup', 'chown', 'su']);

/**
 * A `USERNAME` that names a local account rather than a credential: `username` is its only
 * suspicious part and the file uses it as one (`USER $USERNAME`, `useradd … $USERNAME`,
 * `chown $USERNAME …`), as dev containers do with `ARG USERNAME=vscode`.
 */
function namesLocalAccount(name: string, instructions: readonly Instruction[]): boolean {
  const lower = name.toLowerCase();
  if (KNOWN_SENSITIVE_NAMES.has(name.toUpperCase())) return false;
  if (SUSPICIOUS_SUBSTRINGS.some((s) => s !== 'username' && lower.includes(s))) return false;
  const ref = new RegExp(`\\$\\{?${name}\\b`);
  return instructions.some((ins) => {
    if (ins.keyword === 'USER') return ref.test(ins.args);
    if (ins.keyword !== 'RUN') return false;
    return (ins.script()?.commands ?? []).some(
      (c) =>
        ACCOUNT_COMMANDS.has(c.name.slice(c.name.lastIndexOf('/') + 1)) && c.args.some((a) => ref.test(a)),
    );
  });
}

export default defineRule({
  meta: {
    id: 'arg-env-sensitive-name',
    aliases: ['DL3064'],
    severity: 'warning',
    description: 'Do not pass potentially sensitive data through `ARG` or `ENV`: use a secret mount',
  },
  create(ctx) {
    const check = (ins: Instruction): void => {
      const names = ins.pairs
        .map((p) => p.key)
        .filter((n) => isSensitiveName(n) && !namesLocalAccount(n, ctx.model.instructions));
      if (names.length > 0)
        ctx.report(
          ins,
          `Potentially sensitive data should not be used in the \`ARG\` or \`ENV\` commands (${ins.keyword} ${names.join(', ')})`,
        );
    };
    return {
      ARG(ins) {
        check(ins);
      },
      ENV(ins) {
        check(ins);
      },
    };
  },
});
