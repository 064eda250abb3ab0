// Budget settings: parsing the user's text (pure) and holding figures against them (pure).
// Syntax of one budget value: `200MB` (a fail level) or `warn=150MB,fail=200MB` (either part
// optional). Waste budgets may also be a percentage of the image's own bytes: `fail=10%`.
import { formatBytes, parseBytes } from '../units.js';
import type { BudgetResult, Status } from '../types.js';

export type Quantity = { kind: 'bytes'; value: number } | { kind: 'count'; value: number } | { kind: 'percent'; value: number };

export interface Tiered {
  warn: Quantity | null;
  fail: Quantity | null;
}

export interface Budgets {
  maxSize: Tiered | null;
  maxCompressedSize: Tiered | null;
  maxLayers: Tiered | null;
  maxWaste: Tiered | null;
}

export const NO_BUDGETS: Budgets = { maxSize: null, maxCompressedSize: null, maxLayers: null, maxWaste: null };

type Unit = 'bytes' | 'count' | 'bytes-or-percent';

function parseQuantity(text: string, unit: Unit, what: string): Quantity {
  const t = text.trim();
  if (unit === 'count') {
    if (!/^\d+$/.test(t)) throw new Error(`${what}: "${text}" is not a whole number`);
    return { kind: 'count', value: Number(t) };
  }
  if (unit === 'bytes-or-percent' && t.endsWith('%')) {
    const n = Number(t.slice(0, -1));
    if (!Number.isFinite(n) || n < 0 || t.length === 1) throw new Error(`${what}: "${text}" is not a percentage`);
    return { kind: 'percent', value: n };
  }
  try {
    return { kind: 'bytes', value: parseBytes(t) };
  } catch (e) {
    throw new Error(`${what}: ${(e as Error).message}`);
  }
}

/** Parses one budget value; empty text means "no budget". Throws with `what` in the message. */
export function parseTiered(text: string | undefined | null, unit: Unit, what: string): Tiered | null {
  const t = (text ?? '').trim();
  if (!t) return null;
  if (!t.includes('=')) return { warn: null, fail: parseQuantity(t, unit, what) };
  const tiered: Tiered = { warn: null, fail: null };
  for (const part of t.split(',')) {
    const m = /^\s*(warn|fail)\s*=\s*(.+?)\s*$/.exec(part);
    if (!m) throw new Error(`${what}: "${part.trim()}" is not "warn=<value>" or "fail=<value>"`);
    tiered[m[1] as 'warn' | 'fail'] = parseQuantity(m[2]!, unit, what);
  }
  return tiered;
}

export function formatQuantity(q: Quantity): string {
  if (q.kind === 'bytes') return formatBytes(q.value);
  if (q.kind === 'percent') return `${q.value}%`;
  return String(q.value);
}

export interface BudgetFigures {
  sizeBytes: number | null;
  compressedSizeBytes: number | null;
  layerCount: number | null;
  reclaimableBytes: number | null;
  /** Bytes the user's own layers add (for percentage waste budgets); null when unknown. */
  ownBytes: number | null;
  /** Describes the biggest contributor, e.g. "RUN apt-get install … (line 4): 82 MB". */
  biggestContributor: string | null;
}

interface Check {
  name: string;
  label: string;
  tiered: Tiered | null;
  actual: number | null;
  format: (n: number) => string;
  /** For percentage limits: the figure a percentage is taken of. */
  percentOf?: number | null;
  explain?: string | null;
}

function limitValue(q: Quantity, percentOf: number | null | undefined): number | null {
  if (q.kind !== 'percent') return q.value;
  return percentOf == null ? null : (q.value / 100) * percentOf;
}

/** Holds the measured figures against the budgets; one result per configured tier. */
export function checkBudgets(budgets: Budgets, figures: BudgetFigures): BudgetResult[] {
  const checks: Check[] = [
    { name: 'max-size', label: 'image size', tiered: budgets.maxSize, actual: figures.sizeBytes, format: formatBytes, explain: figures.biggestContributor },
    { name: 'max-compressed-size', label: 'compressed size', tiered: budgets.maxCompressedSize, actual: figures.compressedSizeBytes, format: formatBytes, explain: figures.biggestContributor },
    { name: 'max-layers', label: 'layer count', tiered: budgets.maxLayers, actual: figures.layerCount, format: String },
    { name: 'max-waste', label: 'reclaimable waste', tiered: budgets.maxWaste, actual: figures.reclaimableBytes, format: formatBytes, percentOf: figures.ownBytes },
  ];
  const results: BudgetResult[] = [];
  for (const c of checks) {
    if (!c.tiered) continue;
    for (const level of ['fail', 'warn'] as const) {
      const q = c.tiered[level];
      if (!q) continue;
      const limit = limitValue(q, c.percentOf);
      const limitText = q.kind === 'percent' ? `${q.value}% of own bytes${limit != null ? ` (${c.format(Math.round(limit))})` : ''}` : formatQuantity(q);
      let status: Status = 'pass';
      let message: string;
      if (c.actual == null) {
        message = `${c.name} (${level}): ${c.label} was not measured, so the budget of ${limitText} could not be checked`;
        status = 'warn';
      } else if (limit == null) {
        message = `${c.name} (${level}): the image's own bytes are unknown, so ${limitText} could not be checked`;
        status = 'warn';
      } else if (c.actual > limit) {
        status = level;
        message = `${c.name}: ${c.label} ${c.format(c.actual)} is over the ${level} budget of ${limitText}`;
        if (c.explain) message += `; biggest contributor: ${c.explain}`;
      } else {
        message = `${c.name}: ${c.label} ${c.format(c.actual)} is within the ${level} budget of ${limitText}`;
      }
      results.push({ name: c.name, limit: limitText, limitValue: limit ?? q.value, actual: c.actual, level, status, message });
    }
  }
  return results;
}
