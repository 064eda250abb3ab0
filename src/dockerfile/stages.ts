// Questions the build, measure and baseline stages ask of the parsed model: which stages make a
// target, what an instruction says as written, which USER the image ends with. All of them read
// the one model, so the escape directive, heredocs and ARG expansion mean the same everywhere.
import {
  expandVariables,
  joinContinuations,
  type DockerfileModel,
  type Instruction,
  type Stage,
} from './model.js';
import { instructionKey } from './history-key.js';

export interface DockerfileStep {
  keyword: string;
  /** 1-based line where the instruction starts. */
  line: number;
  /** The instruction as written, continuations joined, cut to a readable length. */
  text: string;
  /** Stage name, or its index when unnamed. */
  stage: string;
  /** The history entry BuildKit writes for it, as a key (see history-key.ts). */
  key: string;
}

export interface StageChain {
  /** Instructions (FROM excepted) of the target stage and the stages it is built FROM, in order. */
  steps: DockerfileStep[];
  /** The external image the chain starts from ("scratch" included); null when unknown or unresolved. */
  baseImage: string | null;
}

const MAX_STEP_TEXT = 160;

/**
 * The instruction as written on one line: keyword and flags as typed, continuations joined with
 * the file's escape character (comment lines inside dropped, as BuildKit does), heredoc bodies
 * appended, runs of whitespace collapsed.
 */
export function instructionText(model: DockerfileModel, ins: Instruction): string {
  const head = joinContinuations(
    model.lines,
    model.escape,
    ins.line - 1,
    ins.column - 1,
    ins.endLine - 1,
  ).text;
  const bodies = ins.heredocs.map((h) => `${h.body} ${h.name}`);
  return [head, ...bodies].join(' ').replace(/\s+/g, ' ').trim();
}

/** The stage's name as the build and the report show it: its alias, or its index when unnamed. */
export function stageLabel(stage: Stage): string {
  return stage.alias ?? String(stage.index);
}

/**
 * `--build-arg K=V` pairs as a map; a bare `K` takes its value from the environment, as docker does.
 */
export function buildArgMap(
  buildArgs: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of buildArgs) {
    const eq = pair.indexOf('=');
    if (eq > 0) map.set(pair.slice(0, eq), pair.slice(eq + 1));
    else if (env[pair] !== undefined) map.set(pair, env[pair]!);
  }
  return map;
}

/**
 * The global ARGs (before the first FROM) with their values for this build: only a declared ARG
 * takes a `--build-arg`, as in docker's own FROM expansion.
 */
function globalArgValues(
  model: DockerfileModel,
  buildArgs: ReadonlyMap<string, string>,
): Map<string, string | null> {
  const values = new Map<string, string | null>();
  for (const arg of model.globalArgs) {
    for (const { key, value } of arg.pairs) {
      values.set(key, buildArgs.get(key) ?? (value === null ? null : expandVariables(value, values)));
    }
  }
  return values;
}

/** The image a stage is built FROM, with the global ARGs of this build substituted. */
function fromText(stage: Stage, globals: ReadonlyMap<string, string | null>): string {
  return stage.from.hasVariables ? expandVariables(stage.from.text, globals) : stage.from.text;
}

function parentOf(stages: readonly Stage[], stage: Stage, from: string): Stage | undefined {
  const lower = from.toLowerCase();
  return stages
    .slice(0, stage.index)
    .find((s) => s.alias?.toLowerCase() === lower || String(s.index) === from);
}

/**
 * Expands variables as this build saw them: a `--build-arg` replaces the default of an ARG the
 * stage declared before the instruction (an ENV of the same name set later is not told apart).
 */
function expanderWithBuildArgs(
  ins: Instruction,
  buildArgs: ReadonlyMap<string, string>,
): (text: string) => string {
  if (!buildArgs.size || !ins.stage) return (text) => ins.expand(text);
  const vars = new Map(ins.vars);
  for (const arg of ins.stage.instructions) {
    if (arg.keyword !== 'ARG' || arg.line >= ins.line) continue;
    for (const { key } of arg.pairs) if (buildArgs.has(key)) vars.set(key, buildArgs.get(key)!);
  }
  return (text) => expandVariables(text, vars);
}

/** The stages that make `target` (default: the last stage), base first, FROM expanded with build args. */
function targetChain(
  model: DockerfileModel,
  target: string | null,
  buildArgs: ReadonlyMap<string, string>,
): { stage: Stage; from: string }[] {
  const globals = globalArgValues(model, buildArgs);
  let stage = target
    ? model.stages.find((s) => s.alias?.toLowerCase() === target.toLowerCase())
    : model.stages[model.stages.length - 1];
  const chain: { stage: Stage; from: string }[] = [];
  while (stage) {
    const from = fromText(stage, globals);
    chain.unshift({ stage, from });
    stage = parentOf(model.stages, stage, from);
  }
  return chain;
}

/** The chain of stages that makes `target` (default: the last stage), FROM expanded with build args. */
export function stageChain(
  model: DockerfileModel,
  target: string | null = null,
  buildArgs: ReadonlyMap<string, string> = new Map(),
): StageChain {
  return chainOf(model, targetChain(model, target, buildArgs), buildArgs);
}

function chainOf(
  model: DockerfileModel,
  chain: { stage: Stage; from: string }[],
  buildArgs: ReadonlyMap<string, string>,
): StageChain {
  if (chain.length === 0) return { steps: [], baseImage: null };
  const steps = chain.flatMap(({ stage: s }) =>
    s.instructions
      .filter((ins) => ins !== s.fromInstruction)
      .map((ins) => {
        const text = instructionText(model, ins);
        return {
          keyword: ins.keyword,
          line: ins.line,
          text: text.length > MAX_STEP_TEXT ? `${text.slice(0, MAX_STEP_TEXT - 1)}…` : text,
          stage: stageLabel(s),
          key: instructionKey(ins, expanderWithBuildArgs(ins, buildArgs)),
        };
      }),
  );
  // A variable left in the name (declared without a value, no --build-arg) names no image we know.
  const base = chain[0]!.from;
  return { steps, baseImage: base && !base.includes('$') ? base : null };
}

/**
 * The Dockerfile as one build reads it: the model, and the stages that make the image with this
 * build's `--target` and `--build-arg`s. The pipeline makes it once; the verify stage and the
 * SARIF writer read the same stages.
 */
export interface BuiltDockerfile {
  model: DockerfileModel;
  /** The target stage and the stages it is built FROM, base first; empty when the target is not in the file. */
  stages: Stage[];
  chain: StageChain;
}

export function builtDockerfile(
  model: DockerfileModel,
  target: string | null,
  buildArgs: ReadonlyMap<string, string>,
): BuiltDockerfile {
  const chain = targetChain(model, target, buildArgs);
  return { model, stages: chain.map((c) => c.stage), chain: chainOf(model, chain, buildArgs) };
}

/** The user the chain's last USER instruction names, as written; null when the chain has none. */
export function declaredUser(chain: StageChain): string | null {
  const user = chain.steps.filter((s) => s.keyword === 'USER').pop();
  return user ? user.text.replace(/^\S+\s*/, '') || null : null;
}
