// What the action publishes for a report, in either mode: the summary keeps what the comment cuts,
// annotations point into the workspace, and the failed step names only the failing reasons.
import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT } from '../../src/report/markdown.js';
import { publicationOf } from '../../src/report/publication.js';
import { finding, headReport, rootPullRequestReport } from './fixtures.js';

const links = {
  blobUrl: 'https://github.com/o/r/blob/ffac537e6cbbf934b08745a378932722df287a53/',
  baseBlobUrl: null,
  summaryUrl: 'https://github.com/o/r/actions/runs/42',
};

describe('publicationOf', () => {
  it('gives the comment within its limit and the whole report to the summary', () => {
    const report = headReport();
    // 400 findings with 300-character messages: far more than a comment can hold.
    report.lint.findings = Array.from({ length: 400 }, (_, i) =>
      finding(`rule-${i}`, i + 1, { message: `finding number ${i} `.padEnd(300, 'x') }),
    );
    const p = publicationOf(report, links);
    expect(p.comment.length).toBeLessThan(COMMENT_LIMIT);
    expect(p.comment).toContain('[job summary](https://github.com/o/r/actions/runs/42)');
    expect(p.comment).not.toContain('finding number 399 ');
    expect(p.summary).toContain('finding number 399 ');
    expect(p.outputs.findings).toBe(400);
  });

  it('sets the outputs from the report', () => {
    const report = rootPullRequestReport();
    const p = publicationOf(report, links);
    expect(p.outputs).toMatchObject({
      size: 184_000_000 + 9_000_000,
      layers: 10,
      'non-root': false,
      status: 'fail',
      passed: false,
      'size-delta': 9_000_000,
      'layers-delta': 1,
    });
  });

  it('fails the step with the failing reasons only, and not at all on a warning', () => {
    const report = headReport({
      status: 'fail',
      reasons: [
        { status: 'fail', code: 'budget:max-size', message: 'image is 184 MB, over max-size 100 MB' },
        { status: 'warn', code: 'lint', message: 'one warning' },
        { status: 'fail', code: 'runs-as-root', message: 'the container runs as root' },
      ],
    });
    expect(publicationOf(report, links).failure).toBe(
      'image is 184 MB, over max-size 100 MB; the container runs as root',
    );
    const warned = headReport({
      status: 'warn',
      reasons: [{ status: 'warn', code: 'lint', message: 'one warning' }],
    });
    expect(publicationOf(warned, links).failure).toBeNull();
  });

  it('annotates findings on paths relative to the workspace, worst first', () => {
    const report = headReport();
    report.lint.findings = [
      finding('info-rule', 9, { severity: 'info', file: '/home/runner/work/app/docker/Dockerfile' }),
      finding('error-rule', 4, { severity: 'error', file: '/home/runner/work/app/docker/Dockerfile' }),
      finding('relative-rule', 2, { file: 'Dockerfile' }),
    ];
    const p = publicationOf(report, links, '/home/runner/work/app');
    expect(p.annotations.map((a) => [a.level, a.file, a.startLine])).toEqual([
      ['error', 'docker/Dockerfile', 4],
      ['warning', 'Dockerfile', 2],
      ['notice', 'docker/Dockerfile', 9],
    ]);
    // Without a workspace the paths are left as the findings give them.
    expect(publicationOf(report, links).annotations[0]!.file).toBe('/home/runner/work/app/docker/Dockerfile');
  });
});
