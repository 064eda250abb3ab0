// A table runner for one rule, ESLint-style: `valid` snippets report nothing, each `invalid`
// snippet reports exactly at `lines` (1-based, sorted). Only the rule under test runs, with
// defaults (or `config`), so other rules cannot make a case pass or fail.
import { describe, expect, it } from 'vitest';
import { defaultLintConfig, type LintConfig, type RuleSetting } from '../../src/lint/config.js';
import { runRules } from '../../src/lint/engine.js';
import { parseDockerfile } from '../../src/dockerfile/model.js';
import type { Rule } from '../../src/lint/rule.js';
import type { Finding } from '../../src/types.js';

export interface ValidCase {
  code: string;
  /** What the case is about (the test name); defaults to the first lines of the code. */
  name?: string;
  /** This rule's options (`ctx.options`). */
  options?: Record<string, unknown>;
  /** Shared settings (trustedRegistries, labelSchema, …). */
  settings?: Partial<LintConfig['settings']>;
  contextDir?: string;
}

export interface InvalidCase extends ValidCase {
  /** Lines the rule must report, in order (duplicates for two findings on one line). */
  lines: number[];
  /** Each message must contain this text (optional). */
  message?: string;
}

/** Runs `rule` on `code`; also used directly by tests that need the findings. */
export function lintWith(rule: Rule, c: ValidCase): Finding[] {
  const config = defaultLintConfig();
  const setting: RuleSetting = { enabled: true };
  if (c.options) setting.options = c.options;
  config.rules[rule.meta.id] = setting;
  Object.assign(config.settings, c.settings ?? {});
  const model = parseDockerfile(c.code);
  const out = runRules({
    file: 'Dockerfile',
    model,
    rules: [rule],
    config,
    contextDir: c.contextDir ?? null,
  });
  if (out.errors.length > 0) throw new Error(`engine errors: ${JSON.stringify(out.errors)}`);
  return out.findings;
}

function title(c: ValidCase): string {
  return c.name ?? c.code.trim().split('\n').slice(0, 3).join(' ⏎ ').slice(0, 100);
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`${rule.meta.id} (${rule.meta.aliases.join(', ') || 'no alias'})`, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(title(c), () => {
          expect(lintWith(rule, c)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(title(c), () => {
          const findings = lintWith(rule, c);
          expect(findings.map((f) => f.line)).toEqual(c.lines);
          for (const f of findings) {
            expect(f.rule).toBe(rule.meta.id);
            expect(f.severity).toBe(rule.meta.severity);
            if (c.message) expect(f.message).toContain(c.message);
          }
        });
      }
    });
  });
}
