export const id = 11;
export const ids = [11];
export const modules = {

/***/ 4011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ parseDockerfile),
/* harmony export */   L0: () => (/* binding */ joinContinuations),
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   eR: () => (/* binding */ isInstructionKeyword),
/* harmony export */   i7: () => (/* binding */ expandVariables),
/* harmony export */   uM: () => (/* binding */ DockerfileParseError)
/* harmony export */ });
/* unused harmony export shellKindOf */
/* harmony import */ var dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8390);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2208);
// The parsed file model every rule sees. dockerfile-ast finds the instructions, their ranges,
// flags, properties and heredocs; this module turns that into plain, immutable-looking objects
// with the details rules keep needing (continuations joined the way BuildKit joins them, JSON vs
// shell form, stages with parsed base images, variables in scope) so no rule re-parses text.


class DockerfileParseError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
        this.name = 'DockerfileParseError';
    }
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
function isInstructionKeyword(keyword) {
    return KNOWN_KEYWORDS.has(keyword);
}
const SHELL_FORM_SCRIPT_KEYWORDS = new Set(['RUN', 'CMD', 'ENTRYPOINT']);
const JSON_CAPABLE = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME']);
const DEFAULT_SHELL = ['/bin/sh', '-c'];
const POSIX_SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'ksh', 'mksh', 'zsh', 'busybox']);
const exeOf = (word) => ((word ?? '').split(/[\\/]/).pop() ?? '').replace(/\.exe$/i, '').toLowerCase();
function shellKindOf(shell) {
    let exe = exeOf(shell[0]);
    // `SHELL ["/usr/bin/env", "bash", "-c"]` runs bash.
    if (exe === 'env') {
        let i = 1;
        while (i < shell.length && (shell[i].startsWith('-') || shell[i].includes('=')))
            i++;
        exe = exeOf(shell[i]);
    }
    return POSIX_SHELLS.has(exe) ? 'posix' : 'other';
}
/** `# hadolint shell=<shell>` lines (1-based), the shell split into words. */
function shellPragmas(lines) {
    const out = [];
    lines.forEach((text, i) => {
        const m = /^\s*#\s*hadolint\s+shell\s*=\s*(\S.*)$/.exec(text);
        // `# hadolint shell=bash  # why` ends at the comment, as in hadolint.
        const shell = m?.[1].replace(/\s+#.*$/, '').trim();
        if (shell)
            out.push({ line: i + 1, shell: shell.split(/\s+/) });
    });
    return out;
}
/**
 * Parses a Dockerfile. Never throws on odd input: what BuildKit would reject is listed in
 * `problems`; DockerfileParseError is for callers that want to raise one of those.
 */
function parseDockerfile(text) {
    const ast = dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.DockerfileParser.parse(text);
    const lines = text.split(/\r?\n/);
    const escape = ast.getEscapeCharacter();
    const directives = {};
    for (const d of ast.getDirectives()) {
        const name = d.getName()?.toLowerCase();
        // dockerfile-ast also takes `# hadolint ignore=…` on line 1 for a directive; BuildKit knows only these.
        if (name && PARSER_DIRECTIVES.has(name))
            directives[name] = d.getValue() ?? '';
    }
    const builder = new ModelBuilder(text, lines, escape, ast);
    const model = builder.build();
    model.directives = directives;
    model.comments = commentLines(lines, model.instructions);
    return model;
}
class ModelBuilder {
    text;
    lines;
    escape;
    ast;
    instructions = [];
    stages = [];
    globalArgs = [];
    globalVars = new Map();
    problems = [];
    /** Expanded ENV values per stage, for stages built on it. */
    stageEnv = new Map();
    constructor(text, lines, escape, ast) {
        this.text = text;
        this.lines = lines;
        this.escape = escape;
        this.ast = ast;
    }
    build() {
        const astInstructions = this.ast.getInstructions();
        let stage = null;
        // `# hadolint shell=…` before the first FROM sets every stage's shell; later, the rest of its stage.
        let defaultShell = DEFAULT_SHELL;
        let shell = DEFAULT_SHELL;
        const pragmas = shellPragmas(this.lines);
        let nextPragma = 0;
        const stageShell = new Map();
        let vars = this.globalVars;
        const fromCount = astInstructions.filter((i) => i.getKeyword() === 'FROM').length;
        let sawNonInstruction = false;
        astInstructions.forEach((node, index) => {
            const keyword = node.getKeyword();
            for (; nextPragma < pragmas.length && pragmas[nextPragma].line < lineOf(node); nextPragma++) {
                if (stage === null)
                    defaultShell = pragmas[nextPragma].shell;
                shell = pragmas[nextPragma].shell;
            }
            if (keyword === 'FROM') {
                shell = defaultShell;
                vars = new Map();
            }
            else if (stage === null && keyword !== 'ARG' && KNOWN_KEYWORDS.has(keyword)) {
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
            if (missing)
                this.problems.push({ message: missing, line: ins.line });
            if (keyword === 'FROM') {
                stage = this.makeStage(ins, node, fromCount);
                ins.stage = stage;
                const parent = stage.from.parentStage;
                // SHELL is image config: a stage built on an earlier one runs that stage's last SHELL.
                if (parent)
                    shell = stageShell.get(parent) ?? shell;
                if (parent) {
                    // An image built on an earlier stage carries that stage's ENV; ARGs do not carry over.
                    const inherited = new Map(this.stageEnv.get(parent) ?? []);
                    this.stageEnv.set(stage, inherited);
                    for (const [k, v] of inherited)
                        vars.set(k, v);
                    this.snapshots.delete(vars);
                }
            }
            this.instructions.push(ins);
            if (stage)
                stage.instructions.push(ins);
            else
                this.globalArgs.push(ins);
            this.applyScope(ins, stage === null ? this.globalVars : vars);
            if (keyword === 'SHELL' && ins.json && ins.json.length > 0)
                shell = ins.json;
            if (stage)
                stageShell.set(stage, shell);
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
    snapshots = new WeakMap();
    snapshotOf(scope) {
        let snap = this.snapshots.get(scope);
        if (!snap)
            this.snapshots.set(scope, (snap = new Map(scope)));
        return snap;
    }
    applyScope(ins, scope) {
        if (ins.keyword === 'ARG' || ins.keyword === 'ENV')
            this.snapshots.delete(scope);
        if (ins.keyword === 'ARG') {
            for (const p of ins.pairs) {
                if (p.value !== null)
                    scope.set(p.key, ins.expand(p.value));
                else if (scope !== this.globalVars && this.globalVars.has(p.key))
                    scope.set(p.key, this.globalVars.get(p.key) ?? null);
                else if (!scope.has(p.key))
                    scope.set(p.key, null);
            }
        }
        else if (ins.keyword === 'ENV') {
            for (const p of ins.pairs) {
                const value = p.value === null ? null : ins.expand(p.value);
                scope.set(p.key, value);
                if (ins.stage) {
                    if (!this.stageEnv.has(ins.stage))
                        this.stageEnv.set(ins.stage, new Map());
                    this.stageEnv.get(ins.stage).set(p.key, value);
                }
            }
        }
    }
    makeStage(fromIns, node, fromCount) {
        const parts = splitWords(fromIns.args);
        const imageText = parts[0] ?? '';
        const asIndex = parts.findIndex((p) => p.toLowerCase() === 'as');
        const alias = asIndex >= 0 ? (parts[asIndex + 1] ?? null) : null;
        if (!imageText)
            throw new DockerfileParseError('FROM without an image', fromIns.line);
        const lower = imageText.toLowerCase();
        const parentStage = this.stages.find((s) => s.alias !== null && s.alias.toLowerCase() === lower) ?? null;
        const hasVariables = imageText.includes('$');
        const expanded = hasVariables ? expandVariables(imageText, this.globalVars) : null;
        const image = parseImageRef(imageText);
        const from = {
            ...image,
            platform: fromIns.flag('platform') ?? null,
            resolved: expanded !== null ? parseImageRef(expanded) : null,
            hasVariables,
            isScratch: lower === 'scratch',
            parentStage,
        };
        void node;
        const stage = {
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
    makeInstruction(node, index, stage, shell, scope) {
        const keyword = node.getKeyword();
        const range = node.getRange();
        // Each dockerfile-ast accessor re-parses the arguments; skip the ones the source rules out.
        const source = this.lines.slice(range.start.line, range.end.line + 1).join('\n');
        const heredocs = source.includes('<<') ? this.heredocsOf(node) : [];
        // dockerfile-ast re-parses the arguments on every range call: read them once.
        const located = this.locatedArgs(node, heredocs.length > 0 ? heredocs[0].line - 1 : null);
        const args = located.text.trim();
        const json = JSON_CAPABLE.has(keyword) ? parseJsonForm(args) : null;
        const flags = source.includes('--') ? flagsOf(node) : [];
        const pairs = pairsOf(node);
        // Snapshot: later ARG/ENV must not change what an earlier instruction saw. Shared between
        // instructions until an ARG/ENV changes the scope (most instructions change nothing).
        const vars = this.snapshotOf(scope);
        const shellKind = shellKindOf(shell);
        let scriptCache;
        const ins = {
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
                if (scriptCache === undefined)
                    scriptCache = this.scriptOf(ins, located);
                return scriptCache;
            },
        };
        if (keyword === 'ONBUILD') {
            const triggerNode = node.getTriggerInstruction();
            if (triggerNode) {
                const trigger = this.makeInstruction(triggerNode, index, stage, shell, scope);
                trigger.onbuild = ins;
                ins.trigger = trigger;
            }
        }
        return ins;
    }
    scriptOf(ins, located) {
        if (!SHELL_FORM_SCRIPT_KEYWORDS.has(ins.keyword) || ins.shellKind !== 'posix')
            return null;
        if (ins.json) {
            if (ins.keyword !== 'RUN')
                return null;
            return (0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .parseShellScript */ .N)(ins.json.join(' '), () => ins.line);
        }
        if (ins.keyword === 'RUN' && ins.heredocs.length > 0 && /^<<-?\s*["']?\w/.test(ins.args.trim())) {
            const first = ins.heredocs[0];
            return (0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .parseShellScript */ .N)(first.body, (offset) => first.line + countNewlines(first.body, offset));
        }
        return (0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .parseShellScript */ .N)(located.text, (offset) => located.lineAt(offset));
    }
    heredocsOf(node) {
        const getter = node.getHeredocs;
        if (typeof getter !== 'function')
            return [];
        const out = [];
        for (const h of getter.call(node)) {
            const content = h.getContentRange();
            if (!content) {
                out.push({ name: h.getName(), body: '', line: h.getStartRange().start.line + 2 });
                continue;
            }
            const bodyLines = this.lines.slice(content.start.line, content.end.line + 1);
            if (bodyLines.length > 0) {
                bodyLines[bodyLines.length - 1] = bodyLines[bodyLines.length - 1].slice(0, content.end.character);
                bodyLines[0] = bodyLines[0].slice(content.start.character);
            }
            out.push({ name: h.getName(), body: bodyLines.join('\n'), line: content.start.line + 1 });
        }
        return out;
    }
    /** The argument text with its source line per character (for shell command lines). */
    locatedArgs(node, stopBeforeLine = null) {
        const argsRange = node.getArgumentsRange();
        const range = node.getRange();
        if (!argsRange)
            return { text: '', lineAt: () => range.start.line + 1 };
        const lastLine = stopBeforeLine !== null ? Math.min(range.end.line, stopBeforeLine - 1) : range.end.line;
        return joinContinuations(this.lines, this.escape, argsRange.start.line, argsRange.start.character, lastLine);
    }
}
/**
 * Joins an instruction's lines the way BuildKit does: an escape character at the end of a line
 * (trailing whitespace allowed) removes itself and the newline; inside a continuation, lines that
 * are empty or start with `#` are dropped.
 */
function joinContinuations(lines, escape, startLine, startCharacter, lastLine) {
    let text = '';
    const lineStarts = [];
    let continuing = false;
    for (let l = startLine; l <= lastLine && l < lines.length; l++) {
        let content = lines[l];
        if (l === startLine)
            content = content.slice(startCharacter);
        else if (continuing && (content.trim() === '' || content.trimStart().startsWith('#')))
            continue;
        const trimmedEnd = content.replace(/\s+$/, '');
        continuing = trimmedEnd.endsWith(escape) && !trimmedEnd.endsWith(escape + escape);
        lineStarts.push({ offset: text.length, line: l + 1 });
        if (continuing) {
            text += trimmedEnd.slice(0, -escape.length);
        }
        else {
            text += content;
            break;
        }
    }
    return {
        text,
        lineAt(offset) {
            let line = lineStarts[0]?.line ?? startLine + 1;
            for (const s of lineStarts) {
                if (s.offset <= offset)
                    line = s.line;
                else
                    break;
            }
            return line;
        },
    };
}
/** Every `#` line outside heredoc bodies (directives included: pragmas may sit on line 1). */
function commentLines(lines, instructions) {
    const inBody = new Set();
    for (const ins of instructions) {
        for (const h of [...ins.heredocs, ...(ins.trigger?.heredocs ?? [])]) {
            for (let l = h.line; l <= ins.endLine; l++)
                inBody.add(l);
        }
    }
    const out = [];
    lines.forEach((raw, i) => {
        const t = raw.trimStart();
        if (t.startsWith('#') && !inBody.has(i + 1))
            out.push({ line: i + 1, text: t.slice(1).trim() });
    });
    return out;
}
/**
 * Instructions BuildKit refuses to parse without an argument (CMD, ENTRYPOINT and RUN may be
 * empty; a FROM without an image is already a parse error of its own).
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
function missingArguments(ins) {
    if (ins.heredocs.length > 0)
        return null;
    if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
        const words = ins.json ?? ins.args.split(/\s+/).filter((w) => w !== '');
        return words.length < 2 ? `${ins.keyword} needs at least a source and a destination` : null;
    }
    return NEEDS_ARGUMENT.has(ins.keyword) && ins.args === '' ? `${ins.keyword} needs an argument` : null;
}
function lineOf(node) {
    return node.getRange().start.line + 1;
}
function countNewlines(text, upTo) {
    let n = 0;
    for (let i = 0; i < upTo && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            n++;
    return n;
}
function flagsOf(node) {
    const getter = node
        .getFlags;
    if (typeof getter !== 'function')
        return [];
    return getter.call(node).map((f) => ({ name: f.getName(), value: f.getValue() }));
}
function pairsOf(node) {
    const getter = node.getProperties;
    if (typeof getter !== 'function')
        return [];
    return getter.call(node).map((p) => ({ key: p.getName(), value: p.getValue() }));
}
function parseJsonForm(args) {
    const t = args.trim();
    if (!t.startsWith('[') || !t.endsWith(']'))
        return null;
    try {
        const parsed = JSON.parse(t);
        if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string'))
            return parsed;
    }
    catch {
        // Docker runs unparsable "JSON" in shell form, so do we.
    }
    return null;
}
function splitWords(text) {
    return text.split(/\s+/).filter((w) => w !== '');
}
/** Splits `registry/name:tag@digest` the way Docker reads a reference. */
function parseImageRef(text) {
    let rest = text;
    let digest = null;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let registry = null;
    const slash = rest.indexOf('/');
    if (slash >= 0) {
        const first = rest.slice(0, slash);
        if (first.includes('.') || first.includes(':') || first === 'localhost') {
            registry = first;
            rest = rest.slice(slash + 1);
        }
    }
    let tag = null;
    const colon = rest.lastIndexOf(':');
    if (colon >= 0 && !rest.slice(colon).includes('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    return { text, registry, name: rest, tag, digest };
}
/** Shell-style parameter expansion against known values; unknown variables stay as written. */
function expandVariables(text, vars) {
    return text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (whole, braced, op, word, bare) => {
        const name = braced ?? bare ?? '';
        const known = vars.has(name);
        const value = vars.get(name);
        const set = known && value !== null && value !== undefined;
        const nonEmpty = set && value !== '';
        if (op === ':-')
            return nonEmpty ? value : (word ?? '');
        if (op === '-')
            return set ? value : (word ?? '');
        if (op === ':+')
            return nonEmpty ? (word ?? '') : '';
        if (op === '+')
            return set ? (word ?? '') : '';
        return set ? value : whole;
    });
}


/***/ }),

/***/ 2208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ parseShellScript),
/* harmony export */   c: () => (/* binding */ makeCommand)
/* harmony export */ });
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
const OPERATOR_CHARS = new Set([';', '&', '|', '(', ')', '<', '>']);
const BLANK = new Set([' ', '\t', '\r']);
const RESERVED_START = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', 'time']);
const RESERVED_END = new Set(['fi', 'done', '}', 'esac']);
/** Parses a script; `lineOf` maps an offset in `text` to its Dockerfile line. Never throws. */
function parseShellScript(text, lineOf) {
    const lexer = new Lexer(text);
    const raw = lexer.commands();
    const commands = [];
    for (const rc of raw)
        collect(rc, lineOf, [], commands, 0);
    return { text, commands, hasPipes: lexer.sawPipe };
}
function collect(rc, lineOf, wrappers, out, depth) {
    const line = rc.words.length > 0 ? lineOf(rc.words[0].start) : lineOf(0);
    // Commands inside substitutions run before the command that uses them.
    for (const w of rc.words)
        for (const n of w.nested)
            collect(n, () => lineOf(w.start), wrappers, out, depth);
    const env = {};
    let words = rc.words;
    let i = 0;
    while (i < words.length && isAssignment(words[i])) {
        const [k, ...v] = words[i].value.split('=');
        env[k] = v.join('=');
        i++;
    }
    words = words.slice(i);
    if (words.length === 0)
        return;
    const wrapped = [...wrappers];
    const unwrappedFrom = words;
    for (;;) {
        const name = words[0]?.value;
        if (name === 'sudo') {
            wrapped.push('sudo');
            words = skipOptions(words.slice(1), new Set(['u', 'g', 'h', 'C', 'D', 'p', 'r', 't', 'U', 'T', 'R']));
        }
        else if (name === 'env') {
            wrapped.push('env');
            words = skipOptions(words.slice(1), new Set(['u', 'C', 'S', 'unset', 'chdir']));
            while (words.length > 0 && isAssignment(words[0])) {
                const [k, ...v] = words[0].value.split('=');
                env[k] = v.join('=');
                words = words.slice(1);
            }
        }
        else if ((name === 'busybox' || name === 'builtin' || name === 'command') &&
            words[1] !== undefined &&
            !words[1].value.startsWith('-')) {
            // As ShellCheck (and so hadolint) names the command: `busybox wget …` runs wget.
            wrapped.push(name);
            words = words.slice(1);
        }
        else if (name === 'exec') {
            // `exec app` replaces the shell with app; ShellCheck skips exec's -c, -l and -a NAME.
            wrapped.push('exec');
            words = skipOptions(words.slice(1), new Set(['a']));
        }
        else if (name !== undefined && depth < 4 && isShellName(name)) {
            const cIndex = words.findIndex((w, k) => k > 0 && /^-[a-z]*c[a-z]*$/.test(w.value));
            const script = cIndex > 0 ? words[cIndex + 1] : undefined;
            if (!script)
                break;
            const inner = parseShellScript(script.value, () => lineOf(script.start));
            for (const c of inner.commands) {
                const merged = makeCommand(c.argv, { ...env, ...c.env }, [...wrapped, `${name} -c`, ...c.wrappers], c.line, c.inPipeline || rc.inPipeline);
                out.push(merged);
            }
            return;
        }
        else
            break;
        if (words.length === 0) {
            // `sudo -v`, a bare `env`: the wrapper is the command.
            out.push(makeCommand(unwrappedFrom.map((w) => w.value), env, wrappers, line, rc.inPipeline));
            return;
        }
    }
    out.push(makeCommand(words.map((w) => w.value), env, wrapped, line, rc.inPipeline));
}
function isShellName(name) {
    const base = name.split('/').pop() ?? name;
    return ['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh'].includes(base);
}
function isAssignment(w) {
    return /^[A-Za-z_][A-Za-z0-9_]*=/.test(w.value) && !w.value.startsWith('=');
}
function skipOptions(words, withValue) {
    let i = 0;
    while (i < words.length) {
        const v = words[i].value;
        if (v === '--')
            return words.slice(i + 1);
        if (!v.startsWith('-') || v === '-')
            break;
        const name = v.replace(/^--?/, '').split('=')[0];
        const takesValue = v.startsWith('--')
            ? withValue.has(name) && !v.includes('=')
            : withValue.has(v.slice(-1));
        i += takesValue ? 2 : 1;
    }
    return words.slice(i);
}
function makeCommand(argv, env, wrappers, line, inPipeline) {
    const name = argv[0] ?? '';
    const args = argv.slice(1);
    const flags = [];
    args.forEach((a, argIndex) => {
        if (a === '-' || a === '--' || !a.startsWith('-'))
            return;
        if (a.startsWith('--'))
            flags.push({ name: a.slice(2).split('=')[0], argIndex });
        else
            for (const ch of a.slice(1))
                flags.push({ name: ch, argIndex });
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
        is: (expected, ...subcommands) => (name === expected || name.endsWith(`/${expected}`)) &&
            (subcommands.length === 0 || args.some((a) => subcommands.includes(a))),
        argsNoFlags: (withValue = []) => {
            const out = [];
            for (let k = 0; k < args.length; k++) {
                const a = args[k];
                if (a.startsWith('-') && a !== '-' && a !== '--') {
                    const flagName = a.startsWith('--') ? a.slice(2) : a.slice(-1);
                    if (!a.includes('=') && withValue.includes(flagName))
                        k++;
                    continue;
                }
                out.push(a);
            }
            return out;
        },
    };
}
class Lexer {
    src;
    i = 0;
    sawPipe = false;
    pendingHeredocs = [];
    constructor(src) {
        this.src = src;
    }
    commands() {
        const tokens = this.tokens();
        return buildCommands(tokens, (pipe) => {
            if (pipe)
                this.sawPipe = true;
        });
    }
    tokens() {
        const out = [];
        const s = this.src;
        while (this.i < s.length) {
            const c = s[this.i];
            if (BLANK.has(c)) {
                this.i++;
            }
            else if (c === '\\' && s[this.i + 1] === '\n') {
                this.i += 2;
            }
            else if (c === '\n') {
                out.push({ kind: 'op', op: '\n', start: this.i });
                this.i++;
                this.readHeredocBodies();
            }
            else if (c === '#') {
                while (this.i < s.length && s[this.i] !== '\n')
                    this.i++;
            }
            else if (OPERATOR_CHARS.has(c)) {
                out.push(this.operator());
            }
            else {
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
    operator() {
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
                if (['>>', '<&', '>&', '<>', '>|', '&>', '&>>'].includes(op))
                    return { kind: 'redir', op, start };
                return { kind: 'op', op: op === '|&' ? '|' : op, start };
            }
        }
        const c = s[this.i];
        this.i++;
        if (c === '<' || c === '>')
            return { kind: 'redir', op: c, start };
        return { kind: 'op', op: c, start };
    }
    skipBlanks() {
        while (this.i < this.src.length && BLANK.has(this.src[this.i]))
            this.i++;
    }
    readHeredocBodies() {
        const s = this.src;
        for (const h of this.pendingHeredocs) {
            while (this.i < s.length) {
                let end = s.indexOf('\n', this.i);
                if (end < 0)
                    end = s.length;
                const line = s.slice(this.i, end);
                this.i = Math.min(end + 1, s.length);
                if ((h.stripTabs ? line.replace(/^\t+/, '') : line) === h.delimiter)
                    break;
            }
        }
        this.pendingHeredocs = [];
    }
    /** Reads one word; quotes removed, `$…` kept as written, commands in substitutions collected. */
    word() {
        const s = this.src;
        let value = '';
        let quoted = false;
        const nested = [];
        while (this.i < s.length) {
            const c = s[this.i];
            if (BLANK.has(c) || c === '\n' || OPERATOR_CHARS.has(c))
                break;
            if (c === "'") {
                quoted = true;
                const end = s.indexOf("'", this.i + 1);
                const stop = end < 0 ? s.length : end;
                value += s.slice(this.i + 1, stop);
                this.i = stop + 1;
            }
            else if (c === '"') {
                quoted = true;
                this.i++;
                while (this.i < s.length && s[this.i] !== '"') {
                    const d = s[this.i];
                    if (d === '\\' && this.i + 1 < s.length) {
                        const next = s[this.i + 1];
                        if (next === '\n') {
                            this.i += 2;
                        }
                        else {
                            value += '$`"\\'.includes(next) ? next : d + next;
                            this.i += 2;
                        }
                    }
                    else if (d === '$' || d === '`') {
                        value += this.dollarOrBacktick(nested);
                    }
                    else {
                        value += d;
                        this.i++;
                    }
                }
                this.i++;
            }
            else if (c === '\\') {
                if (s[this.i + 1] === '\n')
                    this.i += 2;
                else {
                    value += s[this.i + 1] ?? '';
                    this.i += 2;
                }
            }
            else if (c === '$' || c === '`') {
                value += this.dollarOrBacktick(nested);
            }
            else {
                value += c;
                this.i++;
            }
        }
        return { value, nested, quoted };
    }
    /** Commands of a substitution; a pipe inside one is a pipe of the script (as ShellCheck sees it). */
    inner(text) {
        const lexer = new Lexer(text);
        const commands = lexer.commands();
        if (lexer.sawPipe)
            this.sawPipe = true;
        return commands;
    }
    /** At `$` or a backtick: returns the text as written and collects nested commands. */
    dollarOrBacktick(nested) {
        const s = this.src;
        const start = this.i;
        if (s[this.i] === '`') {
            let j = this.i + 1;
            while (j < s.length && s[j] !== '`')
                j += s[j] === '\\' ? 2 : 1;
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
                if (s[j] === '{')
                    depth++;
                else if (s[j] === '}' && --depth === 0)
                    break;
            }
            this.i = Math.min(j + 1, s.length);
            return s.slice(start, this.i);
        }
        this.i++;
        return '$';
    }
}
/** Index of the `)` that closes the `(` at `open`, skipping quotes; the end of text when unclosed. */
function matchClose(s, open) {
    let depth = 0;
    for (let j = open; j < s.length; j++) {
        const c = s[j];
        if (c === '\\')
            j++;
        else if (c === "'") {
            const e = s.indexOf("'", j + 1);
            j = e < 0 ? s.length : e;
        }
        else if (c === '"') {
            j++;
            while (j < s.length && s[j] !== '"')
                j += s[j] === '\\' ? 2 : 1;
        }
        else if (c === '(')
            depth++;
        else if (c === ')' && --depth === 0)
            return j;
    }
    return s.length;
}
function buildCommands(tokens, onPipe) {
    const out = [];
    let current = [];
    let pipeNext = false;
    let skipUntilSeparator = false; // after `for x in …` until `;`/newline/`do`
    let inCaseHeader = false; // `case WORD in`
    let expectPattern = false; // inside `case … in`, before a pattern's `)`
    const finish = (pipeAfter) => {
        if (current.length > 0) {
            out.push({ words: current, inPipeline: pipeNext || pipeAfter });
        }
        current = [];
        pipeNext = pipeAfter;
    };
    for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k];
        if (t.kind === 'op') {
            if (expectPattern) {
                if (t.op === ')')
                    expectPattern = false;
                continue;
            }
            if (t.op === '(' &&
                current.length === 1 &&
                tokens[k + 1]?.kind === 'op' &&
                tokens[k + 1].op === ')') {
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
            }
            else
                finish(false);
            continue;
        }
        if (t.kind === 'redir') {
            // The redirection target is the next word (heredoc delimiters were consumed already).
            if (t.op !== 'heredoc' && tokens[k + 1]?.kind === 'word')
                k++;
            continue;
        }
        const w = t.word;
        if (expectPattern) {
            if (!w.quoted && w.value === 'esac')
                expectPattern = false;
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
            if (!w.quoted && w.value === 'do')
                skipUntilSeparator = false;
            continue;
        }
        if (current.length === 0 && !w.quoted) {
            if (RESERVED_START.has(w.value) || RESERVED_END.has(w.value))
                continue;
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


/***/ })

};
