import { describe, expect, it } from 'vitest';
import { withMarker } from '../../src/github/comment.js';
import { COMMENT_LIMIT, headline, renderComment, renderMarkdown } from '../../src/report/markdown.js';
import { comparedReport, finding, headReport, junk, wasted } from './fixtures.js';

const options = {
  blobUrl: 'https://github.com/o/r/blob/ffac537/',
  baseBlobUrl: 'https://github.com/o/r/blob/6dcb09b/',
  summaryUrl: 'https://github.com/o/r/actions/runs/42',
};

/** Markdown a reviewer's browser would choke on: unbalanced tags, fences or table rows. */
function expectWellFormed(md: string): void {
  expect(md.match(/<details/g)?.length ?? 0).toBe(md.match(/<\/details>/g)?.length ?? 0);
  let fence: string | null = null;
  const outside: string[] = [];
  for (const line of md.split('\n')) {
    if (fence === null) {
      const open = /^(`{3,})/.exec(line);
      if (open) fence = open[1]!;
      else outside.push(line);
    } else if (line.startsWith(fence) && /^`+$/.test(line)) fence = null;
  }
  expect(fence, 'an unclosed code fence').toBeNull();
  for (const table of outside
    .join('\n')
    .split(/\n\n/)
    .filter((b) => b.startsWith('| '))) {
    const rows = table.split('\n').filter((l) => l.startsWith('|'));
    const cells = rows.map((r) => r.split('|').length);
    expect(new Set(cells).size, table.slice(0, 200)).toBe(1);
  }
}

describe('headline', () => {
  it('shows the figures that matter with their deltas', () => {
    const report = comparedReport([finding('new-one', 2), finding('new-two', 5)]);
    expect(headline(report)).toBe(
      '184 MB (−32 MB, −14.8%) · 61 MB compressed · 9 layers (−2) · runs as uid 10001 (was root) · 4 new findings · 4 fixed',
    );
  });

  it('says "no new findings" when the baseline had them all', () => {
    const report = comparedReport();
    report.deltas!.lint = { new: [], fixed: [], unchanged: 2 };
    expect(headline(report)).toMatch(/ · no new findings$/);
  });

  it('without a baseline, shows plain figures and the finding count', () => {
    expect(headline(headReport())).toBe(
      '184 MB · 61 MB compressed · 9 layers · runs as uid 10001 · 2 lint findings',
    );
  });

  it('names a failed build and a root user', () => {
    const report = headReport({
      image: null,
      build: { ...headReport().build!, ok: false },
      runtime: {
        user: '',
        uid: 0,
        nonRoot: false,
        source: 'runtime',
        evidence: { processes: [], exitCode: null, notes: [] },
      },
    });
    expect(headline(report)).toBe('**build failed** · **runs as root** · 2 lint findings');
  });
});

describe('renderMarkdown', () => {
  it('renders a compared report (snapshot)', () => {
    const md = renderMarkdown(comparedReport([finding('new-one', 2)]), options);
    expectWellFormed(md);
    expect(md).toMatchSnapshot();
  });

  it('renders a first report without a baseline (snapshot)', () => {
    const md = renderMarkdown(headReport(), options);
    expectWellFormed(md);
    expect(md).toMatchSnapshot();
  });

  it('charts base vs head per instruction with labels of its own making', () => {
    const md = renderMarkdown(comparedReport(), options);
    const mermaid = /```mermaid\n([\s\S]*?)```/.exec(md)![1]!;
    expect(mermaid).toContain('xychart-beta');
    expect(mermaid).toContain('x-axis ["base image", "was L2 RUN", "L3 RUN", "was L3 RUN", "L5 COPY"]');
    expect(mermaid).toContain('bar [74.8, 0.0, 109.1, 0.0, 0.1]');
    expect(mermaid).toContain('line [116.8, 20.1, 0.0, 79.0, 0.1]');
  });

  it('lists fixed findings linked to the base version and new ones linked to the head', () => {
    const md = renderMarkdown(comparedReport([finding('new-one', 2)]), options);
    expect(md).toContain('Fixed lint findings (4)');
    expect(md).toContain('[Dockerfile:6](https://github.com/o/r/blob/6dcb09b/Dockerfile#L6)');
    expect(md).toContain('New lint findings (3)');
    expect(md).toContain('[Dockerfile:2](https://github.com/o/r/blob/ffac537/Dockerfile#L2)');
  });

  it('says when the baseline could not be compared and why', () => {
    const report = comparedReport();
    report.baseline!.refused = 'the baseline is linux/arm64 but this image is linux/amd64';
    expect(renderMarkdown(report)).toContain(
      'image figures not compared: the baseline is linux/arm64 but this image is linux/amd64',
    );
  });
});

describe('a hostile Dockerfile and 70,000 characters of findings', () => {
  const hostile = 'RUN echo "<!-- x -->" `id` | tee @someone <img src=x onerror=alert(1)> -->';
  const findings = Array.from({ length: 400 }, (_, i) =>
    finding(`rule-${i}`, i + 1, { message: `${hostile} ${'x'.repeat(150)}`, file: 'docker/Dockerfile|`@x`' }),
  );
  const report = comparedReport(findings);
  report.status = 'fail';
  report.reasons = [
    { status: 'fail', code: 'build-failed', message: `the build failed at line 3 (${hostile})` },
  ];
  report.build = {
    ...report.build!,
    ok: false,
    error: {
      message: hostile,
      line: 3,
      instruction: hostile,
      logTail: `${hostile}\n\`\`\`\n@someone\n`.repeat(500),
    },
  };
  report.runtime!.evidence = {
    processes: [{ pid: 1, command: hostile, uids: [0, 0, 0, 0], gids: [0, 0, 0, 0], observedAt: 'start' }],
    exitCode: null,
    notes: [hostile],
  };
  report.image!.junk = [junk('apt-cache', `/app/${hostile}`, 1_000, 3)];
  report.subject.dockerfile = `Dockerfile ${hostile}`;

  it('has that many characters to render', () => {
    expect(findings.reduce((n, f) => n + f.message.length, 0)).toBeGreaterThan(70_000);
  });

  it('fits a comment with its marker, says so, and points to the job summary', () => {
    const body = renderComment(report, options);
    expect(withMarker(report.key, body).length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain("shortened to stay under GitHub's 65,536-character limit");
    expect(body).toContain('[job summary](https://github.com/o/r/actions/runs/42)');
    expect(body).toContain('…and ');
    expectWellFormed(body);
  });

  it('cannot open or close an HTML comment, inject a tag, break a table or mention anyone', () => {
    for (const md of [renderComment(report, options), renderMarkdown(report, options)]) {
      expect(md).not.toMatch(/<!--|-->|@someone|@x/);
      expectWellFormed(md);
      // Outside code blocks (where text is literal), no tag and no raw backtick survives.
      const prose = md.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '');
      expect(prose).not.toMatch(/<img|[^\\]`id/);
    }
  });

  it('keeps the whole report in the job summary version', () => {
    const md = renderMarkdown(report, options);
    expect(md).toContain('rule-399');
    expect(md).not.toContain('shortened');
  });
});

describe('waste and junk', () => {
  it('lists what the measure stage found, biggest first, with the lines that wrote and removed it', () => {
    const report = headReport();
    report.image!.reclaimableBytes = 843_652;
    report.image!.waste = [
      wasted('var/lib/dpkg/status', 90_495, 'overwritten', null, 4),
      wasted('var/cache/debconf/templates.dat', 753_157, 'overwritten', 3, 4),
    ];
    report.image!.junk = [junk('apt-cache', 'var/cache/apt', 87_598_904, 4)];
    const md = renderMarkdown(report);
    expect(md).toContain(
      '| <code>var/cache/debconf/templates.dat</code> | 753 kB | overwritten, written on line 3, then on line 4 |',
    );
    expect(md).toContain(
      '| <code>var/lib/dpkg/status</code> | 90.5 kB | overwritten, written in the base image, then on line 4 |',
    );
    expect(md).toContain('| <code>var/cache/apt</code> | 87.6 MB | apt-cache, line 4 |');
    expect(md.indexOf('templates.dat')).toBeLessThan(md.indexOf('dpkg/status'));
  });

  it('leaves out zero-byte rewrites and shows the 15 biggest paths, summing the rest', () => {
    const report = headReport();
    report.image!.waste = [
      wasted('etc/.pwd.lock', 0, 'overwritten'),
      ...Array.from({ length: 20 }, (_, i) => wasted(`p${i}`, 1_000 * (i + 1), 'deleted')),
    ];
    const md = renderMarkdown(report);
    expect(md).not.toContain('pwd.lock');
    expect(md).toContain('<code>p19</code>');
    expect(md).not.toContain('<code>p4</code>');
    expect(md).toContain('…and 5 more paths (15 kB).');
  });
});

describe('runtime evidence', () => {
  const runtimeOf = (md: string) => md.slice(md.indexOf('Runtime evidence'));

  it('puts the static and the runtime verdict side by side, with the steps it took', () => {
    const md = runtimeOf(renderMarkdown(headReport()));
    expect(md).toContain('| user | <code>10001</code>, set by this Dockerfile | started with this user |');
    expect(md).toContain('| uid | 10001 (app), gid 10001 (app) | 10001 (effective, 1 process) |');
    expect(md).toContain('| verdict | non-root | non-root: never root |');
    expect(md).toContain('- stop: exited on SIGTERM in 140 ms');
    expect(md).toContain('<sub>start 240 ms · settle 520 ms · stop 140 ms · total 1.05 s</sub>');
  });

  it('claims no uid the host did not see and no total that was not timed', () => {
    const report = headReport();
    Object.assign(report.runtime!, { evidence: { processes: [], notes: [] }, totalMs: undefined });
    const md = runtimeOf(renderMarkdown(report));
    expect(md).toContain('| uid | 10001 (app), gid 10001 (app) | not observed |');
    expect(md).toContain('<sub>start 240 ms · settle 520 ms · stop 140 ms</sub>');
  });

  it('says when nothing was observed, shows the exit, the smoke probes, hardening and writable files', () => {
    const report = headReport();
    Object.assign(report.runtime!, {
      source: 'static',
      privileges: 'unknown',
      evidence: { processes: [], notes: ['the container exited before it could be observed'] },
      stop: null,
      state: { status: 'exited', running: false, exitCode: 3, error: null, oomKilled: false },
      logTail: 'Traceback: boom @someone',
      smoke: {
        ok: false,
        http: {
          url: 'http://127.0.0.1:4000/healthz',
          containerPort: '8000/tcp',
          ok: false,
          status: 500,
          ms: 35,
          attempts: 1,
          error: null,
        },
        exec: { command: ['/app/check'], ok: true, exitCode: 0, ms: 12, outputTail: '' },
      },
      hardening: {
        combined: { flags: ['--read-only', '--cap-drop', 'ALL'], ok: false },
        each: [
          { flags: ['--read-only'], ok: false },
          { flags: ['--cap-drop', 'ALL'], ok: true },
        ],
      },
      writable: { ...(report.runtime!.writable as object), files: [{ path: '/app/app.py' }] },
    });
    const md = runtimeOf(renderMarkdown(report));
    expect(md).toContain('| verdict | non-root | not observed: the verdict is the static one |');
    expect(md).toContain('- exited on its own with code 3 before it could be stopped');
    expect(md).toContain('- smoke: http://127.0.0.1:4000/healthz answered 500 after 35 ms ❌');
    expect(md).toContain('- smoke: <code>/app/check</code> exited 0 after 12 ms ✅');
    expect(md).toContain(
      '- hardening (information): does not run with <code>--read-only --cap-drop ALL</code>; cannot take <code>--read-only</code>',
    );
    expect(md).toContain(
      '- writable app files: uid 10001 can write 1 under <code>/app</code>: <code>/app/app.py</code>',
    );
    expect(md).toContain('- the container exited before it could be observed');
    expect(md).toMatch(/```text\nTraceback: boom @\u200bsomeone\n```/);
  });
});
