// The CLI's terminal rendering, from the same typed report as the comment.
import { describe, expect, it } from 'vitest';
import { readableCreatedBy } from '../../src/dockerfile/history-key.js';
import { renderText, terminalSafe } from '../../src/report/text.js';
import { formatBytes } from '../../src/units.js';
import { finding, headReport } from './fixtures.js';

const ESC = '\u001b';

describe('renderText', () => {
  it('prints the verdict, the figures and the largest instructions, biggest first', () => {
    const report = headReport();
    const text = renderText(report, { color: false });
    const lines = text.split('\n');
    expect(lines[0]).toBe('PASS  shipshape: Dockerfile');
    expect(lines[1]).toContain(formatBytes(report.image!.sizeBytes));
    expect(lines[1]).toContain(`${report.image!.layerCount} layers`);
    // The biggest own layer, read from the fixture rather than written down here.
    const own = report.image!.layers!.filter((l) => !l.fromBase).sort((a, b) => b.sizeBytes - a.sizeBytes);
    const section = text.split('Largest instructions\n')[1]!.split('\n').filter(Boolean);
    expect(section[0]).toContain(formatBytes(own[0]!.sizeBytes));
    expect(section[0]).toContain(`line ${own[0]!.line}: ${readableCreatedBy(own[0]!.createdBy!)}`);
    expect(section.some((l) => l.endsWith('base image layers'))).toBe(true);
    expect(text).not.toContain(ESC);
  });

  it('lists reasons and findings as plain text: no HTML entities, no Markdown', () => {
    const report = headReport({
      status: 'fail',
      reasons: [
        { status: 'fail', code: 'runs-as-root', message: 'The image runs as root (uid 0) at `CMD ["app"]`' },
      ],
      lint: {
        findings: [finding('apt-pin-versions', 3, { message: 'Pin "curl" in `apt-get install` [a|b] <x>' })],
        errors: [],
      },
    });
    const text = renderText(report, { color: false });
    expect(text.split('\n')[0]).toBe('FAIL  shipshape: Dockerfile');
    expect(text).toContain('  FAIL  The image runs as root (uid 0) at `CMD ["app"]`');
    expect(text).toContain(
      '  Dockerfile:3  warning  apt-pin-versions  Pin "curl" in `apt-get install` [a|b] <x>',
    );
    for (const markup of ['&quot;', '&#91;', '<code>', '&#124;', '**', '###'])
      expect(text).not.toContain(markup);
  });

  it('colours the verdict and severities only when asked', () => {
    const report = headReport({ lint: { findings: [finding('x', 2, { severity: 'error' })], errors: [] } });
    const coloured = renderText(report, { color: true });
    expect(coloured).toContain(`${ESC}[32mPASS${ESC}[0m`);
    expect(coloured).toContain(`${ESC}[31merror${ESC}[0m`);
    expect(coloured.replaceAll(new RegExp(`${ESC}\\[\\d+m`, 'g'), '')).toBe(
      renderText(report, { color: false }),
    );
  });

  it('never lets a Dockerfile write escape sequences to the terminal', () => {
    const report = headReport({
      lint: {
        findings: [finding('x', 1, { message: `evil ${ESC}]0;owned\u0007 ${ESC}[2J text\r\nnext` })],
        errors: [],
      },
    });
    const text = renderText(report, { color: false });
    expect(text).not.toContain(ESC);
    expect(text).not.toContain('\u0007');
    expect(text).not.toContain('\r');
    expect(text).toMatch(/evil +text +next/);
  });

  it('cuts the findings list and says how many more', () => {
    const findings = Array.from({ length: 7 }, (_, i) => finding('x', i + 1));
    const text = renderText(headReport({ lint: { findings, errors: [] } }), { color: false, maxFindings: 3 });
    expect(text).toContain('Lint findings (7)');
    expect(text).toContain('…and 4 more findings');
  });
});

describe('terminalSafe', () => {
  it('removes control characters, C1 included, flattens white space, and cuts long text', () => {
    expect(terminalSafe('a\u009bb\tc')).toBe('ab c');
    expect(terminalSafe('x'.repeat(10), 5)).toBe('xxxx…');
  });
});
