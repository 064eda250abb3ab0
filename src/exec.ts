// The one way shipshape starts a process. Always argv (never a shell string), always a hard
// timeout, output captured with a cap, and every registered secret redacted before any text
// leaves this module. Built on node:child_process rather than @actions/exec because we need
// streaming stdout (docker save), kill-on-timeout and cancellation, which @actions/exec lacks.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

export interface ExecOptions {
  /** Milliseconds before the process is killed (SIGKILL after SIGTERM grace). */
  timeoutMs?: number;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string | Buffer;
  /** Called with each chunk of stdout/stderr as it arrives (already redacted). */
  onStdout?: (chunk: string) => void;
  onStderr?: (chunk: string) => void;
  /** Do not throw on a non-zero exit; the caller inspects `code`. */
  allowFailure?: boolean;
  /** Keep at most this many bytes of each stream (the tail). */
  maxOutputBytes?: number;
  signal?: AbortSignal;
}

export interface ExecResult {
  code: number;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  durationMs: number;
  timedOut: boolean;
}

export class ExecError extends Error {
  constructor(
    message: string,
    readonly result: ExecResult,
    readonly argv: string[],
  ) {
    super(message);
    this.name = 'ExecError';
  }
}

const DEFAULT_TIMEOUT_MS = 10 * 60_000;
const DEFAULT_MAX_OUTPUT = 4 * 1024 * 1024;
const KILL_GRACE_MS = 2_000;

const secrets = new Set<string>();

/** Values that must never appear in logs, reports or error messages. */
export function registerSecret(value: string | undefined | null): void {
  if (value && value.length >= 4) secrets.add(value);
}

export function redact(text: string): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join('***');
  return out;
}

/** Children still running, so a cancelled run (SIGINT/SIGTERM) can stop them. */
const running = new Set<ChildProcess>();

export function killAllChildren(): void {
  for (const child of running) child.kill('SIGKILL');
}

class TailBuffer {
  private chunks: Buffer[] = [];
  private size = 0;
  constructor(private readonly max: number) {}
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size > this.max && this.chunks.length > 1) this.size -= this.chunks.shift()!.length;
  }
  toString(): string {
    const all = Buffer.concat(this.chunks);
    return all.subarray(Math.max(0, all.length - this.max)).toString('utf8');
  }
}

function describe(argv: string[]): string {
  return redact(argv.map((a) => (/[\s"'$`\\]/.test(a) ? JSON.stringify(a) : a)).join(' '));
}

interface Spawned {
  child: ChildProcess;
  done: Promise<ExecResult>;
}

function start(file: string, args: string[], options: ExecOptions, captureStdout: boolean): Spawned {
  const argv = [file, ...args];
  const started = Date.now();
  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['pipe', 'pipe', 'pipe'],
    shell: false,
  });
  running.add(child);
  const max = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
  const out = new TailBuffer(max);
  const err = new TailBuffer(max);
  if (captureStdout) {
    child.stdout!.on('data', (c: Buffer) => {
      out.push(c);
      options.onStdout?.(redact(c.toString('utf8')));
    });
  }
  child.stderr!.on('data', (c: Buffer) => {
    err.push(c);
    options.onStderr?.(redact(c.toString('utf8')));
  });
  child.stdin!.on('error', () => undefined);
  if (options.input !== undefined) child.stdin!.end(options.input);
  else child.stdin!.end();

  let timedOut = false;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let killer: NodeJS.Timeout | undefined;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGTERM');
    killer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
  }, timeoutMs);
  const onAbort = () => child.kill('SIGKILL');
  options.signal?.addEventListener('abort', onAbort, { once: true });

  const done = new Promise<ExecResult>((resolve, reject) => {
    child.on('error', (e) => {
      clearTimeout(timer);
      running.delete(child);
      reject(new ExecError(`cannot run ${file}: ${e.message}`, emptyResult(started), argv));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (killer) clearTimeout(killer);
      running.delete(child);
      options.signal?.removeEventListener('abort', onAbort);
      const result: ExecResult = {
        code: code ?? (signal ? 128 : 1),
        signal,
        stdout: redact(out.toString()),
        stderr: redact(err.toString()),
        durationMs: Date.now() - started,
        timedOut,
      };
      if (timedOut) {
        reject(new ExecError(`${describe(argv)} timed out after ${timeoutMs} ms`, result, argv));
      } else if (result.code !== 0 && !options.allowFailure) {
        const tail = result.stderr.trim().split('\n').slice(-5).join('\n');
        reject(
          new ExecError(
            `${describe(argv)} exited with ${result.code}${tail ? `: ${tail}` : ''}`,
            result,
            argv,
          ),
        );
      } else {
        resolve(result);
      }
    });
  });
  return { child, done };
}

function emptyResult(started: number): ExecResult {
  return {
    code: -1,
    signal: null,
    stdout: '',
    stderr: '',
    durationMs: Date.now() - started,
    timedOut: false,
  };
}

/** Run a program to completion and capture its output. */
export function exec(file: string, args: string[], options: ExecOptions = {}): Promise<ExecResult> {
  return start(file, args, options, true).done;
}

/**
 * Run a program whose stdout is consumed as a stream (e.g. `docker save`). The returned
 * `done` settles when the process exits; stdout is not buffered.
 */
export function execStream(
  file: string,
  args: string[],
  options: ExecOptions = {},
): { stdout: Readable; stdin: Writable; done: Promise<ExecResult> } {
  const { child, done } = start(file, args, options, false);
  return { stdout: child.stdout!, stdin: child.stdin!, done };
}

/** Shorthand for the docker CLI, which every engine-facing stage uses. */
export function docker(args: string[], options: ExecOptions = {}): Promise<ExecResult> {
  return exec(process.env.SHIPSHAPE_DOCKER ?? 'docker', args, options);
}
