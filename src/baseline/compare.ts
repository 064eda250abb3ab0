// Base vs head, as pure functions: the figures a reviewer needs to see whether a pull request
// made the image bigger, slower to pull or less safe, and which instruction did it.
import {
  BASE_IMAGE_ROW,
  type CompressedDelta,
  type CompressedSource,
  type Deltas,
  type FigureDelta,
  type ImageFacts,
  type InstructionDelta,
  type LayerFacts,
  type LintDelta,
  type PullDelta,
  type RuntimeChange,
  type RuntimeDelta,
  type RuntimeFactsSummary,
  type Snapshot,
} from '../comparison.js';
import type { DockerfileModel } from '../dockerfile/model.js';
import { instructionText, stageLabel } from '../dockerfile/stages.js';
import { layerKey, layerName, normaliseInstructionText } from '../dockerfile/history-key.js';
import type { Finding } from '../types.js';

export type {
  CacheDelta,
  CompressedDelta,
  Deltas,
  FigureDelta,
  InstructionDelta,
  LintDelta,
  PullDelta,
  RuntimeChange,
  RuntimeDelta,
} from '../comparison.js';

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
 * Findings match by rule and the instruction they are on, not by line number, so moving a line
 * does not make its findings "new". The instruction is read from the parsed Dockerfile (escape
 * directive, heredocs and all) and named by its stage; without the Dockerfile the message stands
 * in for the instruction.
 */
function findingKeys(findings: Finding[], dockerfile: DockerfileModel | null): string[] {
  const instructions = dockerfile?.instructions ?? [];
  return findings.map((f) => {
    const at = instructions.find((i) => f.line >= i.line && f.line <= i.endLine);
    const where = at
      ? `${at.stage ? stageLabel(at.stage).toLowerCase() : ''}\u0000${normaliseInstructionText(instructionText(dockerfile!, at))}`
      : f.message;
    return `${f.rule}\u0000${where}`;
  });
}

export function compareLint(
  base: Finding[],
  baseDockerfile: DockerfileModel | null,
  head: Finding[],
  headDockerfile: DockerfileModel | null,
): LintDelta {
  const baseKeys = findingKeys(base, baseDockerfile);
  const headKeys = findingKeys(head, headDockerfile);
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

interface Row {
  /** What made the layer (src/dockerfile/history-key.ts); null when nothing names it. */
  key: string | null;
  instruction: string;
  stage: string | null;
  line: number | null;
  layer: number | null;
  bytes: number;
}

function rows(layers: LayerFacts[], isBase: (l: LayerFacts) => boolean): Row[] {
  const out: Row[] = [];
  let baseRow: Row | null = null;
  for (const l of layers) {
    if (isBase(l)) {
      baseRow ??= {
        key: BASE_IMAGE_ROW,
        instruction: BASE_IMAGE_ROW,
        stage: null,
        line: null,
        layer: null,
        bytes: 0,
      };
      baseRow.bytes += l.sizeBytes ?? 0;
      continue;
    }
    out.push({
      key: l.instructionKey ?? layerKey(l.createdBy, null),
      instruction: layerName(l),
      stage: l.stage,
      line: l.line,
      layer: l.position,
      bytes: l.sizeBytes ?? 0,
    });
  }
  return baseRow ? [baseRow, ...out] : out;
}

/**
 * Pairs each head row with the base row made by the same instruction: first in the same stage,
 * then, where a side knows no stages (a registry image read without its Dockerfile), by the
 * instruction alone. Equal instructions pair in order. A row nothing names is never paired.
 */
function pairRows(baseRows: Row[], headRows: Row[]): Map<Row, Row> {
  const pairs = new Map<Row, Row>();
  const taken = new Set<Row>();
  const passes: ((h: Row, b: Row) => boolean)[] = [
    (h, b) => h.stage === b.stage,
    (h, b) => h.stage === null || b.stage === null,
  ];
  for (const fits of passes) {
    for (const h of headRows) {
      if (h.key === null || pairs.has(h)) continue;
      const b = baseRows.find((r) => !taken.has(r) && r.key === h.key && fits(h, r));
      if (!b) continue;
      pairs.set(h, b);
      taken.add(b);
    }
  }
  return pairs;
}

export function compareInstructions(base: LayerFacts[], head: LayerFacts[]): InstructionDelta[] {
  // A side whose layer sizes were not measured (a registry baseline not pulled) has no
  // per-instruction figures: none are shown rather than its layers counted as 0 bytes.
  if ([...base, ...head].some((l) => l.sizeBytes === null)) return [];
  // A base side that cannot tell its base image's layers (a registry image read without its
  // Dockerfile) learns them from the head by diff ID: identical content is identical.
  const headBaseIds = new Set(head.filter((l) => l.fromBase && l.diffId).map((l) => l.diffId));
  const baseRows = rows(base, (l) => l.fromBase || (l.diffId !== null && headBaseIds.has(l.diffId)));
  const headRows = rows(head, (l) => l.fromBase);
  const pairs = pairRows(baseRows, headRows);
  const paired = new Set(pairs.values());
  const out: InstructionDelta[] = [];
  for (const h of headRows) {
    const b = pairs.get(h);
    const change = h.bytes - (b?.bytes ?? 0);
    out.push({
      instruction: h.instruction,
      stage: h.stage ?? b?.stage ?? null,
      line: h.line,
      baseLine: b?.line ?? null,
      layer: h.layer,
      baseLayer: b?.layer ?? null,
      baseBytes: b ? b.bytes : null,
      headBytes: h.bytes,
      change,
      kind: !b ? 'added' : change > 0 ? 'grown' : change < 0 ? 'shrunk' : 'unchanged',
    });
  }
  for (const b of baseRows.filter((r) => !paired.has(r))) {
    out.push({
      instruction: b.instruction,
      stage: b.stage,
      line: null,
      baseLine: b.line,
      layer: null,
      baseLayer: b.layer,
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

/**
 * What a host holding the base must still download for the head. A pull fetches blobs by
 * digest, so when both sides know their blob digests those are counted (each once); when a side
 * does not (its compressed sizes were computed here), content is matched by diff ID instead.
 */
export function newPullBytes(base: LayerFacts[], head: LayerFacts[]): PullDelta | null {
  if (!head.length || !base.length) return null;
  const byDigest = [...base, ...head].every((l) => l.digest !== null);
  const idOf = (l: LayerFacts) => (byDigest ? l.digest : l.diffId);
  if ([...base, ...head].some((l) => idOf(l) === null)) return null;
  const have = new Set(base.map(idOf));
  const fresh = [...new Map(head.filter((l) => !have.has(idOf(l))).map((l) => [idOf(l), l])).values()];
  const compressed = fresh.every((l) => l.compressedSizeBytes != null);
  if (!compressed && fresh.some((l) => l.sizeBytes == null)) return null;
  const bytes = fresh.reduce((sum, l) => sum + ((compressed ? l.compressedSizeBytes : l.sizeBytes) ?? 0), 0);
  return {
    bytes,
    layers: fresh.length,
    basis: compressed ? 'compressed' : 'uncompressed',
    by: byDigest ? 'digest' : 'diff-id',
  };
}

const EXACT_SOURCES: readonly (CompressedSource | null)[] = ['stored', 'registry'];

function sourceText(source: CompressedSource | null): string {
  switch (source) {
    case 'stored':
      return 'the gzip blobs the engine stores';
    case 'registry':
      return "the registry's blob sizes";
    case 'computed':
      return 'gzip computed here';
    default:
      return 'a figure whose origin the baseline does not record';
  }
}

/**
 * The compressed size's change, like for like: exact blobs on both sides, or both gzipped here
 * the same way. One of each is still given (it is the best there is) but marked approximate,
 * with why, and is never presented as exact.
 */
export function compressedDelta(base: ImageFacts, head: ImageFacts): CompressedDelta | null {
  const figure = figureDelta(base.compressedSizeBytes, head.compressedSizeBytes);
  if (!figure) return null;
  const exact = (s: CompressedSource | null) => EXACT_SOURCES.includes(s);
  if (exact(base.compressedSource) && exact(head.compressedSource))
    return { ...figure, basis: 'exact', approximate: null };
  if (base.compressedSource === 'computed' && head.compressedSource === 'computed')
    return { ...figure, basis: 'computed', approximate: null };
  return {
    ...figure,
    basis: 'mixed',
    approximate: `the baseline's compressed size is ${sourceText(base.compressedSource)}, this image's ${sourceText(head.compressedSource)}`,
  };
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
    compressedSize: compressedDelta(base, head),
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
        ? compareLint(base.lint.findings, base.lint.dockerfile, head.lint.findings, head.lint.dockerfile)
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
