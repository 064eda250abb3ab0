// The parsed file model every rule sees. dockerfile-ast finds the instructions, their ranges,
// flags, properties and heredocs; this module turns that into plain, immutable-looking objects
// with the details rules keep needing (continuations joined the way BuildKit joins them, JSON vs
// shell form, stages with parsed base images, variables in scope) so no rule re-parses text.
import {
  DockerfileParser,
  type Dockerfile,
  type Instruction as AstInstruction,
  type Heredoc as AstHeredoc,
} from 'dockerfile-ast';
import type { ShellScript } from './shell.js';
import { parseShellScript } from './shell.js';

export interface Flag {
  /** Without the leading dashes, e.g. `from`, `mount`, `chown`. */
  name: string;
  value: string | null;
}

export interface HeredocBody {
  /** The delimiter word, e.g. `EOF`. */
  name: string;
  body: string;
  /** 1-based Dockerfile line of the first body line. */
  line: number;
}

export interface ImageRef {
  /** The text as written (after the escape/continuation join), e.g. `python:3.12-slim@sha256:…`. */
  text: string;
  registry: string | null;
  /** Repository path without registry, e.g. `library/python` stays `library/python`, `python` stays `python`. */
  name: string;
  tag: string | null;
  digest: string | null;
}

export interface BaseImage extends ImageRef {
  /** `--platform` value as written, or null. */
  platform: string | null;
  /**
   * The same reference with `$VAR`/`${VAR}` replaced from the ARGs declared before FROM; null when
   * the text has no variables. hadolint checks the text as written, so DL-compatible rules use the
   * fields above; practice rules may prefer this.
   */
  resolved: ImageRef | null;
  /** The text contains a variable (`$`). */
  hasVariables: boolean;
  /** `FROM scratch`. */
  isScratch: boolean;
  /** The earlier stage this one builds on (`FROM builder`), or null for an image. */
  parentStage: Stage | null;
}

export interface Stage {
  /** 0-based position among the FROMs. */
  index: number;
  /** `AS name` as written, or null. */
  alias: string | null;
  from: BaseImage;
  /** The FROM instruction itself. */
  fromInstruction: Instruction;
  /** All instructions of the stage, FROM first, in file order (ONBUILD triggers not unwrapped). */
  instructions: Instruction[];
  /** The last stage of the file (the image `docker build` produces without `--target`). */
  isFinal: boolean;
}

export type ShellKind = 'posix' | 'other';

export interface Instruction {
  /** Upper-cased keyword (`RUN`, `COPY`, …). For an ONBUILD trigger: the inner keyword. */
  keyword: string;
  /**
   * Arguments after the keyword and its flags, with escaped newlines joined (escape and newline
   * removed, as BuildKit does) and comment lines inside the continuation dropped. For a heredoc
   * instruction, only the command part (bodies are in `heredocs`).
   */
  args: string;
  /** 1-based line of the keyword. */
  line: number;
  /** 1-based last line (continuations and heredoc bodies included). */
  endLine: number;
  /** 1-based column of the keyword. */
  column: number;
  /** `json` for exec form (`["a","b"]`), `shell` otherwise. */
  form: 'json' | 'shell';
  /** The parsed JSON array for exec form; null in shell form. */
  json: string[] | null;
  flags: Flag[];
  /** Key/value pairs of ENV, ARG and LABEL (quotes removed); empty for other instructions. */
  pairs: { key: string; value: string | null }[];
  heredocs: HeredocBody[];
  /** For an ONBUILD trigger: the ONBUILD instruction that wraps it; null otherwise. */
  onbuild: Instruction | null;
  /** For an ONBUILD instruction: its trigger; null otherwise. */
  trigger: Instruction | null;
  /** The stage it belongs to; null for ARGs before the first FROM. */
  stage: Stage | null;
  /** 0-based position in the file (an ONBUILD trigger shares its wrapper's). */
  index: number;
  /** The shell RUN/CMD/ENTRYPOINT shell form runs in at this point (changed by `SHELL`). */
  shell: string[];
  shellKind: ShellKind;
  /** The value of `--name`/`--name=value`; `null` when given without a value; undefined when absent. */
  flag(name: string): string | null | undefined;
  /**
   * Variables in scope here (ARG and ENV of the stage, global ARGs redeclared in it, ENV
   * inherited from a parent stage), last value wins. An ARG without default maps to null.
   */
  vars: ReadonlyMap<string, string | null>;
  /** `$VAR`, `${VAR}`, `${VAR:-d}`, `${VAR:+a}` replaced from `vars`; unknown variables stay as written. */
  expand(text: string): string;
  /**
   * The shell commands of a RUN (or CMD/ENTRYPOINT in shell form), parsed once on first call:
   * shell form → the joined text; exec form → the array joined by spaces (as hadolint does);
   * `RUN <<EOF` → the heredoc body. null when the instruction runs no POSIX shell script
   * (other keywords, non-POSIX `SHELL` such as PowerShell, or exec form of CMD/ENTRYPOINT).
   */
  script(): ShellScript | null;
}

export interface DockerfileModel {
  text: string;
  /** Source lines (no line terminators). */
  lines: string[];
  escape: string;
  /** Parser directives at the top (`syntax`, `escape`, `check`), keys lower-cased. */
  directives: Record<string, string>;
  /** Top-level instructions in file order (ONBUILD triggers are on `instruction.trigger`). */
  instructions: Instruction[];
  /** ARG instructions before the first FROM. */
  globalArgs: Instruction[];
  stages: Stage[];
  /** Comments with their 1-based line, text after `#` trimmed. */
  comments: { line: number; text: string }[];
  /**
   * What BuildKit would refuse (unknown instruction, no FROM, …): reported as errors of the file
   * while the rules still run on what could be read.
   */
  problems: { message: string; line: number }[];
}

const KNOWN_KEYWORDS = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);
const PARSER_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
/** A Dockerfile instruction keyword (upper-cased), as BuildKit knows them. */
export function isInstructionKeyword(keyword: string): boolean {
  return KNOWN_KEYWORDS.has(keyword);
}

const SHELL_FORM_SCRIPT_KEYWORDS = new Set(['RUN', 'CMD', 'ENTRYPOINT']);
const JSON_CAPABLE = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME']);
const DEFAULT_SHELL = ['/bin/sh', '-c'];
const POSIX_SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'ksh', 'mksh', 'zsh', 'busybox']);

const exeOf = (word: string | undefined): string =>
  ((word ?? '').split(/[\\/]/).pop() ?? '').replace(/\.exe$/i, '').toLowerCase();

export function shellKindOf(shell: string[]): ShellKind {
  let exe = exeOf(shell[0]);
  // `SHELL ["/usr/bin/env", "bash", "-c"]` runs bash.
  if (exe === 'env') {
    let i = 1;
    while (i < shell.length && (shell[i]!.startsWith('-') || shell[i]!.includes('='))) i++;
    exe = exeOf(shell[i]);
  }
  return POSIX_SHELLS.has(exe) ? 'posix' : 'other';
}

/** `# hadolint shell=<shell>` lines (1-based), the shell split into words. */
function shellPragmas(lines: string[]): { line: number; shell: string[] }[] {
  const out: { line: number; shell: string[] }[] = [];
  lines.forEach((text, i) => {
    const m = /^\s*#\s*hadolint\s+shell\s*=\s*(\S.*)$/.exec(text);
    // `# hadolint shell=bash  # why` ends at the comment, as in hadolint.
    const shell = m?.[1]!.replace(/\s+#.*$/, '').trim();
    if (shell) out.push({ line: i + 1, shell: shell.split(/\s+/) });
  });
  return out;
}

/**
 * Parses a Dockerfile. Never throws on odd input: what BuildKit would reject (a FROM without an
 * image among it) is listed in `problems`, with its line, and the rest is modelled as written.
 */
export function parseDockerfile(text: string): DockerfileModel {
  const ast = DockerfileParser.parse(text);
  const lines = text.split(/\r?\n/);
  const escape = ast.getEscapeCharacter();
  const directives: Record<string, string> = {};
  for (const d of ast.getDirectives()) {
    const name = d.getName()?.toLowerCase();
    // dockerfile-ast also takes `# hadolint ignore=…` on line 1 for a directive; BuildKit knows only these.
    if (name && PARSER_DIRECTIVES.has(name)) directives[name] = d.getValue() ?? '';
  }
  const builder = new ModelBuilder(text, lines, escape, ast);
  const model = builder.build();
  model.directives = directives;
  model.comments = commentLines(lines, model.instructions);
  return model;
}

class ModelBuilder {
  private readonly instructions: Instruction[] = [];
  private readonly stages: Stage[] = [];
  private readonly globalArgs: Instruction[] = [];
  private readonly globalVars = new Map<string, string | null>();
  private readonly problems: { message: string; line: number }[] = [];
  /** Expanded ENV values per stage, for stages built on it. */
  private readonly stageEnv = new Map<Stage, Map<string, string | null>>();

  constructor(
    private readonly text: string,
    private readonly lines: string[],
    private readonly escape: string,
    private readonly ast: Dockerfile,
  ) {}

  build(): DockerfileModel {
    const astInstructions = this.ast.getInstructions();
    let stage: Stage | null = null;
    // `# hadolint shell=…` before the first FROM sets every stage's shell; later, the rest of its stage.
    let defaultShell = DEFAULT_SHELL;
    let shell = DEFAULT_SHELL;
    const pragmas = shellPragmas(this.lines);
    let nextPragma = 0;
    const stageShell = new Map<Stage, string[]>();
    let vars = this.globalVars;
    const fromCount = astInstructions.filter((i) => i.getKeyword() === 'FROM').length;
    let sawNonInstruction = false;

    astInstructions.forEach((node, index) => {
      const keyword = node.getKeyword();
      for (; nextPragma < pragmas.length && pragmas[nextPragma]!.line < lineOf(node); nextPragma++) {
        if (stage === null) defaultShell = pragmas[nextPragma]!.shell;
        shell = pragmas[nextPragma]!.shell;
      }
      if (keyword === 'FROM') {
        shell = defaultShell;
        vars = new Map();
      } else if (stage === null && keyword !== 'ARG' && KNOWN_KEYWORDS.has(keyword)) {
        this.problems.push({
          message: `${keyword} before the first FROM (only ARG may come first)`,
          line: lineOf(node),
        });
      }
      if (!KNOWN_KEYWORDS.has(keyword)) {
        // One clear error for a line that is no instruction at all (a stray word, a pasted
        // fragment), not three: no "before the first FROM" and no "no FROM" on top of it.
        const line = lineOf(node);
        const text = (this.lines[line - 1] ?? '').trim();
        const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
        this.problems.push({ message: `line ${line} is not a Dockerfile instruction: "${shown}"`, line });
        sawNonInstruction = true;
      }
      const ins = this.makeInstruction(node, index, stage, shell, vars);
      const missing = missingArguments(ins);
      if (missing) this.problems.push({ message: missing, line: ins.line });
      if (keyword === 'FROM') {
        stage = this.makeStage(ins, node, fromCount);
        ins.stage = stage;
        const parent = stage.from.parentStage;
        // SHELL is image config: a stage built on an earlier one runs that stage's last SHELL.
        if (parent) shell = stageShell.get(parent) ?? shell;
        if (parent) {
          // An image built on an earlier stage carries that stage's ENV; ARGs do not carry over.
          const inherited = new Map(this.stageEnv.get(parent) ?? []);
          this.stageEnv.set(stage, inherited);
          for (const [k, v] of inherited) vars.set(k, v);
          this.snapshots.delete(vars);
        }
      }
      this.instructions.push(ins);
      if (stage) stage.instructions.push(ins);
      else this.globalArgs.push(ins);
      this.applyScope(ins, stage === null ? this.globalVars : vars);
      if (keyword === 'SHELL' && ins.json && ins.json.length > 0) shell = ins.json;
      if (stage) stageShell.set(stage, shell);
    });
    if (this.stages.length === 0 && !sawNonInstruction) {
      const line = this.instructions[0]?.line ?? 1;
      this.problems.push({ message: 'no FROM instruction: this is not a Dockerfile', line });
    }
    return {
      text: this.text,
      lines: this.lines,
      escape: this.escape,
      directives: {},
      instructions: this.instructions,
      globalArgs: this.globalArgs,
      stages: this.stages,
      comments: [],
      problems: this.problems,
    };
  }

  private snapshots = new WeakMap<Map<string, string | null>, ReadonlyMap<string, string | null>>();

  private snapshotOf(scope: Map<string, string | null>): ReadonlyMap<string, string | null> {
    let snap = this.snapshots.get(scope);
    if (!snap) this.snapshots.set(scope, (snap = new Map(scope)));
    return snap;
  }

  private applyScope(ins: Instruction, scope: Map<string, string | null>): void {
    if (ins.keyword === 'ARG' || ins.keyword === 'ENV') this.snapshots.delete(scope);
    if (ins.keyword === 'ARG') {
      for (const p of ins.pairs) {
        if (p.value !== null) scope.set(p.key, ins.expand(p.value));
        else if (scope !== this.globalVars && this.globalVars.has(p.key))
          scope.set(p.key, this.globalVars.get(p.key) ?? null);
        else if (!scope.has(p.key)) scope.set(p.key, null);
      }
    } else if (ins.keyword === 'ENV') {
      for (const p of ins.pairs) {
        const value = p.value === null ? null : ins.expand(p.value);
        scope.set(p.key, value);
        if (ins.stage) {
          if (!this.stageEnv.has(ins.stage)) this.stageEnv.set(ins.stage, new Map());
          this.stageEnv.get(ins.stage)!.set(p.key, value);
        }
      }
    }
  }

  private makeStage(fromIns: Instruction, node: AstInstruction, fromCount: number): Stage {
    const parts = splitWords(fromIns.args);
    const imageText = parts[0] ?? '';
    const asIndex = parts.findIndex((p) => p.toLowerCase() === 'as');
    const alias = asIndex >= 0 ? (parts[asIndex + 1] ?? null) : null;
    const lower = imageText.toLowerCase();
    const parentStage = this.stages.find((s) => s.alias !== null && s.alias.toLowerCase() === lower) ?? null;
    const hasVariables = imageText.includes('$');
    const expanded = hasVariables ? expandVariables(imageText, this.globalVars) : null;
    const image = parseImageRef(imageText);
    const from: BaseImage = {
      ...image,
      platform: fromIns.flag('platform') ?? null,
      resolved: expanded !== null ? parseImageRef(expanded) : null,
      hasVariables,
      isScratch: lower === 'scratch',
      parentStage,
    };
    void node;
    const stage: Stage = {
      index: this.stages.length,
      alias,
      from,
      fromInstruction: fromIns,
      instructions: [],
      isFinal: this.stages.length === fromCount - 1,
    };
    this.stages.push(stage);
    return stage;
  }

  private makeInstruction(
    node: AstInstruction,
    index: number,
    stage: Stage | null,
    shell: string[],
    scope: Map<string, string | null>,
  ): Instruction {
    const keyword = node.getKeyword();
    const range = node.getRange();
    // Each dockerfile-ast accessor re-parses the arguments; skip the ones the source rules out.
    const source = this.lines.slice(range.start.line, range.end.line + 1).join('\n');
    const heredocs = source.includes('<<') ? this.heredocsOf(node) : [];
    // dockerfile-ast re-parses the arguments on every range call: read them once.
    const located = this.locatedArgs(node, heredocs.length > 0 ? heredocs[0]!.line - 1 : null);
    const args = located.text.trim();
    const json = JSON_CAPABLE.has(keyword) ? parseJsonForm(args) : null;
    const flags = source.includes('--') ? flagsOf(node) : [];
    const pairs = pairsOf(node);
    // Snapshot: later ARG/ENV must not change what an earlier instruction saw. Shared between
    // instructions until an ARG/ENV changes the scope (most instructions change nothing).
    const vars = this.snapshotOf(scope);
    const shellKind = shellKindOf(shell);
    let scriptCache: ShellScript | null | undefined;
    const ins: Instruction = {
      keyword,
      args,
      line: range.start.line + 1,
      endLine: range.end.line + 1,
      column: range.start.character + 1,
      form: json ? 'json' : 'shell',
      json,
      flags,
      pairs,
      heredocs,
      onbuild: null,
      trigger: null,
      stage,
      index,
      shell,
      shellKind,
      vars,
      flag: (name) => {
        const f = flags.find((x) => x.name === name);
        return f ? f.value : undefined;
      },
      expand: (text) => expandVariables(text, vars),
      script: () => {
        if (scriptCache === undefined) scriptCache = this.scriptOf(ins, located);
        return scriptCache;
      },
    };
    if (keyword === 'ONBUILD') {
      const triggerNode = (
        node as unknown as { getTriggerInstruction(): AstInstruction | null }
      ).getTriggerInstruction();
      if (triggerNode) {
        const trigger = this.makeInstruction(triggerNode, index, stage, shell, scope);
        trigger.onbuild = ins;
        ins.trigger = trigger;
      }
    }
    return ins;
  }

  private scriptOf(ins: Instruction, located: LocatedText): ShellScript | null {
    if (!SHELL_FORM_SCRIPT_KEYWORDS.has(ins.keyword) || ins.shellKind !== 'posix') return null;
    if (ins.json) {
      if (ins.keyword !== 'RUN') return null;
      return parseShellScript(ins.json.join(' '), () => ins.line);
    }
    if (ins.keyword === 'RUN' && ins.heredocs.length > 0 && /^<<-?\s*["']?\w/.test(ins.args.trim())) {
      const first = ins.heredocs[0]!;
      return parseShellScript(first.body, (offset) => first.line + countNewlines(first.body, offset));
    }
    return parseShellScript(located.text, (offset) => located.lineAt(offset));
  }

  private heredocsOf(node: AstInstruction): HeredocBody[] {
    const getter = (node as unknown as { getHeredocs?: () => AstHeredoc[] }).getHeredocs;
    if (typeof getter !== 'function') return [];
    const out: HeredocBody[] = [];
    for (const h of getter.call(node)) {
      const content = h.getContentRange();
      if (!content) {
        out.push({ name: h.getName(), body: '', line: h.getStartRange().start.line + 2 });
        continue;
      }
      const bodyLines = this.lines.slice(content.start.line, content.end.line + 1);
      if (bodyLines.length > 0) {
        bodyLines[bodyLines.length - 1] = bodyLines[bodyLines.length - 1]!.slice(0, content.end.character);
        bodyLines[0] = bodyLines[0]!.slice(content.start.character);
      }
      out.push({ name: h.getName(), body: bodyLines.join('\n'), line: content.start.line + 1 });
    }
    return out;
  }

  /** The argument text with its source line per character (for shell command lines). */
  private locatedArgs(node: AstInstruction, stopBeforeLine: number | null = null): LocatedText {
    const argsRange = node.getArgumentsRange();
    const range = node.getRange();
    if (!argsRange) return { text: '', lineAt: () => range.start.line + 1 };
    const lastLine = stopBeforeLine !== null ? Math.min(range.end.line, stopBeforeLine - 1) : range.end.line;
    return joinContinuations(
      this.lines,
      this.escape,
      argsRange.start.line,
      argsRange.start.character,
      lastLine,
    );
  }
}

interface LocatedText {
  text: string;
  /** 1-based Dockerfile line of the character at `offset` in `text`. */
  lineAt(offset: number): number;
}

/**
 * Joins an instruction's lines the way BuildKit does: an escape character at the end of a line
 * (trailing whitespace allowed) removes itself and the newline; inside a continuation, lines that
 * are empty or start with `#` are dropped.
 */
export function joinContinuations(
  lines: string[],
  escape: string,
  startLine: number,
  startCharacter: number,
  lastLine: number,
): LocatedText {
  let text = '';
  const lineStarts: { offset: number; line: number }[] = [];
  let continuing = false;
  for (let l = startLine; l <= lastLine && l < lines.length; l++) {
    let content = lines[l]!;
    if (l === startLine) content = content.slice(startCharacter);
    else if (continuing && (content.trim() === '' || content.trimStart().startsWith('#'))) continue;
    const trimmedEnd = content.replace(/\s+$/, '');
    continuing = trimmedEnd.endsWith(escape) && !trimmedEnd.endsWith(escape + escape);
    lineStarts.push({ offset: text.length, line: l + 1 });
    if (continuing) {
      text += trimmedEnd.slice(0, -escape.length);
    } else {
      text += content;
      break;
    }
  }
  return {
    text,
    lineAt(offset: number): number {
      let line = lineStarts[0]?.line ?? startLine + 1;
      for (const s of lineStarts) {
        if (s.offset <= offset) line = s.line;
        else break;
      }
      return line;
    },
  };
}

/** Every `#` line outside heredoc bodies (directives included: pragmas may sit on line 1). */
function commentLines(lines: string[], instructions: Instruction[]): { line: number; text: string }[] {
  const inBody = new Set<number>();
  for (const ins of instructions) {
    for (const h of [...ins.heredocs, ...(ins.trigger?.heredocs ?? [])]) {
      for (let l = h.line; l <= ins.endLine; l++) inBody.add(l);
    }
  }
  const out: { line: number; text: string }[] = [];
  lines.forEach((raw, i) => {
    const t = raw.trimStart();
    if (t.startsWith('#') && !inBody.has(i + 1)) out.push({ line: i + 1, text: t.slice(1).trim() });
  });
  return out;
}

/**
 * Instructions BuildKit refuses to parse without an argument (CMD, ENTRYPOINT and RUN may be
 * empty).
 */
const NEEDS_ARGUMENT = new Set([
  'WORKDIR',
  'USER',
  'ENV',
  'ARG',
  'LABEL',
  'EXPOSE',
  'VOLUME',
  'STOPSIGNAL',
  'SHELL',
  'ONBUILD',
  'MAINTAINER',
  'HEALTHCHECK',
]);

/** Why the build would refuse this instruction's arguments, or null. */
function missingArguments(ins: Instruction): string | null {
  if (ins.heredocs.length > 0) return null;
  if (ins.keyword === 'FROM') return ins.args === '' ? 'FROM without an image' : null;
  if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
    const words = ins.json ?? ins.args.split(/\s+/).filter((w) => w !== '');
    return words.length < 2 ? `${ins.keyword} needs at least a source and a destination` : null;
  }
  return NEEDS_ARGUMENT.has(ins.keyword) && ins.args === '' ? `${ins.keyword} needs an argument` : null;
}

function lineOf(node: AstInstruction): number {
  return node.getRange().start.line + 1;
}

function countNewlines(text: string, upTo: number): number {
  let n = 0;
  for (let i = 0; i < upTo && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function flagsOf(node: AstInstruction): Flag[] {
  const getter = (node as unknown as { getFlags?: () => { getName(): string; getValue(): string | null }[] })
    .getFlags;
  if (typeof getter !== 'function') return [];
  return getter.call(node).map((f) => ({ name: f.getName(), value: f.getValue() }));
}

function pairsOf(node: AstInstruction): { key: string; value: string | null }[] {
  const getter = (
    node as unknown as { getProperties?: () => { getName(): string; getValue(): string | null }[] }
  ).getProperties;
  if (typeof getter !== 'function') return [];
  return getter.call(node).map((p) => ({ key: p.getName(), value: p.getValue() }));
}

function parseJsonForm(args: string): string[] | null {
  const t = args.trim();
  if (!t.startsWith('[') || !t.endsWith(']')) return null;
  try {
    const parsed: unknown = JSON.parse(t);
    if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string')) return parsed as string[];
  } catch {
    // Docker runs unparsable "JSON" in shell form, so do we.
  }
  return null;
}

function splitWords(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/** Splits `registry/name:tag@digest` the way Docker reads a reference. */
export function parseImageRef(text: string): ImageRef {
  let rest = text;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry: string | null = null;
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon >= 0 && !rest.slice(colon).includes('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { text, registry, name: rest, tag, digest };
}

/** Shell-style parameter expansion against known values; unknown variables stay as written. */
export function expandVariables(text: string, vars: ReadonlyMap<string, string | null>): string {
  return text.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (
      whole,
      braced: string | undefined,
      op: string | undefined,
      word: string | undefined,
      bare: string | undefined,
    ) => {
      const name = braced ?? bare ?? '';
      const known = vars.has(name);
      const value = vars.get(name);
      const set = known && value !== null && value !== undefined;
      const nonEmpty = set && value !== '';
      if (op === ':-') return nonEmpty ? value! : (word ?? '');
      if (op === '-') return set ? value! : (word ?? '');
      if (op === ':+') return nonEmpty ? (word ?? '') : '';
      if (op === '+') return set ? (word ?? '') : '';
      return set ? value! : whole;
    },
  );
}
