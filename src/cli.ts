// The CLI front door: `shipshape check` runs the same pipeline as the action on a local
// Dockerfile and context; `shipshape lint` lints only. Modules are imported lazily so `lint`
// does not pay for the build/measure/verify code at start-up.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { UsageError } from './errors.js';
import { consoleLogger } from './log.js';
import { readOptions, type OptionName, type OptionSource, type Options } from './options.js';
import type { Report } from './report/types.js';
import { VERSION } from './version.js';

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
}

const USAGE = `shipshape ${VERSION}: keep container images in good order

Usage:
  shipshape check [options]            lint, build, measure and run the image; print the report
  shipshape lint <files|globs…> [opts] lint Dockerfiles only (see \`shipshape lint --help\`)

check options:
  -f, --file PATH            Dockerfile (default: Dockerfile), inside the working directory
  -c, --context DIR          build context (default: .), inside the working directory
      --allow-outside-workspace
                             let --file and --context lead outside the working directory
      --target STAGE         build stage to stop at
      --build-arg K=V        build argument (repeatable)
  -t, --tag REF              image tag (repeatable)
      --platform P           target platform (repeatable)
      --cache-from SPEC      cache source (repeatable)
      --cache-to SPEC        cache export (repeatable; default type=inline)
      --push                 push the image after building
      --pull                 always pull a newer base image
      --no-cache             build without cache
      --max-size V           budget, e.g. 200MB or warn=150MB,fail=200MB
      --max-compressed-size V
      --max-layers V
      --max-waste V          bytes or % of own bytes
      --max-size-increase V  growth over the baseline: bytes or %, e.g. warn=5%,fail=10%
      --max-layers-increase V
      --no-regression MODE   fail|warn|false: any key figure growing over the baseline
      --baseline MODE        auto|report|image|rebuild|none (default: auto)
      --baseline-report PATH the base branch's report (file or directory)
      --baseline-image REF   the base branch's image in a registry
      --baseline-ref REF     base commit or branch (for rebuild and the base's lint findings)
      --user USER            run the image as this user
      --run-command ARGS     arguments replacing CMD for the runtime check (JSON array or words)
      --smoke-path PATH      HTTP path to probe while the container runs, e.g. /healthz
      --smoke-port PORT      container port to probe (default: first EXPOSEd)
      --smoke-timeout DUR    how long the app may take to answer (default: 10s)
      --smoke-command ARGS   command run inside with docker exec; must exit 0
      --hardening            also try --read-only, --cap-drop ALL, no-new-privileges
      --allow-root           do not fail when the image runs as root
      --fail-on-crash        fail when the app exits non-zero or never starts (default: warn)
      --size-problems LEVEL  warn|fail|none: what junk and reclaimable waste weigh (default: warn)
      --config FILE          project configuration (default: .shipshape.yml when present)
      --lint-fail-on SEV     error|warning|info|style|none (default: error)
      --no-shellcheck        do not run ShellCheck on RUN scripts
      --no-compressed-size   do not compute the compressed size of an image that was not pushed
      --report-file PATH     write the JSON report here
      --sarif-file PATH      write lint, runtime and size findings as SARIF 2.1.0 here
      --format FMT           text (default; coloured on a terminal unless NO_COLOR is set),
                             markdown (the comment's) or json (the report)
  -h, --help                 this help
  -v, --version              the version

Exit status: 0 pass or warn, 1 fail, 2 a usage error (a bad flag, a path outside the working
directory, a file that is not a Dockerfile).
`;

/** Check flags whose name differs from the action.yml input they set. */
const FLAG_FOR: Partial<Record<OptionName, string>> = {
  'build-args': 'build-arg',
  tags: 'tag',
  platforms: 'platform',
  'require-non-root': 'allow-root',
  shellcheck: 'no-shellcheck',
  'compute-compressed-size': 'no-compressed-size',
};

/** The check command's flags as an option source keyed by action.yml's names. */
function flagSource(values: Record<string, string | boolean | string[] | undefined>): OptionSource {
  const flag = (name: OptionName) => FLAG_FOR[name] ?? name;
  return {
    text(name) {
      const value = values[flag(name)];
      // The negative flags (--allow-root, --no-shellcheck, --no-compressed-size) turn a default off.
      if (FLAG_FOR[name]?.startsWith('allow-') || FLAG_FOR[name]?.startsWith('no-'))
        return value ? 'false' : '';
      if (typeof value === 'boolean') return value ? 'true' : '';
      return typeof value === 'string' ? value : '';
    },
    items(name) {
      const value = values[flag(name)];
      return Array.isArray(value) ? value : undefined;
    },
    label: (name) => `--${flag(name)}`,
  };
}

const FORMATS = ['text', 'markdown', 'json'] as const;
type Format = (typeof FORMATS)[number];

async function render(report: Report, format: Format, out: NodeJS.WritableStream): Promise<string> {
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n';
  if (format === 'markdown') return (await import('./report/markdown.js')).renderMarkdown(report);
  return (await import('./report/text.js')).renderText(report, { color: useColor(out) });
}

/** Colours only on a terminal, and never when NO_COLOR is set (no-color.org). */
export function useColor(out: NodeJS.WritableStream, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean((out as NodeJS.WriteStream).isTTY) && !env.NO_COLOR;
}

/** `check`'s flags read through the one options reader; throws a UsageError on a bad one. */
export function readCheckFlags(argv: string[]): { options: Options; format: Format } {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: false,
    options: {
      file: { type: 'string', short: 'f' },
      context: { type: 'string', short: 'c' },
      target: { type: 'string' },
      'build-arg': { type: 'string', multiple: true, default: [] },
      tag: { type: 'string', short: 't', multiple: true, default: [] },
      platform: { type: 'string', multiple: true, default: [] },
      'cache-from': { type: 'string', multiple: true, default: [] },
      'cache-to': { type: 'string', multiple: true, default: [] },
      push: { type: 'boolean', default: false },
      pull: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      'max-size': { type: 'string' },
      'max-compressed-size': { type: 'string' },
      'max-layers': { type: 'string' },
      'max-waste': { type: 'string' },
      'max-size-increase': { type: 'string' },
      'max-layers-increase': { type: 'string' },
      'no-regression': { type: 'string' },
      baseline: { type: 'string' },
      'baseline-report': { type: 'string' },
      'baseline-image': { type: 'string' },
      'baseline-ref': { type: 'string' },
      user: { type: 'string' },
      'run-command': { type: 'string' },
      'smoke-path': { type: 'string' },
      'smoke-port': { type: 'string' },
      'smoke-timeout': { type: 'string' },
      'smoke-command': { type: 'string' },
      hardening: { type: 'boolean', default: false },
      'allow-root': { type: 'boolean', default: false },
      'fail-on-crash': { type: 'boolean', default: false },
      'size-problems': { type: 'string' },
      'allow-outside-workspace': { type: 'boolean', default: false },
      config: { type: 'string' },
      'lint-fail-on': { type: 'string' },
      'no-shellcheck': { type: 'boolean', default: false },
      'no-compressed-size': { type: 'boolean', default: false },
      'report-file': { type: 'string' },
      'sarif-file': { type: 'string' },
      format: { type: 'string', default: 'text' },
    },
  });
  if (!(FORMATS as readonly string[]).includes(values.format!))
    throw new UsageError(`--format: "${values.format}" is not one of ${FORMATS.join(', ')}`);
  const options = readOptions(flagSource(values));
  // The CLI always loads the image into the local engine: it is measured and run there.
  return {
    options: { ...options, build: { ...options.build, load: true } },
    format: values.format as Format,
  };
}

async function check(argv: string[], io: CliIo): Promise<number> {
  const { options, format } = readCheckFlags(argv);
  const build = options.build;

  const [{ runPipeline }, { installCancellation, RunCancelled }] = await Promise.all([
    import('./pipeline.js'),
    import('./cancel.js'),
  ]);
  const cancellation = installCancellation(130);
  try {
    const { report, dockerfile } = await runPipeline(
      {
        cwd: io.cwd,
        paths: {
          allowOutside: options.allowOutsideWorkspace,
          label: (name) => `--${name}`,
          rootName: 'working directory',
        },
        build,
        budgets: options.budgets,
        policy: options.policy,
        runtime: options.runtime,
        configFile: options.configFile,
        shellcheck: options.shellcheck,
        computeCompressedSize: options.computeCompressedSize,
        signal: cancellation.signal,
        baseline: options.baseline,
        changeBudgets: options.changeBudgets,
      },
      consoleLogger(io.stderr),
    );
    const files = await import('./report/write.js');
    if (options.reportFile) await files.writeReportFile(report, resolve(io.cwd, options.reportFile));
    if (options.sarifFile)
      await files.writeSarifFile(report, resolve(io.cwd, options.sarifFile), io.cwd, dockerfile);
    io.stdout.write(await render(report, format, io.stdout));
    return report.status === 'fail' ? 1 : 0;
  } catch (e) {
    if (!(e instanceof RunCancelled) && !cancellation.received()) throw e;
    await cancellation.cleanedUp();
    const stage = e instanceof RunCancelled ? e.stage : 'report';
    io.stderr.write(
      `shipshape: cancelled (${cancellation.received() ?? 'signal'}) during the ${stage} stage\n`,
    );
    return 130;
  } finally {
    cancellation.dispose();
  }
}

export async function cli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        if (rest.includes('-h') || rest.includes('--help')) break;
        return await check(rest, io);
      case 'lint': {
        const { lintCommand } = await import('./lint-cli.js');
        return await lintCommand(rest, io);
      }
      case '-v':
      case '--version':
        io.stdout.write(`${VERSION}\n`);
        return 0;
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        break;
      default:
        io.stderr.write(`shipshape: unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
    io.stdout.write(USAGE);
    return 0;
  } catch (e) {
    const err = e as Error & { code?: string };
    // A bad flag or path is a usage error (exit 2, as hadolint and most CLIs); so is a file
    // that is not a Dockerfile, which the pipeline finds when it reads it.
    if (e instanceof UsageError || err.name === 'UsageError' || err.code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`shipshape: ${err.message}\n`);
      return 2;
    }
    io.stderr.write(`shipshape: ${err.message}\n`);
    if (process.env.SHIPSHAPE_DEBUG) io.stderr.write(`${err.stack}\n`);
    return 1;
  }
}
