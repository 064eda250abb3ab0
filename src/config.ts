// `.shipshape.yml`: read once, validated against docs/schema/shipshape-config.schema.json, with
// errors that name the file, the key's path and its line. Sections belong to their stages:
// `budgets` is read here; `lint` is handed to the lint stage as it is.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import schema from '../docs/schema/shipshape-config.schema.json' with { type: 'json' };
import { parseTiered, type Budgets, type Tiered } from './report/budgets.js';

export const CONFIG_FILE = '.shipshape.yml';

export interface ProjectConfig {
  /** Path it was read from; null when there is none. */
  path: string | null;
  budgets: Partial<Budgets>;
  /** The raw `lint` section, for the lint stage to validate and apply. */
  lint: unknown;
}

export const EMPTY_CONFIG: ProjectConfig = { path: null, budgets: {}, lint: undefined };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

let validator: Promise<ValidateFunction> | null = null;

/**
 * The config schema's validator, loaded and compiled when a `.shipshape.yml` is first read: a
 * project without one does not pay for ajv at start-up. ajv is CommonJS: a dynamic import gives its
 * module.exports (the class, which carries itself as `Ajv`) as `default`, in Node and the bundle.
 */
function configValidator(): Promise<ValidateFunction> {
  validator ??= import('ajv').then(({ default: ajv }) =>
    new ajv.Ajv({ allErrors: true, strict: false }).compile(schema),
  );
  return validator;
}

type RawTier = string | number | { warn?: string | number; fail?: string | number };

function lineOf(node: Node | null, path: (string | number)[], lines: LineCounter): number | null {
  let current: unknown = node;
  for (const key of path) {
    if (isMap(current))
      current = current.items.find((p) => (p.key as { value?: unknown })?.value === key)?.value;
    else if (isSeq(current)) current = current.items[Number(key)];
    else break;
  }
  const range = (current as Node | undefined)?.range;
  return range ? lines.linePos(range[0]).line : null;
}

function describe(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties') return 'unknown key';
  if (error.keyword === 'pattern')
    return (
      'must be a size with a unit (B, kB, MB, GB, KiB, MiB, GiB)' +
      (error.schemaPath.includes('waste') ? ' or a percentage' : '')
    );
  return error.message ?? error.keyword;
}

function tier(
  raw: RawTier | undefined,
  unit: 'bytes' | 'count' | 'bytes-or-percent',
  what: string,
): Tiered | null {
  if (raw === undefined) return null;
  if (typeof raw !== 'object') return parseTiered(String(raw), unit, what);
  const parts = (['warn', 'fail'] as const).filter((k) => raw[k] !== undefined).map((k) => `${k}=${raw[k]}`);
  return parseTiered(parts.join(','), unit, what);
}

/** Reads `.shipshape.yml` from `dir` (or `file` when given); no file is not an error. */
export async function loadProjectConfig(dir: string, file?: string | null): Promise<ProjectConfig> {
  const path = file ? file : join(dir, CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && !file) return EMPTY_CONFIG;
    throw new ConfigError(
      `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new ConfigError(`${path}:${e.linePos?.[0]?.line ?? 1}: ${e.message.split('\n')[0]}`);
  }
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const validate = await configValidator();
  if (!validate(data)) {
    // oneOf failures repeat each branch's complaint: report the most specific error per key.
    const seen = new Set<string>();
    const messages: string[] = [];
    for (const err of validate.errors ?? []) {
      if (
        err.keyword === 'oneOf' ||
        (err.keyword === 'type' &&
          (validate.errors ?? []).some(
            (o) => o !== err && o.instancePath === err.instancePath && o.keyword !== 'type',
          ))
      )
        continue;
      const keyPath = err.instancePath.split('/').filter(Boolean);
      if (err.keyword === 'additionalProperties')
        keyPath.push((err.params as { additionalProperty: string }).additionalProperty);
      const key = keyPath.join('.') || '(top level)';
      if (seen.has(key)) continue;
      seen.add(key);
      const line = lineOf(doc.contents as Node, keyPath, lines);
      messages.push(`${path}${line ? `:${line}` : ''}: ${key}: ${describe(err)}`);
    }
    throw new ConfigError(messages.join('\n') || `${path}: invalid configuration`);
  }
  const b = (data.budgets ?? {}) as Record<string, RawTier | undefined>;
  const budgets: Partial<Budgets> = {};
  const set = (key: keyof Budgets, name: string, unit: 'bytes' | 'count' | 'bytes-or-percent') => {
    const t = tier(b[name], unit, `${path}: budgets.${name}`);
    if (t) budgets[key] = t;
  };
  set('maxSize', 'max-size', 'bytes');
  set('maxCompressedSize', 'max-compressed-size', 'bytes');
  set('maxLayers', 'max-layers', 'count');
  set('maxWaste', 'max-waste', 'bytes-or-percent');
  return { path, budgets, lint: data.lint };
}

/** Inputs and flags win over the file; a budget given in neither is absent. */
export function mergeBudgets(fromInputs: Budgets, fromFile: Partial<Budgets>): Budgets {
  return {
    maxSize: fromInputs.maxSize ?? fromFile.maxSize ?? null,
    maxCompressedSize: fromInputs.maxCompressedSize ?? fromFile.maxCompressedSize ?? null,
    maxLayers: fromInputs.maxLayers ?? fromFile.maxLayers ?? null,
    maxWaste: fromInputs.maxWaste ?? fromFile.maxWaste ?? null,
  };
}
