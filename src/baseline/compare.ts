// Base vs head, as pure functions: the figures a reviewer needs to see whether a pull request
// made the image bigger, slower to pull or less safe, and which instruction did it.
import type {
  Deltas,
  FigureDelta,
  ImageFacts,
  InstructionDelta,
  LayerFacts,
  LintDelta,
  PullDelta,
  RuntimeChange,
  RuntimeDelta,
  RuntimeFactsSummary,
  Snapshot,
} from '../comparison.js';
import type { DockerfileModel } from '../dockerfile/model.js';
import { instructionText, stageLabel } from '../dockerfile/stages.js';
import { normaliseCreatedBy, normaliseInstruction } from '../measure/history.js';
import type { Finding } from '../types.js';

export type {
  CacheDelta,
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
      ? `${at.stage ? stageLabel(at.stage).toLowerCase() : ''}\u0000${normaliseInstruction(instructionText(dockerfile!, at))}`
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
  // A side whose layer sizes were not measured (a registry baseline not pulled) has no
  // per-instruction figures: none are shown rather than its layers counted as 0 bytes.
  if ([...base, ...head].some((l) => l.sizeBytes === null)) return [];
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
