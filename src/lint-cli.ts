// `shipshape lint <files|globs…>`: exit 0 clean, 1 when a finding reaches the failure threshold
// (or a file cannot be linted), 2 on usage errors — as hadolint does.
import { parseArgs } from 'node:util';
import { consoleLogger } from './log.js';
import { evaluate, lintOnlyPolicy, parseThreshold, type Threshold } from './report/evaluate.js';

const FORMATS = ['text', 'json', 'sarif'] as const;

export const LINT_USAGE = `Usage: shipshape lint <files|globs…> [options]

Lint Dockerfiles. Globs such as '**/Dockerfile*' or '*.Dockerfile' are expanded (quote them),
hidden folders included.

Options:
      --format F               text (default), json or sarif
      --config FILE            read lint settings from FILE (default: .shipshape.yml, else .hadolint.yaml)
      --no-config              ignore config files
      --no-shellcheck          do not run ShellCheck on RUN scripts
      --failure-threshold SEV  error|warning|info|style|none: exit 1 when a finding reaches it (default: info)
      --context DIR            build context, for rules about .dockerignore
  -h, --help                   show this help
`;

export interface LintIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
}

export async function lintCommand(argv: string[], io: LintIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'text' },
        config: { type: 'string' },
        'no-config': { type: 'boolean', default: false },
        'no-shellcheck': { type: 'boolean', default: false },
        'failure-threshold': { type: 'string' },
        context: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    io.stderr.write(`shipshape lint: ${(e as Error).message}\n\n${LINT_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(LINT_USAGE);
    return 0;
  }
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format))
    return usage(io, `--format: "${values.format}" is not one of ${FORMATS.join(', ')}`);
  let thresholdFlag: Threshold | undefined;
  try {
    if (values['failure-threshold'] !== undefined)
      thresholdFlag = parseThreshold(values['failure-threshold'], '--failure-threshold');
  } catch (e) {
    return usage(io, (e as Error).message);
  }
  if (positionals.length === 0) return usage(io, 'no Dockerfile given');

  const lint = await import('./lint/index.js');
  let config;
  try {
    config = await lint.loadConfigFor({
      cwd: io.cwd,
      configFile: values['no-config'] ? null : values.config,
    });
  } catch (e) {
    io.stderr.write(`shipshape lint: ${(e as Error).message}\n`);
    return 2;
  }
  const run = await lint.lintFiles(positionals, {
    cwd: io.cwd,
    config,
    contextDir: values.context ?? null,
    shellcheck: !values['no-shellcheck'],
    logger: consoleLogger(io.stderr),
  });
  if (format === 'json') io.stdout.write(lint.formatJson(run));
  else if (format === 'sarif') {
    const { findRepoRoot, formatSarif } = await import('./lint/sarif.js');
    io.stdout.write(formatSarif(run, { repoRoot: findRepoRoot(io.cwd), cwd: io.cwd }));
  } else io.stdout.write(lint.formatText(run));

  // The same decider as `shipshape check`, with lint's own policy (no image to judge).
  const threshold: Threshold = thresholdFlag ?? config.failureThreshold ?? 'info';
  const { status } = evaluate(
    {
      lint: { findings: run.files.flatMap((f) => f.findings), errors: run.files.flatMap((f) => f.errors) },
      build: null,
      runtime: null,
    },
    lintOnlyPolicy(threshold),
  );
  return status === 'fail' ? 1 : 0;
}

function usage(io: LintIo, message: string): number {
  io.stderr.write(`shipshape lint: ${message}\n\n${LINT_USAGE}`);
  return 2;
}
