// Maps a BuildKit step back to the Dockerfile instruction (and line) it came from. BuildKit of
// Docker 20.10 names steps "[stage i/n] RUN …" but attaches no source position, so we replay its
// numbering: per stage, FROM is step 1 and only instructions that create a vertex count.
import type { DockerfileModel, Instruction, Stage } from '../dockerfile/model.js';
import { instructionText } from '../dockerfile/stages.js';
import type { StepName } from './progress.js';

export interface LocatedInstruction {
  /** 1-based line where the instruction starts. */
  line: number;
  /** The instruction as written (continuations joined), not as BuildKit expanded it. */
  instruction: string;
}

/** Instructions BuildKit turns into a vertex of their own (and so into a numbered step). */
const VERTEX_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'WORKDIR']);

function normalize(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function stageFor(stages: readonly Stage[], label: string | null): Stage[] {
  if (label === null) return stages.length === 1 ? [...stages] : [...stages].reverse();
  const named = stages.find((s) => s.alias?.toLowerCase() === label.toLowerCase());
  if (named) return [named];
  const numbered = /^stage-(\d+)$/.exec(label);
  const byIndex = numbered ? stages[Number(numbered[1])] : undefined;
  return byIndex ? [byIndex] : [...stages].reverse();
}

export function locateStep(model: DockerfileModel, step: StepName): LocatedInstruction | null {
  const keyword = step.command.split(/\s/, 1)[0]!.toUpperCase();
  const found = (i: Instruction) => ({ line: i.line, instruction: instructionText(model, i) });
  const candidates = stageFor(model.stages, step.stage);

  for (const stage of candidates) {
    const numbered = stage.instructions.filter((i) => VERTEX_KEYWORDS.has(i.keyword));
    const byPosition = numbered[step.index - 1];
    if (numbered.length === step.total && byPosition?.keyword === keyword) return found(byPosition);
  }
  // Numbering did not line up (ONBUILD triggers, another BuildKit version): match the text instead.
  // Variables are expanded in BuildKit's name, so this only finds instructions without them.
  const wanted = normalize(step.command);
  for (const stage of candidates) {
    const match = stage.instructions.find((i) => normalize(instructionText(model, i)) === wanted);
    if (match) return found(match);
  }
  return null;
}

/**
 * Newer BuildKit prints the failing source itself ("Dockerfile:12" above a framed excerpt), and the
 * frontend names the line of a syntax error; when either is present it is authoritative.
 */
export function lineFromErrorOutput(output: string): number | null {
  const m =
    /^\s*\S*?Dockerfile[^\s:]*:(\d+)\s*$/m.exec(output) ??
    /dockerfile parse error (?:on )?line (\d+)/i.exec(output);
  return m ? Number(m[1]) : null;
}
