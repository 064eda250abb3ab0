// The CLI front door: `shipshape check` runs the same pipeline as the action on a local
// Dockerfile and context; `shipshape lint` lints only. Modules are imported lazily so `lint`
// does not pay for the build/measure/verify code at start-up.
import { parseArgs } from 'node:util';
import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { consoleLogger } from './log.js';
import { parseArgv, parseDuration, parseHttpPath, parsePort } from './options.js';
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
  -f, --file PATH            Dockerfile (default: Dockerfile)
  -c, --context DIR          build context (default: .)
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
      --config FILE          project configuration (default: .shipshape.yml when present)
      --lint-fail-on SEV     error|warning|info|style|none (default: error)
      --no-shellcheck        do not run ShellCheck on RUN scripts
      --no-compressed-size   do not compute the compressed size of an image that was not pushed
      --report-file PATH     write the JSON report here
      --sarif-file PATH      write lint, runtime and size findings as SARIF 2.1.0 here
      --format FMT           markdown (default) or json
  -h, --help                 this help
  -v, --version              the version
`;

async function check(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: false,
    options: {
      file: { type: 'string', short: 'f', default: 'Dockerfile' },
      context: { type: 'string', short: 'c', default: '.' },
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
      baseline: { type: 'string', default: 'auto' },
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
      config: { type: 'string' },
      'lint-fail-on': { type: 'string', default: 'error' },
      'no-shellcheck': { type: 'boolean', default: false },
      'no-compressed-size': { type: 'boolean', default: false },
      'report-file': { type: 'string' },
      'sarif-file': { type: 'string' },
      format: { type: 'string', default: 'markdown' },
    },
  });
  if (values.format !== 'markdown' && values.format !== 'json')
    throw new UsageFault(`--format: "${values.format}" is not markdown or json`);

  const [
    { parseTiered, parseNoRegression },
    { runPipeline },
    { renderMarkdown },
    { installCancellation, RunCancelled },
    decider,
  ] = await Promise.all([
    import('./report/budgets.js'),
    import('./pipeline.js'),
    import('./report/markdown.js'),
    import('./cancel.js'),
    import('./report/evaluate.js'),
  ]);
  let failOn;
  try {
    failOn = decider.parseThreshold(values['lint-fail-on']!, '--lint-fail-on');
  } catch (e) {
    throw new UsageFault((e as Error).message);
  }
  const { checkPolicy } = decider;
  let budgets;
  let runtime;
  let changeBudgets;
  const baselineMode = values.baseline as 'auto' | 'report' | 'image' | 'rebuild' | 'none';
  if (!['auto', 'report', 'image', 'rebuild', 'none'].includes(baselineMode))
    throw new UsageFault(`--baseline: "${baselineMode}" is not one of auto, report, image, rebuild, none`);
  try {
    runtime = {
      user: values.user ?? null,
      runCommand: parseArgv(values['run-command'], '--run-command'),
      smoke: {
        path: parseHttpPath(values['smoke-path'], '--smoke-path'),
        port: parsePort(values['smoke-port'], '--smoke-port'),
        timeoutMs: parseDuration(values['smoke-timeout'], '--smoke-timeout'),
        exec: parseArgv(values['smoke-command'], '--smoke-command'),
      },
      hardening: values.hardening!,
    };
    budgets = {
      maxSize: parseTiered(values['max-size'], 'bytes', '--max-size'),
      maxCompressedSize: parseTiered(values['max-compressed-size'], 'bytes', '--max-compressed-size'),
      maxLayers: parseTiered(values['max-layers'], 'count', '--max-layers'),
      maxWaste: parseTiered(values['max-waste'], 'bytes-or-percent', '--max-waste'),
    };
    changeBudgets = {
      maxSizeIncrease: parseTiered(values['max-size-increase'], 'bytes-or-percent', '--max-size-increase'),
      maxLayersIncrease: parseTiered(
        values['max-layers-increase'],
        'count-or-percent',
        '--max-layers-increase',
      ),
      noRegression: parseNoRegression(values['no-regression'], '--no-regression'),
    };
  } catch (e) {
    throw new UsageFault((e as Error).message);
  }
  const cancellation = installCancellation(130);
  try {
    const report = await runPipeline(
      {
        cwd: io.cwd,
        build: {
          file: values.file!,
          context: values.context!,
          target: values.target ?? null,
          buildArgs: values['build-arg']!,
          tags: values.tag!,
          labels: [],
          platforms: values.platform!,
          push: values.push!,
          load: true,
          pull: values.pull!,
          noCache: values['no-cache']!,
          builder: null,
          cacheFrom: values['cache-from']!,
          cacheTo: values['cache-to']!,
          network: null,
          secrets: [],
        },
        budgets,
        policy: checkPolicy(failOn, !values['allow-root']),
        runtime,
        configFile: values.config ?? null,
        shellcheck: !values['no-shellcheck'],
        computeCompressedSize: !values['no-compressed-size'],
        signal: cancellation.signal,
        baseline: {
          mode: baselineMode,
          reportPath: values['baseline-report'] ?? null,
          image: values['baseline-image'] ?? null,
          baseRef: values['baseline-ref'] ?? null,
        },
        changeBudgets,
      },
      consoleLogger(io.stderr),
    );
    if (values['report-file']) {
      const path = resolve(io.cwd, values['report-file']);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, JSON.stringify(report, null, 2) + '\n');
    }
    if (values['sarif-file']) {
      const path = resolve(io.cwd, values['sarif-file']);
      const [{ formatReportSarif }, { findRepoRoot }] = await Promise.all([
        import('./report/sarif.js'),
        import('./lint/sarif.js'),
      ]);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, formatReportSarif(report, { repoRoot: findRepoRoot(io.cwd), cwd: io.cwd }));
    }
    io.stdout.write(
      values.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : renderMarkdown(report),
    );
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

class UsageFault extends Error {}

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
    if (e instanceof UsageFault || err.code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`shipshape: ${err.message}\n`);
      return 2;
    }
    if (err.name === 'UsageError') {
      io.stderr.write(`shipshape: ${err.message}\n`);
      return 1;
    }
    io.stderr.write(`shipshape: ${err.message}\n`);
    if (process.env.SHIPSHAPE_DEBUG) io.stderr.write(`${err.stack}\n`);
    return 1;
  }
}
