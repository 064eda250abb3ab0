import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/model.js';
import { dialectOf, parseShellcheckJson, shellcheckJobs } from '../../src/lint/shellcheck.js';

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
        'ONBUILD RUN echo trigger',
        'SHELL ["pwsh", "-c"]',
        'RUN Write-Host skipped',
        'RUN ["echo", "exec"]',
      ].join('\n'),
    );
    const jobs = shellcheckJobs('Dockerfile', model);
    expect(jobs.map((j) => j.instruction.line)).toEqual([4, 7, 8]);
    expect(jobs[0]!.script).toMatch(/^#!\/bin\/sh\n/);
    expect(jobs[0]!.script).toContain('export VERSION=1\n');
    expect(jobs[0]!.script).toContain('export APP_HOME=1\n');
    expect(jobs[0]!.script).toContain('export https_proxy=1\n');
    expect(jobs[0]!.script).toContain('export all_proxy=1\n');
    expect(jobs[0]!.script.trimEnd().endsWith('echo $VERSION $APP_HOME')).toBe(true);
    expect(jobs[1]!.script).toMatch(/^#!\/bin\/bash\n/);
    expect(jobs[1]!.script).not.toContain('export VERSION');
    // The ONBUILD trigger runs in a child image: hadolint checks it with /bin/sh, not the stage SHELL.
    expect(jobs[2]!.script).toMatch(/^#!\/bin\/sh\n/);
  });

  it('leaves exec form alone: no shell runs it, so $HOME there is a literal word', () => {
    const jobs = shellcheckJobs(
      'D',
      parseDockerfile('FROM x\nRUN ["/bin/echo", "$HOME"]\nONBUILD RUN ["ls", "$d"]'),
    );
    expect(jobs).toEqual([]);
  });

  it('gives ONBUILD triggers only the earlier ONBUILD ARG/ENV/SHELL of their stage', () => {
    const jobs = shellcheckJobs(
      'D',
      parseDockerfile(
        [
          'FROM x',
          'ARG plain',
          'ONBUILD ARG from_trigger',
          'ONBUILD SHELL ["/bin/bash", "-c"]',
          'ONBUILD RUN echo one',
          'FROM y',
          'ONBUILD RUN echo two',
        ].join('\n'),
      ),
    );
    expect(jobs.map((j) => j.instruction.line)).toEqual([5, 7]);
    expect(jobs[0]!.script).toMatch(/^#!\/bin\/bash\n/);
    expect(jobs[0]!.script).toContain('export from_trigger=1\n');
    expect(jobs[0]!.script).not.toContain('export plain=');
    expect(jobs[1]!.script).toMatch(/^#!\/bin\/sh\n/);
    expect(jobs[1]!.script).not.toContain('export from_trigger=');
  });

  it('lets a stage built on an earlier one keep its SHELL and variables', () => {
    const jobs = shellcheckJobs(
      'D',
      parseDockerfile(
        [
          'FROM debian AS base',
          'SHELL ["/bin/bash", "-c"]',
          'ENV tool_home=/opt',
          'FROM base',
          'RUN echo one',
          'FROM debian',
          'RUN echo two',
        ].join('\n'),
      ),
    );
    expect(jobs[0]!.script).toMatch(/^#!\/bin\/bash\n/);
    expect(jobs[0]!.script).toContain('export tool_home=1\n');
    expect(jobs[1]!.script).toMatch(/^#!\/bin\/sh\n/);
    expect(jobs[1]!.script).not.toContain('tool_home');
  });

  it('honours the `# hadolint shell=` pragma for every stage before FROM, for the rest of a stage after', () => {
    const lines = (first: string) =>
      shellcheckJobs(
        'D',
        parseDockerfile(
          [
            first,
            'FROM win',
            'RUN Get-Item a',
            '# hadolint shell=/bin/bash',
            'RUN echo b',
            'FROM win',
            'RUN c',
          ].join('\n'),
        ),
      ).map((j) => j.instruction.line);
    // Global PowerShell: the in-stage bash pragma is the only way back to a checkable shell.
    expect(lines('# hadolint shell=powershell.exe')).toEqual([5]);
    expect(lines('# just a comment')).toEqual([3, 5, 7]);
    const windows = parseDockerfile('FROM win\n# hadolint shell = pwsh\nRUN echo $x\nONBUILD RUN echo $y');
    expect(shellcheckJobs('D', windows)).toEqual([]);
    // A comment after the shell is not part of it.
    const commented = parseDockerfile('# hadolint shell=/bin/bash  # the image has bash\nFROM x\nRUN echo');
    expect(commented.instructions[1]!.shell).toEqual(['/bin/bash']);
  });

  it('skips shells ShellCheck cannot check and looks through env and busybox', () => {
    expect(dialectOf(['/bin/sh', '-c'])).toBe('sh');
    expect(dialectOf(['/usr/local/bin/bash', '-eo', 'pipefail', '-c'])).toBe('bash');
    expect(dialectOf(['/bin/ash', '-c'])).toBe('ash');
    expect(dialectOf(['/usr/bin/env', 'bash', '-c'])).toBe('bash');
    expect(dialectOf(['/bin/busybox', 'sh', '-c'])).toBe('ash');
    expect(dialectOf(['/bin/mksh', '-c'])).toBe('ksh');
    for (const shell of [
      ['pwsh', '-c'],
      ['cmd.exe', '/S', '/C'],
      ['C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', '-command'],
      ['/bin/zsh', '-c'],
      ['/usr/bin/fish', '-c'],
      ['/bin/busybox'],
    ])
      expect(dialectOf(shell)).toBeNull();
    const model = parseDockerfile('FROM x\nSHELL ["/bin/zsh", "-c"]\nRUN echo $a');
    expect(shellcheckJobs('D', model)).toEqual([]);
  });

  it('reads heredocs as BuildKit runs them', () => {
    const scripts = (run: string) =>
      shellcheckJobs('D', parseDockerfile(`FROM x\n${run}`)).map((j) =>
        j.script
          .split('\n')
          .filter((l) => !l.startsWith('export '))
          .join('\n'),
      );
    // The body is the script, run by SHELL…
    expect(scripts('RUN <<EOF\necho $a\nEOF')).toEqual(['#!/bin/sh\necho $a\n']);
    // …or by the interpreter of its own shebang; a body in another language is not ShellCheck's.
    expect(scripts('RUN <<EOF\n#!/usr/bin/env bash\nset -o pipefail\nEOF')).toEqual([
      '#!/bin/bash\nset -o pipefail\n',
    ]);
    expect(scripts('RUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF')).toEqual([]);
    // A shell reading the heredoc on stdin runs the body.
    expect(scripts('RUN bash -e <<EOF\necho $RANDOM\nEOF')).toEqual(['#!/bin/bash\necho $RANDOM\n']);
    expect(scripts('RUN <<EOF bash\necho $RANDOM\nEOF')).toEqual(['#!/bin/bash\necho $RANDOM\n']);
    // A heredoc fed to another command: the command line, then each body and its delimiter.
    expect(scripts("RUN cat <<'CONF' > /etc/a && cat <<EOT\nk=$v\nCONF\nmore\nEOT")).toEqual([
      "#!/bin/sh\ncat <<'CONF' > /etc/a && cat <<EOT\nk=$v\nCONF\nmore\nEOT\n",
    ]);
  });

  it('exports only names a shell can reference', () => {
    const [job] = shellcheckJobs('D', parseDockerfile('FROM x\nENV my.dotted=1 ok_name=2\nRUN echo'));
    expect(job!.script).toContain('export ok_name=1\n');
    expect(job!.script).not.toContain('my.dotted');
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
