// Ties image history back to Dockerfile lines. BuildKit records one history entry per instruction
// of the stages an image is made of (FROM excepted), in order, and the base image's own entries
// before them; so the stage chain of the target, aligned to the end of the history, names the
// instruction and line of every layer the build made, and everything before it is the base.
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import type { HistoryEntry } from './types.js';

export interface DockerfileStep {
  keyword: string;
  /** 1-based line where the instruction starts. */
  line: number;
  /** The instruction as written, continuations joined, cut to a readable length. */
  text: string;
  /** Stage name, or its index when unnamed. */
  stage: string;
}

export interface StageChain {
  /** Instructions (FROM excepted) of the target stage and the stages it is built FROM, in order. */
  steps: DockerfileStep[];
  /** The external image the chain starts from ("scratch" included); null when unknown. */
  baseImage: string | null;
}

const MAX_TEXT = 160;

interface Stage {
  name: string | null;
  index: number;
  from: string;
  steps: DockerfileStep[];
}

function oneLine(text: string, instruction: Instruction): string {
  const range = instruction.getRange();
  const lines = text.split(/\r?\n/).slice(range.start.line, range.end.line + 1);
  const joined = lines
    .map((l, i) => (i === lines.length - 1 ? l : l.replace(/\\\s*$/, '')))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return joined.length > MAX_TEXT ? `${joined.slice(0, MAX_TEXT - 1)}…` : joined;
}

/** Substitutes global ARG defaults into a FROM image reference ($X, ${X}, ${X:-default}). */
export function expandGlobalArgs(reference: string, args: ReadonlyMap<string, string>): string {
  return reference.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (_m, braced, fallback, bare) => {
      const name = (braced ?? bare) as string;
      return args.get(name) || (fallback as string | undefined) || '';
    },
  );
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

function parseStages(text: string, buildArgs: ReadonlyMap<string, string>): Stage[] {
  const dockerfile = DockerfileParser.parse(text);
  const globalArgs = new Map<string, string>();
  for (const arg of dockerfile.getInitialARGs()) {
    const property = arg.getProperty();
    if (!property) continue;
    // Only a declared ARG takes a --build-arg, as in docker's own FROM expansion.
    const name = property.getName();
    globalArgs.set(name, buildArgs.get(name) ?? property.getValue() ?? '');
  }
  const stages: Stage[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    const keyword = instruction.getKeyword().toUpperCase();
    if (keyword === 'FROM') {
      const args = instruction
        .getArguments()
        .map((a) => a.getValue())
        .filter((a) => !a.startsWith('--'));
      const as = args.findIndex((a) => a.toUpperCase() === 'AS');
      stages.push({
        name: as >= 0 ? (args[as + 1] ?? null) : null,
        index: stages.length,
        from: expandGlobalArgs(args[0] ?? '', globalArgs),
        steps: [],
      });
      continue;
    }
    const stage = stages[stages.length - 1];
    if (!stage) continue; // global ARGs before the first FROM are not part of any image
    stage.steps.push({
      keyword,
      line: instruction.getRange().start.line + 1,
      text: oneLine(text, instruction),
      stage: stage.name ?? String(stage.index),
    });
  }
  return stages;
}

function findStage(stages: Stage[], ref: string, before: number): Stage | undefined {
  const lower = ref.toLowerCase();
  return stages.slice(0, before).find((s) => s.name?.toLowerCase() === lower || String(s.index) === ref);
}

/** The chain of stages that makes `target` (default: the last stage), FROM expanded with build args. */
export function stageChain(
  text: string,
  target: string | null = null,
  buildArgs: ReadonlyMap<string, string> = new Map(),
): StageChain {
  const stages = parseStages(text, buildArgs);
  let stage = target
    ? stages.find((s) => s.name?.toLowerCase() === target.toLowerCase())
    : stages[stages.length - 1];
  if (!stage) return { steps: [], baseImage: null };
  const chain: Stage[] = [];
  while (stage) {
    chain.unshift(stage);
    const parent = findStage(stages, stage.from, stage.index);
    if (!parent) break;
    stage = parent;
  }
  return { steps: chain.flatMap((s) => s.steps), baseImage: chain[0]!.from || null };
}

/** The user the chain's last USER instruction names, as written; null when the chain has none. */
export function declaredUser(chain: StageChain): string | null {
  const user = chain.steps.filter((s) => s.keyword === 'USER').pop();
  return user ? user.text.replace(/^\S+\s*/, '') || null : null;
}

/** The Dockerfile keyword a history entry was made by (BuildKit and the classic builder). */
export function historyKeyword(createdBy: string | undefined): string | null {
  if (!createdBy) return null;
  const text = createdBy.trim();
  const nop = /^\/bin\/sh -c #\(nop\)\s+([A-Za-z]+)/.exec(text);
  if (nop) return nop[1]!.toUpperCase();
  if (/^\/bin\/sh -c /.test(text)) return 'RUN'; // the classic builder writes RUN without a keyword
  const word = /^([A-Za-z]+)\b/.exec(text);
  return word ? word[1]!.toUpperCase() : null;
}

export interface HistoryAlignment {
  /** For each history entry, the Dockerfile step that made it; null when not from this Dockerfile. */
  steps: (DockerfileStep | null)[];
  /** Number of leading history entries that belong to the base image; null when not established. */
  baseEntries: number | null;
}

/**
 * Aligns the steps to the end of the history, newest first, as long as the keywords agree. The
 * base is known only when every step found its entry (otherwise the history is not this file's).
 */
export function alignHistory(
  history: readonly HistoryEntry[],
  steps: readonly DockerfileStep[],
): HistoryAlignment {
  const aligned: (DockerfileStep | null)[] = history.map(() => null);
  let h = history.length - 1;
  let s = steps.length - 1;
  while (h >= 0 && s >= 0 && historyKeyword(history[h]!.created_by) === steps[s]!.keyword) {
    aligned[h] = steps[s]!;
    h--;
    s--;
  }
  return { steps: aligned, baseEntries: s < 0 ? h + 1 : null };
}
