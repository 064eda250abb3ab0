// Against the real shellcheck binary (installed by scripts/setup.sh; GitHub's runners ship one).
import { describe, expect, it } from 'vitest';
import { defaultLintConfig, lintFiles, lintText } from '../../src/lint/index.js';
import { parseDockerfile } from '../../src/dockerfile/model.js';
import { runShellcheck, shellcheckJobs } from '../../src/lint/shellcheck.js';
import type { Logger } from '../../src/log.js';

const rules: never[] = [];

function recordingLogger(): Logger & { debugs: string[] } {
  const debugs: string[] = [];
  return {
    debugs,
    debug: (m) => debugs.push(m),
    info: () => undefined,
    warning: () => undefined,
    group: (_n, fn) => fn(),
  };
}

describe('ShellCheck on RUN', () => {
  it('reports SC codes at the RUN line, with hadolint exclusions and exported build variables', async () => {
    const text = [
      'FROM debian',
      'ARG version=1',
      'RUN echo "$version" $HOME && cd /tmp',
      'RUN for f in $(ls *.txt); do echo "$f"; done',
      'RUN . ./env.sh && echo "$UNDEFINED_HERE"',
    ].join('\n');
    const r = await lintText('Dockerfile', text, { configFile: null, rules });
    const codes = r.findings.map((f) => `${f.line}:${f.rule}`);
    expect(codes).toContain('3:SC2086');
    expect(codes).toContain('4:SC2045');
    expect(codes).toContain('3:SC2164');
    // SC2154 (referenced but not assigned) does not fire for a declared ARG; SC1090/SC2187 never.
    expect(codes.filter((c) => c.startsWith('3:SC2154'))).toEqual([]);
    expect(codes.some((c) => c.endsWith('SC1090') || c.endsWith('SC2187'))).toBe(false);
    expect(r.findings.every((f) => f.docs.startsWith('https://www.shellcheck.net/wiki/SC'))).toBe(true);
  });

  // hadolint's ShellCheck behaviour, case by case: each Dockerfile is linted as written and again
  // with every RUN wrapped in ONBUILD (a trigger sees only ONBUILD ARG/ENV/SHELL, so the stage's
  // own declarations do not count for it).
  const pwshLine = 'RUN Get-ChildItem env: | Where-Object Name -like $prefix*';
  const cases: { name: string; lines: string[]; flagged: boolean; flaggedOnbuild: boolean }[] = [
    { name: 'an unquoted expansion', lines: ['RUN ls $TARGET_DIR'], flagged: true, flaggedOnbuild: true },
    { name: 'a clean script', lines: ['RUN ls /srv'], flagged: false, flaggedOnbuild: false },
    {
      name: 'the proxy variables Docker predefines',
      lines: [
        'RUN curl -x "$http_proxy" -x "$https_proxy" -x "$ftp_proxy" --noproxy "$no_proxy" -x "$all_proxy" x',
      ],
      flagged: false,
      flaggedOnbuild: false,
    },
    {
      name: 'a misspelt proxy variable',
      lines: ['RUN echo "$HTTP_PROXI"'],
      flagged: true,
      flaggedOnbuild: true,
    },
    {
      name: 'ARG and ENV names of the stage',
      lines: [
        'ARG release=1',
        'ARG channel',
        'ENV prefix=/opt suffix=.d',
        'RUN echo "$release$channel$prefix$suffix"',
      ],
      flagged: false,
      flaggedOnbuild: true,
    },
    {
      name: 'names declared before a FROM',
      lines: ['ARG release=1', 'ENV prefix=/opt', 'FROM debian', 'RUN echo "$release$prefix"'],
      flagged: true,
      flaggedOnbuild: true,
    },
    {
      name: 'bash-only syntax under the default sh',
      lines: ['RUN [[ -d /srv ]]'],
      flagged: true,
      flaggedOnbuild: true,
    },
    {
      name: 'bash-only syntax under SHELL bash',
      lines: ['SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'RUN [[ -d /srv ]]'],
      flagged: false,
      flaggedOnbuild: true,
    },
    {
      name: 'bash-only syntax after a FROM that ends the bash stage',
      lines: ['SHELL ["/bin/bash", "-c"]', 'FROM debian', 'RUN [[ -d /srv ]]'],
      flagged: true,
      flaggedOnbuild: true,
    },
    {
      name: 'SHELL ash (no "ash is checked as dash" warning)',
      lines: ['SHELL ["/bin/ash", "-eo", "pipefail", "-c"]', 'RUN ls /srv'],
      flagged: false,
      flaggedOnbuild: false,
    },
    {
      name: 'SHELL pwsh',
      lines: ['SHELL ["pwsh", "-Command"]', pwshLine],
      flagged: false,
      flaggedOnbuild: false,
    },
    {
      name: 'SHELL cmd.exe',
      lines: ['SHELL ["cmd.exe", "/S", "/C"]', 'RUN dir %ProgramFiles% | findstr $x'],
      flagged: false,
      flaggedOnbuild: false,
    },
    {
      name: 'SHELL powershell.exe by absolute Windows path',
      lines: [
        'SHELL ["C:\\\\Windows\\\\System32\\\\WindowsPowerShell\\\\v1.0\\\\powershell.exe", "-Command"]',
        pwshLine,
      ],
      flagged: false,
      flaggedOnbuild: false,
    },
    {
      name: 'a shell pragma inside the stage',
      lines: [
        'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
        '# hadolint shell=powershell.exe',
        pwshLine,
      ],
      flagged: false,
      flaggedOnbuild: false,
    },
    {
      name: 'a shell pragma before the first FROM, for every stage',
      lines: [
        '# hadolint shell=pwsh',
        'FROM mcr.microsoft.com/powershell',
        pwshLine,
        'FROM mcr.microsoft.com/powershell',
        pwshLine,
      ],
      flagged: false,
      flaggedOnbuild: false,
    },
  ];
  it.each(cases)('hadolint parity: $name', async ({ lines, flagged, flaggedOnbuild }) => {
    const withFrom = lines.some((l) => l.startsWith('FROM')) ? lines : ['FROM debian', ...lines];
    const sc = async (ls: string[]) =>
      (await lintText('Dockerfile', ls.join('\n'), { configFile: null, rules })).findings.filter((f) =>
        f.rule.startsWith('SC'),
      );
    expect((await sc(withFrom)).length > 0).toBe(flagged);
    const onbuild = withFrom.map((l) => (l.startsWith('RUN') ? `ONBUILD ${l}` : l));
    const found = await sc(onbuild);
    expect(found.length > 0).toBe(flaggedOnbuild);
    // Reported at the ONBUILD line, where a pragma can silence them.
    for (const f of found) expect(onbuild[f.line - 1]).toMatch(/^ONBUILD RUN/);
  });

  it('reads heredocs without false alarms and sourced files without SC1091', async () => {
    const text = [
      'FROM debian',
      "RUN cat <<'CONF' > /etc/app.conf",
      'path=$HOME',
      'CONF',
      'RUN <<EOF',
      '#!/usr/bin/env bash',
      'set -euo pipefail',
      'echo "$RANDOM"',
      'EOF',
      'RUN <<EOF',
      '#!/usr/bin/env python3',
      'print("hi")',
      'EOF',
      'RUN bash <<EOF',
      '[[ -d /srv ]] && echo "$BASH_VERSION"',
      'EOF',
      'RUN . /etc/os-release && echo "$ID"',
      'SHELL ["/bin/zsh", "-c"]',
      'RUN print -l $path',
    ].join('\n');
    const r = await lintText('Dockerfile', text, { configFile: null, rules });
    expect(r.findings).toEqual([]);
  });

  it('honours pragmas, ignored and per-code severity for SC findings', async () => {
    const text = [
      'FROM debian',
      '# hadolint ignore=SC2086',
      'RUN echo $HOME',
      'RUN echo $PATH',
      'RUN ls *.txt | grep x',
    ].join('\n');
    const config = defaultLintConfig();
    config.rules['SC2086'] = { severity: 'error' };
    const r = await lintText('Dockerfile', text, { config, rules });
    expect(r.findings.map((f) => [f.line, f.rule, f.severity])).toContainEqual([4, 'SC2086', 'error']);
    expect(r.findings.some((f) => f.line === 3)).toBe(false);
    config.ignored = ['SC2086'];
    const r2 = await lintText('Dockerfile', text, { config, rules });
    expect(r2.findings.some((f) => f.rule === 'SC2086')).toBe(false);
  });

  it('runs one process for many files and says once, at debug level, when the binary is missing', async () => {
    const jobs = [
      ...shellcheckJobs('a', parseDockerfile('FROM x\nRUN echo $1')),
      ...shellcheckJobs('b', parseDockerfile('FROM x\nRUN echo $2')),
    ];
    const ok = await runShellcheck(jobs, recordingLogger());
    expect(ok.ran).toBe(true);
    if (ok.ran)
      expect(ok.findings.map((f) => f.map((x) => `${x.file}:${x.rule}`))).toEqual([
        ['a:SC2086'],
        ['b:SC2086'],
      ]);
    const logger = recordingLogger();
    const missing = await runShellcheck(jobs, logger, '/nonexistent/shellcheck');
    expect(missing.ran).toBe(false);
    expect(logger.debugs).toHaveLength(1);
    expect(logger.debugs[0]).toMatch(/shellcheck not run/);
  });

  it('is off with shellcheck: false', async () => {
    const r = await lintText('Dockerfile', 'FROM x\nRUN echo $HOME', {
      configFile: null,
      rules,
      shellcheck: false,
    });
    expect(r.findings).toEqual([]);
    const run = await lintFiles([], { configFile: null, rules });
    expect(run.files).toEqual([]);
  });
});
