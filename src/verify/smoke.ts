// The smoke test: which port to probe, how to publish it, an HTTP probe that polls, and a command
// run inside; against the container under test or a hardened run of the image.
import type { Check, SmokeOptions } from './check.js';
import type { Container } from './container.js';
import type { ExecProbeResult, HttpProbeResult, SmokeResult } from './types.js';

export const MAX_PUBLISHED_PORTS = 16;

/** Normalises "8080" / "8080/tcp" / "53/udp" to the engine's "port/proto" form. */
export function portSpec(port: string | number): string {
  const text = String(port);
  return text.includes('/') ? text : `${text}/tcp`;
}

/** The container port the HTTP probe targets, or null when there is none to probe. */
export function smokePort(exposedPorts: string[], port: number | null | undefined): string | null {
  if (port) return portSpec(port);
  const tcp = exposedPorts.map(portSpec).filter((p) => p.endsWith('/tcp'));
  tcp.sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  return tcp[0] ?? null;
}

/**
 * Publishes every EXPOSEd port (and the probe port) to a free port on the loopback interface
 * only, so a check never opens the runner to the network and never collides with another run.
 */
export function publishArgs(
  exposedPorts: string[],
  extraPort: string | null,
  maxPorts = MAX_PUBLISHED_PORTS,
): string[] {
  // A port range in EXPOSE becomes one entry per port; publishing thousands would start as many
  // proxies, so only the probe port and the first few others are published.
  const ports = [...new Set([...(extraPort ? [extraPort] : []), ...exposedPorts.map(portSpec)])].slice(
    0,
    maxPorts,
  );
  return ports.flatMap((p) => ['--publish', `127.0.0.1::${p}`]);
}

/** Parses `docker port <c> <port>` ("127.0.0.1:49153", maybe more lines) into host:port. */
export function parseDockerPort(output: string): { host: string; port: number } | null {
  for (const line of output.split('\n')) {
    const m = /^\s*(\[[^\]]+\]|[^:\s]+):(\d+)\s*$/.exec(line);
    if (!m) continue;
    const host = m[1] === '0.0.0.0' ? '127.0.0.1' : m[1]!;
    return { host, port: Number(m[2]) };
  }
  return null;
}

export function isSmokeStatus(status: number): boolean {
  return status >= 200 && status < 400;
}

const PROBE_INTERVAL_MS = 100;
const ATTEMPT_CAP_MS = 2_000;

/**
 * GETs `url` until it answers 2xx–3xx or `timeoutMs` passes. Redirects are not followed: a 3xx
 * is already a sign of life. Connection errors while the app is still starting are retried.
 */
export async function httpProbe(
  url: string,
  containerPort: string,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<HttpProbeResult> {
  const started = Date.now();
  const until = started + timeoutMs;
  let attempts = 0;
  let status: number | null = null;
  let error: string | null = null;
  while (!signal.aborted) {
    attempts += 1;
    const left = until - Date.now();
    try {
      const res = await fetch(url, {
        redirect: 'manual',
        signal: AbortSignal.any([signal, AbortSignal.timeout(Math.max(1, Math.min(ATTEMPT_CAP_MS, left)))]),
      });
      status = res.status;
      await res.body?.cancel();
      if (isSmokeStatus(res.status)) {
        return { url, containerPort, ok: true, status, ms: Date.now() - started, attempts, error: null };
      }
      error = `HTTP ${res.status}`;
    } catch (e) {
      const cause = e instanceof Error && e.cause instanceof Error ? e.cause.message : null;
      error = cause ?? (e instanceof Error ? e.message : String(e));
    }
    if (Date.now() + PROBE_INTERVAL_MS >= until) break;
    await new Promise((r) => setTimeout(r, PROBE_INTERVAL_MS));
  }
  return {
    url,
    containerPort,
    ok: false,
    status,
    ms: Date.now() - started,
    attempts,
    error: `no 2xx–3xx answer within ${timeoutMs} ms (last: ${error ?? 'no attempt'})`,
  };
}

const DEFAULT_SMOKE_TIMEOUT_MS = 10_000;
const OUTPUT_TAIL_BYTES = 4 * 1024;

function tail(text: string, bytes = OUTPUT_TAIL_BYTES): string {
  return text.length > bytes ? text.slice(-bytes) : text;
}

/** Where the engine published `containerPort` of `container` on the host; null when it did not. */
async function hostPort(
  check: Check,
  container: Container,
  containerPort: string,
): Promise<{ host: string; port: number } | null> {
  const result = await check.deadline.docker(['port', container.name, containerPort], { allowFailure: true });
  return result.code === 0 ? parseDockerPort(result.stdout) : null;
}

/** Probes `container` as `smoke` asks: HTTP on `probePort` and/or a command run inside. */
export async function runSmoke(
  check: Check,
  container: Container,
  smoke: SmokeOptions,
  probePort: string | null,
): Promise<SmokeResult> {
  const { deadline } = check;
  const timeoutMs = smoke.timeoutMs ?? DEFAULT_SMOKE_TIMEOUT_MS;
  let http: HttpProbeResult | null = null;
  if (smoke.path != null && probePort) {
    const bound = await hostPort(check, container, probePort);
    const path = smoke.path.startsWith('/') ? smoke.path : `/${smoke.path}`;
    if (!bound) {
      http = {
        url: '',
        containerPort: probePort,
        ok: false,
        status: null,
        ms: 0,
        attempts: 0,
        error: `port ${probePort} is not published (the container may have exited)`,
      };
    } else {
      const url = `http://${bound.host}:${bound.port}${path}`;
      http = await httpProbe(url, probePort, Math.min(timeoutMs, deadline.remainingMs()), deadline.signal);
      deadline.check();
    }
  } else if (smoke.path != null) {
    http = {
      url: '',
      containerPort: '',
      ok: false,
      status: null,
      ms: 0,
      attempts: 0,
      error: 'no port to probe: the image EXPOSEs no TCP port and no smoke port was given',
    };
  }
  let exec: ExecProbeResult | null = null;
  if (smoke.exec?.length) {
    const started = Date.now();
    const result = await deadline.docker(['exec', container.name, ...smoke.exec], {
      allowFailure: true,
      capMs: timeoutMs,
      maxOutputBytes: OUTPUT_TAIL_BYTES,
    });
    exec = {
      command: smoke.exec,
      ok: result.code === 0,
      exitCode: result.code,
      ms: Date.now() - started,
      outputTail: tail([result.stdout.trim(), result.stderr.trim()].filter(Boolean).join('\n')),
    };
  }
  return { http, exec, ok: (http?.ok ?? true) && (exec?.ok ?? true) };
}
