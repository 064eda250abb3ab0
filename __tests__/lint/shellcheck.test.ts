import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/lint/model.js';
import { parseShellcheckJson, shellcheckJobs } from '../../src/lint/shellcheck.js';

describe('shellcheckJobs', () => {
  it('builds one script per POSIX RUN with the SHELL shebang and ARG/ENV exports of the stage', () => {
    const model = parseDockerfile(
      [
        'FROM debian AS a',
        'ARG VERSION=1',
        'ENV APP_HOME=/app',
        'RUN echo $VERSION $APP_HOME',
        'FROM debian',
        'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
        'RUN echo $VERSION',
        'ONBUILD RUN echo skipped',
        'SHELL ["pwsh", "-c"]',
        'RUN Write-Host skipped',
        'RUN ["echo", "exec"]',
      ].join('\n'),
    );
    const jobs = shellcheckJobs('Dockerfile', model);
    expect(jobs.map((j) => j.instruction.line)).toEqual([4, 7]);
    expect(jobs[0]!.script).toMatch(/^#!\/bin\/sh\n/);
    expect(jobs[0]!.script).toContain('export VERSION=1\n');
    expect(jobs[0]!.script).toContain('export APP_HOME=1\n');
    expect(jobs[0]!.script).toContain('export https_proxy=1\n');
    expect(jobs[0]!.script.trimEnd().endsWith('echo $VERSION $APP_HOME')).toBe(true);
    expect(jobs[1]!.script).toMatch(/^#!\/bin\/bash\n/);
    expect(jobs[1]!.script).not.toContain('export VERSION');
  });
});

describe('parseShellcheckJson', () => {
  it('maps json1 comments to findings at the RUN line, collapsing duplicates', () => {
    const model = parseDockerfile('FROM x\nRUN echo $a \\\n  && echo $a');
    const jobs = shellcheckJobs('Dockerfile', model);
    const stdout = JSON.stringify({
      comments: [
        {
          file: 'run-0.sh',
          line: 12,
          endLine: 12,
          column: 6,
          level: 'info',
          code: 2086,
          message: 'Double quote to prevent globbing and word splitting.',
        },
        {
          file: 'run-0.sh',
          line: 12,
          endLine: 12,
          column: 20,
          level: 'info',
          code: 2086,
          message: 'Double quote to prevent globbing and word splitting.',
        },
        { file: 'other.sh', line: 1, endLine: 1, column: 1, level: 'error', code: 1000, message: 'ignored' },
      ],
    });
    const [findings] = parseShellcheckJson(stdout, jobs, (i) => `run-${i}.sh`);
    expect(findings).toEqual([
      {
        rule: 'SC2086',
        aliases: [],
        severity: 'info',
        file: 'Dockerfile',
        line: 2,
        column: 1,
        endLine: 3,
        message: 'Double quote to prevent globbing and word splitting.',
        docs: 'https://www.shellcheck.net/wiki/SC2086',
      },
    ]);
  });
});
