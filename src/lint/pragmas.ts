// Inline suppressions, applied after the rules ran (as hadolint does):
//   # shipshape ignore=<id|alias>[,…]          the next instruction (all its lines)
//   # shipshape global ignore=<id|alias>[,…]   the whole file
//   # hadolint ignore=DL3008,SC2086            the instruction on the very next line (as hadolint), through aliases
//   # hadolint global ignore=…
import type { DockerfileModel } from './model.js';

export interface Suppressions {
  /** Codes (ids, aliases, SC codes) ignored in the whole file. */
  global: Set<string>;
  /** Line ranges (1-based, inclusive) and the codes ignored there. */
  ranges: { line: number; endLine: number; codes: Set<string> }[];
}

const PRAGMA = /^(shipshape|hadolint)\s+(global\s+)?ignore\s*=\s*([A-Za-z0-9_,\s-]+?)\s*(?:#.*)?$/;

export function readPragmas(model: DockerfileModel): Suppressions {
  const global = new Set<string>();
  const ranges: Suppressions['ranges'] = [];
  const starts = model.instructions.map((i) => ({ line: i.line, endLine: i.endLine }));
  for (const c of model.comments) {
    const m = PRAGMA.exec(c.text.trim());
    if (!m) continue;
    const codes = m[3]!
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (m[2]) {
      for (const code of codes) global.add(code);
      continue;
    }
    const next = starts.find((s) => s.line > c.line);
    // hadolint's pragma covers only the line right after it; ours, the next instruction whatever
    // blank lines or comments stand between.
    if (!next || (m[1] === 'hadolint' && next.line !== c.line + 1)) continue;
    ranges.push({ line: next.line, endLine: next.endLine, codes: new Set(codes) });
  }
  return { global, ranges };
}

/** True when any of `codes` (a rule's id and aliases, or an SC code) is suppressed at `line`. */
export function isSuppressed(s: Suppressions, codes: string[], line: number): boolean {
  if (codes.some((c) => s.global.has(c))) return true;
  return s.ranges.some((r) => line >= r.line && line <= r.endLine && codes.some((c) => r.codes.has(c)));
}
