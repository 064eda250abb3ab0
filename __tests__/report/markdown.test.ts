import { describe, expect, it } from 'vitest';
import { withMarker } from '../../src/github/comment.js';
import { evaluate } from '../../src/report/evaluate.js';
import {
  caveats,
  chartLabel,
  COMMENT_LIMIT,
  renderComment,
  renderMarkdown,
  verdict,
} from '../../src/report/markdown.js';
import { compare } from '../../src/baseline/compare.js';
import type { LayerFacts, Snapshot } from '../../src/comparison.js';
import { createdByKey, readableCreatedBy } from '../../src/dockerfile/history-key.js';
import type { LayerAnalysis } from '../../src/measure/types.js';
import { snapshotOfReport } from '../../src/report/snapshot.js';
import { comparedReport, finding, headReport, junk, rootPullRequestReport, wasted } from './fixtures.js';

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

/** The comment as a reader sees it: no-break spaces read as spaces. */
const plain = (md: string) => md.replaceAll('\u00a0', ' ');
/** The first two lines a reviewer reads: the title and the verdict. */
const firstTwo = (md: string) => plain(md).split('\n').filter(Boolean).slice(0, 2).join('\n');

describe('the verdict, first', () => {
  it('a PR that removes USER and adds 9 MB: what changed, by how much and why', () => {
    expect(firstTwo(renderComment(rootPullRequestReport()))).toBe(
      [
        '### ❌ shipshape: <code>Dockerfile</code>',
        '❌ **Fails**: this PR removed <code>USER 10001:10001</code>, so the container now runs as root · +8.23 MB (+13.5 %) to pull, mostly line 8 <code>RUN head -c 9000000 /dev/urandom &gt; /blob</code>',
      ].join('\n'),
    );
  });

  it('says "smaller" as plainly as it says a failure', () => {
    expect(firstTwo(renderComment(comparedReport()))).toMatch(
      /\n✅ \*\*Smaller\*\*: the container no longer runs as root \(uid 10001\) · −32 MB \(−14\.8 %\) unpacked/,
    );
  });

  it('a first report names the size a pull costs', () => {
    expect(firstTwo(renderComment(headReport()))).toMatch(
      /\n✅ \*\*Passes\*\*: 61 MB to pull \(184 MB unpacked\)$/,
    );
  });

  it('the naive example: the apt lists left behind are the verdict, with the line and the fix', () => {
    const report = headReport();
    report.image!.junk = [junk('apt-lists', 'var/lib/apt/lists', 82_900_000, 7)];
    const decided = evaluate({
      lint: report.lint,
      build: report.build,
      runtime: report.runtime,
      leftovers: { junk: report.image!.junk, waste: [], reclaimableBytes: 223_000 },
    });
    Object.assign(report, { status: decided.status, reasons: decided.reasons });
    expect(firstTwo(renderComment(report))).toMatch(
      /\n⚠️ \*\*Warns\*\*: 82\.9 MB of apt lists left by line 7: add <code>rm -rf \/var\/lib\/apt\/lists\/&#42;<\/code> in the same RUN · 61 MB to pull/,
    );
  });

  it('says the good news beside a warning, and no percentage for a change that rounds to 0 %', () => {
    const report = comparedReport();
    report.status = 'warn';
    report.reasons = [{ status: 'warn', code: 'lint', message: '1 lint finding at or above "warning"' }];
    report.deltas!.size = { base: 184_000_000, head: 184_004_350, change: 4_350, percent: 0 };
    expect(firstTwo(renderComment(report))).toMatch(
      /\n⚠️ \*\*Warns\*\*: 1 lint finding .* · the container no longer runs as root \(uid 10001\) · \+4\.35 kB unpacked\b/,
    );
  });

  it('says each reason once: the one in the verdict is not listed again', () => {
    const report = rootPullRequestReport();
    report.reasons.push({ status: 'warn', code: 'lint', message: 'one more thing' });
    const md = renderComment(report);
    expect(md.match(/so the container now runs as root/g)).toHaveLength(1);
    expect(md).not.toContain('the container runs as root: no USER set');
    expect(md).toContain('- ⚠️ one more thing');
  });
});

describe('base → PR → change', () => {
  it('marks growth and improvement on each figure, with the bytes new to pull', () => {
    const md = plain(renderComment(rootPullRequestReport()));
    expect(md).toContain('| | base | PR | change |');
    expect(md).toContain(
      '| to pull (compressed) | 61 MB | 69.2 MB | 🔴 +8.23 MB (+13.5 %); 9 MB new in 1 layer (uncompressed) |',
    );
    expect(md).toContain('| unpacked | 184 MB | 193 MB | 🔴 +9 MB (+4.9 %) |');
    expect(md).toContain('| layers | 9 | 10 | 🔴 +1 |');
    expect(md).toContain('| user | uid 10001 | **root** | 🔴 became root |');
    expect(plain(renderComment(comparedReport([finding('new-one', 2)])))).toContain(
      '| lint findings | 4 | 3 | 🔴 3 new, 🟢 4 fixed |',
    );
  });

  it('says why there are no figures where the figures would be', () => {
    const failed = headReport({ image: null, build: { ...headReport().build!, ok: false } });
    expect(renderComment(failed)).toContain('| image | **build failed** |');
    expect(renderComment(headReport({ image: null }))).toContain('| image | **not measured** |');
  });

  it('without a baseline, shows this image alone', () => {
    const md = plain(renderComment(headReport()));
    expect(md).toContain('| | this image |\n| --- | ---: |\n| to pull (compressed) | 61 MB |');
  });
});

describe('caveats are stated in the comment', () => {
  it('a baseline of another key, another platform, and an approximate compressed change', () => {
    const report = rootPullRequestReport();
    report.baseline!.otherKey = 'api.Dockerfile';
    report.baseline!.platform = 'linux/arm64';
    const md = plain(renderComment(report));
    expect(md).toContain('> [!NOTE]');
    expect(md).toContain(
      "> The baseline may be another image: the baseline report's key &quot;api.Dockerfile&quot; is not &quot;Dockerfile&quot;; compared anyway",
    );
    expect(md).toContain('> The baseline was built for linux/arm64, this image for linux/amd64.');
    expect(md).toContain(
      '> Compressed sizes are computed here (gzip of each layer) on both sides, not read from a registry',
    );
  });

  it('says the baseline may be another image from the recorded key, not from the words of a note', () => {
    const report = rootPullRequestReport();
    report.baseline!.notes = ['a note that says "compared anyway" for some other reason'];
    expect(caveats(report).join(' ')).not.toContain('another image');
    report.baseline!.notes = [];
    report.baseline!.otherKey = 'worker/Dockerfile';
    expect(caveats(report)[0]).toMatch(
      /^the baseline may be another image: the baseline report's key &quot;worker\/Dockerfile&quot; is not &quot;Dockerfile&quot;/,
    );
  });

  it('marks a compressed change between a registry and a computed size as approximate, and says why', () => {
    const report = rootPullRequestReport();
    report.deltas!.compressedSize = {
      ...report.deltas!.compressedSize!,
      basis: 'mixed',
      approximate:
        "the baseline's compressed size is the registry's blob sizes, this image's gzip computed here",
    };
    const md = plain(renderComment(report));
    expect(md).toMatch(/\| to pull \(compressed\) \| [^|]+ \| [^|]+ \| ≈ /);
    expect(md).toContain(
      "> The change to pull (≈) is approximate: the baseline's compressed size is the registry's blob sizes, this image's gzip computed here.",
    );
    expect(md).not.toContain('Compressed sizes are computed here');
    // The verdict then speaks of the exact figure, the unpacked size.
    expect(md.split('\n')[0]).not.toContain('to pull');
  });

  it("no caveat when the compressed sizes are the store's own", () => {
    const report = rootPullRequestReport();
    report.image!.compressedSource = 'stored';
    expect(caveats(report).join(' ')).not.toContain('approximate');
  });
});

describe('the change chart', () => {
  it("plots the PR's growth per instruction without the base image, labelled with line, instruction and value", () => {
    const md = renderComment(rootPullRequestReport());
    const chart = /```mermaid\n([\s\S]*?)```/.exec(md)![1]!;
    expect(chart).toContain('xychart-beta horizontal');
    expect(chart).toContain('x-axis ["L8 RUN head +9 MB"]');
    expect(chart).toContain('bar [9]');
    expect(chart).not.toContain('base image');
    expect(chart).toContain('"plotColorPalette":"#cf222e"');
  });

  it('shows growth and shrinking as two coloured series, biggest change first', () => {
    const chart = /```mermaid\n([\s\S]*?)```/.exec(renderComment(comparedReport()))![1]!;
    expect(chart).toContain(
      'x-axis ["L3 RUN apt-get +109 MB", "was L3 RUN apt-get −79 MB", "was L2 RUN apt-get −20.1 MB"]',
    );
    expect(chart).toContain('bar [109.1, 0, 0]');
    expect(chart).toContain('bar [0, 79, 20.1]');
  });

  it("has no chart without a baseline, nor when nothing of the Dockerfile's own changed", () => {
    expect(renderComment(headReport())).not.toContain('```mermaid');
    const report = rootPullRequestReport();
    report.deltas!.instructions = report.deltas!.instructions.filter((i) => i.kind === 'unchanged');
    expect(renderComment(report)).not.toContain('```mermaid');
  });

  it('labels keep nothing of the Dockerfile but letters, digits and ._/-', () => {
    expect(chartLabel('RUN "x"]; %%{init}%% echo', 4)).toBe('L4 RUN x');
    expect(chartLabel('COPY --chown=app . /app', null, 9)).toBe('was L9 COPY');
    // A layer no line names (a registry image read by its history alone) is labelled by position.
    expect(chartLabel('layer 4: RUN head -c 1 /dev/zero', null, null, 4)).toBe('layer 4 RUN head');
    expect(chartLabel('layer 7', null, null, 7)).toBe('layer 7');
  });
});

describe('the instructions table', () => {
  it('never wraps a size, and its bars are proportional under a header with their scale', () => {
    const md = renderComment(headReport());
    const table = md.slice(md.indexOf('| instruction |'));
    expect(table).not.toMatch(/\d (?:B|kB|MB|GB)\b/);
    expect(plain(table)).toContain('| instruction | size | size, █ = 10 MB |');
    // 109.1 MB at 10 MB a cell is 10 cells and 7 eighths; 100 kB is under an eighth: no bar.
    expect(plain(table)).toContain('| 109 MB | ██████████▉ |');
    expect(plain(table)).toContain('| <code>COPY app.py .</code> | 100 kB |  |');
  });

  it('in a PR, folds the unchanged rows under <details>', () => {
    const md = plain(renderComment(rootPullRequestReport()));
    const folded = md.indexOf('<details><summary>3 unchanged instructions (184 MB)</summary>');
    expect(folded).toBeGreaterThan(
      md.indexOf(
        '| <code>RUN head -c 9000000 /dev/urandom &gt; /blob</code> | added | 9 MB | 🔴 +9 MB | ▉ |',
      ),
    );
    expect(md.indexOf('<code>COPY app.py .</code>')).toBeGreaterThan(folded);
  });
});

describe('say each thing once', () => {
  it('keeps uids per process, pids and timings out of the comment and in the job summary', () => {
    const comment = plain(renderComment(rootPullRequestReport()));
    const summary = plain(renderMarkdown(rootPullRequestReport()));
    for (const debug of ['pid 4321', 'real/effective/saved/fs', 'start 240 ms', 'in 140 ms']) {
      expect(comment).not.toContain(debug);
      expect(summary).toContain(debug);
    }
  });

  it('leaves a stop that needed a kill to its reason in the comment, and never calls it an exit of its own', () => {
    const report = headReport();
    Object.assign(report.runtime!, {
      stop: { ...report.runtime!.stop!, killed: true, exitedOnSignal: false, ms: 10_000, exitCode: 137 },
      state: { status: 'exited', running: false, exitCode: 137, error: null, oomKilled: false },
    });
    const comment = plain(renderComment(report));
    expect(comment).not.toContain('exited on its own');
    expect(comment).not.toContain('- stop:');
    expect(plain(renderMarkdown(report))).toContain(
      '- stop: PID 1 did not exit within 10.0 s of SIGTERM and was killed',
    );
  });

  it('budget rows read "max-size ≤ 400 MB", with the tier only when it was broken', () => {
    const report = headReport();
    report.budgets = [
      {
        name: 'max-size',
        limit: '400 MB',
        limitValue: 400e6,
        actual: 184e6,
        level: 'fail',
        status: 'pass',
        message: '',
      },
      {
        name: 'max-layers',
        limit: '8',
        limitValue: 8,
        actual: 9,
        level: 'warn',
        status: 'warn',
        message: '',
      },
    ];
    const md = plain(renderComment(report));
    expect(md).toContain('| ✅ | max-size ≤ 400 MB | 184 MB |');
    expect(md).toContain('| ⚠️ | max-layers ≤ 8 (warns) | 9 |');
    expect(md).not.toContain('(fail)');
  });

  it('lint rows show L4 linked to the line, the most severe first', () => {
    const report = headReport();
    report.lint.findings = [
      finding('style-one', 2, { severity: 'style' }),
      finding('info-one', 3, { severity: 'info' }),
      finding('error-one', 9, { severity: 'error' }),
      finding('warning-one', 4),
    ];
    const md = renderComment(report, options);
    expect(md).toContain('| 🟠 warning | [L4](https://github.com/o/r/blob/ffac537/Dockerfile#L4) |');
    const order = ['error-one', 'warning-one', 'info-one', 'style-one'].map((r) => md.indexOf(`[${r}]`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('renderMarkdown', () => {
  it('renders the comment of a PR that removes USER and adds 9 MB (snapshot)', () => {
    const md = renderComment(rootPullRequestReport(), options);
    expectWellFormed(md);
    expect(md).toMatchSnapshot();
  });

  it('renders the job summary of the same PR, with the runtime detail (snapshot)', () => {
    const md = renderMarkdown(rootPullRequestReport(), options);
    expectWellFormed(md);
    expect(md).toMatchSnapshot();
  });

  it('renders a compared report (snapshot)', () => {
    const md = renderComment(comparedReport([finding('new-one', 2)]), options);
    expectWellFormed(md);
    expect(md).toMatchSnapshot();
  });

  it('renders a first report without a baseline (snapshot)', () => {
    const md = renderComment(headReport(), options);
    expectWellFormed(md);
    expect(md).toMatchSnapshot();
  });

  it('lists fixed findings linked to the base version and new ones linked to the head', () => {
    const md = renderMarkdown(comparedReport([finding('new-one', 2)]), options);
    expect(md).toContain('Fixed lint findings in <code>Dockerfile</code> (4)');
    expect(md).toContain('[L6](https://github.com/o/r/blob/6dcb09b/Dockerfile#L6)');
    expect(md).toContain('New lint findings in <code>Dockerfile</code> (3)');
    expect(md).toContain('[L2](https://github.com/o/r/blob/ffac537/Dockerfile#L2)');
  });

  it('says when the baseline could not be compared and why', () => {
    const report = comparedReport();
    report.baseline!.refused = 'the baseline is linux/arm64 but this image is linux/amd64';
    expect(renderMarkdown(report)).toContain(
      'Image figures not compared: the baseline is linux/arm64 but this image is linux/amd64',
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
      // Mermaid's axis range is the one `-->` we write, on a line of our own making.
      const ours = /^ {2}y-axis "(?:MB|kB)" 0 --> [\d.]+$/gm;
      expect(md.replace(ours, '')).not.toMatch(/<!--|-->|@someone|@x/);
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
    const md = plain(renderMarkdown(report));
    expect(md).toContain(
      '| <code>var/cache/debconf/templates.dat</code> | 753 kB | overwritten, written on line 3, then on line 4 |',
    );
    expect(md).toContain(
      '| <code>var/lib/dpkg/status</code> | 90.5 kB | overwritten, written in the base image, then on line 4 |',
    );
    expect(md).toContain('| <code>var/cache/apt</code> | 87.6 MB | apt-cache, line 4 |');
    expect(md.indexOf('templates.dat')).toBeLessThan(md.indexOf('dpkg/status'));
  });

  it('leaves out rows under 10 kB and shows the 15 biggest paths, summing the rest', () => {
    const report = headReport();
    report.image!.waste = [
      wasted('etc/.pwd.lock', 0, 'overwritten'),
      wasted('etc/passwd', 9_999, 'overwritten'),
      ...Array.from({ length: 20 }, (_, i) => wasted(`p${i}`, 10_000 * (i + 1), 'deleted')),
    ];
    const md = plain(renderMarkdown(report));
    expect(md).not.toContain('pwd.lock');
    expect(md).not.toContain('<code>etc/passwd</code>');
    expect(md).toContain('<code>p19</code>');
    expect(md).not.toContain('<code>p4</code>');
    expect(md).toContain('…and 5 more paths (150 kB).');
  });
});

describe('runtime evidence', () => {
  const runtimeOf = (md: string) => md.slice(md.indexOf('Runtime evidence'));

  it('puts the static and the runtime verdict side by side, with the steps it took', () => {
    const md = plain(runtimeOf(renderMarkdown(headReport())));
    expect(md).toContain('| user | <code>10001</code>, set by this Dockerfile | started with this user |');
    expect(md).toContain('| uid | 10001 (app), gid 10001 (app) | 10001 (effective, 1 process) |');
    expect(md).toContain('| verdict | non-root | non-root: never root |');
    expect(md).toContain('- stop: exited on SIGTERM in 140 ms');
    expect(md).toContain('<sub>start 240 ms · settle 520 ms · stop 140 ms · total 1.05 s</sub>');
  });

  it('claims no uid the host did not see and no total that was not timed', () => {
    const report = headReport();
    Object.assign(report.runtime!, { evidence: { processes: [], notes: [] }, totalMs: undefined });
    const md = plain(runtimeOf(renderMarkdown(report)));
    expect(md).toContain('| uid | 10001 (app), gid 10001 (app) | not observed |');
    expect(md).toContain('<sub>start 240 ms · settle 520 ms · stop 140 ms</sub>');
  });

  it('says when nothing was observed, shows the exit, the smoke probes, hardening and writable files', () => {
    const report = headReport();
    Object.assign(report.runtime!, {
      source: null,
      nonRoot: null,
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
    const md = plain(runtimeOf(renderMarkdown(report)));
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

// Issue 14's example against an image baseline: the registry's image read by its history alone
// (no lines, no stages), the head aligned to its Dockerfile, both compressed sizes exact blobs.
describe('the verdict names the instruction behind a change only when it explains it', () => {
  it('names none when the size to pull moved the other way than the unpacked size', () => {
    const report = rootPullRequestReport();
    const grew = report.deltas!.size!;
    expect(grew.change).toBeGreaterThan(0);
    expect(verdict(report).sentence).toContain('mostly line');
    report.deltas!.compressedSize = {
      base: 60_000_000,
      head: 59_000_000,
      change: -1_000_000,
      percent: -1.7,
      basis: 'exact',
      approximate: null,
    };
    const sentence = verdict(report).sentence;
    expect(sentence).toMatch(/−1\sMB .* to pull/);
    expect(sentence).not.toContain('mostly');
  });
});

describe('the comment against an image baseline', () => {
  const created = (script: string) => `RUN |1 V=1 /bin/sh -c ${script} # buildkit`;
  const measured = (
    index: number,
    diffId: string,
    sizeBytes: number,
    createdBy: string | null,
    line: number | null,
  ): LayerAnalysis => ({
    index,
    diffId,
    sizeBytes,
    tarBytes: sizeBytes,
    entryCount: 1,
    addsContent: true,
    createdBy,
    instruction: createdBy && line !== null ? readableCreatedBy(createdBy) : null,
    instructionKey: createdBy ? createdByKey(createdBy) : null,
    line,
    stage: line === null ? null : '0',
    fromBase: line === null,
    origin: line === null ? 'base' : 'own',
    wastedBytes: 0,
    hidesBytes: 0,
    compressedSizeBytes: Math.round(sizeBytes * 0.4),
    digest: `sha256:blob-${diffId}`,
  });
  const fromRegistry = (
    position: number,
    diffId: string,
    sizeBytes: number,
    createdBy: string | null,
  ): LayerFacts => ({
    position,
    diffId,
    digest: `sha256:blob-${diffId}`,
    sizeBytes,
    compressedSizeBytes: Math.round(sizeBytes * 0.4),
    createdBy,
    instruction: null,
    instructionKey: createdBy ? createdByKey(createdBy) : null,
    line: null,
    stage: null,
    fromBase: false,
  });

  function imageBaselineReport() {
    const report = headReport();
    const layers = [
      measured(0, 'deb', 116_000_000, '', null),
      measured(1, 'a', 3_000_000, created('head -c 3000000 /dev/urandom > /a'), 2),
      measured(2, 'b', 9_000_000, created('head -c 9000000 /dev/urandom > /b'), 3),
      measured(3, 'user2', 5_100, created('useradd -u 10001 app'), 4),
    ];
    report.image = {
      ...report.image!,
      layers,
      sizeBytes: layers.reduce((n, l) => n + l.sizeBytes, 0),
      compressedSizeBytes: layers.reduce((n, l) => n + l.compressedSizeBytes!, 0),
      compressedSource: 'stored',
      layerCount: layers.length,
    };
    const baseLayers = [
      fromRegistry(1, 'deb', 116_000_000, ''),
      fromRegistry(2, 'a', 3_000_000, created('head -c 3000000 /dev/urandom > /a')),
      fromRegistry(3, 'user1', 5_100, created('useradd -u 10001 app')),
    ];
    const base: Snapshot = {
      image: {
        sizeBytes: baseLayers.reduce((n, l) => n + l.sizeBytes!, 0),
        compressedSizeBytes: baseLayers.reduce((n, l) => n + l.compressedSizeBytes!, 0),
        compressedSource: 'registry',
        layerCount: baseLayers.length,
        reclaimableBytes: 0,
        layers: baseLayers,
        user: '10001',
        platform: 'linux/amd64',
      },
      lint: null,
      runtime: null,
      cache: null,
    };
    report.deltas = compare(base, snapshotOfReport(report));
    report.baseline = {
      source: 'image',
      requested: 'image',
      ref: '127.0.0.1:5000/app:main',
      description: 'the image 127.0.0.1:5000/app:main',
      platform: 'linux/amd64',
      refused: null,
      otherKey: null,
      notes: [],
    };
    return report;
  }

  it('reads like a report baseline: one row +9 MB, the rest ±0 and folded, no position guessed', () => {
    const md = renderComment(imageBaselineReport());
    expectWellFormed(md);
    expect(md).toMatch(
      /<code>RUN head -c 9000000 \/dev\/urandom &gt; \/b<\/code> \| added \| 9\u00a0MB \| 🔴 \+9\u00a0MB/,
    );
    expect(md).toContain('3 unchanged instructions');
    expect(md).not.toMatch(/L\?|removed/);
    expect(md).toContain('x-axis ["L3 RUN head +9 MB"]');
    // Both sides are exact blobs: no ≈, no caveat about computed sizes.
    expect(md).not.toContain('≈');
    expect(md).not.toContain('computed here');
    expect(md).toMatchSnapshot();
  });
});
