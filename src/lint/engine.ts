// Runs rules over one parsed file: one visitor per enabled rule, one pass over the instructions,
// then config (severity, off, ignored) and pragmas are applied to what the rules reported.
import type { Finding, LintError, Severity } from '../types.js';
import type { LintConfig, RuleSetting } from './config.js';
import type { DockerfileModel, Instruction } from '../dockerfile/model.js';
import { isSuppressed, readPragmas } from './pragmas.js';
import type { ReportTarget, Rule, RuleContext, Visitor } from './rule.js';

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

  // Per keyword, the handlers that want it, in rule order; `instruction` handlers run first.
  type Bound = { rule: Rule; fn: (ins: Instruction) => void };
  const everyInstruction: Bound[] = [];
  const byKeyword = new Map<string, Bound[]>();
  for (const { rule, visitor } of active) {
    for (const key of Object.keys(visitor)) {
      const fn = visitor[key as keyof Visitor];
      if (typeof fn !== 'function' || key === 'stageEnd' || key === 'end') continue;
      if (key === 'instruction') {
        everyInstruction.push({ rule, fn: fn as (i: Instruction) => void });
        continue;
      }
      let list = byKeyword.get(key);
      if (!list) byKeyword.set(key, (list = []));
      list.push({ rule, fn: fn as (i: Instruction) => void });
    }
  }
  const run = (list: Bound[] | undefined, ins: Instruction): void => {
    if (!list) return;
    for (const { rule, fn } of list) {
      if (ins.onbuild && !rule.meta.onbuild) continue;
      try {
        fn(ins);
      } catch (e) {
        errors.push({ message: `rule ${rule.meta.id} crashed: ${(e as Error).message}`, line: ins.line });
      }
    }
  };
  const visit = (ins: Instruction): void => {
    // A FROM without an image is a file error already; the image rules would only say it again
    // about an empty name.
    if (ins.keyword === 'FROM' && ins.args === '') return;
    run(everyInstruction, ins);
    run(byKeyword.get(ins.keyword), ins);
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
 * Applies what rules must not decide themselves: `ignored` codes, pragmas (unless config disables
 * them), and for findings of outside tools (ShellCheck's `SC####`) the per-code
 * `enabled`/`severity` of config. Sorted by line.
 */
export function suppress(findings: Finding[], model: DockerfileModel, config: LintConfig): Finding[] {
  // hadolint's disable-ignore-pragma: inline pragmas cannot overrule the central config.
  const suppressions = config.disableIgnorePragma ? null : readPragmas(model);
  const ignored = new Set(config.ignored);
  const kept: Finding[] = [];
  for (const f of findings) {
    const codes = [f.rule, ...f.aliases];
    if (codes.some((c) => ignored.has(c))) continue;
    if (suppressions && isSuppressed(suppressions, codes, f.line)) continue;
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
