// Maps a BuildKit step back to the Dockerfile instruction (and line) it came from. BuildKit of
// Docker 20.10 names steps "[stage i/n] RUN …" but attaches no source position, so we replay its
// numbering: per stage, FROM is step 1 and only instructions that create a vertex count.
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import type { StepName } from './progress.js';

export interface LocatedInstruction {
  /** 1-based line where the instruction starts. */
  line: number;
  /** The instruction as written (continuations joined), not as BuildKit expanded it. */
  instruction: string;
}

/** Instructions BuildKit turns into a vertex of their own (and so into a numbered step). */
const VERTEX_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'WORKDIR']);

interface Stage {
  name: string | null;
  instructions: Instruction[];
}

function stagesOf(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of DockerfileParser.parse(text).getInstructions()) {
    const keyword = instruction.getKeyword().toUpperCase();
    if (keyword === 'FROM') {
      const args = instruction.getArguments().map((a) => a.getValue());
      const as = args.findIndex((a) => a.toUpperCase() === 'AS');
      stages.push({ name: as >= 0 ? (args[as + 1] ?? null) : null, instructions: [instruction] });
    } else if (stages.length) {
      stages[stages.length - 1]!.instructions.push(instruction);
    }
  }
  return stages;
}

function joined(text: string, instruction: Instruction): string {
  const range = instruction.getRange();
  const lines = text.split(/\r?\n/).slice(range.start.line, range.end.line + 1);
  return lines
    .map((l, i) => (i === lines.length - 1 ? l : l.replace(/\\\s*$/, '')))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function normalize(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function stageFor(stages: Stage[], label: string | null): Stage[] {
  if (label === null) return stages.length === 1 ? stages : [...stages].reverse();
  const named = stages.find((s) => s.name?.toLowerCase() === label.toLowerCase());
  if (named) return [named];
  const numbered = /^stage-(\d+)$/.exec(label);
  const byIndex = numbered ? stages[Number(numbered[1])] : undefined;
  return byIndex ? [byIndex] : [...stages].reverse();
}

export function locateStep(dockerfileText: string, step: StepName): LocatedInstruction | null {
  const stages = stagesOf(dockerfileText);
  const keyword = step.command.split(/\s/, 1)[0]!.toUpperCase();
  const found = (i: Instruction) => ({
    line: i.getRange().start.line + 1,
    instruction: joined(dockerfileText, i),
  });
  const candidates = stageFor(stages, step.stage);

  for (const stage of candidates) {
    const numbered = stage.instructions.filter((i) => VERTEX_KEYWORDS.has(i.getKeyword().toUpperCase()));
    const byPosition = numbered[step.index - 1];
    if (numbered.length === step.total && byPosition?.getKeyword().toUpperCase() === keyword) {
      return found(byPosition);
    }
  }
  // Numbering did not line up (ONBUILD triggers, another BuildKit version): match the text instead.
  // Variables are expanded in BuildKit's name, so this only finds instructions without them.
  const wanted = normalize(step.command);
  for (const stage of candidates) {
    const match = stage.instructions.find((i) => normalize(joined(dockerfileText, i)) === wanted);
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
