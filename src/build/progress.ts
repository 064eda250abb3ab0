// Parses what BuildKit reports while it builds, from either progress format buildx can write to
// stderr, into one record per vertex (a step of the build graph). BuildKit sends a vertex many
// times as its state changes, so records are merged by vertex id.
//
// `rawjson` is a stream of pretty-printed JSON objects (client.SolveStatus) with plain text lines
// such as "ERROR: failed to solve: …" in between; no JSON-lines splitter handles that mix, hence the
// small brace-depth scanner below. `plain` is the "#N …" text format older buildx only offers.

export interface StepRecord {
  /** Vertex digest (rawjson) or "#N" (plain). */
  id: string;
  name: string;
  cached: boolean;
  started: boolean;
  completed: boolean;
  error: string | null;
  /** Output of the step's process, in order, already decoded. */
  log: string;
}

export interface ProgressParser {
  /** Feed a chunk of stderr; returns human-readable lines worth showing in the build log. */
  push(chunk: string): string[];
  /** Flush a trailing partial line. */
  end(): string[];
  readonly steps: StepRecord[];
  /** Text lines outside any step, e.g. buildx's final "ERROR: failed to solve: …". */
  readonly messages: string[];
}

const MAX_STEP_LOG_CHARS = 64 * 1024;

abstract class LineParser implements ProgressParser {
  protected readonly byId = new Map<string, StepRecord>();
  readonly messages: string[] = [];
  private partial = '';

  get steps(): StepRecord[] {
    return [...this.byId.values()];
  }

  push(chunk: string): string[] {
    const text = this.partial + chunk;
    const lines = text.split('\n');
    this.partial = lines.pop() ?? '';
    return lines.flatMap((line) => this.line(line.replace(/\r$/, '')));
  }

  end(): string[] {
    const rest = this.partial;
    this.partial = '';
    return rest ? this.line(rest) : [];
  }

  protected record(id: string, name: string): StepRecord {
    let step = this.byId.get(id);
    if (!step) {
      step = { id, name, cached: false, started: false, completed: false, error: null, log: '' };
      this.byId.set(id, step);
    }
    return step;
  }

  protected abstract line(line: string): string[];

  /** Keeps the tail of a step's output only: a compiler can print far more than a report needs. */
  protected appendLog(step: StepRecord, text: string): void {
    step.log += text;
    if (step.log.length > MAX_STEP_LOG_CHARS) step.log = step.log.slice(-MAX_STEP_LOG_CHARS);
  }
}

interface RawVertex {
  digest: string;
  name?: string;
  cached?: boolean;
  started?: string;
  completed?: string;
  error?: string;
}

interface RawLog {
  vertex: string;
  data?: string;
}

interface RawStatus {
  vertexes?: RawVertex[];
  logs?: RawLog[];
}

class RawJsonParser extends LineParser {
  private readonly pendingLog = new Map<string, string>();
  private buffer: string[] = [];
  private depth = 0;
  private inString = false;
  private escaped = false;

  protected line(line: string): string[] {
    if (this.depth === 0 && !line.trimStart().startsWith('{')) {
      if (line.trim()) this.messages.push(line);
      return line.trim() ? [line] : [];
    }
    this.buffer.push(line);
    this.scan(line);
    if (this.depth > 0) return [];
    const json = this.buffer.join('\n');
    this.buffer = [];
    let status: RawStatus;
    try {
      status = JSON.parse(json) as RawStatus;
    } catch {
      this.messages.push(json);
      return [json];
    }
    return this.apply(status);
  }

  private scan(line: string): void {
    for (const ch of line) {
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (ch === '\\') this.escaped = true;
        else if (ch === '"') this.inString = false;
      } else if (ch === '"') this.inString = true;
      else if (ch === '{') this.depth++;
      else if (ch === '}') this.depth--;
    }
  }

  private apply(status: RawStatus): string[] {
    const shown: string[] = [];
    for (const v of status.vertexes ?? []) {
      const step = this.record(v.digest, v.name ?? '');
      if (v.name) step.name = v.name;
      if (v.started && !step.started) {
        step.started = true;
        shown.push(step.name);
      }
      if (v.cached && !step.cached) {
        step.cached = true;
        shown.push(`${step.name}: CACHED`);
      }
      if (v.error && !step.error) {
        step.error = v.error;
        shown.push(`${step.name}: ERROR: ${v.error}`);
      }
      if (v.completed && !step.completed) {
        step.completed = true;
      }
    }
    for (const l of status.logs ?? []) {
      const step = this.record(l.vertex, '');
      const text = Buffer.from(l.data ?? '', 'base64').toString('utf8');
      this.appendLog(step, text);
      // Show whole lines only: a secret split over two log messages is then redacted as one line.
      const lines = ((this.pendingLog.get(l.vertex) ?? '') + text).split('\n');
      this.pendingLog.set(l.vertex, lines.pop() ?? '');
      shown.push(...lines.filter((s) => s.trim()));
    }
    return shown;
  }

  override end(): string[] {
    const shown = super.end();
    for (const rest of this.pendingLog.values()) if (rest.trim()) shown.push(rest);
    this.pendingLog.clear();
    return shown;
  }
}

const PLAIN_LINE = /^#(\d+) (.*)$/;
const PLAIN_TIMED_LOG = /^\d+\.\d+ (.*)$/;
const PLAIN_STATUS =
  /^(DONE \d|CACHED$|ERROR: |CANCELED$|transferring |sha256:|extracting |exporting |writing |naming |resolve |preparing )/;

class PlainParser extends LineParser {
  protected line(line: string): string[] {
    const m = PLAIN_LINE.exec(line);
    if (!m) {
      if (line.trim() && !/^-+$/.test(line.trim())) this.messages.push(line);
      return line.trim() ? [line] : [];
    }
    const id = `#${m[1]}`;
    const rest = m[2]!;
    const known = this.byId.has(id);
    const step = this.record(id, rest);
    if (!known) {
      step.started = true;
      return [line];
    }
    if (rest === 'CACHED') {
      step.cached = true;
      step.completed = true;
    } else if (rest.startsWith('DONE ')) {
      step.completed = true;
    } else if (rest.startsWith('ERROR: ')) {
      step.error = rest.slice('ERROR: '.length);
    } else {
      const timed = PLAIN_TIMED_LOG.exec(rest);
      if (timed) this.appendLog(step, `${timed[1]}\n`);
      else if (!PLAIN_STATUS.test(rest)) this.appendLog(step, `${rest}\n`);
    }
    return [line];
  }
}

export function progressParser(mode: 'rawjson' | 'plain'): ProgressParser {
  return mode === 'rawjson' ? new RawJsonParser() : new PlainParser();
}

/** A Dockerfile step: "[stage 2/5] RUN …", "[linux/arm64 build 3/4] COPY …", "[2/3] RUN …". */
export interface StepName {
  stage: string | null;
  platform: string | null;
  index: number;
  total: number;
  /** The instruction as BuildKit names it (keyword upper-case, variables already expanded). */
  command: string;
}

const STEP_NAME = /^\[([^\]]*?)\s*(\d+)\/(\d+)\] ([\s\S]*)$/;

export function parseStepName(name: string): StepName | null {
  const m = STEP_NAME.exec(name);
  if (!m) return null;
  const labels = m[1]!.trim().split(/\s+/).filter(Boolean);
  const platform = labels.find((l) => l.includes('/')) ?? null;
  const stage = labels.filter((l) => !l.includes('/')).pop() ?? null;
  return { stage, platform, index: Number(m[2]), total: Number(m[3]), command: m[4]! };
}

/** The Dockerfile's own steps BuildKit ran (FROM excluded, see cacheSummary), in the order it reported them. */
export function ownSteps(steps: readonly StepRecord[]): StepRecord[] {
  return steps.filter((s) => {
    const parsed = parseStepName(s.name);
    return parsed !== null && !/^FROM\s/i.test(parsed.command);
  });
}

/**
 * Cache hits over the Dockerfile's own steps. FROM is left out: pulling a base image is never
 * "cached" in BuildKit's sense, and counting it would make a fully cached rebuild look partial.
 */
export function cacheSummary(steps: readonly StepRecord[]): { cachedSteps: number; totalSteps: number } {
  const own = ownSteps(steps);
  return { cachedSteps: own.filter((s) => s.cached).length, totalSteps: own.length };
}
