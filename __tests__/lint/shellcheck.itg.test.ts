// Against the real shellcheck binary (installed by scripts/setup.sh; GitHub's runners ship one).
import { describe, expect, it } from 'vitest';
import { defaultLintConfig, lintFiles, lintText } from '../../src/lint/index.js';
import { parseDockerfile } from '../../src/lint/model.js';
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
