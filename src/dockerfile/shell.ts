// Finds the simple commands of a POSIX shell script (a RUN line) with their argv and Dockerfile
// line. Hand-written rather than sh-syntax/mvdan-sh (WASM) or tree-sitter-bash: rules only need
// command names, words with quotes removed, pipes and the operators between commands, and a cold
// `shipshape lint` of one file must stay under 150 ms; a WASM parser costs tens of milliseconds
// to instantiate before the first RUN is read. What it understands: quotes, backslashes,
// `$(…)`/backticks (commands inside are found too), `${…}`, `$((…))`, `&&`, `||`, `;`, `|`, `&`,
// subshells and groups, `if/while/until/for/case` keywords, redirections (their targets are not
// arguments), heredocs inside the script, comments, assignments before a command, and the
// wrappers `sudo …`, `env X=1 …`, `sh -c '…'`, `exec …`, `busybox …`, `command …`, `builtin …`
// (the inner command is reported, the wrapper kept in `wrappers`).

export interface ShellCommand {
  /** The command name after unwrapping `sudo`, `env`, `sh -c`, `exec`, `busybox`, `command`, `builtin` and leading `X=1` assignments. */
  name: string;
  /** Words after the name, quotes removed; variables and substitutions kept as written. */
  args: string[];
  /** `[name, ...args]`. */
  argv: string[];
  /**
   * Flags as hadolint reads them: `--name=value` → `name`, `-abc` → `a`, `b`, `c`; `-` and `--`
   * are not flags. Each entry keeps the index in `args` it came from.
   */
  flags: { name: string; argIndex: number }[];
  /** Assignments written before the command (`X=1 cmd`, `env X=1 cmd`). */
  env: Record<string, string>;
  /** Wrappers removed to reach the command, outermost first, e.g. `['sudo']`, `['sh -c']`. */
  wrappers: string[];
  /** 1-based Dockerfile line of the command's first word. */
  line: number;
  /** Part of a pipeline (`a | b`). */
  inPipeline: boolean;
  /** Any of these flags present (names without dashes: `y`, `yes`, `no-install-recommends`). */
  hasFlag(...names: string[]): boolean;
  /** Any argument exactly equal to one of these. */
  hasArg(...values: string[]): boolean;
  /** The command is `name` and one of its arguments is one of `subcommands` (hadolint's cmdHasArgs). */
  is(name: string, ...subcommands: string[]): boolean;
  /**
   * Arguments that are not flags. `withValue` names flags that take the next word as their value
   * (e.g. `['r', 'requirement', 'c', 'constraint']` for pip), so those words are skipped too.
   */
  argsNoFlags(withValue?: string[]): string[];
}

export interface ShellScript {
  /** The script text the commands were read from. */
  text: string;
  commands: ShellCommand[];
  /** The script contains a pipe (`|`). */
  hasPipes: boolean;
}

export type LineOf = (offset: number) => number;

interface Word {
  value: string;
  start: number;
  /** Commands found in `$(…)` / backticks inside this word. */
  nested: RawCommand[];
  /** The word had quotes (an assignment or keyword lookalike in quotes is neither). */
  quoted: boolean;
}

type Token =
  | { kind: 'word'; word: Word }
  | { kind: 'op'; op: string; start: number }
  | { kind: 'redir'; op: string; start: number };

interface RawCommand {
  words: Word[];
  inPipeline: boolean;
}

const OPERATOR_CHARS = new Set([';', '&', '|', '(', ')', '<', '>']);
const BLANK = new Set([' ', '\t', '\r']);
const RESERVED_START = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', 'time']);
const RESERVED_END = new Set(['fi', 'done', '}', 'esac']);

/** Parses a script; `lineOf` maps an offset in `text` to its Dockerfile line. Never throws. */
export function parseShellScript(text: string, lineOf: LineOf): ShellScript {
  const lexer = new Lexer(text);
  const raw = lexer.commands();
  const commands: ShellCommand[] = [];
  for (const rc of raw) collect(rc, lineOf, [], commands, 0);
  return { text, commands, hasPipes: lexer.sawPipe };
}

function collect(
  rc: RawCommand,
  lineOf: LineOf,
  wrappers: string[],
  out: ShellCommand[],
  depth: number,
): void {
  const line = rc.words.length > 0 ? lineOf(rc.words[0]!.start) : lineOf(0);
  // Commands inside substitutions run before the command that uses them.
  for (const w of rc.words) for (const n of w.nested) collect(n, () => lineOf(w.start), wrappers, out, depth);
  const env: Record<string, string> = {};
  let words = rc.words;
  let i = 0;
  while (i < words.length && isAssignment(words[i]!)) {
    const [k, ...v] = words[i]!.value.split('=');
    env[k!] = v.join('=');
    i++;
  }
  words = words.slice(i);
  if (words.length === 0) return;
  const wrapped = [...wrappers];
  const unwrappedFrom = words;
  for (;;) {
    const name = words[0]?.value;
    if (name === 'sudo') {
      wrapped.push('sudo');
      words = skipOptions(words.slice(1), new Set(['u', 'g', 'h', 'C', 'D', 'p', 'r', 't', 'U', 'T', 'R']));
    } else if (name === 'env') {
      wrapped.push('env');
      words = skipOptions(words.slice(1), new Set(['u', 'C', 'S', 'unset', 'chdir']));
      while (words.length > 0 && isAssignment(words[0]!)) {
        const [k, ...v] = words[0]!.value.split('=');
        env[k!] = v.join('=');
        words = words.slice(1);
      }
    } else if (
      (name === 'busybox' || name === 'builtin' || name === 'command') &&
      words[1] !== undefined &&
      !words[1].value.startsWith('-')
    ) {
      // As ShellCheck (and so hadolint) names the command: `busybox wget …` runs wget.
      wrapped.push(name);
      words = words.slice(1);
    } else if (name === 'exec') {
      // `exec app` replaces the shell with app; ShellCheck skips exec's -c, -l and -a NAME.
      wrapped.push('exec');
      words = skipOptions(words.slice(1), new Set(['a']));
    } else if (name !== undefined && depth < 4 && isShellName(name)) {
      const cIndex = words.findIndex((w, k) => k > 0 && /^-[a-z]*c[a-z]*$/.test(w.value));
      const script = cIndex > 0 ? words[cIndex + 1] : undefined;
      if (!script) break;
      const inner = parseShellScript(script.value, () => lineOf(script.start));
      for (const c of inner.commands) {
        const merged = makeCommand(
          c.argv,
          { ...env, ...c.env },
          [...wrapped, `${name} -c`, ...c.wrappers],
          c.line,
          c.inPipeline || rc.inPipeline,
        );
        out.push(merged);
      }
      return;
    } else break;
    if (words.length === 0) {
      // `sudo -v`, a bare `env`: the wrapper is the command.
      out.push(
        makeCommand(
          unwrappedFrom.map((w) => w.value),
          env,
          wrappers,
          line,
          rc.inPipeline,
        ),
      );
      return;
    }
  }
  out.push(
    makeCommand(
      words.map((w) => w.value),
      env,
      wrapped,
      line,
      rc.inPipeline,
    ),
  );
}

function isShellName(name: string): boolean {
  const base = name.split('/').pop() ?? name;
  return ['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh'].includes(base);
}

function isAssignment(w: Word): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*=/.test(w.value) && !w.value.startsWith('=');
}

function skipOptions(words: Word[], withValue: Set<string>): Word[] {
  let i = 0;
  while (i < words.length) {
    const v = words[i]!.value;
    if (v === '--') return words.slice(i + 1);
    if (!v.startsWith('-') || v === '-') break;
    const name = v.replace(/^--?/, '').split('=')[0]!;
    const takesValue = v.startsWith('--')
      ? withValue.has(name) && !v.includes('=')
      : withValue.has(v.slice(-1));
    i += takesValue ? 2 : 1;
  }
  return words.slice(i);
}

export function makeCommand(
  argv: string[],
  env: Record<string, string>,
  wrappers: string[],
  line: number,
  inPipeline: boolean,
): ShellCommand {
  const name = argv[0] ?? '';
  const args = argv.slice(1);
  const flags: { name: string; argIndex: number }[] = [];
  args.forEach((a, argIndex) => {
    if (a === '-' || a === '--' || !a.startsWith('-')) return;
    if (a.startsWith('--')) flags.push({ name: a.slice(2).split('=')[0]!, argIndex });
    else for (const ch of a.slice(1)) flags.push({ name: ch, argIndex });
  });
  return {
    name,
    args,
    argv: [name, ...args],
    flags,
    env,
    wrappers,
    line,
    inPipeline,
    hasFlag: (...names) => flags.some((f) => names.includes(f.name)),
    hasArg: (...values) => args.some((a) => values.includes(a)),
    // A tool run by path (`/usr/bin/apt-get`, `/venv/bin/pip`) is that tool.
    is: (expected, ...subcommands) =>
      (name === expected || name.endsWith(`/${expected}`)) &&
      (subcommands.length === 0 || args.some((a) => subcommands.includes(a))),
    argsNoFlags: (withValue = []) => {
      const out: string[] = [];
      for (let k = 0; k < args.length; k++) {
        const a = args[k]!;
        if (a.startsWith('-') && a !== '-' && a !== '--') {
          const flagName = a.startsWith('--') ? a.slice(2) : a.slice(-1);
          if (!a.includes('=') && withValue.includes(flagName)) k++;
          continue;
        }
        out.push(a);
      }
      return out;
    },
  };
}

class Lexer {
  private i = 0;
  sawPipe = false;
  private pendingHeredocs: { delimiter: string; stripTabs: boolean }[] = [];

  constructor(private readonly src: string) {}

  commands(): RawCommand[] {
    const tokens = this.tokens();
    return buildCommands(tokens, (pipe) => {
      if (pipe) this.sawPipe = true;
    });
  }

  private tokens(): Token[] {
    const out: Token[] = [];
    const s = this.src;
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (BLANK.has(c)) {
        this.i++;
      } else if (c === '\\' && s[this.i + 1] === '\n') {
        this.i += 2;
      } else if (c === '\n') {
        out.push({ kind: 'op', op: '\n', start: this.i });
        this.i++;
        this.readHeredocBodies();
      } else if (c === '#') {
        while (this.i < s.length && s[this.i] !== '\n') this.i++;
      } else if (OPERATOR_CHARS.has(c)) {
        out.push(this.operator());
      } else {
        const start = this.i;
        const word = this.word();
        // `2>&1`, `1>/dev/null`: a number glued to a redirection is its fd, not an argument.
        if (/^\d+$/.test(word.value) && !word.quoted && (s[this.i] === '>' || s[this.i] === '<')) {
          out.push(this.operator());
          continue;
        }
        out.push({ kind: 'word', word: { ...word, start } });
      }
    }
    return out;
  }

  private operator(): Token {
    const s = this.src;
    const start = this.i;
    for (const op of ['<<-', '&>>', '&&', '||', ';;', '>>', '<<', '<&', '>&', '<>', '>|', '&>', '|&']) {
      if (s.startsWith(op, this.i)) {
        this.i += op.length;
        if (op === '<<' || op === '<<-') {
          this.skipBlanks();
          const delim = this.word();
          this.pendingHeredocs.push({ delimiter: delim.value, stripTabs: op === '<<-' });
          return { kind: 'redir', op: 'heredoc', start };
        }
        if (['>>', '<&', '>&', '<>', '>|', '&>', '&>>'].includes(op)) return { kind: 'redir', op, start };
        return { kind: 'op', op: op === '|&' ? '|' : op, start };
      }
    }
    const c = s[this.i]!;
    this.i++;
    if (c === '<' || c === '>') return { kind: 'redir', op: c, start };
    return { kind: 'op', op: c, start };
  }

  private skipBlanks(): void {
    while (this.i < this.src.length && BLANK.has(this.src[this.i]!)) this.i++;
  }

  private readHeredocBodies(): void {
    const s = this.src;
    for (const h of this.pendingHeredocs) {
      while (this.i < s.length) {
        let end = s.indexOf('\n', this.i);
        if (end < 0) end = s.length;
        const line = s.slice(this.i, end);
        this.i = Math.min(end + 1, s.length);
        if ((h.stripTabs ? line.replace(/^\t+/, '') : line) === h.delimiter) break;
      }
    }
    this.pendingHeredocs = [];
  }

  /** Reads one word; quotes removed, `$…` kept as written, commands in substitutions collected. */
  private word(): Omit<Word, 'start'> {
    const s = this.src;
    let value = '';
    let quoted = false;
    const nested: RawCommand[] = [];
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (BLANK.has(c) || c === '\n' || OPERATOR_CHARS.has(c)) break;
      if (c === "'") {
        quoted = true;
        const end = s.indexOf("'", this.i + 1);
        const stop = end < 0 ? s.length : end;
        value += s.slice(this.i + 1, stop);
        this.i = stop + 1;
      } else if (c === '"') {
        quoted = true;
        this.i++;
        while (this.i < s.length && s[this.i] !== '"') {
          const d = s[this.i]!;
          if (d === '\\' && this.i + 1 < s.length) {
            const next = s[this.i + 1]!;
            if (next === '\n') {
              this.i += 2;
            } else {
              value += '$`"\\'.includes(next) ? next : d + next;
              this.i += 2;
            }
          } else if (d === '$' || d === '`') {
            value += this.dollarOrBacktick(nested);
          } else {
            value += d;
            this.i++;
          }
        }
        this.i++;
      } else if (c === '\\') {
        if (s[this.i + 1] === '\n') this.i += 2;
        else {
          value += s[this.i + 1] ?? '';
          this.i += 2;
        }
      } else if (c === '$' || c === '`') {
        value += this.dollarOrBacktick(nested);
      } else {
        value += c;
        this.i++;
      }
    }
    return { value, nested, quoted };
  }

  /** Commands of a substitution; a pipe inside one is a pipe of the script (as ShellCheck sees it). */
  private inner(text: string): RawCommand[] {
    const lexer = new Lexer(text);
    const commands = lexer.commands();
    if (lexer.sawPipe) this.sawPipe = true;
    return commands;
  }

  /** At `$` or a backtick: returns the text as written and collects nested commands. */
  private dollarOrBacktick(nested: RawCommand[]): string {
    const s = this.src;
    const start = this.i;
    if (s[this.i] === '`') {
      let j = this.i + 1;
      while (j < s.length && s[j] !== '`') j += s[j] === '\\' ? 2 : 1;
      nested.push(...this.inner(s.slice(this.i + 1, j)));
      this.i = Math.min(j + 1, s.length);
      return s.slice(start, this.i);
    }
    if (s.startsWith('$((', this.i)) {
      this.i = matchClose(s, this.i + 1) + 1;
      return s.slice(start, this.i);
    }
    if (s.startsWith('$(', this.i)) {
      const close = matchClose(s, this.i + 1);
      nested.push(...this.inner(s.slice(this.i + 2, close)));
      this.i = close + 1;
      return s.slice(start, this.i);
    }
    if (s.startsWith('${', this.i)) {
      let depth = 0;
      let j = this.i + 1;
      for (; j < s.length; j++) {
        if (s[j] === '{') depth++;
        else if (s[j] === '}' && --depth === 0) break;
      }
      this.i = Math.min(j + 1, s.length);
      return s.slice(start, this.i);
    }
    this.i++;
    return '$';
  }
}

/** Index of the `)` that closes the `(` at `open`, skipping quotes; the end of text when unclosed. */
function matchClose(s: string, open: number): number {
  let depth = 0;
  for (let j = open; j < s.length; j++) {
    const c = s[j]!;
    if (c === '\\') j++;
    else if (c === "'") {
      const e = s.indexOf("'", j + 1);
      j = e < 0 ? s.length : e;
    } else if (c === '"') {
      j++;
      while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j;
  }
  return s.length;
}

function buildCommands(tokens: Token[], onPipe: (pipe: boolean) => void): RawCommand[] {
  const out: RawCommand[] = [];
  let current: Word[] = [];
  let pipeNext = false;
  let skipUntilSeparator = false; // after `for x in …` until `;`/newline/`do`
  let inCaseHeader = false; // `case WORD in`
  let expectPattern = false; // inside `case … in`, before a pattern's `)`
  const finish = (pipeAfter: boolean): void => {
    if (current.length > 0) {
      out.push({ words: current, inPipeline: pipeNext || pipeAfter });
    }
    current = [];
    pipeNext = pipeAfter;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'op') {
      if (expectPattern) {
        if (t.op === ')') expectPattern = false;
        continue;
      }
      if (
        t.op === '(' &&
        current.length === 1 &&
        tokens[k + 1]?.kind === 'op' &&
        (tokens[k + 1] as { op: string }).op === ')'
      ) {
        current = []; // `name() {` defines a function
        k++;
        continue;
      }
      if (t.op === ';;') {
        finish(false);
        expectPattern = true;
        continue;
      }
      skipUntilSeparator = false;
      if (t.op === '|') {
        onPipe(true);
        finish(true);
      } else finish(false);
      continue;
    }
    if (t.kind === 'redir') {
      // The redirection target is the next word (heredoc delimiters were consumed already).
      if (t.op !== 'heredoc' && tokens[k + 1]?.kind === 'word') k++;
      continue;
    }
    const w = t.word;
    if (expectPattern) {
      if (!w.quoted && w.value === 'esac') expectPattern = false;
      continue;
    }
    if (inCaseHeader) {
      if (!w.quoted && w.value === 'in') {
        inCaseHeader = false;
        expectPattern = true;
      }
      continue;
    }
    if (skipUntilSeparator) {
      if (!w.quoted && w.value === 'do') skipUntilSeparator = false;
      continue;
    }
    if (current.length === 0 && !w.quoted) {
      if (RESERVED_START.has(w.value) || RESERVED_END.has(w.value)) continue;
      if (w.value === 'for' || w.value === 'select') {
        skipUntilSeparator = true;
        continue;
      }
      if (w.value === 'case') {
        inCaseHeader = true;
        continue;
      }
    }
    current.push(w);
  }
  finish(false);
  return out;
}
