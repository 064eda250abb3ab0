// The rule API. A rule is metadata plus `create(ctx)`, called once per linted file, returning a
// visitor. Stateless rules look at one instruction in a keyword handler; stateful rules keep state
// in the closure of `create` and report from `stageEnd`/`end`. See docs/lint-engine.md.
import type { Severity } from '../types.js';
import type { DockerfileModel, Instruction, Stage } from '../dockerfile/model.js';
import type { ShellCommand } from '../dockerfile/shell.js';

/** Where rule documentation lives; one place so a fork or a move changes one line. */
export const RULE_DOCS_BASE_URL = 'https://github.com/shipshape/shipshape/blob/main/docs/rules';

export function ruleDocsUrl(id: string): string {
  return `${RULE_DOCS_BASE_URL}/${id}.md`;
}

export interface RuleMeta {
  /** Self-explaining kebab-case id, e.g. `apt-no-install-recommends`. */
  id: string;
  /** hadolint codes this rule covers, e.g. `['DL3015']`; `[]` for shipshape-only rules. */
  aliases: string[];
  severity: Severity;
  /** One line: what the rule wants, e.g. "Pass --no-install-recommends to apt-get install". */
  description: string;
  /** Off unless enabled in config (hadolint's opt-in rules, noisy practices). Default true. */
  defaultOn?: boolean;
  /**
   * Visit the instruction inside `ONBUILD …` as well (with `ins.onbuild` set). Default true,
   * because hadolint checks `ONBUILD RUN …` like `RUN …`. Set false for rules about the stage's
   * own state (the last USER, the stage's WORKDIR), where a trigger for a child image must not count.
   */
  onbuild?: boolean;
}

/** Where a finding points. An instruction reports its keyword line (as hadolint does). */
export type ReportTarget = Instruction | ShellCommand | { line: number; endLine?: number; column?: number };

export interface RuleContext {
  /** Path of the file as given to the linter. */
  readonly file: string;
  readonly model: DockerfileModel;
  /** This rule's options from config (`lint.rules.<id>.options`); `{}` when none. */
  readonly options: Readonly<Record<string, unknown>>;
  /** Shared settings from config that several rules read. */
  readonly settings: LintSettings;
  /** The build context directory when known (for `.dockerignore` checks); null otherwise. */
  readonly contextDir: string | null;
  /** Reports a finding with the rule's severity (config may change it later). */
  report(target: ReportTarget, message?: string): void;
}

export interface LintSettings {
  /** Registries FROM may use (hadolint's trustedRegistries); empty = any. */
  trustedRegistries: string[];
  /** Required labels and their kinds (hadolint's label-schema), e.g. `{ 'org.opencontainers.image.source': 'url' }`. */
  labelSchema: Record<string, string>;
  /** Only labels in labelSchema are allowed (hadolint's strict-labels). */
  strictLabels: boolean;
}

export type InstructionHandler = (ins: Instruction) => void;

/**
 * Handlers are optional. For each instruction in file order the engine calls `instruction`, then
 * the handler named after its keyword (`RUN`, `FROM`, …). An ONBUILD trigger is visited right after
 * its ONBUILD (when `meta.onbuild` is not false) with `ins.onbuild` set. `stageEnd` runs after the
 * last instruction of each stage, `end` once after everything.
 */
export interface Visitor {
  instruction?: InstructionHandler;
  ADD?: InstructionHandler;
  ARG?: InstructionHandler;
  CMD?: InstructionHandler;
  COPY?: InstructionHandler;
  ENTRYPOINT?: InstructionHandler;
  ENV?: InstructionHandler;
  EXPOSE?: InstructionHandler;
  FROM?: InstructionHandler;
  HEALTHCHECK?: InstructionHandler;
  LABEL?: InstructionHandler;
  MAINTAINER?: InstructionHandler;
  ONBUILD?: InstructionHandler;
  RUN?: InstructionHandler;
  SHELL?: InstructionHandler;
  STOPSIGNAL?: InstructionHandler;
  USER?: InstructionHandler;
  VOLUME?: InstructionHandler;
  WORKDIR?: InstructionHandler;
  stageEnd?: (stage: Stage) => void;
  end?: () => void;
}

export interface Rule {
  meta: Readonly<Required<Pick<RuleMeta, 'defaultOn' | 'onbuild'>> & RuleMeta & { docs: string }>;
  create(ctx: RuleContext): Visitor;
}

export interface RuleDefinition {
  meta: RuleMeta;
  create(ctx: RuleContext): Visitor;
}

const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function defineRule(definition: RuleDefinition): Rule {
  const { meta } = definition;
  if (!ID_PATTERN.test(meta.id)) throw new Error(`rule id "${meta.id}" is not kebab-case`);
  return {
    meta: Object.freeze({ defaultOn: true, onbuild: true, ...meta, docs: ruleDocsUrl(meta.id) }),
    create: definition.create,
  };
}
