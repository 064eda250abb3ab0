// Base vs head, as pure functions: the figures a reviewer needs to see whether a pull request
// made the image bigger, slower to pull or less safe, and which instruction did it.
import { DockerfileParser } from 'dockerfile-ast';
import type { Finding } from '../types.js';
import type { ImageFacts, LayerFacts, RuntimeFactsSummary, Snapshot } from './types.js';

export interface FigureDelta {
  base: number;
  head: number;
  change: number;
  /** Change as a percentage of the base, one decimal; null when the base is 0. */
  percent: number | null;
}

export interface InstructionDelta {
  /** Normalised instruction text ("RUN pip install -r requirements.txt"); "(base image)" for the base's layers. */
  instruction: string;
  stage: string | null;
  /** Line in the head's Dockerfile (null when the instruction was removed). */
  line: number | null;
  baseLine: number | null;
  /** null = the instruction is not on that side. */
  baseBytes: number | null;
  headBytes: number | null;
  change: number;
  kind: 'added' | 'removed' | 'grown' | 'shrunk' | 'unchanged';
}

export interface PullDelta {
  /** Bytes of the head's layers whose content the base does not have. */
  bytes: number;
  layers: number;
  /** `compressed` when every new layer's compressed size is known (what a pull downloads). */
  basis: 'compressed' | 'uncompressed';
}

export interface LintDelta {
  new: Finding[];
  fixed: Finding[];
  unchanged: number;
}

export type RuntimeChange = 'became-root' | 'became-non-root' | 'user-changed' | 'unchanged' | 'unproven';

export interface RuntimeDelta {
  base: RuntimeFactsSummary;
  head: RuntimeFactsSummary;
  change: RuntimeChange;
}

export interface CacheDelta {
  /** Share of build steps taken from cache, 0..1; null when not reported. */
  baseRate: number | null;
  headRate: number | null;
  headCachedSteps: number | null;
  headTotalSteps: number | null;
}

export interface Deltas {
  size: FigureDelta | null;
  compressedSize: FigureDelta | null;
  layers: FigureDelta | null;
  reclaimable: FigureDelta | null;
  newPull: PullDelta | null;
  /** Every instruction on either side, largest absolute change first. */
  instructions: InstructionDelta[];
  lint: LintDelta | null;
  runtime: RuntimeDelta | null;
  cache: CacheDelta | null;
  /** Why image figures were not compared (e.g. the platforms differ); null when they were. */
  refused: string | null;
}

export function figureDelta(
  base: number | null | undefined,
  head: number | null | undefined,
): FigureDelta | null {
  if (base == null || head == null) return null;
  const change = head - base;
  return { base, head, change, percent: base === 0 ? null : Math.round((change / base) * 1000) / 10 };
}

/** "linux/amd64" and "linux/amd64/v1" name the same platform; anything else must match exactly. */
export function normalisePlatform(platform: string): string {
  const p = platform.trim().toLowerCase();
  return p.replace(/^(linux\/amd64)\/v1$/, '$1').replace(/^(linux\/arm64)\/v8$/, '$1');
}

export function platformMismatch(base: string | null, head: string | null): string | null {
  if (!base || !head) return null;
  if (normalisePlatform(base) === normalisePlatform(head)) return null;
  return `the baseline is ${base} but this image is ${head}: sizes and layers of different platforms are not comparable`;
}

/**
 * The instruction text a history entry records, in the form a Dockerfile shows it, so base and
 * head layers can be matched by what made them rather than by position or line.
 */
export function normaliseCreatedBy(createdBy: string): string {
  let t = createdBy.trim().replace(/\s+# buildkit$/, '');
  // Classic builder: "/bin/sh -c #(nop)  COPY file:… in /app" and "/bin/sh -c apt-get …".
  const nop = /^\/bin\/sh -c #\(nop\)\s+(.*)$/s.exec(t);
  if (nop) t = nop[1]!;
  else if (t.startsWith('/bin/sh -c ')) t = `RUN ${t.slice('/bin/sh -c '.length)}`;
  // BuildKit prefixes RUN with the build args in scope: "RUN |2 A=1 B=2 /bin/sh -c …".
  t = t.replace(/^RUN \|\d+ (?:\S+=\S* )*/, 'RUN ');
  t = t.replace(/^RUN \/bin\/sh -c /, 'RUN ');
  return normaliseInstruction(t);
}

/** Whitespace, line continuations and keyword case do not change what an instruction does. */
export function normaliseInstruction(text: string): string {
  const one = text
    .replace(/\\\r?\n/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const m = /^(\S+)(.*)$/.exec(one);
  return m ? `${m[1]!.toUpperCase()}${m[2]}` : one;
}

interface LocatedInstruction {
  text: string;
  stage: string;
  startLine: number;
  endLine: number;
}

/** Instructions of a Dockerfile with their 1-based lines and the stage they belong to. */
export function locateInstructions(dockerfile: string): LocatedInstruction[] {
  const parsed = DockerfileParser.parse(dockerfile);
  const out: LocatedInstruction[] = [];
  let stage = '0';
  let index = -1;
  for (const instruction of parsed.getInstructions()) {
    const range = instruction.getRange();
    if (instruction.getKeyword().toUpperCase() === 'FROM') {
      index++;
      const alias = /\sAS\s+(\S+)\s*$/i.exec(instruction.getTextContent().replace(/\\\r?\n/g, ' '));
      stage = alias ? alias[1]!.toLowerCase() : String(index);
    }
    out.push({
      text: normaliseInstruction(instruction.getTextContent()),
      stage,
      startLine: range.start.line + 1,
      endLine: range.end.line + 1,
    });
  }
  return out;
}

/**
 * Findings match by rule and the instruction they are on, not by line number, so moving a line
 * does not make its findings "new". Without the Dockerfile the message stands in for the instruction.
 */
function findingKeys(findings: Finding[], dockerfile: string | null): string[] {
  const located = dockerfile ? locateInstructions(dockerfile) : [];
  return findings.map((f) => {
    const at = located.find((i) => f.line >= i.startLine && f.line <= i.endLine);
    return `${f.rule}\u0000${at ? `${at.stage}\u0000${at.text}` : f.message}`;
  });
}

export function compareLint(
  base: Finding[],
  baseText: string | null,
  head: Finding[],
  headText: string | null,
): LintDelta {
  const baseKeys = findingKeys(base, baseText);
  const headKeys = findingKeys(head, headText);
  const remaining = new Map<string, number[]>();
  baseKeys.forEach((k, i) => remaining.set(k, [...(remaining.get(k) ?? []), i]));
  const fresh: Finding[] = [];
  let unchanged = 0;
  headKeys.forEach((k, i) => {
    const pool = remaining.get(k);
    if (pool?.length) {
      pool.shift();
      unchanged++;
    } else fresh.push(head[i]!);
  });
  const fixed = [...remaining.values()]
    .flat()
    .sort((a, b) => a - b)
    .map((i) => base[i]!);
  return { new: fresh, fixed, unchanged };
}

const BASE_IMAGE_ROW = '(base image)';

interface Row {
  key: string;
  instruction: string;
  stage: string | null;
  line: number | null;
  bytes: number;
}

function rows(layers: LayerFacts[], isBase: (l: LayerFacts) => boolean): Row[] {
  const out: Row[] = [];
  let baseRow: Row | null = null;
  for (const l of layers) {
    if (isBase(l)) {
      baseRow ??= { key: BASE_IMAGE_ROW, instruction: BASE_IMAGE_ROW, stage: null, line: null, bytes: 0 };
      baseRow.bytes += l.sizeBytes ?? 0;
      continue;
    }
    const instruction = l.createdBy ? normaliseCreatedBy(l.createdBy) : `layer ${l.diffId ?? '?'}`;
    out.push({
      key: `${l.stage ?? ''}\u0000${instruction}`,
      instruction,
      stage: l.stage,
      line: l.line,
      bytes: l.sizeBytes ?? 0,
    });
  }
  return baseRow ? [baseRow, ...out] : out;
}

export function compareInstructions(base: LayerFacts[], head: LayerFacts[]): InstructionDelta[] {
  // A registry baseline cannot say which of its layers came from its base image; the head's
  // measure can, and identical content is identical whichever side says so.
  const headBaseIds = new Set(head.filter((l) => l.fromBase && l.diffId).map((l) => l.diffId));
  const baseRows = rows(base, (l) => l.fromBase || (l.diffId !== null && headBaseIds.has(l.diffId)));
  const headRows = rows(head, (l) => l.fromBase);
  const pool = new Map<string, Row[]>();
  for (const r of baseRows) pool.set(r.key, [...(pool.get(r.key) ?? []), r]);
  const out: InstructionDelta[] = [];
  for (const h of headRows) {
    const b = pool.get(h.key)?.shift();
    const change = h.bytes - (b?.bytes ?? 0);
    out.push({
      instruction: h.instruction,
      stage: h.stage,
      line: h.line,
      baseLine: b?.line ?? null,
      baseBytes: b ? b.bytes : null,
      headBytes: h.bytes,
      change,
      kind: !b ? 'added' : change > 0 ? 'grown' : change < 0 ? 'shrunk' : 'unchanged',
    });
  }
  for (const b of [...pool.values()].flat()) {
    out.push({
      instruction: b.instruction,
      stage: b.stage,
      line: null,
      baseLine: b.line,
      baseBytes: b.bytes,
      headBytes: null,
      change: -b.bytes,
      kind: 'removed',
    });
  }
  // Largest change first; among equal changes (often none) the biggest instruction first.
  return out.sort(
    (a, b) =>
      Math.abs(b.change) - Math.abs(a.change) ||
      (b.headBytes ?? b.baseBytes ?? 0) - (a.headBytes ?? a.baseBytes ?? 0),
  );
}

export function newPullBytes(base: LayerFacts[], head: LayerFacts[]): PullDelta | null {
  if (!head.length || !base.length || head.some((l) => !l.diffId) || base.some((l) => !l.diffId)) return null;
  const have = new Set(base.map((l) => l.diffId));
  const fresh = head.filter((l) => !have.has(l.diffId));
  const compressed = fresh.every((l) => l.compressedSizeBytes != null);
  if (!compressed && fresh.some((l) => l.sizeBytes == null)) return null;
  const bytes = fresh.reduce((sum, l) => sum + ((compressed ? l.compressedSizeBytes : l.sizeBytes) ?? 0), 0);
  return { bytes, layers: fresh.length, basis: compressed ? 'compressed' : 'uncompressed' };
}

export function compareRuntime(
  base: RuntimeFactsSummary | null,
  head: RuntimeFactsSummary | null,
): RuntimeDelta | null {
  if (!base || !head) return null;
  let change: RuntimeChange;
  if (base.nonRoot === null || head.nonRoot === null) change = 'unproven';
  else if (base.nonRoot && !head.nonRoot) change = 'became-root';
  else if (!base.nonRoot && head.nonRoot) change = 'became-non-root';
  else if (base.user !== head.user || base.uid !== head.uid) change = 'user-changed';
  else change = 'unchanged';
  return { base, head, change };
}

function rate(cached: number | null, total: number | null): number | null {
  return cached == null || !total ? null : cached / total;
}

function compareImages(
  base: ImageFacts,
  head: ImageFacts,
): Pick<Deltas, 'size' | 'compressedSize' | 'layers' | 'reclaimable' | 'newPull' | 'instructions'> {
  return {
    size: figureDelta(base.sizeBytes, head.sizeBytes),
    compressedSize: figureDelta(base.compressedSizeBytes, head.compressedSizeBytes),
    layers: figureDelta(base.layerCount, head.layerCount),
    reclaimable: figureDelta(base.reclaimableBytes, head.reclaimableBytes),
    newPull: newPullBytes(base.layers, head.layers),
    instructions:
      base.layers.length && head.layers.length ? compareInstructions(base.layers, head.layers) : [],
  };
}

/** All deltas of head against base; a figure missing on either side gives a null delta, never a guess. */
export function compare(base: Snapshot, head: Snapshot): Deltas {
  const refused = platformMismatch(base.image?.platform ?? null, head.image?.platform ?? null);
  const images =
    base.image && head.image && !refused
      ? compareImages(base.image, head.image)
      : {
          size: null,
          compressedSize: null,
          layers: null,
          reclaimable: null,
          newPull: null,
          instructions: [],
        };
  return {
    ...images,
    lint:
      base.lint && head.lint
        ? compareLint(
            base.lint.findings,
            base.lint.dockerfileText,
            head.lint.findings,
            head.lint.dockerfileText,
          )
        : null,
    runtime: refused ? null : compareRuntime(base.runtime, head.runtime),
    cache: head.cache
      ? {
          baseRate: rate(base.cache?.cachedSteps ?? null, base.cache?.totalSteps ?? null),
          headRate: rate(head.cache.cachedSteps, head.cache.totalSteps),
          headCachedSteps: head.cache.cachedSteps,
          headTotalSteps: head.cache.totalSteps,
        }
      : null,
    refused,
  };
}
