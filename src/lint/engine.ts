// Runs rules over one parsed file: one visitor per enabled rule, one pass over the instructions,
// then config (severity, off, ignored) and pragmas are applied to what the rules reported.
import type { Finding, LintError, Severity } from '../types.js';
import type { LintConfig, RuleSetting } from './config.js';
import type { DockerfileModel, Instruction } from './model.js';
import { isSuppressed, readPragmas } from './pragmas.js';
import type { ReportTarget, Rule, RuleContext, Visitor } from './rule.js';

const RESERVED = new Set(['instruction', 'stageEnd', 'end']);

export interface EngineInput {
  file: string;
  model: DockerfileModel;
  rules: readonly Rule[];
  config: LintConfig;
  contextDir: string | null;
}

export interface EngineOutput {
  findings: Finding[];
  errors: LintError[];
}

/** The config entry for a rule: by id first, then by any of its aliases. */
export function settingFor(rule: Rule, config: LintConfig): RuleSetting {
  // Looked up for every rule of every file: cached per (immutable-by-contract) config.
  let perRule = settingsCache.get(config);
  if (!perRule) settingsCache.set(config, (perRule = new Map()));
  const cached = perRule.get(rule);
  if (cached) return cached;
  const merged: RuleSetting = {};
  for (const key of [...rule.meta.aliases].reverse().concat(rule.meta.id))
    Object.assign(merged, config.rules[key]);
  perRule.set(rule, merged);
  return merged;
}

const settingsCache = new WeakMap<LintConfig, Map<Rule, RuleSetting>>();

export function isEnabled(rule: Rule, config: LintConfig): boolean {
  const setting = settingFor(rule, config);
  if (setting.enabled !== undefined) return setting.enabled;
  return rule.meta.defaultOn;
}

export function runRules(input: EngineInput): EngineOutput {
  const { file, model, config } = input;
  const findings: Finding[] = [];
  const errors: LintError[] = [];
  const active: { rule: Rule; visitor: Visitor; severity: Severity }[] = [];
  for (const rule of input.rules) {
    if (!isEnabled(rule, config)) continue;
    const setting = settingFor(rule, config);
    const severity = setting.severity ?? rule.meta.severity;
    const ctx: RuleContext = {
      file,
      model,
      options: setting.options ?? {},
      settings: config.settings,
      contextDir: input.contextDir,
      report(target: ReportTarget, message?: string) {
        const { line, endLine, column } = locate(target);
        findings.push({
          rule: rule.meta.id,
          aliases: [...rule.meta.aliases],
          severity,
          file,
          line,
          column,
          endLine,
          message: message ?? rule.meta.description,
          docs: rule.meta.docs,
        });
      },
    };
    try {
      active.push({ rule, visitor: rule.create(ctx), severity });
    } catch (e) {
      errors.push({ message: `rule ${rule.meta.id} failed to start: ${(e as Error).message}`, line: 1 });
    }
  }

  const call = (rule: Rule, fn: () => void, line: number): void => {
    try {
      fn();
    } catch (e) {
      // A rule bug must not take the other rules (or other files) down with it.
      errors.push({ message: `rule ${rule.meta.id} crashed: ${(e as Error).message}`, line });
    }
  };

  // Per keyword, the handlers that want it, in rule order (`instruction` before the keyword handler).
  type Bound = { rule: Rule; fn: (ins: Instruction) => void };
  const dispatch = new Map<string, Bound[]>();
  const handlersFor = (keyword: string): Bound[] => {
    let list = dispatch.get(keyword);
    if (list) return list;
    list = [];
    for (const { rule, visitor } of active) {
      if (visitor.instruction) list.push({ rule, fn: visitor.instruction });
      const handler = RESERVED.has(keyword) ? undefined : visitor[keyword as keyof Visitor];
      if (typeof handler === 'function') list.push({ rule, fn: handler as (i: Instruction) => void });
    }
    dispatch.set(keyword, list);
    return list;
  };
  const visit = (ins: Instruction): void => {
    for (const { rule, fn } of handlersFor(ins.keyword)) {
      if (ins.onbuild && !rule.meta.onbuild) continue;
      call(rule, () => fn(ins), ins.line);
    }
  };

  for (let k = 0; k < model.instructions.length; k++) {
    const ins = model.instructions[k]!;
    visit(ins);
    if (ins.trigger) visit(ins.trigger);
    const next = model.instructions[k + 1];
    if (ins.stage && (!next || next.stage !== ins.stage)) {
      const stage = ins.stage;
      for (const { rule, visitor } of active)
        if (visitor.stageEnd) call(rule, () => visitor.stageEnd!(stage), ins.line);
    }
  }
  for (const { rule, visitor } of active)
    if (visitor.end) call(rule, () => visitor.end!(), model.lines.length);

  return { findings: suppress(findings, model, config), errors };
}

/**
 * Applies what rules must not decide themselves: `ignored` codes, pragmas, and for findings of
 * outside tools (ShellCheck's `SC####`) the per-code `enabled`/`severity` of config. Sorted by line.
 */
export function suppress(findings: Finding[], model: DockerfileModel, config: LintConfig): Finding[] {
  const suppressions = readPragmas(model);
  const ignored = new Set(config.ignored);
  const kept: Finding[] = [];
  for (const f of findings) {
    const codes = [f.rule, ...f.aliases];
    if (codes.some((c) => ignored.has(c))) continue;
    if (isSuppressed(suppressions, codes, f.line)) continue;
    if (/^SC\d+$/.test(f.rule)) {
      const setting = config.rules[f.rule];
      if (setting?.enabled === false) continue;
      kept.push(setting?.severity ? { ...f, severity: setting.severity } : f);
    } else kept.push(f);
  }
  return sortFindings(kept);
}

function locate(target: ReportTarget): { line: number; endLine: number; column: number } {
  if ('keyword' in target) return { line: target.line, endLine: target.endLine, column: target.column };
  if ('argv' in target) return { line: target.line, endLine: target.line, column: 1 };
  return { line: target.line, endLine: target.endLine ?? target.line, column: target.column ?? 1 };
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}
