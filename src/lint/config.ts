// The resolved lint configuration the engine runs with. Where it comes from (`.shipshape.yml`'s
// `lint:` key, or a `.hadolint.yaml` for people who switch) is read by loadLintConfig.
import type { Severity } from '../types.js';
import type { LintSettings } from './rule.js';

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
  /** Where this came from, for messages; null for defaults. */
  source: string | null;
}

export function defaultLintConfig(): LintConfig {
  return {
    rules: {},
    ignored: [],
    settings: { trustedRegistries: [], labelSchema: {}, strictLabels: false },
    failureThreshold: null,
    source: null,
  };
}

export class LintConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LintConfigError';
  }
}

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

/** Reads a parsed `.hadolint.yaml` (ignored, override, trustedRegistries, failure-threshold, label-schema). */
export function fromHadolintYaml(doc: unknown, where: string): LintConfig {
  const config = defaultLintConfig();
  config.source = where;
  if (!doc || typeof doc !== 'object') return config;
  const obj = doc as Record<string, unknown>;
  config.ignored = Array.isArray(obj.ignored) ? obj.ignored.map(String) : [];
  const override = (obj.override ?? {}) as Record<string, unknown>;
  for (const severity of ['error', 'warning', 'info', 'style'] as const) {
    const codes = override[severity];
    if (Array.isArray(codes)) for (const code of codes) config.rules[String(code)] = { severity };
  }
  if (Array.isArray(obj.trustedRegistries))
    config.settings.trustedRegistries = obj.trustedRegistries.map(String);
  if (obj['label-schema'] && typeof obj['label-schema'] === 'object') {
    config.settings.labelSchema = { ...(obj['label-schema'] as Record<string, string>) };
  }
  config.settings.strictLabels = obj['strict-labels'] === true;
  const threshold = obj['failure-threshold'];
  if (typeof threshold === 'string' && (SEVERITY_WORDS.has(threshold) || threshold === 'none')) {
    config.failureThreshold = threshold as Severity | 'none';
  }
  if (obj['no-fail'] === true) config.failureThreshold = 'none';
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
