// Smoke test helpers: which port to probe, how to publish it, and an HTTP probe that polls.
import type { HttpProbeResult } from './types.js';

export interface SmokeOptions {
  /** HTTP path to probe, e.g. "/healthz"; no HTTP probe when absent. */
  path?: string | null;
  /** Container port to probe; default: the first EXPOSEd TCP port. */
  port?: number | null;
  /** How long the app may take to answer 2xx–3xx. */
  timeoutMs?: number;
  /** A command run inside with `docker exec` (argv); must exit 0. */
  exec?: string[] | null;
}

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
