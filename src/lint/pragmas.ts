// Inline suppressions, applied after the rules ran (as hadolint does):
//   # shipshape ignore=<id|alias>[,…]          the next instruction (all its lines)
//   # shipshape stage ignore=<id|alias>[,…]    from the next instruction to the end of its stage
//   # shipshape global ignore=<id|alias>[,…]   the whole file
//   # hadolint ignore=DL3008,SC2086            the instruction on the very next line (as hadolint), through aliases
//   # hadolint stage ignore=…                  hadolint's stage scope (below)
//   # hadolint global ignore=…
import type { DockerfileModel } from '../dockerfile/model.js';

export interface Suppressions {
  /** Codes (ids, aliases, SC codes) ignored in the whole file. */
  global: Set<string>;
  /** Line ranges (1-based, inclusive) and the codes ignored there. */
  ranges: { line: number; endLine: number; codes: Set<string> }[];
  /**
   * hadolint's stage pragmas, sorted by line: a line is covered by the last entry strictly before
   * it. Each pragma is keyed on the line after it and every FROM line is a key with no codes, so
   * a pragma right above a FROM covers that stage's instructions (not the FROM line itself) and
   * the next FROM line, where the next stage's key takes over. hadolint 2.15 does exactly this.
   */
  stages: { line: number; codes: Set<string> }[];
}

// hadolint's grammar (Hadolint/Pragma.hs): case-sensitive words; codes made only of D, L, S, C
// and digits, comma-separated; an optional `# comment` after. A list with anything else in it
// (`ignore=crazy,DL3002`, a trailing comma, a second code without a comma) is no pragma at all.
const HADOLINT =
  /^hadolint[ \t]+(?:(global|stage)[ \t]+)?ignore[ \t]*=[ \t]*([DLSC0-9]+(?:[ \t]*,[ \t]*[DLSC0-9]+)*)[ \t]*(?:#.*)?$/;
// shipshape's own: rule ids as well as codes.
const SHIPSHAPE = /^shipshape\s+(?:(global|stage)\s+)?ignore\s*=\s*([A-Za-z0-9_,\s-]+?)\s*(?:#.*)?$/;

export function readPragmas(model: DockerfileModel): Suppressions {
  const global = new Set<string>();
  const ranges: Suppressions['ranges'] = [];
  const stageKeys = new Map<number, Set<string>>();
  const starts = model.instructions;
  for (const c of model.comments) {
    const text = c.text.trim();
    const m = HADOLINT.exec(text) ?? SHIPSHAPE.exec(text);
    if (!m) continue;
    const hadolint = text.startsWith('hadolint');
    const codes = m[2]!
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (m[1] === 'global') {
      for (const code of codes) global.add(code);
      continue;
    }
    if (m[1] === 'stage' && hadolint) {
      stageKeys.set(c.line + 1, new Set(codes));
      continue;
    }
    const k = starts.findIndex((s) => s.line > c.line);
    const next = starts[k];
    // hadolint's pragma covers only the line right after it; ours, the next instruction whatever
    // blank lines or comments stand between.
    if (!next || (hadolint && next.line !== c.line + 1)) continue;
    let endLine = next.endLine;
    if (m[1] === 'stage') {
      const nextFrom = starts.slice(k + 1).find((s) => s.keyword === 'FROM');
      endLine = nextFrom ? nextFrom.line - 1 : model.lines.length;
    }
    ranges.push({ line: next.line, endLine, codes: new Set(codes) });
  }
  if (stageKeys.size > 0) {
    for (const ins of starts)
      if (ins.keyword === 'FROM' && !stageKeys.has(ins.line)) stageKeys.set(ins.line, new Set());
  }
  const stages = [...stageKeys].map(([line, codes]) => ({ line, codes })).sort((a, b) => a.line - b.line);
  return { global, ranges, stages };
}

/** True when any of `codes` (a rule's id and aliases, or an SC code) is suppressed at `line`. */
export function isSuppressed(s: Suppressions, codes: string[], line: number): boolean {
  if (codes.some((c) => s.global.has(c))) return true;
  if (s.ranges.some((r) => line >= r.line && line <= r.endLine && codes.some((c) => r.codes.has(c))))
    return true;
  let stage: Set<string> | undefined;
  for (const entry of s.stages) {
    if (entry.line >= line) break;
    stage = entry.codes;
  }
  return stage !== undefined && codes.some((c) => stage.has(c));
}
