// Validates the `lint:` section of `.shipshape.yml` against docs/schema/lint-config.schema.json
// (the same file users read), so messages and docs cannot drift apart.
import { Ajv, type ErrorObject } from 'ajv';
import schema from '../../docs/schema/lint-config.schema.json' with { type: 'json' };
import { LintConfigError } from './config-error.js';

let validator: ReturnType<Ajv['compile']> | null = null;

/** Throws LintConfigError listing each bad key by its path (`lint.rules.DL3008: …`). */
export function validateLintSection(lint: unknown, where: string): void {
  if (lint === undefined || lint === null) return;
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (validator(lint)) return;
  const errors = validator.errors ?? [];
  const seen = new Set<string>();
  const messages: string[] = [];
  for (const err of errors) {
    // A oneOf failure repeats each branch's complaint; the oneOf line itself says it best.
    if (err.schemaPath.includes('/oneOf/')) continue;
    const key = keyPath(err);
    if (seen.has(key)) continue;
    seen.add(key);
    messages.push(`${where}: ${key}: ${describe(err)}`);
  }
  throw new LintConfigError(messages.join('\n') || `${where}: lint: invalid`);
}

function keyPath(err: ErrorObject): string {
  const parts = ['lint', ...err.instancePath.split('/').filter(Boolean).map(unescape)];
  if (err.keyword === 'additionalProperties')
    parts.push((err.params as { additionalProperty: string }).additionalProperty);
  if (err.keyword === 'propertyNames') parts.push((err.params as { propertyName: string }).propertyName);
  return parts.join('.');
}

function unescape(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function describe(err: ErrorObject): string {
  switch (err.keyword) {
    case 'additionalProperties':
      return 'unknown key';
    case 'propertyNames':
      return 'not a rule id (kebab-case), a hadolint code (DL####) or a ShellCheck code (SC####)';
    case 'oneOf':
      return 'expected off, on, a severity (error, warning, info, style) or { enabled, severity, options }';
    case 'enum':
      return `must be one of ${((err.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ')}`;
    default:
      return err.message ?? err.keyword;
  }
}
