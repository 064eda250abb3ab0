// Budget settings: parsing the user's text (pure) and holding figures against them (pure).
// Syntax of one budget value: `200MB` (a fail level) or `warn=150MB,fail=200MB` (either part
// optional). Waste budgets may also be a percentage of the image's own bytes: `fail=10%`.
import { formatBytes, formatBytesBeside, parseBytes } from '../units.js';
import type { BudgetCheck } from '../types.js';
import type { Deltas, FigureDelta } from '../comparison.js';

export type Quantity =
  { kind: 'bytes'; value: number } | { kind: 'count'; value: number } | { kind: 'percent'; value: number };

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

/** Budgets on change, held against the deltas to the baseline. */
export interface ChangeBudgets {
  /** Growth over the baseline: bytes or % of the baseline's size. */
  maxSizeIncrease: Tiered | null;
  /** Growth over the baseline: a count or % of the baseline's layers. */
  maxLayersIncrease: Tiered | null;
  /** Ratchet: any key figure growing over the baseline is a warning or a failure. */
  noRegression: NoRegression;
}

export type NoRegression = 'off' | 'warn' | 'fail';

export const NO_CHANGE_BUDGETS: ChangeBudgets = {
  maxSizeIncrease: null,
  maxLayersIncrease: null,
  noRegression: 'off',
};

export const NO_BUDGETS: Budgets = {
  maxSize: null,
  maxCompressedSize: null,
  maxLayers: null,
  maxWaste: null,
};

type Unit = 'bytes' | 'count' | 'bytes-or-percent' | 'count-or-percent';

/** What a valid value looks like, for every error about one. */
const EXAMPLES: Record<Unit, string> = {
  bytes: 'a size such as 200MB or warn=150MB,fail=200MB',
  count: 'a whole number (0 or more) such as 12 or warn=10,fail=15',
  'bytes-or-percent': 'a size or a percentage such as 50MB, 10% or warn=5%,fail=10%',
  'count-or-percent': 'a whole number (0 or more) or a percentage such as 2, 10% or warn=1,fail=3',
};

function parseQuantity(text: string, unit: Unit, what: string): Quantity {
  const t = text.trim();
  if ((unit === 'bytes-or-percent' || unit === 'count-or-percent') && t.endsWith('%')) {
    const n = Number(t.slice(0, -1));
    if (!Number.isFinite(n) || n < 0 || t.length === 1)
      throw new Error(`${what}: "${text}" is not a percentage; give ${EXAMPLES[unit]}`);
    return { kind: 'percent', value: n };
  }
  if (unit === 'count' || unit === 'count-or-percent') {
    if (!/^\d+$/.test(t)) throw new Error(`${what}: "${text}" is not a whole number; give ${EXAMPLES[unit]}`);
    return { kind: 'count', value: Number(t) };
  }
  try {
    return { kind: 'bytes', value: parseBytes(t) };
  } catch (e) {
    throw new Error(`${what}: ${(e as Error).message}; give ${EXAMPLES[unit]}`, { cause: e });
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
    if (!m)
      throw new Error(
        `${what}: "${part.trim()}" is not "warn=<value>" or "fail=<value>"; give ${EXAMPLES[unit]}`,
      );
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
  /** Formats the measured figure next to a limit (exact when both would round alike). */
  formatBeside?: (n: number, limit: number) => string;
  /** For percentage limits: the figure a percentage is taken of. */
  percentOf?: number | null;
  explain?: string | null;
}

function limitValue(q: Quantity, percentOf: number | null | undefined): number | null {
  if (q.kind !== 'percent') return q.value;
  return percentOf == null ? null : (q.value / 100) * percentOf;
}

function measured(c: Check, limit: number): string {
  return c.formatBeside ? c.formatBeside(c.actual!, Math.round(limit)) : c.format(c.actual!);
}

/** Holds the measured figures against the budgets; one check per configured tier. */
export function checkBudgets(budgets: Budgets, figures: BudgetFigures): BudgetCheck[] {
  const checks: Check[] = [
    {
      name: 'max-size',
      label: 'image size',
      tiered: budgets.maxSize,
      actual: figures.sizeBytes,
      format: formatBytes,
      formatBeside: formatBytesBeside,
      explain: figures.biggestContributor,
    },
    {
      name: 'max-compressed-size',
      label: 'compressed size',
      tiered: budgets.maxCompressedSize,
      actual: figures.compressedSizeBytes,
      format: formatBytes,
      formatBeside: formatBytesBeside,
      explain: figures.biggestContributor,
    },
    {
      name: 'max-layers',
      label: 'layer count',
      tiered: budgets.maxLayers,
      actual: figures.layerCount,
      format: String,
    },
    {
      name: 'max-waste',
      label: 'reclaimable waste',
      tiered: budgets.maxWaste,
      actual: figures.reclaimableBytes,
      format: formatBytes,
      formatBeside: formatBytesBeside,
      percentOf: figures.ownBytes,
    },
  ];
  const results: BudgetCheck[] = [];
  for (const c of checks) {
    if (!c.tiered) continue;
    for (const level of ['fail', 'warn'] as const) {
      const q = c.tiered[level];
      if (!q) continue;
      const limit = limitValue(q, c.percentOf);
      const limitText =
        q.kind === 'percent'
          ? `${q.value}% of own bytes${limit != null ? ` (${c.format(Math.round(limit))})` : ''}`
          : formatQuantity(q);
      let outcome: BudgetCheck['outcome'] = 'within';
      let message: string;
      if (c.actual == null) {
        message = `${c.name} (${level}): ${c.label} was not measured, so the budget of ${limitText} could not be checked`;
        outcome = 'unchecked';
      } else if (limit == null) {
        message = `${c.name} (${level}): the image's own bytes are unknown, so ${limitText} could not be checked`;
        outcome = 'unchecked';
      } else if (c.actual > limit) {
        outcome = 'over';
        message = `${c.name}: ${c.label} ${measured(c, limit)} is over the ${level} budget of ${limitText}`;
        if (c.explain) message += `; biggest contributor: ${c.explain}`;
      } else {
        message = `${c.name}: ${c.label} ${measured(c, limit)} is within the ${level} budget of ${limitText}`;
      }
      results.push({
        name: c.name,
        limit: limitText,
        limitValue: limit ?? q.value,
        actual: c.actual,
        level,
        outcome,
        message,
      });
    }
  }
  return results;
}

/** `no-regression`: `true`/`fail`, `warn`, or `false`/`off`/empty. */
export function parseNoRegression(text: string | undefined | null, what: string): NoRegression {
  const t = (text ?? '').trim().toLowerCase();
  if (t === '' || t === 'false' || t === 'off') return 'off';
  if (t === 'true' || t === 'fail') return 'fail';
  if (t === 'warn') return 'warn';
  throw new Error(`${what}: "${text}" is not one of true, false, warn, fail`);
}

function signed(n: number, format: (n: number) => string): string {
  return n > 0 ? `+${format(n)}` : n < 0 ? `−${format(-n)}` : `±${format(0)}`;
}

function percentText(p: number | null): string {
  return p == null ? '' : ` (${p > 0 ? '+' : p < 0 ? '−' : '±'}${Math.abs(p)}%)`;
}

/**
 * Budgets on change: how much the image may grow over its baseline, and the ratchet. Only
 * called with deltas (no baseline yet is not a reason to warn); a delta that could not be
 * computed leaves its budget unchecked, with a warning that says why.
 */
export function checkChangeBudgets(budgets: ChangeBudgets, deltas: Deltas): BudgetCheck[] {
  const results: BudgetCheck[] = [];
  const why = deltas.refused ? `: ${deltas.refused}` : '';
  const growth: {
    name: string;
    label: string;
    tiered: Tiered | null | undefined;
    delta: FigureDelta | null;
    format: (n: number) => string;
  }[] = [
    {
      name: 'max-size-increase',
      label: 'image size',
      tiered: budgets.maxSizeIncrease,
      delta: deltas.size,
      format: formatBytes,
    },
    {
      name: 'max-layers-increase',
      label: 'layer count',
      tiered: budgets.maxLayersIncrease,
      delta: deltas.layers,
      format: String,
    },
  ];
  for (const g of growth) {
    if (!g.tiered) continue;
    for (const level of ['fail', 'warn'] as const) {
      const q = g.tiered[level];
      if (!q) continue;
      const limitText = q.kind === 'percent' ? `+${q.value}% of the baseline` : `+${formatQuantity(q)}`;
      const limit = q.kind === 'percent' ? (g.delta ? (q.value / 100) * g.delta.base : null) : q.value;
      let outcome: BudgetCheck['outcome'] = 'within';
      let message: string;
      if (!g.delta || limit == null) {
        outcome = 'unchecked';
        message = `${g.name} (${level}): the ${g.label} change over the baseline is unknown, so the budget of ${limitText} could not be checked${why}`;
      } else {
        const change = `${signed(g.delta.change, g.format)}${percentText(g.delta.percent)}`;
        if (g.delta.change > limit) {
          outcome = 'over';
          message = `${g.name}: ${g.label} grew ${change} over the baseline (${g.format(g.delta.base)} → ${g.format(g.delta.head)}), over the ${level} budget of ${limitText}`;
        } else {
          message = `${g.name}: ${g.label} changed ${change} over the baseline, within the ${level} budget of ${limitText}`;
        }
      }
      results.push({
        name: g.name,
        limit: limitText,
        limitValue: limit ?? q.value,
        actual: g.delta?.change ?? null,
        level,
        outcome,
        message,
      });
    }
  }

  const mode = budgets.noRegression;
  if (mode !== 'off') {
    const grew: string[] = [];
    const figures: [string, FigureDelta | null, (n: number) => string][] = [
      ['image size', deltas.size, formatBytes],
      // A change between a computed gzip and a registry's blobs is partly the compressors': it
      // is shown, marked approximate, but never held against the ratchet.
      [
        'compressed size',
        deltas.compressedSize?.basis === 'mixed' ? null : deltas.compressedSize,
        formatBytes,
      ],
      ['layer count', deltas.layers, String],
      ['reclaimable waste', deltas.reclaimable, formatBytes],
    ];
    for (const [label, d, format] of figures)
      if (d && d.change > 0) grew.push(`${label} ${signed(d.change, format)}`);
    if (deltas.lint?.new.length)
      grew.push(`${deltas.lint.new.length} new lint finding${deltas.lint.new.length === 1 ? '' : 's'}`);
    if (deltas.runtime?.change === 'became-root') grew.push('now runs as root');
    const compared = figures.filter(([, d]) => d).length + (deltas.lint ? 1 : 0) + (deltas.runtime ? 1 : 0);
    const outcome: BudgetCheck['outcome'] = grew.length ? 'over' : compared === 0 ? 'unchecked' : 'within';
    const message = grew.length
      ? `no-regression: worse than the baseline: ${grew.join(', ')}`
      : compared === 0
        ? `no-regression: nothing could be compared with the baseline${why}`
        : 'no-regression: no key figure grew over the baseline';
    results.push({
      name: 'no-regression',
      limit: 'no growth',
      limitValue: 0,
      actual: grew.length,
      level: mode,
      outcome,
      message,
    });
  }
  return results;
}
