import type { Instruction } from '../../dockerfile/model.js';
import { defineRule } from '../rule.js';
import { globMatch, stringList } from './_practice/index.js';

/** Name words that mean a secret on their own (`DB_PASSWORD`, `GITHUB_TOKEN`, `SECRET_KEY_BASE`). */
const SECRET_WORDS = new Set([
  'PASSWORD',
  'PASSWD',
  'PASSWORDS',
  'PASS',
  'PWD',
  'SECRET',
  'SECRETS',
  'TOKEN',
  'APIKEY',
  'CREDENTIAL',
  'CREDENTIALS',
]);
/** `KEY` is a secret only after these (`API_KEY`), never alone (`GPG_KEY` is a public fingerprint). */
const KEY_QUALIFIERS = new Set([
  'API',
  'ACCESS',
  'SECRET',
  'PRIVATE',
  'ENCRYPTION',
  'SIGNING',
  'MASTER',
  'AUTH',
  'CLIENT',
  'LICENSE',
  'APP',
]);
/**
 * Name words that make it a reference to a secret, not the secret: where it is (`_FILE`, `_PATH`,
 * `_URL`, `_ENDPOINT`), who (`_USER`, `_ID`), or its settings (`_LENGTH`, `_TTL`, …).
 */
const NOT_THE_SECRET = new Set([
  'FILE',
  'PATH',
  'DIR',
  'URL',
  'URI',
  'ENDPOINT',
  'HOST',
  'PORT',
  'NAME',
  'ID',
  'USER',
  'USERNAME',
  'LENGTH',
  'LEN',
  'TTL',
  'EXPIRY',
  'EXPIRES',
  'EXPIRATION',
  'LIFETIME',
  'TIMEOUT',
  'TYPE',
  'HEADER',
  'FIELD',
  'PARAM',
  'LOCATION',
  'ENABLED',
  'REQUIRED',
  'MIN',
  'MAX',
  'VERSION',
  'ALGORITHM',
  'ALG',
  'PUBLIC',
  'PUB',
  'PUBLISHABLE',
  'FINGERPRINT',
  'MODE',
  'PREFIX',
  'SCOPE',
  'SCOPES',
  'ISSUER',
  'HASH',
  'HASHER',
  'HASHERS',
  'POLICY',
  'PROVIDER',
  'BACKEND',
  'MANAGER',
  'STORE',
  'ARN',
  'REF',
  'METHOD',
  'STRATEGY',
  'FORMAT',
  'SIZE',
  'COUNT',
  'INTERVAL',
  'REGION',
  'AUDIENCE',
]);
/** `PWD` is the working directory and `PASS` a word in `PASS_THROUGH`; only as the last word. */
const ONLY_AS_LAST = new Set(['PWD', 'PASS']);

/** Whether a variable name looks like it holds a secret. */
export function isSecretName(name: string): boolean {
  const words = name
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((w) => w !== '');
  if (words.length === 0 || words.some((w) => NOT_THE_SECRET.has(w))) return false;
  if (words.length === 1 && words[0] === 'PWD') return false;
  return words.some((w, k) => {
    if (ONLY_AS_LAST.has(w)) return k === words.length - 1 && words.length > 1;
    if (SECRET_WORDS.has(w)) return true;
    return (w === 'KEY' || w === 'KEYS') && k > 0 && KEY_QUALIFIERS.has(words[k - 1]!);
  });
}

/** Values that hold no secret: unset, empty, a reference, a flag, a number, a path, key fingerprints. */
export function isHarmlessValue(value: string | null): boolean {
  if (value === null) return true;
  const v = value.trim();
  if (v === '') return true;
  if (/^(\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*)+$/.test(v)) return true;
  if (/^(true|false|yes|no|on|off|none|null|0|1|\d{1,6})$/i.test(v)) return true;
  if (/^\/[^\s]*$/.test(v) || /^\.\.?\//.test(v)) return true;
  // OpenPGP fingerprints / key ids as the official images list them.
  if (/^((0x)?[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40})([\s,]+((0x)?[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40}))*$/.test(v))
    return true;
  if (
    /^-----BEGIN (PGP )?PUBLIC KEY( BLOCK)?-----/.test(v) ||
    /^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-\S+) AAAA/.test(v)
  )
    return true;
  return false;
}

/** What makes a value a secret whatever its name: a private key, a token format, a URL with a password. */
export function secretValueKind(value: string | null): string | null {
  if (value === null) return null;
  if (/-----BEGIN ([A-Z]+ )?PRIVATE KEY-----/.test(value)) return 'private key';
  if (/\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:([^\s@/$][^\s@/]*)@/i.test(value)) return 'URL with a password';
  const tokens: [RegExp, string][] = [
    [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/, 'GitHub token'],
    [/\bgithub_pat_[A-Za-z0-9_]{40,}\b/, 'GitHub token'],
    [/\bglpat-[A-Za-z0-9_-]{20,}\b/, 'GitLab token'],
    [/\b(AKIA|ASIA)[0-9A-Z]{16}\b/, 'AWS access key'],
    [/\bxox[abprs]-[A-Za-z0-9-]{10,}\b/, 'Slack token'],
    [/\bsk_live_[A-Za-z0-9]{20,}\b/, 'Stripe secret key'],
    [/\bAIza[0-9A-Za-z_-]{35}\b/, 'Google API key'],
    [/\bnpm_[A-Za-z0-9]{36}\b/, 'npm token'],
  ];
  return tokens.find(([re]) => re.test(value))?.[1] ?? null;
}

export default defineRule({
  meta: {
    id: 'no-secrets-in-env-or-arg',
    aliases: [],
    severity: 'warning',
    description:
      'Keep secrets out of ENV and ARG (they stay in the image config and history); use `RUN --mount=type=secret` or runtime env',
  },
  create(ctx) {
    const allow = stringList(ctx.options.allow);
    const deny = stringList(ctx.options.deny);
    // strict: a secret-looking name is reported whatever its value, as BuildKit's SecretsUsedInArgOrEnv does.
    const strict = ctx.options.strict === true;
    const check = (ins: Instruction): void => {
      const found: string[] = [];
      for (const { key, value } of ins.pairs) {
        if (allow.some((p) => globMatch(p, key))) continue;
        const kind = secretValueKind(value);
        if (kind) {
          found.push(`${key} (${kind})`);
          continue;
        }
        const named = deny.some((p) => globMatch(p, key)) || isSecretName(key);
        if (named && (strict || !isHarmlessValue(value))) found.push(key);
      }
      // Never echo the value: the finding ends up in logs and PR comments.
      if (found.length > 0)
        ctx.report(
          ins,
          `Possible secret in ${ins.keyword} ${found.join(', ')}: it is stored in the image; pass it with RUN --mount=type=secret or at run time`,
        );
    };
    return { ENV: check, ARG: check };
  },
});
