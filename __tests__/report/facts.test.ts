// What the Markdown and text renderers both read off a report: the size by instruction, the
// subject, counted words and signed changes.
import { describe, expect, it } from 'vitest';
import { readableCreatedBy } from '../../src/dockerfile/history-key.js';
import {
  BASE_IMAGE_LAYERS,
  instructionSizes,
  largestInstructions,
  plural,
  signed,
  subjectLabel,
} from '../../src/report/facts.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { formatBytes } from '../../src/units.js';
import { comparedReport, headReport } from './fixtures.js';

describe('instructionSizes', () => {
  it("without a baseline: the base image's layers as one row, then the image's own, biggest first", () => {
    const report = headReport();
    const layers = report.image!.layers!;
    const rows = instructionSizes(report);
    const baseBytes = layers.filter((l) => l.fromBase).reduce((n, l) => n + l.sizeBytes, 0);
    expect(rows.find((r) => r.fromBase)).toMatchObject({ instruction: BASE_IMAGE_LAYERS, head: baseBytes });
    const own = layers.filter((l) => !l.fromBase);
    expect(rows.filter((r) => !r.fromBase).map((r) => [r.line, r.head])).toEqual(
      own.sort((a, b) => b.sizeBytes - a.sizeBytes).map((l) => [l.line, l.sizeBytes]),
    );
    expect(rows.every((r) => r.change === null && r.base === null)).toBe(true);
  });

  it("names a layer by the Dockerfile's text when tied to a line, else by its history and position", () => {
    const report = headReport();
    const layers = report.image!.layers!;
    const copy = layers.find((l) => l.createdBy?.startsWith('COPY'))!;
    copy.instruction = 'COPY --chown=app app.py .';
    const run = layers.find((l) => l.createdBy?.startsWith('RUN'))!;
    run.line = null;
    run.instruction = run.createdBy;
    const rows = instructionSizes(report);
    expect(rows.find((r) => r.head === copy.sizeBytes)!.instruction).toBe('COPY --chown=app app.py .');
    expect(rows.find((r) => r.head === run.sizeBytes)!.instruction).toBe(
      `layer ${run.index + 1}: ${readableCreatedBy(run.createdBy!)}`,
    );
  });

  it("with a baseline: the comparison's rows in its order, with both sides and the change", () => {
    const report = comparedReport();
    const rows = instructionSizes(report);
    expect(rows.map((r) => [r.line, r.baseLine, r.head, r.base, r.change])).toEqual(
      report.deltas!.instructions.map((d) => [d.line, d.baseLine, d.headBytes, d.baseBytes, d.change]),
    );
    const base = report.deltas!.instructions.find((d) => d.instruction === '(base image)')!;
    expect(rows.find((r) => r.fromBase)).toMatchObject({
      instruction: BASE_IMAGE_LAYERS,
      head: base.headBytes,
    });
  });

  it('the largest leave out what this image does not have, and what added nothing', () => {
    const report = comparedReport();
    const removed = report.deltas!.instructions.filter((d) => d.headBytes === null);
    expect(removed.length).toBeGreaterThan(0);
    const largest = largestInstructions(report, 100);
    expect(largest.length).toBe(report.deltas!.instructions.filter((d) => (d.headBytes ?? 0) > 0).length);
    expect(largest.map((r) => r.head)).toEqual([...largest.map((r) => r.head)].sort((a, b) => b! - a!));
  });
});

describe('the two renderers read the same facts', () => {
  it('the terminal and the Markdown name the same biggest own instruction and subject', () => {
    const report = headReport({
      subject: { dockerfile: 'api/Dockerfile', context: 'api', target: 'runtime', platform: 'linux/arm64' },
    });
    const own = report
      .image!.layers!.filter((l) => !l.fromBase)
      .sort((a, b) => b.sizeBytes - a.sizeBytes)[0]!;
    const text = renderText(report, { color: false });
    const md = renderMarkdown(report);
    const textRow = text
      .split('Largest instructions\n')[1]!
      .split('\n')
      .find((l) => l.includes(`line ${own.line}:`))!;
    expect(textRow).toContain(formatBytes(own.sizeBytes));
    expect(textRow).toContain(readableCreatedBy(own.createdBy!));
    // The Markdown escapes the text (`&` becomes `&amp;`): compare the part before any.
    const firstRow = md
      .split('Largest instructions</summary>')[1]!
      .split('\n')
      .find((l) => l.startsWith('| <code>'))!;
    expect(firstRow).toContain(readableCreatedBy(own.createdBy!).split('&')[0]!);
    expect(firstRow).toContain(formatBytes(own.sizeBytes).replace(' ', '\u00a0'));
    expect(text.split('\n')[0]).toContain('api/Dockerfile · target runtime · linux/arm64');
    expect(md).toContain('api/Dockerfile · target runtime · linux/arm64');
  });
});

describe('words', () => {
  it('plural counts one and many', () => {
    expect([plural(1, 'layer'), plural(0, 'layer'), plural(3, 'layer')]).toEqual([
      '1 layer',
      '0 layers',
      '3 layers',
    ]);
  });

  it('signed marks growth, shrinking in the format’s minus, and no change', () => {
    expect(signed(2_000_000, formatBytes)).toBe(`+${formatBytes(2_000_000)}`);
    expect(signed(-1_500, formatBytes, '−')).toBe(`−${formatBytes(1_500)}`);
    expect(signed(0, formatBytes)).toBe('±0');
  });

  it('subjectLabel leaves out what is not set and makes each part safe first', () => {
    expect(subjectLabel(headReport())).toBe('Dockerfile');
    const report = headReport({
      subject: { dockerfile: 'a|b', context: '.', target: 'x', platform: null },
    });
    expect(subjectLabel(report, (p) => p.replace('|', '\\|'))).toBe('a\\|b · target x');
  });
});
