// The resolved lint configuration the engine runs with. Where it comes from (`.shipshape.yml`'s
// `lint:` key, or a `.hadolint.yaml` for people who switch) is read by loadLintConfig.
import type { Severity } from '../types.js';
import type { LintSettings } from './rule.js';
import { LintConfigError } from './config-error.js';

export interface RuleSetting {
  /** false turns the rule off; true turns on a rule that is off by default. */
  enabled?: boolean;
  severity?: Severity;
  options?: Record<string, unknown>;
}

export interface LintConfig {
  /** Keyed by rule id, hadolint alias (`DL3008`) or ShellCheck code (`SC2086`). */
  rules: Record<string, RuleSetting>;
  /** Rule ids, aliases or `SC####` codes never reported. */
  ignored: string[];
  settings: LintSettings;
  /** From config; the CLI flag wins over it. null = not set. */
  failureThreshold: Severity | 'none' | null;
  /** Inline `# hadolint …` / `# shipshape …` ignore pragmas have no effect (hadolint's disable-ignore-pragma). */
  disableIgnorePragma: boolean;
  /** Where this came from, for messages; null for defaults. */
  source: string | null;
}

export function defaultLintConfig(): LintConfig {
  return {
    rules: {},
    ignored: [],
    settings: { trustedRegistries: [], labelSchema: {}, strictLabels: false },
    failureThreshold: null,
    disableIgnorePragma: false,
    source: null,
  };
}

export { LintConfigError } from './config-error.js';

const SEVERITY_WORDS = new Set(['error', 'warning', 'info', 'style']);

/**
 * Turns the `lint:` value of `.shipshape.yml` into a LintConfig. `where` names the file for
 * messages. Shape errors name the key's path (`lint.rules.DL3008`).
 */
export function fromShipshapeYaml(lint: unknown, where: string): LintConfig {
  const config = defaultLintConfig();
  config.source = where;
  if (lint === undefined || lint === null) return config;
  const obj = lint as Record<string, unknown>;
  const rules = (obj.rules ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(rules)) {
    config.rules[key] = ruleSettingFrom(value, `lint.rules.${key}`, where);
  }
  config.ignored = ((obj.ignored ?? []) as string[]).map(String);
  config.settings.trustedRegistries = ((obj.trustedRegistries ?? []) as string[]).map(String);
  config.settings.labelSchema = { ...((obj.labelSchema ?? {}) as Record<string, string>) };
  config.settings.strictLabels = obj.strictLabels === true;
  config.failureThreshold = (obj.failureThreshold as LintConfig['failureThreshold']) ?? null;
  config.disableIgnorePragma = obj.disableIgnorePragma === true;
  return config;
}

function ruleSettingFrom(value: unknown, path: string, where: string): RuleSetting {
  if (value === false || value === 'off') return { enabled: false };
  if (value === true || value === 'on') return { enabled: true };
  if (typeof value === 'string' && SEVERITY_WORDS.has(value))
    return { enabled: true, severity: value as Severity };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    const out: RuleSetting = {};
    if (v.enabled !== undefined) out.enabled = v.enabled === true;
    if (typeof v.severity === 'string') {
      if (v.severity === 'off') out.enabled = false;
      else out.severity = v.severity as Severity;
    }
    if (v.options && typeof v.options === 'object') out.options = v.options as Record<string, unknown>;
    return out;
  }
  throw new LintConfigError(
    `${where}: ${path}: expected off, on, a severity or { severity, enabled, options }`,
  );
}

const LABEL_TYPES = new Set(['text', 'url', 'spdx', 'hash', 'rfc3339', 'semver', 'email']);

/**
 * Reads a parsed `.hadolint.yaml` as hadolint does: ignored, override, trustedRegistries,
 * label-schema, strict-labels, disable-ignore-pragma, failure-threshold, no-fail (no-color,
 * verbose and format are output settings of hadolint's own and are accepted unread). A value of
 * the wrong kind is a LintConfigError naming the file and key; unknown keys are skipped.
 */
export function fromHadolintYaml(doc: unknown, where: string): LintConfig {
  const config = defaultLintConfig();
  config.source = where;
  if (doc === null || doc === undefined) return config;
  const bad = (key: string, what: string): never => {
    throw new LintConfigError(`${where}: ${key}: ${what}`);
  };
  if (typeof doc !== 'object' || Array.isArray(doc))
    bad('(top level)', 'expected a mapping of hadolint settings');
  const obj = doc as Record<string, unknown>;
  // Keys hadolint does not know are skipped, as hadolint skips them, so its users switch without
  // edits; a known key with a value of the wrong kind is an error, as it is in hadolint.
  // hadolint reads a key set to nothing (`ignored:`) as absent.
  const codes = (key: string, value: unknown): string[] => {
    if (value === null || value === undefined) return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' && typeof v !== 'number'))
      bad(key, 'expected a list of rule codes');
    return (value as unknown[]).map(String);
  };
  const flag = (key: string): boolean => {
    const value = obj[key];
    if (value === null || value === undefined) return false;
    if (typeof value !== 'boolean') bad(key, 'expected true or false');
    return value as boolean;
  };
  config.ignored = codes('ignored', obj.ignored);
  const override = obj.override;
  if (override !== null && override !== undefined) {
    if (typeof override !== 'object' || Array.isArray(override))
      bad('override', 'expected error, warning, info and/or style lists');
    for (const [severity, list] of Object.entries(override as Record<string, unknown>)) {
      if (!SEVERITY_WORDS.has(severity))
        bad(`override.${severity}`, 'unknown severity (error, warning, info, style)');
      for (const code of codes(`override.${severity}`, list))
        config.rules[code] = { severity: severity as Severity };
    }
  }
  for (const key of ['trustedRegistries', 'trusted-registries']) {
    const value = obj[key];
    // hadolint documents a single registry as well as a list.
    if (typeof value === 'string') config.settings.trustedRegistries.push(value);
    else config.settings.trustedRegistries.push(...codes(key, value));
  }
  const schema = obj['label-schema'];
  if (schema !== null && schema !== undefined) {
    if (typeof schema !== 'object' || Array.isArray(schema))
      bad('label-schema', 'expected label: type pairs');
    for (const [label, type] of Object.entries(schema as Record<string, unknown>)) {
      // An empty type is hadolint's `text`.
      const t = type === '' ? 'text' : type;
      if (typeof t !== 'string' || !LABEL_TYPES.has(t))
        bad(`label-schema.${label}`, `unknown label type (${[...LABEL_TYPES].join(', ')})`);
      config.settings.labelSchema[label] = t as string;
    }
  }
  config.settings.strictLabels = flag('strict-labels');
  config.disableIgnorePragma = flag('disable-ignore-pragma');
  const threshold = obj['failure-threshold'];
  if (threshold !== null && threshold !== undefined) {
    if (typeof threshold === 'string' && SEVERITY_WORDS.has(threshold))
      config.failureThreshold = threshold as Severity;
    // hadolint's `ignore` and `none` are the lowest bar: any finding fails, as `style` does here.
    else if (threshold === 'ignore' || threshold === 'none') config.failureThreshold = 'style';
    else bad('failure-threshold', 'expected error, warning, info, style, ignore or none');
  }
  if (flag('no-fail')) config.failureThreshold = 'none';
  return config;
}

const SHIPSHAPE_FILES = ['.shipshape.yml', '.shipshape.yaml'];
const HADOLINT_FILES = ['.hadolint.yaml', '.hadolint.yml'];

/**
 * The config for a run: `configFile` null = defaults; a path = that file (`.hadolint.y*ml` read
 * the hadolint way); undefined = `.shipshape.yml` in cwd, else `.hadolint.yaml`, else defaults.
 * Throws LintConfigError with the file and the bad key's path.
 */
export async function loadLintConfig(
  cwd: string,
  configFile: string | null | undefined,
): Promise<LintConfig> {
  if (configFile === null) return defaultLintConfig();
  const { readFile } = await import('node:fs/promises');
  const { resolve, basename } = await import('node:path');
  const read = async (path: string): Promise<string | null> => {
    try {
      return await readFile(resolve(cwd, path), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new LintConfigError(`${path}: cannot read: ${(e as Error).message}`);
    }
  };
  const candidates = configFile !== undefined ? [configFile] : [...SHIPSHAPE_FILES, ...HADOLINT_FILES];
  for (const path of candidates) {
    const text = await read(path);
    if (text === null) {
      if (configFile !== undefined) throw new LintConfigError(`${path}: no such file`);
      continue;
    }
    const { parse } = await import('yaml');
    let doc: unknown;
    try {
      doc = parse(text);
    } catch (e) {
      throw new LintConfigError(`${path}: not valid YAML: ${(e as Error).message}`);
    }
    if (/hadolint/i.test(basename(path))) return fromHadolintYaml(doc, path);
    const { validateLintSection } = await import('./config-schema.js');
    const lint = doc && typeof doc === 'object' ? (doc as Record<string, unknown>).lint : undefined;
    validateLintSection(lint, path);
    return fromShipshapeYaml(lint, path);
  }
  return defaultLintConfig();
}
