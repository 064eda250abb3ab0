// What the renderers (Markdown for the comment and summary, plain text for a terminal) read off a
// report before any formatting (pure): the subject, the size each instruction added, counted
// words and signed changes. Each renderer escapes and lays these out in its own format.
import { BASE_IMAGE_ROW } from '../comparison.js';
import { layerName } from '../dockerfile/history-key.js';
import { layerFacts } from './snapshot.js';
import type { Report } from './types.js';

/** "1 layer", "3 layers". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "+9 MB", "-2 kB" (`minus` is the format's minus sign), "±0". */
export function signed(n: number, format: (n: number) => string, minus = '-'): string {
  return n > 0 ? `+${format(n)}` : n < 0 ? `${minus}${format(-n)}` : '±0';
}

/**
 * What was checked: the Dockerfile, its target and platform, each part first made safe for the
 * format by `part`.
 */
export function subjectLabel(report: Pick<Report, 'subject'>, part = (text: string) => text): string {
  const s = report.subject;
  return [s.dockerfile, s.target ? `target ${s.target}` : '', s.platform ?? '']
    .filter(Boolean)
    .map(part)
    .join(' · ');
}

/** The label of the base image's layers, counted as one row. */
export const BASE_IMAGE_LAYERS = 'base image layers';

/** The bytes one instruction of the Dockerfile added (the base image's layers as one row). */
export interface InstructionSize {
  /** The instruction's text, one line; BASE_IMAGE_LAYERS for the base image. */
  instruction: string;
  fromBase: boolean;
  /** Line in this Dockerfile; null for the base image or an instruction the PR removed. */
  line: number | null;
  /** Line in the baseline's Dockerfile, when compared. */
  baseLine: number | null;
  /** 1-based layer position, in this image or else in the baseline; null for the base image. */
  layer: number | null;
  /** Bytes in this image; null when the instruction is only in the baseline. */
  head: number | null;
  /** Bytes in the baseline; null without one, or when the instruction is new. */
  base: number | null;
  /** head − base; null without a baseline. */
  change: number | null;
}

/**
 * The size by instruction: against the baseline when compared (the comparison's order), else this
 * image's own layers, biggest first, below one row for the base image's.
 */
export function instructionSizes(report: Pick<Report, 'image' | 'baseline' | 'deltas'>): InstructionSize[] {
  const deltas = report.deltas?.instructions ?? [];
  if (deltas.length) {
    return deltas.map((d) => {
      const fromBase = d.instruction === BASE_IMAGE_ROW;
      return {
        instruction: fromBase ? BASE_IMAGE_LAYERS : d.instruction,
        fromBase,
        line: d.line,
        baseLine: d.baseLine,
        layer: d.layer ?? d.baseLayer,
        head: d.headBytes,
        base: d.baseBytes,
        change: report.baseline ? d.change : null,
      };
    });
  }
  const layers = layerFacts(report.image?.layers);
  const rows: InstructionSize[] = layers
    .filter((l) => !l.fromBase && l.sizeBytes != null)
    .map((l) => ({
      instruction: layerName(l),
      fromBase: false,
      line: l.line,
      baseLine: null,
      layer: l.position,
      head: l.sizeBytes,
      base: null,
      change: null,
    }));
  if (layers.some((l) => l.fromBase))
    rows.unshift({
      instruction: BASE_IMAGE_LAYERS,
      fromBase: true,
      line: null,
      baseLine: null,
      layer: null,
      head: layers.filter((l) => l.fromBase).reduce((n, l) => n + (l.sizeBytes ?? 0), 0),
      base: null,
      change: null,
    });
  return rows.sort((a, b) => (b.head ?? 0) - (a.head ?? 0));
}

/** The instructions that added the most bytes to this image, biggest first. */
export function largestInstructions(
  report: Pick<Report, 'image' | 'baseline' | 'deltas'>,
  max: number,
): InstructionSize[] {
  return instructionSizes(report)
    .filter((r) => (r.head ?? 0) > 0)
    .sort((a, b) => b.head! - a.head!)
    .slice(0, max);
}
