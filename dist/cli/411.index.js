export const id = 411;
export const ids = [411];
export const modules = {

/***/ 24:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ parseDockerfile),
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   eR: () => (/* binding */ isInstructionKeyword),
/* harmony export */   uM: () => (/* binding */ DockerfileParseError)
/* harmony export */ });
/* unused harmony exports shellKindOf, joinContinuations, expandVariables */
/* harmony import */ var dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8390);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6383);
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

/***/ 6874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES),
  I: () => (/* binding */ findRule)
});

// NAMESPACE OBJECT: ./src/lint/rules/index.ts
var rules_namespaceObject = {};
__webpack_require__.r(rules_namespaceObject);
__webpack_require__.d(rules_namespaceObject, {
  addRemoteChecksum: () => (add_remote_checksum),
  addToExtractArchives: () => (add_to_extract_archives),
  apkNoCache: () => (apk_no_cache),
  apkPinVersions: () => (apk_pin_versions),
  aptGetAssumeYes: () => (apt_get_assume_yes),
  aptGetNotApt: () => (apt_get_not_apt),
  aptListsCleaned: () => (apt_lists_cleaned),
  aptNoInstallRecommends: () => (apt_no_install_recommends),
  aptPinVersions: () => (apt_pin_versions),
  argEnvSensitiveName: () => (arg_env_sensitive_name),
  avoidAlpineForPython: () => (avoid_alpine_for_python),
  baseImageDigest: () => (base_image_digest),
  baseImageFromArg: () => (base_image_from_arg),
  buildToolchainInFinalStage: () => (build_toolchain_in_final_stage),
  cmdEntrypointJsonForm: () => (cmd_entrypoint_json_form),
  copyContextBeforeDependencyInstall: () => (copy_context_before_dependency_install),
  copyFromDefinedStage: () => (copy_from_defined_stage),
  copyFromNotOwnStage: () => (copy_from_not_own_stage),
  copyFromNotWholeFilesystem: () => (copy_from_not_whole_filesystem),
  copyInsteadOfAdd: () => (copy_instead_of_add),
  copyRelativeNeedsWorkdir: () => (copy_relative_needs_workdir),
  copyTargetDirSlash: () => (copy_target_dir_slash),
  curlOrWgetNotBoth: () => (curl_or_wget_not_both),
  debianFrontendAsArg: () => (debian_frontend_as_arg),
  devServerInFinalStage: () => (dev_server_in_final_stage),
  dnfAssumeYes: () => (dnf_assume_yes),
  dnfCacheCleaned: () => (dnf_cache_cleaned),
  dnfPinVersions: () => (dnf_pin_versions),
  dockerignorePresent: () => (dockerignore_present),
  envNoSameStatementReference: () => (env_no_same_statement_reference),
  exposeServerPort: () => (expose_server_port),
  exposeValidPort: () => (expose_valid_port),
  finalImageLabels: () => (final_image_labels),
  fromPlatformNotTargetplatform: () => (from_platform_not_targetplatform),
  gemPinVersions: () => (gem_pin_versions),
  goInstallPinned: () => (go_install_pinned),
  healthcheckPresent: () => (healthcheck_present),
  imageTagExplicit: () => (image_tag_explicit),
  imageTagNotLatest: () => (image_tag_not_latest),
  initProcessInEntrypoint: () => (init_process_in_entrypoint),
  instructionOrderFromFirst: () => (instruction_order_from_first),
  labelEmailValid: () => (label_email_valid),
  labelGitHashValid: () => (label_git_hash_valid),
  labelKeyValid: () => (label_key_valid),
  labelNotEmpty: () => (label_not_empty),
  labelNotInSchema: () => (label_not_in_schema),
  labelRequired: () => (label_required),
  labelRfc3339Valid: () => (label_rfc3339_valid),
  labelSemverValid: () => (label_semver_valid),
  labelSpdxValid: () => (label_spdx_valid),
  labelUrlValid: () => (label_url_valid),
  lastUserNotRoot: () => (last_user_not_root),
  noFixedPlatform: () => (no_fixed_platform),
  noMaintainer: () => (no_maintainer),
  noSecretsInEnvOrArg: () => (no_secrets_in_env_or_arg),
  noSudo: () => (no_sudo),
  noUserInFinalStage: () => (no_user_in_final_stage),
  npmPinVersions: () => (npm_pin_versions),
  onbuildTriggerValid: () => (onbuild_trigger_valid),
  packageListSorted: () => (package_list_sorted),
  pipInstallIntoVenv: () => (pip_install_into_venv),
  pipNoCacheDir: () => (pip_no_cache_dir),
  pipPinVersions: () => (pip_pin_versions),
  pipefailBeforePipe: () => (pipefail_before_pipe),
  poetryInstallWithoutDev: () => (poetry_install_without_dev),
  preferSlimBaseImage: () => (prefer_slim_base_image),
  pythonUnbuffered: () => (python_unbuffered),
  runConsecutive: () => (run_consecutive),
  runNoPointlessCommands: () => (run_no_pointless_commands),
  singleCmd: () => (single_cmd),
  singleEntrypoint: () => (single_entrypoint),
  singleHealthcheck: () => (single_healthcheck),
  stageNameNotReserved: () => (stage_name_not_reserved),
  stageNamesUnique: () => (stage_names_unique),
  trustedRegistry: () => (trusted_registry),
  useShellToChangeShell: () => (use_shell_to_change_shell),
  useWorkdirNotCd: () => (use_workdir_not_cd),
  userNumericId: () => (user_numeric_id),
  useraddHighUidLogInit: () => (useradd_high_uid_log_init),
  wgetProgress: () => (wget_progress),
  workdirAbsolute: () => (workdir_absolute),
  yarnCacheClean: () => (yarn_cache_clean),
  yumAssumeYes: () => (yum_assume_yes),
  yumCacheCleaned: () => (yum_cache_cleaned),
  yumPinVersions: () => (yum_pin_versions),
  zypperCacheCleaned: () => (zypper_cache_cleaned),
  zypperNoDistUpgrade: () => (zypper_no_dist_upgrade),
  zypperNonInteractive: () => (zypper_non_interactive),
  zypperPinVersions: () => (zypper_pin_versions)
});

// EXTERNAL MODULE: ./src/lint/rule.ts
var rule = __webpack_require__(5619);
;// CONCATENATED MODULE: ./src/lint/commands.ts
/** The last path segment of a command word (`/opt/venv/bin/pip3` → `pip3`). */
function toolName(word) {
    return word.slice(word.lastIndexOf('/') + 1);
}
/** pip itself, by name or path: `pip`, `pip3`, `pip3.12`, `/venv/bin/pip`, `/usr/local/bin/pip3`. */
const PIP = /^pip(\d+(\.\d+)*)?$/;
/** A Python interpreter, by name or path: `python`, `python3`, `python3.12`, `/venv/bin/python`. */
const PYTHON = /^python(\d+(\.\d+)*)?$/;
/** `python -m <module>` (any interpreter, by name or path). */
function runsModule(cmd, module) {
    return PYTHON.test(toolName(cmd.name)) && cmd.args.some((x, k) => x === '-m' && cmd.args[k + 1] === module);
}
/**
 * `pip install …` as every pip rule reads it, the one reader they share: pip by name, version or
 * path (`pip3.12`, `/opt/venv/bin/pip`), and `python -m pip install` by any interpreter
 * (`python3.12 -m pip`, `/venv/bin/python -m pip`). hadolint's isPipInstall knows the bare names.
 */
function isPipInstall(cmd) {
    if (PIP.test(toolName(cmd.name)))
        return cmd.args.includes('install');
    const a = cmd.args;
    return (runsModule(cmd, 'pip') && a.some((x, k) => x === '-m' && a[k + 1] === 'pip' && a[k + 2] === 'install'));
}
/** `pipx install …` (also `python -m pipx install`): installs a tool, at whatever version is newest. */
function isPipxInstall(cmd) {
    return (toolName(cmd.name) === 'pipx' || runsModule(cmd, 'pipx')) && cmd.args.includes('install');
}
/** pipx / pipenv (also as `python -m pipx`, or by path): they manage their own environments and caches. */
function isPipWrapper(cmd) {
    const name = toolName(cmd.name);
    return (name.includes('pipx') || name.includes('pipenv') || runsModule(cmd, 'pipx') || runsModule(cmd, 'pipenv'));
}
/** `apt-get install …` (also `apt-get -y install`). */
function isAptGetInstall(cmd) {
    return cmd.is('apt-get', 'install');
}
/** The `--mount=…` flags of a RUN, each as its options (`type`, `target`, …). */
function mountsOf(flags) {
    const mounts = [];
    for (const f of flags) {
        if (f.name !== 'mount' || !f.value)
            continue;
        const opts = new Map();
        for (const kv of f.value.split(',')) {
            const eq = kv.indexOf('=');
            opts.set(eq < 0 ? kv : kv.slice(0, eq), eq < 0 ? '' : kv.slice(eq + 1));
        }
        mounts.push(opts);
    }
    return mounts;
}
const targetOf = (opts) => opts.get('target') ?? opts.get('dst') ?? opts.get('destination') ?? '';
/** Targets of the `--mount=type=cache` and `type=tmpfs` flags: what lives there never lands in the layer. */
function cacheOrTmpfsMountTargets(flags) {
    return mountsOf(flags)
        .filter((m) => m.get('type') === 'cache' || m.get('type') === 'tmpfs')
        .map(targetOf);
}
/** A cache or tmpfs mount whose target contains `fragment` (hadolint's `hasCacheOrTmpfsMountWith`). */
function hasCacheOrTmpfsMountWith(flags, fragment) {
    return cacheOrTmpfsMountTargets(flags).some((t) => t.includes(fragment));
}
const TRUTHY = new Set(['1', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'yes', 'Yes', 'YES']);
/** The package words of `apt-get install` (hadolint's reading: non-flag words except `install`, `-t X` dropped). */
function aptGetPackages(cmd) {
    const dropped = new Set();
    for (const f of cmd.flags)
        if (f.name === 't' || f.name === 'target-release')
            dropped.add(f.argIndex + 1);
    return cmd.args.filter((a, k) => !dropped.has(k) && a !== 'install' && !(a.startsWith('-') && a !== '-' && a !== '--'));
}

// EXTERNAL MODULE: ./src/lint/shell.ts
var lint_shell = __webpack_require__(6383);
;// CONCATENATED MODULE: ./src/lint/rules/_practice/index.ts


/** The last path segment of a command (`/usr/bin/apt-get` → `apt-get`). */
function baseName(word) {
    return word.split('/').pop() ?? word;
}
/** The stage and the stages it builds on (`FROM builder`), nearest first. */
function stageChain(stage) {
    const chain = [];
    for (let s = stage; s && !chain.includes(s); s = s.from.parentStage)
        chain.push(s);
    return chain;
}
/** The final stage of the file, or null when there is no FROM. */
function finalStage(stages) {
    return stages.find((s) => s.isFinal) ?? null;
}
/** Instructions the image of `stage` is made of: its ancestors' first, ONBUILD wrappers excluded. */
function imageInstructions(stage) {
    return stageChain(stage)
        .reverse()
        .flatMap((s) => s.instructions.filter((i) => i.keyword !== 'ONBUILD'));
}
/** The external image at the root of a stage chain (with global ARGs substituted when it has any). */
function rootImage(stage) {
    const root = stageChain(stage).pop();
    if (root.from.parentStage)
        return null;
    return { ref: root.from.resolved ?? root.from, stage: root };
}
/** The `ENTRYPOINT` and `CMD` that end up in the image of `stage`, as Docker applies them. */
function imageProcess(stage) {
    let entrypoint = null;
    let cmd = null;
    for (const s of stageChain(stage).reverse()) {
        let cmdSetHere = false;
        for (const ins of s.instructions) {
            if (ins.keyword === 'CMD') {
                cmd = ins;
                cmdSetHere = true;
            }
            else if (ins.keyword === 'ENTRYPOINT') {
                entrypoint = ins;
                // Docker: an ENTRYPOINT resets a CMD inherited from the base, not one set in the same stage.
                if (!cmdSetHere)
                    cmd = null;
            }
        }
    }
    return { entrypoint, cmd };
}
/** The argv Docker runs for a CMD/ENTRYPOINT: the JSON array, or the SHELL plus the text. */
function processWords(ins) {
    return ins.json ?? [...ins.shell, ins.args];
}
/** The process argv of an image: exec-form ENTRYPOINT + CMD, or a shell-form ENTRYPOINT alone. */
function effectiveArgv(process) {
    const { entrypoint, cmd } = process;
    if (entrypoint) {
        if (!entrypoint.json)
            return processWords(entrypoint);
        return [...entrypoint.json, ...(cmd ? processWords(cmd) : [])];
    }
    return cmd ? processWords(cmd) : [];
}
function shellQuote(word) {
    return `'${word.replace(/'/g, `'\\''`)}'`;
}
/**
 * The simple commands an argv runs, through the engine's shell model: `sh -c '…'` (anywhere in the
 * argv, e.g. after `tini --`) is parsed into its commands; other words stay one command.
 */
function argvCommands(argv, line) {
    if (argv.length === 0)
        return [];
    const out = (0,lint_shell/* parseShellScript */.N)(argv.map(shellQuote).join(' '), () => line).commands;
    const nested = [];
    for (const cmd of out) {
        const words = cmd.argv;
        const shellAt = words.findIndex((w, k) => k > 0 && isShell(w) && /^-[a-z]*c[a-z]*$/.test(words[k + 1] ?? ''));
        if (shellAt > 0 && words[shellAt + 2] !== undefined)
            nested.push(...(0,lint_shell/* parseShellScript */.N)(words[shellAt + 2], () => line).commands);
    }
    return [...out, ...nested];
}
function isShell(word) {
    return ['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh'].includes(baseName(word));
}
/** The commands of one CMD/ENTRYPOINT instruction (null under a non-POSIX SHELL in shell form). */
function instructionCommands(ins) {
    if (!ins.json && ins.shellKind !== 'posix')
        return null;
    return argvCommands(processWords(ins), ins.line);
}
/** Sources of a COPY/ADD (the last word is the destination); none for heredoc-only forms. */
function copySources(ins) {
    const words = ins.json ?? ins.args.split(/\s+/).filter((w) => w !== '');
    if (words.length < 2)
        return [];
    return words.slice(0, -1).filter((w) => !w.startsWith('<<'));
}
const WHOLE_CONTEXT = new Set(['.', './', './.', '*', './*', '/', './/']);
/** `COPY . .`, `COPY ./ /app`, `ADD . .`: the whole build context, not a stage or an image. */
function copiesWholeContext(ins) {
    if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD')
        return false;
    if (ins.flag('from') !== undefined)
        return false;
    return copySources(ins).some((s) => WHOLE_CONTEXT.has(s));
}
const INSTALLERS = {
    'apt-get': {
        manager: 'apt',
        sub: ['install'],
        withValue: ['o', 'c', 't', 'target-release', 'option', 'config-file'],
    },
    apt: {
        manager: 'apt',
        sub: ['install'],
        withValue: ['o', 'c', 't', 'target-release', 'option', 'config-file'],
    },
    aptitude: { manager: 'apt', sub: ['install'], withValue: ['o', 't'] },
    apk: {
        manager: 'apk',
        sub: ['add'],
        withValue: [
            't',
            'virtual',
            'X',
            'repository',
            'p',
            'root',
            'keys-dir',
            'arch',
            'cache-dir',
            'repositories-file',
        ],
    },
    yum: {
        manager: 'yum',
        sub: ['install'],
        withValue: ['c', 'config', 'installroot', 'releasever', 'setopt', 'x', 'exclude'],
    },
    dnf: {
        manager: 'yum',
        sub: ['install'],
        withValue: ['c', 'config', 'installroot', 'releasever', 'setopt', 'x', 'exclude'],
    },
    microdnf: {
        manager: 'yum',
        sub: ['install'],
        withValue: ['config', 'installroot', 'releasever', 'setopt'],
    },
    tdnf: { manager: 'yum', sub: ['install'], withValue: ['c', 'installroot', 'releasever'] },
    zypper: { manager: 'zypper', sub: ['install', 'in'], withValue: ['r', 'repo', 'c', 'config', 'root'] },
};
/** A system package manager's install command and its packages; null for anything else. */
function packageInstall(cmd) {
    const spec = INSTALLERS[baseName(cmd.name)];
    if (!spec)
        return null;
    const positional = cmd.argsNoFlags(spec.withValue);
    const at = positional.findIndex((w) => spec.sub.includes(w));
    if (at < 0)
        return null;
    let virtualName = null;
    if (spec.manager === 'apk') {
        const k = cmd.args.findIndex((a) => a === '--virtual' || a === '-t' || a.startsWith('--virtual='));
        if (k >= 0)
            virtualName = cmd.args[k].includes('=') ? cmd.args[k].split('=')[1] : (cmd.args[k + 1] ?? null);
    }
    return { manager: spec.manager, packages: positional.slice(at + 1), virtualName };
}
/** A package word without its version or architecture (`gcc=4:12.2*` → `gcc`, `libc6-dev:amd64` → `libc6-dev`). */
function packageName(word) {
    return word.split(/[=<>~]/)[0].split(':')[0];
}
/** Packages a command removes (`apt-get purge`, `apk del`, `yum remove`, …), or null when it removes none. */
function packageRemoval(cmd) {
    const name = baseName(cmd.name);
    const removeSubs = {
        'apt-get': ['purge', 'remove', 'autoremove'],
        apt: ['purge', 'remove', 'autoremove'],
        apk: ['del'],
        yum: ['remove', 'erase', 'autoremove'],
        dnf: ['remove', 'erase', 'autoremove'],
        microdnf: ['remove'],
        tdnf: ['remove', 'erase', 'autoremove'],
        zypper: ['remove', 'rm'],
    };
    const subs = removeSubs[name];
    if (!subs)
        return null;
    const positional = cmd.argsNoFlags(['o', 'c']);
    const at = positional.findIndex((w) => subs.includes(w));
    if (at < 0)
        return null;
    return {
        packages: positional.slice(at + 1),
        autoRemove: positional[at] === 'autoremove' || cmd.hasFlag('auto-remove', 'autoremove'),
    };
}
/** pip options whose value is the next word, so the value is never read as a package or a path. */
const PIP_VALUE_FLAGS = [
    'r',
    'requirement',
    'c',
    'constraint',
    'e',
    'editable',
    'i',
    'index-url',
    'extra-index-url',
    'f',
    'find-links',
    't',
    'target',
    'prefix',
    'root',
    'src',
    'platform',
    'python-version',
    'implementation',
    'abi',
    'trusted-host',
    'only-binary',
    'no-binary',
    'progress-bar',
    'log',
    'timeout',
    'retries',
    'proxy',
    'cache-dir',
];
/** `pip install` as every pip rule reads it (`isPipInstall`: by name, version or path), or `uv pip install`. */
function isPipInstallCommand(cmd) {
    if (isPipInstall(cmd))
        return true;
    return baseName(cmd.name) === 'uv' && cmd.args[0] === 'pip' && cmd.args[1] === 'install';
}
/** The first positional word of a command (its subcommand), flags skipped. */
function subcommand(cmd) {
    return cmd.args.find((a) => !a.startsWith('-'));
}
/** The command installs project dependencies; returns the ecosystem, or null. */
function dependencyInstall(cmd) {
    const name = baseName(cmd.name);
    const sub = subcommand(cmd);
    if (isPipInstallCommand(cmd))
        return 'pip';
    if (name === 'uv' && sub === 'sync')
        return 'uv';
    if (name === 'poetry' && (sub === 'install' || sub === 'sync'))
        return 'poetry';
    if (name === 'pipenv' && (sub === 'install' || sub === 'sync'))
        return 'pipenv';
    if (name === 'npm' && (sub === 'ci' || sub === 'install' || sub === 'i')) {
        // A global tool (`npm install -g pm2`) is not the project's dependency tree.
        return cmd.hasFlag('g', 'global') ? null : 'npm';
    }
    if (name === 'yarn' && (sub === undefined || sub === 'install'))
        return 'yarn';
    if (name === 'pnpm' && (sub === 'install' || sub === 'i'))
        return 'pnpm';
    if (name === 'bundle' && sub === 'install')
        return 'bundler';
    if (name === 'go' && cmd.args[0] === 'mod' && cmd.args[1] === 'download')
        return 'go';
    if (name === 'composer' && sub === 'install')
        return 'composer';
    return null;
}
/** Whether a glob (`*` = any run of characters) matches, case-insensitively. */
function globMatch(pattern, text) {
    const re = new RegExp(`^${pattern
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`, 'i');
    return re.test(text);
}
/** A list of strings from a rule option, or `[]` when it is missing or not a list of strings. */
function stringList(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
/**
 * Words with the ARG/ENV defaults in scope expanded and split as the shell splits an unquoted
 * variable (`ARG RUNTIME_PACKAGES="gosu tini"` gives two packages); words whose variables have no
 * known value are dropped, since they name nothing that can be judged.
 */
function expandedWords(ins, words) {
    return words
        .flatMap((w) => {
        const expanded = w.includes('$') ? ins.expand(w) : w;
        return expanded === w ? [w] : expanded.split(/\s+/);
    })
        .filter((w) => w !== '' && !w.includes('$'));
}
/**
 * Package words as a pin rule reads them: a variable with a known ARG/ENV default is replaced by
 * the words it holds (`$PHPIZE_DEPS` → `autoconf dpkg-dev …`), so each is judged and named; a
 * variable with no known value stays as written (it may hold anything, as hadolint reads it).
 */
function packageWordsExpanded(ins, words) {
    return words.flatMap((w) => {
        if (!w.includes('$'))
            return [w];
        const expanded = ins.expand(w);
        return expanded === w ? [w] : expanded.split(/\s+/).filter((x) => x !== '' && !x.startsWith('-'));
    });
}
/**
 * Packages (accepted by `keep`) that the image of `stage` still has at the end, by the RUN that
 * installed them: a later purge (same RUN or not) removes them — `apt-get purge/remove`, `apk del`
 * (also of an `apk add --virtual NAME` group), `yum/dnf remove`, and the official images' idiom of
 * `apt-mark auto '.*'` then `apt-get purge --auto-remove`/`autoremove`. Lists in ARG/ENV are expanded.
 */
function packagesLeftInstalled(stage, keep) {
    const pending = new Map();
    const virtualGroups = new Map();
    let aptMarkedAuto = false;
    for (const ins of imageInstructions(stage)) {
        if (ins.keyword !== 'RUN')
            continue;
        for (const cmd of ins.script()?.commands ?? []) {
            const install = packageInstall(cmd);
            if (install) {
                const names = expandedWords(ins, install.packages)
                    .filter((p) => !p.startsWith('-'))
                    .map(packageName)
                    .filter(keep);
                if (names.length === 0)
                    continue;
                const set = pending.get(ins) ?? new Set();
                names.forEach((n) => set.add(n));
                pending.set(ins, set);
                if (install.virtualName)
                    virtualGroups.set(install.virtualName, names);
                continue;
            }
            if (baseName(cmd.name) === 'apt-mark' && cmd.args.includes('auto'))
                aptMarkedAuto = true;
            const removal = packageRemoval(cmd);
            if (!removal)
                continue;
            const removed = new Set(expandedWords(ins, removal.packages).map(packageName));
            for (const name of removal.packages)
                for (const n of virtualGroups.get(name) ?? [])
                    removed.add(n);
            const clearsAll = removal.autoRemove && aptMarkedAuto;
            for (const set of pending.values())
                for (const n of [...set])
                    if (clearsAll || removed.has(n))
                        set.delete(n);
        }
    }
    for (const [ins, set] of pending)
        if (set.size === 0)
            pending.delete(ins);
    return pending;
}
/** A Windows image (no uid 0 / USER semantics of Linux): a Windows base or a PowerShell/cmd SHELL. */
function isWindowsImage(stage) {
    const root = rootImage(stage);
    if (root && /windows|nanoserver|servercore/i.test(`${root.ref.name}:${root.ref.tag ?? ''}`))
        return true;
    return imageInstructions(stage).some((i) => i.shellKind === 'other');
}

;// CONCATENATED MODULE: ./src/lint/rules/add-remote-checksum.ts


/** An HTTP(S) download (not a Git repository, which `ADD` checks out by ref). */
function isRemoteFile(source) {
    if (!/^https?:\/\//i.test(source))
        return false;
    const path = source.split('#')[0].split('?')[0];
    return !path.endsWith('.git');
}
/* harmony default export */ const add_remote_checksum = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'add-remote-checksum',
        aliases: [],
        severity: 'warning',
        description: 'Verify remote `ADD` downloads with `--checksum=sha256:…` so a changed file fails the build',
    },
    create(ctx) {
        return {
            ADD(ins) {
                if (ins.flag('checksum') !== undefined)
                    return;
                const remote = copySources(ins)
                    .map((s) => ins.expand(s))
                    .find(isRemoteFile);
                if (!remote)
                    return;
                ctx.report(ins, `ADD ${remote} downloads without --checksum: pin its sha256 (ADD --checksum=sha256:<hex> …)`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/copy-instead-of-add.ts

/** Extensions `ADD` unpacks (hadolint's archiveFileFormatExtensions). */
const ARCHIVE_EXTENSIONS = [
    '.tar',
    '.Z',
    '.bz2',
    '.gz',
    '.lz',
    '.lzma',
    '.tZ',
    '.tb2',
    '.tbz',
    '.tbz2',
    '.tgz',
    '.tlz',
    '.tpz',
    '.txz',
    '.xz',
];
/** Strips the quotes around a word as hadolint does (`"file.tgz"` → `file.tgz`). */
function dropQuotes(word) {
    return word.replace(/^["']+|["']+$/g, '');
}
/**
 * Words of a shell-form COPY/ADD: split on whitespace outside quotes, quotes kept as part of the
 * word (hadolint strips them later), so `"my file" /dst/` is one source, not two.
 */
function splitCopyWords(args) {
    const words = [];
    let word = '';
    let quote = null;
    for (const c of args) {
        if (quote) {
            word += c;
            if (c === quote)
                quote = null;
        }
        else if (c === '"' || c === "'") {
            quote = c;
            word += c;
        }
        else if (/\s/.test(c)) {
            if (word)
                words.push(word);
            word = '';
        }
        else
            word += c;
    }
    if (word)
        words.push(word);
    return words;
}
/** Sources and destination of a COPY/ADD as written: the JSON array, or the shell-form words. */
function copySourcesAndTarget(ins) {
    const words = ins.json ?? splitCopyWords(ins.args);
    if (words.length === 0)
        return { sources: [], target: null };
    return { sources: words.slice(0, -1), target: words[words.length - 1] };
}
function addIsNeeded(source) {
    const s = dropQuotes(source);
    return (ARCHIVE_EXTENSIONS.some((ext) => s.endsWith(ext)) ||
        s.startsWith('http://') ||
        s.startsWith('https://') ||
        // A heredoc source is inline text, not a file of the context.
        s.startsWith('<<'));
}
/* harmony default export */ const copy_instead_of_add = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'copy-instead-of-add',
        aliases: ['DL3020'],
        severity: 'error',
        description: 'Use COPY instead of ADD for files and folders; keep ADD for archives to unpack and URLs',
        // hadolint does not look inside `ONBUILD ADD`.
        onbuild: false,
    },
    create(ctx) {
        return {
            ADD(ins) {
                const plain = copySourcesAndTarget(ins).sources.filter((s) => !addIsNeeded(s));
                if (plain.length > 0) {
                    ctx.report(ins, `Use COPY instead of ADD for files and folders (${plain.join(', ')})`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/add-to-extract-archives.ts


const DECOMPRESSORS = new Set([
    'unzip',
    'gunzip',
    'bunzip2',
    'unlzma',
    'unxz',
    'zgz',
    'uncompress',
    'zcat',
    'gzcat',
]);
const basename = (s) => dropQuotes(s).split(/[\\/]/).pop() ?? '';
const isArchive = (s) => ARCHIVE_EXTENSIONS.some((e) => dropQuotes(s).endsWith(e));
function extracts(cmd) {
    if (cmd.name === 'tar') {
        return cmd.args.some((a) => a === '--extract' || a === '--get' || (a.startsWith('-') && !a.startsWith('--') && a.includes('x')));
    }
    return DECOMPRESSORS.has(cmd.name);
}
/* harmony default export */ const add_to_extract_archives = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'add-to-extract-archives',
        aliases: ['DL3010'],
        severity: 'info',
        description: 'Use ADD to extract a local archive instead of COPY and a RUN that unpacks it',
        onbuild: false,
    },
    create(ctx) {
        let archives = [];
        const reported = new Set();
        return {
            FROM() {
                archives = [];
            },
            COPY(ins) {
                if (ins.flag('from') !== undefined || ins.heredocs.length > 0)
                    return;
                // Quote-aware, as hadolint reads COPY: `"my app.tar"` is one source.
                const { sources, target } = copySourcesAndTarget(ins);
                if (target === null || sources.length === 0)
                    return;
                const names = isArchive(target) ? [basename(target)] : sources.filter(isArchive).map(basename);
                for (const name of names)
                    archives.push({ ins, name });
            },
            RUN(ins) {
                const commands = ins.script()?.commands ?? [];
                for (const a of archives) {
                    if (reported.has(a.ins))
                        continue;
                    if (commands.some((c) => extracts(c) && c.argsNoFlags().map(basename).includes(a.name))) {
                        reported.add(a.ins);
                        ctx.report(a.ins, `Use ADD for extracting archives into an image: "${a.name}" is copied, then unpacked by a RUN`);
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/apk-no-cache.ts

/** A `--mount=type=cache` or `type=tmpfs` whose target contains `/var/cache/apk` (hadolint's test): the index never reaches the layer. */
function mountsApkCache(flags) {
    return flags.some((f) => {
        if (f.name !== 'mount' || !f.value)
            return false;
        const opts = new Map(f.value.split(',').map((kv) => {
            const [key, ...value] = kv.split('=');
            return [key.trim(), value.join('=').trim()];
        }));
        const type = opts.get('type');
        if (type !== 'cache' && type !== 'tmpfs')
            return false;
        const target = opts.get('target') ?? opts.get('dst') ?? opts.get('destination') ?? '';
        return target.includes('/var/cache/apk');
    });
}
/* harmony default export */ const apk_no_cache = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'apk-no-cache',
        aliases: ['DL3019'],
        severity: 'info',
        description: 'Pass `--no-cache` to `apk add` so the package index is not left in the layer',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script || mountsApkCache(ins.flags))
                    return;
                // `--no-network` fetches no index and downloads nothing (the packages are already on
                // disk), so nothing lands in /var/cache/apk either (the official images' rundeps idiom).
                if (script.commands.some((c) => c.is('apk', 'add') && !c.hasFlag('no-cache', 'no-network'))) {
                    ctx.report(ins, 'Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages');
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/apk-pin-versions.ts


/** apk options whose value is the next word (`-t`/`--virtual NAME`, `-X`/`--repository URL`). */
const APK_OPTIONS_WITH_VALUE = ['t', 'virtual', 'repository', 'X'];
/**
 * The package words of `apk add`, read as hadolint reads them: words that are not options, except
 * `add`, and not the word after a value option. hadolint drops that word even when the option
 * carries its value (`--virtual=.deps gcc` names no package), and for any letter of a short-option
 * cluster (`-tU .deps`).
 */
function apkAddPackages(cmd) {
    const values = new Set(cmd.flags.filter((f) => APK_OPTIONS_WITH_VALUE.includes(f.name)).map((f) => f.argIndex + 1));
    return cmd.args.filter((a, k) => !values.has(k) && a !== 'add' && !(a.startsWith('-') && a !== '-' && a !== '--'));
}
/** `pkg=1.2.3-r0`, `pkg~1.2`, a range (`pkg>=1.2`, `pkg<2`), or a local `.apk` file (hadolint's versionFixed). */
function apkPackagePinned(pkg) {
    return /[=~<>]/.test(pkg) || pkg.endsWith('.apk');
}
/* harmony default export */ const apk_pin_versions = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'apk-pin-versions',
        aliases: ['DL3018'],
        severity: 'warning',
        description: 'Pin versions in `apk add` (`pkg=1.2.3-r0` or `pkg~1.2`)',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                const unpinned = script.commands
                    .filter((c) => c.is('apk', 'add'))
                    .flatMap((c) => packageWordsExpanded(ins, apkAddPackages(c)))
                    .filter((p) => !apkPackagePinned(p));
                if (unpinned.length > 0) {
                    ctx.report(ins, `Pin versions in apk add: ${unpinned.join(', ')}. Instead of \`apk add <package>\` use \`apk add <package>=<version>\``);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/apt-get-assume-yes.ts

/** `-y`, `--yes`, `--assume-yes`, or quiet level 2 (`-qq`, `-q -q`, `-q=2`), which implies `-y`. */
function answersYes(cmd) {
    if (cmd.hasFlag('y', 'yes', 'assume-yes', 'qq'))
        return true;
    const count = (name) => cmd.flags.filter((f) => f.name === name).length;
    return count('q') === 2 || count('quiet') === 2 || cmd.hasArg('-q=2');
}
/* harmony default export */ const apt_get_assume_yes = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'apt-get-assume-yes',
        aliases: ['DL3014'],
        severity: 'warning',
        description: 'Pass `-y` to `apt-get install` so the build never waits for an answer',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                if (script.commands.some((c) => c.is('apt-get', 'install') && !answersYes(c))) {
                    ctx.report(ins, 'Use the `-y` switch to avoid manual input `apt-get -y install <package>`');
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/apt-get-not-apt.ts

/* harmony default export */ const apt_get_not_apt = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'apt-get-not-apt',
        aliases: ['DL3027'],
        severity: 'warning',
        description: 'Use `apt-get` or `apt-cache` in scripts, not `apt` (an interactive tool without a stable CLI)',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const apt = ins.script()?.commands.find((c) => c.name === 'apt');
                if (apt) {
                    ctx.report(ins, `Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead (\`${apt.argv.slice(0, 2).join(' ')}\`)`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/_cleanup/index.ts

/** Where each cache lives: an `rm -r` or `find … -delete` of one of these empties it. */
const CACHE_DIRS = {
    'apt-lists': ['/var/lib/apt/lists'],
    // yum on RHEL 8 and later is dnf underneath and keeps its cache in /var/cache/dnf, and back.
    yum: ['/var/cache/yum', '/var/cache/dnf'],
    dnf: ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5'],
    zypper: ['/var/cache/zypp'],
};
/** The manager's own commands that empty it: tool names and the words that must follow. */
const CLEAN_COMMANDS = {
    // `apt-get clean` empties /var/cache/apt/archives only; `dist-clean` (apt 2.7+, used by
    // Debian 13's official images) also removes the lists.
    'apt-lists': { tools: ['apt-get', 'apt'], words: [['dist-clean'], ['distclean']] },
    // `yum clean` alone or `clean metadata` leave the packages; `clean all` empties both.
    yum: { tools: ['yum'], words: [['clean', 'all']] },
    dnf: { tools: ['dnf', 'microdnf', 'dnf5', 'tdnf'], words: [['clean', 'all']] },
    zypper: { tools: ['zypper'], words: [['clean'], ['cc']] },
};
const trimGlob = (path) => path.replace(/\/?\*?$/, '');
/** `rm -r` of the directory itself, `dir/`, `dir/*` or `dir*` (a plain `rm -f dir/*` leaves subdirectories). */
function removesDir(cmd, dirs) {
    const name = baseName(cmd.name);
    if (name === 'rm')
        return cmd.hasFlag('r', 'R', 'recursive') && cmd.argsNoFlags().some((p) => dirs.includes(trimGlob(p)));
    // `find /var/lib/apt/lists -mindepth 1 -delete` (or `-exec rm -rf {} +`).
    if (name === 'find')
        return (dirs.includes(trimGlob(cmd.args[0] ?? '')) &&
            (cmd.args.includes('-delete') || cmd.args.some((a, k) => a === '-exec' && cmd.args[k + 1] === 'rm')));
    return false;
}
/** The command empties the cache of `kind` (by the manager's own clean command, `rm -r` or `find -delete`). */
function cleansCache(cmd, kind) {
    if (removesDir(cmd, CACHE_DIRS[kind]))
        return true;
    const spec = CLEAN_COMMANDS[kind];
    if (!spec.tools.includes(baseName(cmd.name)))
        return false;
    const words = cmd.argsNoFlags();
    return spec.words.some((seq) => {
        const at = words.indexOf(seq[0]);
        return at >= 0 && seq.every((w, k) => words[at + k] === w);
    });
}
/** Only the directory half of `cleansCache`: for rules where each tool must run its own clean (dnf, microdnf). */
function removesCacheOf(cmd, kind) {
    return removesDir(cmd, CACHE_DIRS[kind]);
}

;// CONCATENATED MODULE: ./src/lint/rules/apt-lists-cleaned.ts



/* harmony default export */ const apt_lists_cleaned = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'apt-lists-cleaned',
        aliases: ['DL3009'],
        severity: 'info',
        description: 'Delete the apt-get lists (`rm -rf /var/lib/apt/lists/*`) in the RUN that ran `apt-get update`',
    },
    create(ctx) {
        const forgotten = [];
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                // `apt update` and `aptitude update` fill the same /var/lib/apt/lists (hadolint counts all three).
                const updates = script.commands.some((c) => c.is('apt-get', 'update') || c.is('apt', 'update') || c.is('aptitude', 'update'));
                // hadolint's test (any `rm` given `-rf` or `/var/lib/apt/lists/*`) and the other idioms
                // that empty the lists: `apt-get dist-clean`, `rm -r /var/lib/apt/lists`, `find … -delete`.
                const cleans = script.commands.some((c) => c.is('rm', '-rf', '/var/lib/apt/lists/*') || cleansCache(c, 'apt-lists'));
                if (!updates || cleans)
                    return;
                // A cache or tmpfs mount keeps the lists out of the layer, like the `rm` does.
                const mounted = (dir) => hasCacheOrTmpfsMountWith(ins.flags, dir);
                if (mounted('/var/lib/apt/lists'))
                    return;
                if (mounted('/var/lib/apt') && mounted('/var/cache/apt'))
                    return;
                forgotten.push({ ins, stage: ins.onbuild ? null : ins.stage });
            },
            end() {
                const stages = ctx.model.stages;
                const final = stages[stages.length - 1];
                const key = (s) => `${s.from.text}|${s.alias ?? ''}|${s.from.platform ?? ''}`;
                const usedAsBase = new Set(stages.map((s) => s.from.text));
                for (const { ins, stage } of forgotten) {
                    // Lists only matter in the image that ships: the final stage, a stage another FROM builds
                    // on, and ONBUILD triggers (they run in some child's image).
                    const matters = stage === null ||
                        (final !== undefined && key(stage) === key(final)) ||
                        (stage.alias !== null && usedAsBase.has(stage.alias));
                    if (matters)
                        ctx.report(ins, 'Delete the apt-get lists after installing something: `rm -rf /var/lib/apt/lists/*` in the same RUN');
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/apt-no-install-recommends.ts

/* harmony default export */ const apt_no_install_recommends = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'apt-no-install-recommends',
        aliases: ['DL3015'],
        severity: 'info',
        description: 'Avoid additional packages by passing `--no-install-recommends` to `apt-get install`',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                const forgot = script.commands.some((cmd) => cmd.is('apt-get', 'install') &&
                    !cmd.hasFlag('no-install-recommends') &&
                    !cmd.hasArg('APT::Install-Recommends=false'));
                if (forgot)
                    ctx.report(ins, 'Avoid additional packages by specifying `--no-install-recommends`');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/apt-pin-versions.ts



function isPinned(pkg) {
    return pkg.includes('=') || pkg.includes('/') || pkg.endsWith('.deb');
}
/* harmony default export */ const apt_pin_versions = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'apt-pin-versions',
        aliases: ['DL3008'],
        severity: 'warning',
        description: 'Pin versions in `apt-get install` (`pkg=1.2.*`)',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const unpinned = (ins.script()?.commands ?? [])
                    .filter((c) => c.is('apt-get', 'install'))
                    .flatMap((c) => packageWordsExpanded(ins, aptGetPackages(c)))
                    .filter((p) => !isPinned(p));
                if (unpinned.length > 0) {
                    ctx.report(ins, `Pin versions in apt-get install: ${unpinned.join(', ')} (use \`apt-get install <package>=<version>\`)`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/arg-env-sensitive-name.ts

/** hadolint's list of names known to carry credentials (compared upper-cased). */
const KNOWN_SENSITIVE_NAMES = new Set([
    'ACCESS_TOKEN',
    'APPLICATION_KEY',
    'APP_SECRET',
    'AUTH_TOKEN',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'BITTREX_API_KEY',
    'BITTREX_API_SECRET',
    'CF_PASSWORD',
    'CF_USERNAME',
    'CIRCLE_TOKEN',
    'CI_DEPLOY_PASSWORD',
    'CI_DEPLOY_USER',
    'DOCKERHUB_PASSWORD',
    'DOCKER_EMAIL',
    'DOCKER_PASSWORD',
    'DOCKER_USERNAME',
    'FACEBOOK_ACCESS_TOKEN',
    'FACEBOOK_APP_ID',
    'FACEBOOK_APP_SECRET',
    'FIREBASE_API_TOKEN',
    'FIREBASE_TOKEN',
    'FOSSA_API_KEY',
    'GH_ENTERPRISE_TOKEN',
    'GH_TOKEN',
    'GITHUB_ENTERPRISE_TOKEN',
    'GITHUB_TOKEN',
    'HEROKU_API_KEY',
    'HEROKU_API_USER',
    'NPM_AUTH_TOKEN',
    'NPM_TOKEN',
    'OKTA_AUTHN_GROUPID',
    'OKTA_CLIENT_ORGURL',
    'OKTA_CLIENT_TOKEN',
    'OKTA_OAUTH2_CLIENTID',
    'OKTA_OAUTH2_CLIENTSECRET',
    'OPENAI_API_KEY',
    'OS_PASSWORD',
    'OS_USERNAME',
    'POSTGRES_PASSWORD',
    'SLACK_TOKEN',
    'STRIPE_API_KEY',
    'STRIPE_DEVICE_NAME',
    'TRAVIS_OS_NAME',
    'TRAVIS_SECURE_ENV_VARS',
    'TRAVIS_SUDO',
    'VAULT_CLIENT_KEY',
    'VAULT_TOKEN',
]);
/** hadolint's substrings of a lower-cased name that suggest a secret. */
const SUSPICIOUS_SUBSTRINGS = ['api_key', 'client_key', 'password', 'private', 'secret', 'token', 'username'];
/** The name alone decides, as in hadolint: `GITHUB_TOKEN`, `db_password`, `MY_SECRET`. */
function isSensitiveName(name) {
    const lower = name.toLowerCase();
    return (KNOWN_SENSITIVE_NAMES.has(name.toUpperCase()) || SUSPICIOUS_SUBSTRINGS.some((s) => lower.includes(s)));
}
const ACCOUNT_COMMANDS = new Set(['useradd', 'adduser', 'usermod', 'groupadd', 'addgroup', 'chown', 'su']);
/**
 * A `USERNAME` that names a local account rather than a credential: `username` is its only
 * suspicious part and the file uses it as one (`USER $USERNAME`, `useradd … $USERNAME`,
 * `chown $USERNAME …`), as dev containers do with `ARG USERNAME=vscode`.
 */
function namesLocalAccount(name, instructions) {
    const lower = name.toLowerCase();
    if (KNOWN_SENSITIVE_NAMES.has(name.toUpperCase()))
        return false;
    if (SUSPICIOUS_SUBSTRINGS.some((s) => s !== 'username' && lower.includes(s)))
        return false;
    const ref = new RegExp(`\\$\\{?${name}\\b`);
    return instructions.some((ins) => {
        if (ins.keyword === 'USER')
            return ref.test(ins.args);
        if (ins.keyword !== 'RUN')
            return false;
        return (ins.script()?.commands ?? []).some((c) => ACCOUNT_COMMANDS.has(c.name.slice(c.name.lastIndexOf('/') + 1)) && c.args.some((a) => ref.test(a)));
    });
}
/* harmony default export */ const arg_env_sensitive_name = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'arg-env-sensitive-name',
        aliases: ['DL3064'],
        severity: 'warning',
        description: 'Do not pass potentially sensitive data through `ARG` or `ENV`: use a secret mount',
    },
    create(ctx) {
        const check = (ins) => {
            const names = ins.pairs
                .map((p) => p.key)
                .filter((n) => isSensitiveName(n) && !namesLocalAccount(n, ctx.model.instructions));
            if (names.length > 0)
                ctx.report(ins, `Potentially sensitive data should not be used in the \`ARG\` or \`ENV\` commands (${ins.keyword} ${names.join(', ')})`);
        };
        return {
            ARG(ins) {
                check(ins);
            },
            ENV(ins) {
                check(ins);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/avoid-alpine-for-python.ts


/** `alpine`, `alpine:3.19`, `python:3.12-alpine`, `python:alpine3.19`, `node:20-alpine`. */
function isAlpineImage(ref) {
    return baseName(ref.name) === 'alpine' || /(^|-)alpine/.test(ref.tag ?? '');
}
const PYTHON_INSTALLERS = new Set(['pip', 'uv', 'poetry', 'pipenv']);
/**
 * pip, setuptools and wheel are pure Python and published as universal wheels, so installing or
 * upgrading only them (`pip install --upgrade pip`, the official image's own `setuptools==…`)
 * builds nothing on musl: the message would be false for that install.
 */
const PACKAGING_TOOLS = new Set(['pip', 'setuptools', 'wheel']);
function onlyPackagingTools(cmd) {
    if (!isPipInstallCommand(cmd) || cmd.hasFlag('r', 'requirement', 'e', 'editable'))
        return false;
    const words = cmd.argsNoFlags(PIP_VALUE_FLAGS);
    const packages = words.slice(words.indexOf('install') + 1);
    return (packages.length > 0 && packages.every((w) => PACKAGING_TOOLS.has(w.split(/[=<>~![;]/)[0].toLowerCase())));
}
/* harmony default export */ const avoid_alpine_for_python = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'avoid-alpine-for-python',
        aliases: [],
        severity: 'warning',
        description: 'Avoid Alpine for Python: musl makes pip build wheels from source; use a `-slim` image',
    },
    create(ctx) {
        let reported = new Set();
        return {
            FROM() {
                reported = new Set();
            },
            RUN(ins) {
                const stage = ins.stage;
                if (!stage)
                    return;
                const root = rootImage(stage);
                if (!root || !isAlpineImage(root.ref))
                    return;
                const script = ins.script();
                if (!script)
                    return;
                const install = script.commands.find((c) => PYTHON_INSTALLERS.has(dependencyInstall(c) ?? '') && !onlyPackagingTools(c));
                // Once per stage: the fix is the FROM, not each install.
                const key = ins.onbuild ? 'onbuild' : 'stage';
                if (!install || reported.has(key))
                    return;
                reported.add(key);
                ctx.report(ins, `"${install.argv.slice(0, 2).join(' ')}" on Alpine ("${root.ref.text}"): musl needs wheels built from source and a toolchain; use a Debian-based -slim image`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/base-image-digest.ts

/* harmony default export */ const base_image_digest = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'base-image-digest',
        aliases: [],
        severity: 'info',
        description: 'Pin base images by digest (`image:tag@sha256:…`): a tag can be moved, a digest cannot',
        defaultOn: false,
    },
    create(ctx) {
        return {
            FROM(ins) {
                const from = ins.stage?.from;
                if (!from || from.isScratch || from.parentStage)
                    return;
                // `FROM ${BASE}`: judge the default the build will use; an unknown variable cannot be judged.
                const ref = from.resolved ?? from;
                if (ref.text.includes('$') || ref.digest)
                    return;
                ctx.report(ins, `"${ref.text}" is not pinned by digest; use "${ref.text}@sha256:…" (and let a bot update it)`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/base-image-from-arg.ts

/* harmony default export */ const base_image_from_arg = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'base-image-from-arg',
        aliases: [],
        severity: 'style',
        description: 'Name the base image in an ARG (`ARG BASE_IMAGE=python:3.12-slim` / `FROM $BASE_IMAGE`) so it can be swapped without editing',
        defaultOn: false,
    },
    create(ctx) {
        return {
            FROM(ins) {
                const from = ins.stage?.from;
                if (!from || from.isScratch || from.parentStage || from.hasVariables)
                    return;
                ctx.report(ins, `"${from.text}" is written into the FROM; declare "ARG BASE_IMAGE=${from.text}" before the first FROM and use FROM \${BASE_IMAGE}`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/build-toolchain-in-final-stage.ts


const TOOLCHAIN = new Set([
    'build-essential',
    'build-base',
    'alpine-sdk',
    'gcc',
    'g++',
    'gcc-c++',
    'clang',
    'make',
    'cmake',
    'linux-headers',
]);
/** A compiler, build tool or header package (`*-dev` on Debian/Alpine, `*-devel` on RPM distributions). */
function isToolchainPackage(name) {
    if (TOOLCHAIN.has(name))
        return true;
    if (/^(gcc|g\+\+|clang|cpp)-\d+(\.\d+)*$/.test(name))
        return true;
    return /.-dev(el)?$/.test(name);
}
/* harmony default export */ const build_toolchain_in_final_stage = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'build-toolchain-in-final-stage',
        aliases: [],
        severity: 'warning',
        description: 'Install compilers and `-dev` packages in a builder stage, not in the final image; copy the built result instead',
        // ONBUILD RUN installs into child images; the final image here is what this file builds.
        onbuild: false,
    },
    create(ctx) {
        return {
            end() {
                const stage = finalStage(ctx.model.stages);
                if (!stage)
                    return;
                // An image with no ENTRYPOINT or CMD of its own runs no app: it is a base or toolchain
                // image to build on (rust, golang, a dev container, a CI runner), where the compiler is
                // the point and "copy the built result" is wrong advice.
                const { entrypoint, cmd } = imageProcess(stage);
                if (!entrypoint && !cmd)
                    return;
                const pending = packagesLeftInstalled(stage, isToolchainPackage);
                for (const [ins, names] of pending) {
                    if (names.size === 0)
                        continue;
                    const list = [...names];
                    const shown = list.slice(0, 5).join(', ') + (list.length > 5 ? `, … (${list.length})` : '');
                    ctx.report(ins, `Build toolchain in the final image (${shown}): install it in a builder stage and copy the built venv/wheels/binary`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/cmd-entrypoint-json-form.ts

/* harmony default export */ const cmd_entrypoint_json_form = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'cmd-entrypoint-json-form',
        aliases: ['DL3025'],
        severity: 'warning',
        description: 'Use the JSON (exec) form for CMD and ENTRYPOINT so the process gets signals as PID 1',
        // hadolint does not look inside `ONBUILD CMD`.
        onbuild: false,
    },
    create(ctx) {
        const check = (ins) => ins.form === 'shell' && ins.args.trim() !== '';
        return {
            CMD(ins) {
                if (check(ins))
                    ctx.report(ins, 'Use arguments JSON notation for CMD and ENTRYPOINT arguments');
            },
            ENTRYPOINT(ins) {
                if (check(ins))
                    ctx.report(ins, 'Use arguments JSON notation for CMD and ENTRYPOINT arguments');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/copy-context-before-dependency-install.ts


/** Installs only the project itself (its dependencies came earlier), e.g. `pip install --no-deps .`. */
function installsProjectOnly(cmd) {
    return cmd.hasFlag('no-deps', 'only-root');
}
/**
 * The install reads the project's manifest (requirements file, package.json + lock, Gemfile, …)
 * rather than naming packages: only such an install, done before the copy, has the dependency
 * layer cached. `pip install gunicorn` or `npm install -g pm2` names a tool, not the manifest.
 */
function installsFromManifest(cmd, ecosystem) {
    const positional = cmd.argsNoFlags(PIP_VALUE_FLAGS).filter((w) => w !== 'install' && w !== 'pip');
    switch (ecosystem) {
        case 'pip':
            return (cmd.hasFlag('r', 'requirement', 'c', 'constraint', 'e', 'editable') ||
                positional.some((w) => w.startsWith('.') || w.startsWith('/')));
        case 'npm':
        case 'pnpm':
        case 'pipenv':
            // `npm ci`, `npm install` with no package names: from package.json and its lock.
            return cmd.argsNoFlags().length <= 1;
        default:
            return true;
    }
}
const fresh = () => ({ copies: [], installedEarly: new Set(), sawCopy: false });
/* harmony default export */ const copy_context_before_dependency_install = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'copy-context-before-dependency-install',
        aliases: [],
        severity: 'warning',
        description: 'Copy the dependency manifests and install them before copying the whole context, so code edits keep the dependency layer cached',
    },
    create(ctx) {
        // Triggers run in a child image, so ONBUILD instructions are followed apart from the stage's own.
        let own = fresh();
        let triggers = fresh();
        const stateOf = (ins) => (ins.onbuild ? triggers : own);
        const copy = (ins) => {
            if (!copiesWholeContext(ins))
                return;
            const state = stateOf(ins);
            state.copies.push(ins);
            state.sawCopy = true;
        };
        return {
            FROM() {
                own = fresh();
                triggers = fresh();
            },
            COPY: copy,
            ADD: copy,
            RUN(ins) {
                const state = stateOf(ins);
                for (const cmd of ins.script()?.commands ?? []) {
                    const ecosystem = dependencyInstall(cmd);
                    if (!ecosystem)
                        continue;
                    if (!state.sawCopy) {
                        if (installsFromManifest(cmd, ecosystem))
                            state.installedEarly.add(ecosystem);
                        continue;
                    }
                    // The manifests were installed first; this install adds the project on top.
                    if (state.installedEarly.has(ecosystem) || installsProjectOnly(cmd))
                        continue;
                    const first = state.copies.shift();
                    if (!first)
                        continue;
                    state.copies = [];
                    ctx.report(first, `The whole context is copied before "${[baseName(cmd.name), ...cmd.args.slice(0, 2)].join(' ')}" (line ${cmd.line}): every code change reinstalls the dependencies; copy the manifest (requirements.txt, package.json + lock, …) and install first`);
                }
            },
        };
    },
}));

// EXTERNAL MODULE: ./src/lint/model.ts
var model = __webpack_require__(24);
;// CONCATENATED MODULE: ./src/lint/rules/_image/index.ts
// Image references outside FROM: `COPY --from=<ref>` and `RUN --mount=from=<ref>` may name a stage
// or an image. What the stage and the image-tag rules share so they agree on which is which. A
// folder rather than `rules/_image.ts` because every `.ts` directly in `rules/` is a rule.


/**
 * A `--from` value that can only be an image: stage names are `[a-z][a-z0-9-_.]*`, so a `/` (a
 * repository path), an `@` (a digest) or a `:` (a tag) makes it a reference (`gloursdocker/docker`,
 * `ghcr.io/org/tool`, `alpine:3.20`). A plain word may be a stage, and a variable is unknown.
 */
function isImageReference(from) {
    const value = dropQuotes(from);
    return !value.includes('$') && /[/:@]/.test(value);
}
/** Where an instruction other than FROM pulls an image: `COPY --from=` and each `RUN --mount=…,from=`. */
function imageReferencesOf(ins) {
    const values = [];
    if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
        const from = ins.flag('from');
        if (typeof from === 'string')
            values.push(from);
    }
    else if (ins.keyword === 'RUN') {
        for (const f of ins.flags) {
            if (f.name !== 'mount' || !f.value)
                continue;
            for (const kv of f.value.split(',')) {
                const eq = kv.indexOf('=');
                if (eq > 0 && kv.slice(0, eq).trim() === 'from')
                    values.push(kv.slice(eq + 1).trim());
            }
        }
    }
    return values.filter(isImageReference).map((v) => (0,model/* parseImageRef */.Q)(dropQuotes(v)));
}
/** `binaries-$TARGETOS` fits `binaries-linux`: each variable stands for any run of characters. */
function fitsAlias(name, alias) {
    const pattern = new RegExp(`^${name
        .split(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.+')}$`);
    return pattern.test(alias);
}

;// CONCATENATED MODULE: ./src/lint/rules/copy-from-defined-stage.ts


/* harmony default export */ const copy_from_defined_stage = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'copy-from-defined-stage',
        aliases: ['DL3022'],
        severity: 'warning',
        description: '`COPY --from` should name an earlier stage (alias or index) or an image reference',
        onbuild: false,
    },
    create(ctx) {
        // Aliases and the number of FROMs seen so far: a stage defined later cannot be copied from.
        const aliases = new Set();
        let stagesSeen = 0;
        return {
            FROM(ins) {
                stagesSeen++;
                if (ins.stage?.alias)
                    aliases.add(ins.stage.alias);
            },
            COPY(ins) {
                const from = ins.flag('from');
                if (from === undefined || from === null)
                    return;
                // `gloursdocker/docker`, `ghcr.io/org/tool`, `image:tag`, `image@sha256:…` are images (stage
                // names cannot hold `/`, `:` or `@`); the image-tag rules judge them. hadolint accepts only
                // a colon, so it reports `--from=org/tool` as a missing stage: a deliberate difference.
                if (isImageReference(from))
                    return;
                if (aliases.has(from))
                    return;
                // A stage index, read as hadolint reads it (leading digits).
                const index = /^\d+/.exec(from);
                if (index && Number(index[0]) < stagesSeen)
                    return;
                ctx.report(ins, `\`COPY --from=${from}\` should reference a previously defined \`FROM\` alias`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/copy-from-not-own-stage.ts

/* harmony default export */ const copy_from_not_own_stage = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'copy-from-not-own-stage',
        aliases: ['DL3023'],
        severity: 'error',
        description: '`COPY --from` cannot reference the stage it is in',
        onbuild: false,
    },
    create(ctx) {
        return {
            COPY(ins) {
                const from = ins.flag('from');
                const alias = ins.stage?.alias;
                if (from && alias && from === alias) {
                    ctx.report(ins, `\`COPY --from=${from}\` cannot reference its own \`FROM\` alias`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/copy-from-not-whole-filesystem.ts




/**
 * Whether the root of the image a stage is made of is known to be a whole operating system: an
 * official image (`debian`, `golang:1.22`, no namespace). `scratch` holds only what was copied into
 * it, and a third-party image (`tonistiigi/xx`, `org/tool`) cannot be seen: such images are often
 * carriers of a few files, made to be copied with `COPY --from=… / /`, so they are let through.
 */
function rootIsWholeOs(stage, stages) {
    const root = rootImage(stage);
    if (!root)
        return false;
    if (root.stage.from.isScratch)
        return false;
    const written = root.stage.from.name;
    if (written.includes('$')) {
        // `FROM binaries-$TARGETOS`: a stage picked at build time; whole only if every candidate is.
        const candidates = stages.filter((s) => s.index < root.stage.index && s.alias !== null && fitsAlias(written, s.alias));
        if (candidates.length > 0)
            return candidates.every((s) => rootIsWholeOs(s, stages));
    }
    const name = root.ref.name.replace(/^library\//, '');
    if (name.includes('$'))
        return false;
    const registry = root.ref.registry;
    return (registry === null || registry === 'docker.io') && !name.includes('/');
}
/* harmony default export */ const copy_from_not_whole_filesystem = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'copy-from-not-whole-filesystem',
        aliases: ['DL3067'],
        severity: 'warning',
        description: 'Do not copy an entire filesystem from another stage (`COPY --from=… / /`)',
        onbuild: false,
    },
    create(ctx) {
        return {
            COPY(ins) {
                const from = ins.flag('from');
                if (typeof from !== 'string')
                    return;
                const words = ins.json ?? ins.args.split(/\s+/).filter((w) => w !== '');
                const target = words[words.length - 1];
                if (target === undefined || dropQuotes(target) !== '/')
                    return;
                if (!copySources(ins).some((s) => dropQuotes(s) === '/'))
                    return;
                const stages = ctx.model.stages;
                const here = ins.stage?.index ?? stages.length;
                const stage = stages.find((s) => s.index < here && (s.alias === from || String(s.index) === from));
                // A stage of this file: reported when it is made of an official OS image. Anything else
                // is an image: reported when it is an official one (`--from=debian`, a plain word as in
                // hadolint's cases), not when it is a third-party image that may carry a few files.
                const whole = stage ? rootIsWholeOs(stage, stages) : !dropQuotes(from).includes('/');
                if (!whole)
                    return;
                ctx.report(ins, `Do not copy an entire filesystem from another stage: \`COPY --from=${from} / /\` overwrites this image's /etc, /usr and the rest; copy the directories you need`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/copy-relative-needs-workdir.ts

/** Words of a shell-form instruction, quotes kept (hadolint strips them from the ends later). */
function shellWords(args) {
    const words = [];
    let current = '';
    let quote = null;
    for (const ch of args) {
        if (quote) {
            current += ch;
            if (ch === quote)
                quote = null;
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
            current += ch;
        }
        else if (/\s/.test(ch)) {
            if (current)
                words.push(current);
            current = '';
        }
        else
            current += ch;
    }
    if (current)
        words.push(current);
    return words;
}
function destination(ins) {
    const words = ins.json ?? shellWords(ins.args);
    return words.length >= 2 ? words[words.length - 1] : null;
}
/** Absolute on Linux (`/x`) or Windows (`c:\x`, `c:/x`), or a variable whose value is unknown. */
function needsNoWorkdir(dest) {
    const d = dest.replace(/^["']+|["']+$/g, '');
    return d.startsWith('/') || d.startsWith(':\\', 1) || d.startsWith(':/', 1) || d.startsWith('$');
}
/* harmony default export */ const copy_relative_needs_workdir = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'copy-relative-needs-workdir',
        aliases: ['DL3045'],
        severity: 'warning',
        description: 'Set a `WORKDIR` before `COPY` to a relative destination',
        // A trigger's COPY runs in a child image whose WORKDIR this file does not decide.
        onbuild: false,
    },
    create(ctx) {
        // As hadolint: stages are known by alias, else by image name, and a stage built `FROM` an
        // earlier one inherits whether that one set a WORKDIR.
        const workdirSet = new Map();
        let current = null;
        return {
            FROM(ins) {
                const stage = ins.stage;
                if (!stage)
                    return;
                const parent = workdirSet.get(stage.from.name) ?? false;
                current = stage.alias ?? stage.from.name;
                workdirSet.set(current, parent);
            },
            WORKDIR() {
                workdirSet.set(current ?? '', true);
            },
            COPY(ins) {
                if (workdirSet.get(current ?? '') === true)
                    return;
                const dest = destination(ins);
                if (dest === null || needsNoWorkdir(dest))
                    return;
                ctx.report(ins, `\`COPY\` to a relative destination ("${dest}") without \`WORKDIR\` set.`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/copy-target-dir-slash.ts


/* harmony default export */ const copy_target_dir_slash = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'copy-target-dir-slash',
        aliases: ['DL3021'],
        severity: 'error',
        description: 'COPY with more than one source needs a destination ending in `/`',
        // hadolint does not look inside `ONBUILD COPY`.
        onbuild: false,
    },
    create(ctx) {
        return {
            COPY(ins) {
                const { sources, target } = copySourcesAndTarget(ins);
                if (sources.length < 2 || target === null)
                    return;
                // A Windows destination ends in a backslash (`C:\\Windows\\System32\\`), which names a directory too.
                if (!/[/\\]$/.test(dropQuotes(target))) {
                    ctx.report(ins, `COPY with more than 2 arguments requires the last argument to end with /: use "${dropQuotes(target)}/"`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/curl-or-wget-not-both.ts

/* harmony default export */ const curl_or_wget_not_both = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'curl-or-wget-not-both',
        aliases: ['DL4001'],
        severity: 'warning',
        description: 'Use either wget or curl in a stage, not both',
    },
    create(ctx) {
        let stageTools = new Set();
        // hadolint keeps a separate tally for ONBUILD triggers (they run in some child image).
        const onbuildTools = new Set();
        return {
            FROM() {
                stageTools = new Set();
            },
            RUN(ins) {
                const tools = (ins.script()?.commands ?? [])
                    .map((c) => c.name)
                    .filter((n) => n === 'curl' || n === 'wget');
                if (tools.length === 0)
                    return;
                const tally = ins.onbuild ? onbuildTools : stageTools;
                for (const t of tools)
                    tally.add(t);
                if (tally.size >= 2)
                    ctx.report(ins, 'Either use wget or curl but not both: two download tools in one image');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/debian-frontend-as-arg.ts


/* harmony default export */ const debian_frontend_as_arg = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'debian-frontend-as-arg',
        aliases: [],
        severity: 'info',
        description: 'Set `DEBIAN_FRONTEND=noninteractive` with ARG (or inline in the RUN), not ENV, so it does not persist into the image',
        onbuild: false,
    },
    create(ctx) {
        return {
            end() {
                const final = finalStage(ctx.model.stages);
                if (!final)
                    return;
                // Only the value in effect when the image is done matters: a later `ENV DEBIAN_FRONTEND=`
                // or `=teletype`/`=dialog` resets it, and a builder stage's ENV never reaches the image.
                let inEffect = null;
                for (const ins of imageInstructions(final)) {
                    if (ins.keyword !== 'ENV')
                        continue;
                    for (const p of ins.pairs)
                        if (p.key === 'DEBIAN_FRONTEND')
                            inEffect = { ins, value: ins.expand(p.value ?? '').trim() };
                }
                if (inEffect?.value !== 'noninteractive')
                    return;
                ctx.report(inEffect.ins, 'ENV DEBIAN_FRONTEND=noninteractive persists into every container and child image; use "ARG DEBIAN_FRONTEND=noninteractive" or set it inline in the RUN');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/dev-server-in-final-stage.ts



const RELOADING_SERVERS = new Set(['uvicorn', 'gunicorn', 'hypercorn', 'daphne']);
const DEV_SCRIPTS = new Set(['dev', 'develop', 'start:dev', 'serve:dev', 'watch']);
const NODE_RUNNERS = new Set(['npm', 'yarn', 'pnpm', 'bun']);
/**
 * The development server or debug switch an argv runs, or null. Looks at every position, so
 * `tini -- flask run` and `python -m uvicorn app:app --reload` are seen.
 */
function devServerIn(argv) {
    const words = argv.map(baseName);
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        const rest = argv.slice(i + 1);
        if (w === 'flask' && rest.includes('run'))
            return 'flask run';
        if (/^(runserver|runserver_plus)$/.test(argv[i]) &&
            words.slice(0, i).some((x) => /^(manage\.py|django-admin(\.py)?)$/.test(x)))
            return `manage.py ${argv[i]}`;
        if (RELOADING_SERVERS.has(w) &&
            rest.some((a) => a === '--reload' || (a.startsWith('--reload=') && a !== '--reload=false')))
            return `${w} --reload`;
        if (w === 'fastapi' && rest[0] === 'dev')
            return 'fastapi dev';
        if (w === 'nodemon' || w === 'ts-node-dev')
            return w;
        if (NODE_RUNNERS.has(w)) {
            const script = rest[0] === 'run' || rest[0] === 'run-script' ? rest[1] : rest[0];
            if (script && DEV_SCRIPTS.has(script))
                return `${w} ${rest[0] === script ? '' : 'run '}${script}`;
        }
        if ((w === 'next' || w === 'nuxt' || w === 'nuxi') && rest[0] === 'dev')
            return `${w} dev`;
        if (w === 'ng' && rest[0] === 'serve')
            return 'ng serve';
        if (w === 'react-scripts' && rest[0] === 'start')
            return 'react-scripts start';
        if (w === 'webpack-dev-server' || (w === 'webpack' && rest[0] === 'serve'))
            return 'webpack dev server';
        if (w === 'vite' &&
            (rest.length === 0 || rest[0] === 'dev' || rest[0] === 'serve' || rest[0].startsWith('-')))
            return 'vite dev server';
        if (w === 'artisan' && rest[0] === 'serve')
            return 'artisan serve';
        if (w === 'php' && rest[0] === '-S')
            return 'php -S';
        if (argv[i] === '--debug' || argv[i] === '--debug=true' || argv[i] === '--debug=1')
            return '--debug';
    }
    return null;
}
const DEBUG_VARS = new Set(['DEBUG', 'FLASK_DEBUG', 'DJANGO_DEBUG', 'APP_DEBUG']);
const DEV_ENV_VARS = new Set(['FLASK_ENV', 'NODE_ENV', 'RAILS_ENV', 'RACK_ENV', 'APP_ENV']);
/** `FLASK_DEBUG=1`, `DEBUG=True`, `NODE_ENV=development`, … as `KEY=value`, or null. */
function debugSetting(key, value) {
    if (value === null)
        return null;
    const v = value.trim();
    if (DEBUG_VARS.has(key) && TRUTHY.has(v))
        return `${key}=${v}`;
    if (DEV_ENV_VARS.has(key) && /^(development|dev)$/i.test(v))
        return `${key}=${v}`;
    return null;
}
/* harmony default export */ const dev_server_in_final_stage = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'dev-server-in-final-stage',
        aliases: [],
        severity: 'warning',
        description: 'Run a production server in the final image: no `flask run`, `manage.py runserver`, `--reload`, `--debug` or debug ENV',
        onbuild: false,
    },
    create(ctx) {
        const checkProcess = (stage) => {
            const { entrypoint, cmd } = imageProcess(stage);
            const parts = [entrypoint, cmd].filter((i) => i !== null);
            // `ENTRYPOINT ["uvicorn"]` + `CMD ["app:app", "--reload"]` is one process: read them together.
            const combined = entrypoint?.json && cmd ? [...entrypoint.json, ...(cmd.json ?? [])] : null;
            const reported = new Set();
            for (const ins of parts) {
                for (const c of instructionCommands(ins) ?? []) {
                    const hit = devServerIn(c.argv);
                    if (hit && !reported.has(ins)) {
                        reported.add(ins);
                        ctx.report(ins, `"${hit}" is a development server or debug mode; run a production server (gunicorn, uvicorn without --reload, …)`);
                    }
                }
            }
            if (combined && reported.size === 0) {
                const hit = devServerIn(combined);
                if (hit)
                    ctx.report(cmd, `"${hit}" (ENTRYPOINT + CMD) is a development server or debug mode; run a production server`);
            }
        };
        return {
            end() {
                const stage = finalStage(ctx.model.stages);
                if (!stage)
                    return;
                // Only what is in effect at the end counts: a later `ENV DEBUG=0` switches it off again.
                const lastSetting = new Map();
                const values = new Map();
                for (const ins of imageInstructions(stage)) {
                    if (ins.keyword !== 'ENV')
                        continue;
                    for (const p of ins.pairs) {
                        values.set(p.key, p.value === null ? null : ins.expand(p.value));
                        lastSetting.set(p.key, ins);
                    }
                }
                const byInstruction = new Map();
                for (const [key, ins] of lastSetting) {
                    const hit = debugSetting(key, values.get(key) ?? null);
                    if (hit)
                        byInstruction.set(ins, [...(byInstruction.get(ins) ?? []), hit]);
                }
                for (const [ins, hits] of byInstruction)
                    ctx.report(ins, `${hits.join(', ')} turns on debug/development mode in the final image`);
                checkProcess(stage);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/_rpm/index.ts
/** hadolint's `cmdsHaveArgs`: the command is one of `names` and one of its words is in `words`. */
function isCommandWith(cmd, names, words) {
    return names.includes(cmd.name) && cmd.args.some((a) => words.includes(a));
}
/** Words hadolint reads as `install`'s packages: non-flag words except the subcommand words. */
function installWords(cmd, subcommands) {
    return cmd.argsNoFlags().filter((a) => !subcommands.includes(a));
}
/**
 * Whether a RUN cleans up after its installs: some command `isClean` comes after the last command
 * `isInstall` (a clean before the install empties a cache that the install fills again). null when
 * nothing is installed. hadolint compares the first install with the first clean; taking the last
 * install keeps `clean && install && clean` fine and `install && clean && install` reported.
 */
function cleanedAfterInstall(commands, isInstall, isClean) {
    let lastInstall = -1;
    commands.forEach((c, k) => {
        if (isInstall(c))
            lastInstall = k;
    });
    if (lastInstall < 0)
        return null;
    return commands.some((c, k) => k > lastInstall && isClean(c));
}
/** Names a word refers to: `$NAME`, `${NAME}`, `${NAME:-default}`. */
function referencedVariables(word) {
    return [...word.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
}
/**
 * Variables a version may come from, as hadolint (DL3033/DL3041) tracks them: an ENV of this stage
 * or of the stage it builds on (`ins.vars`), or an ARG anywhere earlier in the file — hadolint keeps
 * ARG names across stages. Feed `noteArg` every ARG; `isDeclared(ins)` answers for a RUN.
 */
function declaredVariables() {
    const args = new Set();
    return {
        noteArg(ins) {
            for (const p of ins.pairs)
                args.add(p.key);
        },
        isDeclared: (ins) => (name) => args.has(name) || ins.vars.has(name),
    };
}
/**
 * The unpinned packages of the `<names> install` commands of a RUN (DL3033/DL3041): a module is
 * pinned by its stream (`module install nodejs:18`), a `group install` names a group, which has no
 * version, and anything else needs `rpmVersionPinned`.
 */
function unpinnedRpmPackages(ins, names, isDeclared) {
    const unpinned = [];
    for (const c of ins.script()?.commands ?? []) {
        if (!isCommandWith(c, names, ['install']))
            continue;
        const isModule = c.hasArg('module');
        if (c.hasArg('group') && !isModule)
            continue;
        const words = installWords(c, ['install', 'module']);
        unpinned.push(...words.filter((w) => (isModule ? !w.includes(':') : !rpmVersionPinned(w, isDeclared))));
    }
    return unpinned;
}
const VERSION_CHAR = /^[0-9A-Za-z.~^_:+]*$/;
/**
 * An RPM package spec that names a version: `name-1.2`, `gcc-c++-1.1.1`, `openssl-1:1.1.1k`, a
 * `.rpm` file. As hadolint (DL3033/DL3041) reads it: after the first `-`, every `-`-separated part
 * is made of version characters and one of them starts with a digit, so `rpm-sign` is not pinned.
 * A variable after a `-` (`git-core-${GIT_VER}`) pins only when `isDeclared` knows it (an ARG or
 * ENV of the Dockerfile, as hadolint checks); a bare `$PKG` is not pinned.
 */
function rpmVersionPinned(spec, isDeclared = () => false) {
    // A package file is a fixed artifact whatever its name (older hadolint releases agreed; the
    // current one asks for a dash first, which flags `/tmp/app.rpm`).
    if (spec.endsWith('.rpm'))
        return true;
    const parts = spec.split('-');
    if (parts.length <= 1)
        return false;
    if (spec.includes('$'))
        return referencedVariables(spec).some(isDeclared);
    const rest = parts.slice(1);
    return rest.every((p) => VERSION_CHAR.test(p)) && rest.some((p) => /^[0-9]/.test(p));
}
/**
 * The `create` of the yum and dnf pin rules (DL3033, DL3041): one finding per RUN that installs
 * unpinned packages with one of `tools`, naming them.
 */
function pinVersionsCheck(tools) {
    return (ctx) => {
        const variables = declaredVariables();
        return {
            ARG(ins) {
                variables.noteArg(ins);
            },
            RUN(ins) {
                const unpinned = unpinnedRpmPackages(ins, tools, variables.isDeclared(ins));
                if (unpinned.length > 0)
                    ctx.report(ins, `Specify version with \`${tools[0]} install -y <package>-<version>\` (unpinned: ${unpinned.join(', ')})`);
            },
        };
    };
}

;// CONCATENATED MODULE: ./src/lint/rules/dnf-assume-yes.ts


/* harmony default export */ const dnf_assume_yes = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'dnf-assume-yes',
        aliases: ['DL3038'],
        severity: 'warning',
        description: 'Pass `-y` to `dnf install` so the build never waits for an answer',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                // microdnf never asks (its `-y` is documented as "does nothing, we always assume yes"),
                // so only dnf is held to it; hadolint reports microdnf too.
                const forgot = script.commands.some((c) => isCommandWith(c, ['dnf'], ['install', 'groupinstall', 'localinstall']) &&
                    !c.hasFlag('y', 'assumeyes'));
                if (forgot)
                    ctx.report(ins, 'Use the -y switch to avoid manual input `dnf install -y <package>`');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/dnf-cache-cleaned.ts




/** Cache directories of dnf 4 (`/var/cache/dnf`, `/var/cache/yum` on older releases) and dnf 5. */
const MOUNT_TARGETS = ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5', '.cache/libdnf5'];
/** Subcommands that fill the cache, long and short names (as hadolint lists them). */
const INSTALLS = ['install', 'in', 'upgrade', 'up', 'upgrade-minimal', 'up-min', 'reinstall', 'rei'];
/* harmony default export */ const dnf_cache_cleaned = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'dnf-cache-cleaned',
        aliases: ['DL3040'],
        severity: 'warning',
        description: 'Run `dnf clean all` (or `microdnf clean all`) in the RUN that installs with it, or mount a cache',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                if (MOUNT_TARGETS.some((dir) => hasCacheOrTmpfsMountWith(ins.flags, dir)))
                    return;
                // As hadolint: each tool cleans after itself (`microdnf clean all` does not clean for
                // `dnf install`); an `rm -r` of the cache counts for both. The clean must come after.
                const forgot = ['dnf', 'microdnf'].filter((tool) => cleanedAfterInstall(script.commands, (c) => isCommandWith(c, [tool], INSTALLS), (c) => (c.is(tool, 'clean') && c.hasArg('all')) || removesCacheOf(c, 'dnf')) === false);
                if (forgot.length > 0)
                    ctx.report(ins, `\`${forgot[0]} clean all\` missing after ${forgot[0]} command.`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/dnf-pin-versions.ts


/* harmony default export */ const dnf_pin_versions = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'dnf-pin-versions',
        aliases: ['DL3041'],
        severity: 'warning',
        description: 'Pin versions in `dnf install` (`<package>-<version>`, modules as `<module>:<stream>`)',
    },
    create: pinVersionsCheck(['dnf', 'microdnf']),
}));

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/lint/rules/dockerignore-present.ts




/**
 * The ignore files BuildKit reads for this Dockerfile: `<Dockerfile>.dockerignore` next to it
 * (preferred), else `.dockerignore` at the context root.
 */
function dockerignoreCandidates(dockerfile, contextDir) {
    const file = (0,external_node_path_.resolve)(dockerfile);
    return [(0,external_node_path_.join)((0,external_node_path_.dirname)(file), `${(0,external_node_path_.basename)(file)}.dockerignore`), (0,external_node_path_.join)(contextDir, '.dockerignore')];
}
/* harmony default export */ const dockerignore_present = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'dockerignore-present',
        aliases: [],
        severity: 'warning',
        description: 'Add a `.dockerignore` when the whole context is copied, so `.git`, venvs, caches and secrets stay out',
    },
    create(ctx) {
        let first = null;
        const copy = (ins) => {
            if (!first && copiesWholeContext(ins))
                first = ins;
        };
        return {
            COPY: copy,
            ADD: copy,
            end() {
                // Without the context directory there is nothing to look at.
                if (!first || ctx.contextDir === null)
                    return;
                if (dockerignoreCandidates(ctx.file, ctx.contextDir).some((p) => (0,external_node_fs_.existsSync)(p)))
                    return;
                ctx.report(first, 'The whole context is copied but it has no .dockerignore: .git, .venv, __pycache__, tests and local secrets end up in the image');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/env-no-same-statement-reference.ts

/**
 * `$name` or `${name}` appears in `text` as a whole variable name (`$BLAFOO` is not `$BLA`); the
 * reading hadolint uses.
 */
function referencesVariable(text, name) {
    if (text.includes(`\${${name}}`))
        return true;
    const bare = `$${name}`;
    const pieces = text.split(bare);
    return pieces.length > 1 && pieces.slice(1).some((after) => !/^[0-9A-Za-z_]/.test(after));
}
/* harmony default export */ const env_no_same_statement_reference = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'env-no-same-statement-reference',
        aliases: ['DL3044'],
        severity: 'error',
        description: 'Do not refer to a variable in the same `ENV` statement that defines it (it still has its old value there)',
        // hadolint looks at the stage's own ENV lines, not at ENV triggers for child images.
        onbuild: false,
    },
    create(ctx) {
        // Names defined by any earlier ENV or ARG, in any stage, as hadolint keeps them: a reference to
        // one of those is deliberate (it reads the earlier value).
        const defined = new Set();
        return {
            ARG(ins) {
                for (const p of ins.pairs)
                    defined.add(p.key);
            },
            ENV(ins) {
                const pairs = ins.pairs;
                const offending = pairs.filter((p, k) => !defined.has(p.key) &&
                    pairs.some((other, j) => j !== k && referencesVariable(other.value ?? '', p.key)));
                for (const p of pairs)
                    defined.add(p.key);
                if (offending.length > 0)
                    ctx.report(ins, `Do not refer to an environment variable within the same \`ENV\` statement where it is defined (${offending.map((p) => p.key).join(', ')}).`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/expose-server-port.ts


const SERVERS = new Set([
    'gunicorn',
    'uvicorn',
    'hypercorn',
    'uwsgi',
    'daphne',
    'waitress-serve',
    'granian',
    'puma',
    'http-server',
]);
/** The network server an argv starts, when that is certain from its words; null otherwise. */
function serverIn(argv) {
    const words = argv.map(baseName);
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        const next = argv[i + 1];
        if (SERVERS.has(w))
            return w;
        if (w === 'flask' && argv.slice(i + 1).includes('run'))
            return 'flask run';
        if (w === 'runserver' && words.slice(0, i).some((x) => /^(manage\.py|django-admin(\.py)?)$/.test(x)))
            return 'manage.py runserver';
        if ((w === 'rails' || w === 'bin/rails') && (next === 'server' || next === 's'))
            return 'rails server';
        if (w === 'artisan' && next === 'serve')
            return 'artisan serve';
        if (w === 'fastapi' && (next === 'run' || next === 'dev'))
            return `fastapi ${next}`;
        if (w === 'streamlit' && next === 'run')
            return 'streamlit run';
        if (w === 'next' && next === 'start')
            return 'next start';
    }
    return null;
}
/* harmony default export */ const expose_server_port = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'expose-server-port',
        aliases: [],
        severity: 'info',
        description: 'EXPOSE the port a server image listens on, to document it and let `docker run -P` publish it',
        onbuild: false,
    },
    create(ctx) {
        return {
            end() {
                const stage = finalStage(ctx.model.stages);
                if (!stage)
                    return;
                if (imageInstructions(stage).some((i) => i.keyword === 'EXPOSE'))
                    return;
                const { entrypoint, cmd } = imageProcess(stage);
                const parts = [entrypoint, entrypoint && !entrypoint.json ? null : cmd].filter((i) => i !== null);
                const combined = entrypoint?.json && cmd?.json
                    ? argvCommands([...entrypoint.json, ...cmd.json], entrypoint.line)
                    : [];
                const report = (ins, server) => ctx.report(ins, `The image runs a server (${server}) but EXPOSEs no port: add EXPOSE <port>`);
                for (const ins of parts) {
                    const server = (instructionCommands(ins) ?? [])
                        .map((c) => serverIn(c.argv))
                        .find((s) => s !== null);
                    if (server)
                        return report(ins, server);
                }
                // `ENTRYPOINT ["python", "-m"]` + `CMD ["uvicorn", …]`-style splits: read them together.
                const server = combined.map((c) => serverIn(c.argv)).find((s) => s !== null);
                if (server && entrypoint)
                    report(entrypoint, server);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/expose-valid-port.ts

/* harmony default export */ const expose_valid_port = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'expose-valid-port',
        aliases: ['DL3011'],
        severity: 'error',
        description: 'EXPOSE ports in the valid range 0-65535',
        onbuild: false,
    },
    create(ctx) {
        return {
            EXPOSE(ins) {
                for (const word of ins.args.split(/\s+/)) {
                    const spec = word.replace(/\/\w+$/, '');
                    // Variables are decided at build time.
                    if (spec.includes('$'))
                        continue;
                    const bad = spec.split('-').some((p) => /^\d+$/.test(p) && Number(p) > 65535);
                    if (bad) {
                        ctx.report(ins, `Valid UNIX ports range from 0 to 65535: "${word}"`);
                        return;
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/final-image-labels.ts


/* harmony default export */ const final_image_labels = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'final-image-labels',
        aliases: [],
        severity: 'info',
        description: 'Give the final image OCI labels (`org.opencontainers.image.source`, description, licenses) for provenance',
        defaultOn: false,
        onbuild: false,
    },
    create(ctx) {
        return {
            end() {
                const stage = finalStage(ctx.model.stages);
                if (!stage)
                    return;
                // LABELs of a stage the final one builds on are in the image too.
                if (imageInstructions(stage).some((i) => i.keyword === 'LABEL' && i.pairs.length > 0))
                    return;
                ctx.report(stage.fromInstruction, 'The final image has no LABEL: add org.opencontainers.image.source, .description and .licenses (or pass them with build --label)');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/from-platform-not-targetplatform.ts

/* harmony default export */ const from_platform_not_targetplatform = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'from-platform-not-targetplatform',
        aliases: ['DL3065'],
        severity: 'warning',
        description: '`FROM --platform=$TARGETPLATFORM` is redundant: it is the default',
        onbuild: false,
    },
    create(ctx) {
        return {
            FROM(ins) {
                // As hadolint: only the two plain spellings, as written.
                const platform = ins.flag('platform');
                if (platform === '$TARGETPLATFORM' || platform === '${TARGETPLATFORM}')
                    ctx.report(ins, `Setting \`FROM --platform\` to predefined \`${platform}\` is redundant as this is the default behavior`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/gem-pin-versions.ts

/**
 * Gems named by `gem install`/`gem i`, read as hadolint reads them: words up to `--`, where
 * every option also swallows the word after it (so `--no-document rails` names no gem, and
 * hadolint does not report it). Null when a version is given with `-v`/`--version`.
 */
function installedGems(cmd) {
    if (!cmd.is('gem', 'install', 'i'))
        return null;
    if (cmd.hasArg('-v', '--version') || cmd.args.some((a) => a.startsWith('--version=')))
        return null;
    const end = cmd.args.indexOf('--');
    const words = end < 0 ? cmd.args : cmd.args.slice(0, end);
    const gems = [];
    for (let k = 0; k < words.length; k++) {
        const w = words[k];
        if (w.startsWith('-'))
            k++;
        else if (w !== 'install' && w !== 'i')
            gems.push(w);
    }
    return gems;
}
/* harmony default export */ const gem_pin_versions = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gem-pin-versions',
        aliases: ['DL3028'],
        severity: 'warning',
        description: 'Pin versions in `gem install` (`gem install <gem>:<version>` or `-v <version>`)',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                const unpinned = script.commands
                    .flatMap((c) => installedGems(c) ?? [])
                    .filter((g) => !g.includes(':'));
                if (unpinned.length > 0) {
                    ctx.report(ins, `Pin versions in gem install: ${unpinned.join(', ')}. Instead of \`gem install <gem>\` use \`gem install <gem>:<version>\``);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/go-install-pinned.ts

const GO_PACKAGE_SUBCOMMANDS = ['install', 'get', 'run'];
/**
 * A package argument is fine when it is a local path (`.`, `./cmd`, `/src/app`) or carries a
 * version other than the floating `@latest`/`@none`.
 */
function isPinnedGoPackage(pkg) {
    if (pkg === '.' || pkg.startsWith('/') || pkg.startsWith('.'))
        return true;
    return pkg.includes('@') && !pkg.endsWith('@latest') && !pkg.endsWith('@none');
}
/**
 * The packages hadolint checks in one RUN: for `go run`, only the word after `run` (the rest are
 * the program's own arguments); when the RUN has no `go run`, every positional word of
 * `go install`/`go get` (`tool` is a subcommand word, not a package).
 */
function goPackages(commands) {
    const goCommands = commands.filter((c) => c.name === 'go' && c.hasArg(...GO_PACKAGE_SUBCOMMANDS));
    const run = goCommands
        .filter((c) => c.hasArg('run'))
        .flatMap((c) => c
        .argsNoFlags()
        .slice(0, 2)
        .filter((a) => a !== 'run'));
    if (run.length > 0)
        return run;
    return goCommands
        .filter((c) => c.hasArg('install', 'get'))
        .flatMap((c) => c.argsNoFlags().filter((a) => !['install', 'get', 'tool'].includes(a)));
}
/* harmony default export */ const go_install_pinned = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'go-install-pinned',
        aliases: ['DL3062'],
        severity: 'warning',
        description: 'Pin versions in `go install`/`go get`/`go run`: `<package>@<version>`, not bare or `@latest`',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                const unpinned = goPackages(script.commands).filter((p) => !isPinnedGoPackage(p));
                if (unpinned.length > 0)
                    ctx.report(ins, `Pin versions in go. Instead of \`go install <package>\` use \`go install <package>@<version>\`: ${unpinned.join(', ')}`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/healthcheck-present.ts

/* harmony default export */ const healthcheck_present = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'healthcheck-present',
        aliases: ['DL3057'],
        severity: 'info',
        description: 'Every stage should have a `HEALTHCHECK` or build on a stage that has one',
        // Off in hadolint too (severity "ignore"): many images are run by an orchestrator that probes itself.
        defaultOn: false,
        // An `ONBUILD HEALTHCHECK` is for child images, not this one.
        onbuild: false,
    },
    create(ctx) {
        // hadolint names a stage by its alias, else its image; a stage built `FROM <that name>` after a
        // stage with a HEALTHCHECK inherits it.
        const nameOf = (s) => s.alias ?? s.from.name;
        const good = new Set();
        const missing = new Set();
        let current = null;
        return {
            FROM(ins) {
                current = ins.stage;
                if (!current)
                    return;
                const image = current.from.name;
                if ([...good].some((g) => nameOf(g) === image))
                    good.add(current);
                else
                    missing.add(current);
            },
            HEALTHCHECK() {
                if (!current)
                    return;
                good.add(current);
                missing.delete(current);
                // The stages this one is built on (FROM a FROM a …) are only steps towards an image that
                // has a HEALTHCHECK, so they are excused too; a sibling built on the same base is not.
                const bases = [current.from.name];
                for (let base = bases.pop(); base !== undefined; base = bases.pop()) {
                    for (const s of [...missing]) {
                        if (nameOf(s) !== base)
                            continue;
                        missing.delete(s);
                        good.add(s);
                        bases.push(s.from.name);
                    }
                }
            },
            end() {
                for (const s of missing)
                    ctx.report(s.fromInstruction, '`HEALTHCHECK` instruction missing.');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/image-tag-explicit.ts


function fitsAnAlias(name, aliases) {
    return name.includes('$') && [...aliases].some((alias) => fitsAlias(name, alias));
}
/* harmony default export */ const image_tag_explicit = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'image-tag-explicit',
        aliases: ['DL3006'],
        severity: 'warning',
        description: 'Always tag the version of an image explicitly',
        onbuild: false,
    },
    create(ctx) {
        const aliases = new Set();
        // `COPY --from=org/tool` and `RUN --mount=from=org/tool` pull an image as FROM does; untagged,
        // they copy whatever latest is on the day of the build (hadolint looks at FROM only).
        const otherImages = (ins) => {
            for (const ref of imageReferencesOf(ins)) {
                if (ref.tag === null && ref.digest === null)
                    ctx.report(ins, `Always tag the version of an image explicitly: "${ref.text}" is whatever latest is today; pin it to a release tag or a digest`);
            }
        };
        return {
            FROM(ins) {
                const stage = ins.stage;
                if (!stage)
                    return;
                const from = stage.from;
                // hadolint's exceptions: scratch, a digest, an earlier stage's alias, a name that is a
                // variable. A name with a variable inside that fits an earlier alias (`binaries-$TARGETOS`
                // with `AS binaries-linux` above) picks a stage at build time, not an image.
                const exempt = from.isScratch ||
                    from.digest !== null ||
                    from.tag !== null ||
                    from.name.startsWith('$') ||
                    (from.registry === null && (aliases.has(from.name) || fitsAnAlias(from.name, aliases)));
                if (stage.alias)
                    aliases.add(stage.alias);
                if (!exempt)
                    ctx.report(ins, `Always tag the version of an image explicitly: "${from.text}" is whatever latest is today`);
            },
            COPY: otherImages,
            RUN: otherImages,
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/image-tag-not-latest.ts


/* harmony default export */ const image_tag_not_latest = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'image-tag-not-latest',
        aliases: ['DL3007'],
        severity: 'warning',
        description: 'Pin the base image to a release tag, not `latest`',
    },
    create(ctx) {
        // `COPY --from=org/tool:latest` and `RUN --mount=from=…:latest` float as a FROM does.
        const otherImages = (ins) => {
            for (const ref of imageReferencesOf(ins)) {
                if (ref.tag === 'latest' && ref.digest === null)
                    ctx.report(ins, `Using latest is prone to errors if the image will ever update: pin "${ref.text}" to a release tag`);
            }
        };
        return {
            FROM(ins) {
                // The tag as written, as hadolint reads it; `FROM $BASE` with a default of `x:latest` is not flagged.
                const from = ins.stage?.from;
                // `name:latest@sha256:…` is pinned by its digest; the tag is only a label (hadolint agrees).
                if (from && from.tag === 'latest' && from.digest === null) {
                    ctx.report(ins, `Using latest is prone to errors if the image will ever update: pin "${from.text}" to a release tag`);
                }
            },
            COPY: otherImages,
            RUN: otherImages,
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/init-process-in-entrypoint.ts


const INITS = new Set([
    'tini',
    'tini-static',
    'dumb-init',
    'catatonit',
    'docker-init',
    's6-svscan',
    'init',
    'supervisord',
    'runsvdir',
    'pid1',
]);
const init_process_in_entrypoint_NODE_RUNNERS = new Set(['npm', 'yarn', 'pnpm']);
/** An init that reaps zombies and forwards signals is part of the argv. */
function hasInit(argv) {
    return argv.some((w) => INITS.has(baseName(w)));
}
/** `--pool solo`, `-P threads`, `--pool=gevent`…: a celery pool that does not fork worker processes. */
function inProcessCeleryPool(args) {
    const k = args.findIndex((a) => a === '-P' || a === '--pool' || a.startsWith('--pool=') || /^-P\w/.test(a));
    if (k < 0)
        return false;
    const a = args[k];
    const pool = a.startsWith('--pool=')
        ? a.slice(7)
        : a.length > 2 && !a.startsWith('--')
            ? a.slice(2)
            : args[k + 1];
    return ['solo', 'threads', 'gevent', 'eventlet'].includes(pool ?? '');
}
/**
 * Why this process is known to start children that PID 1 must reap and signal, and what goes
 * wrong, or null. Kept to what is certain and true of the server seen: gunicorn's arbiter and the
 * uWSGI master reap their workers (and any orphan handed to them) and stop them on SIGTERM, so
 * they are fine as PID 1. Process managers that do neither, npm/yarn running a script, and a
 * shell running more than one command are reported. `node server.js` may spawn too, but that
 * cannot be seen from here.
 */
function spawnsChildren(commands, viaShell) {
    const orphans = 'but as PID 1 it does not reap the zombies they leave';
    for (const c of commands) {
        const w = baseName(c.name);
        // `celery beat` is one scheduler process, and a worker with a solo/threads/gevent/eventlet pool
        // runs its tasks in its own process: only the default prefork pool forks children.
        if (w === 'celery' && c.args.includes('worker') && !inProcessCeleryPool(c.args))
            return `celery's prefork pool runs worker processes, ${orphans}`;
        if (w === 'uvicorn' || w === 'hypercorn') {
            const k = c.args.findIndex((a) => a === '--workers' || a === '-w' || a.startsWith('--workers='));
            const n = k < 0 ? 1 : Number(c.args[k].includes('=') ? c.args[k].split('=')[1] : c.args[k + 1]);
            if (n > 1)
                return `${w} --workers runs worker processes, ${orphans}`;
        }
        if (init_process_in_entrypoint_NODE_RUNNERS.has(w) && (c.args[0] === 'start' || c.args[0] === 'run' || c.args[0] === 'run-script'))
            return `${w} runs the app as its child, ${orphans}, and the app may never see SIGTERM`;
    }
    // `…; exec app` replaces the shell with the app, which then is PID 1 itself.
    const last = commands[commands.length - 1];
    const endsInExec = !!last && (last.wrappers.includes('exec') || baseName(last.name) === 'exec');
    if (viaShell && commands.length > 1 && !endsInExec)
        return 'the shell runs several commands as its children, but as PID 1 it does not pass SIGTERM on to them, so `docker stop` ends in a kill';
    return null;
}
/* harmony default export */ const init_process_in_entrypoint = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'init-process-in-entrypoint',
        aliases: [],
        severity: 'info',
        description: 'Run an init (tini, dumb-init) as PID 1 when the app spawns processes, so zombies are reaped and signals forwarded',
        onbuild: false,
    },
    create(ctx) {
        return {
            end() {
                const stage = finalStage(ctx.model.stages);
                if (!stage)
                    return;
                const { entrypoint, cmd } = imageProcess(stage);
                // A shell-form ENTRYPOINT ignores CMD; an exec-form one gets CMD as arguments.
                const parts = [entrypoint, entrypoint && !entrypoint.json ? null : cmd].filter((i) => i !== null);
                const words = parts.flatMap((i) => (instructionCommands(i) ?? []).flatMap((c) => c.argv));
                if (hasInit(words))
                    return;
                // `ENTRYPOINT ["celery", "-A", "proj"]` + `CMD ["worker"]` is one process: read them together first.
                if (entrypoint?.json && cmd?.json) {
                    const why = spawnsChildren(argvCommands([...entrypoint.json, ...cmd.json], entrypoint.line), false);
                    if (why) {
                        ctx.report(entrypoint, `${why}: start it with tini/dumb-init in ENTRYPOINT (or run with --init)`);
                        return;
                    }
                }
                for (const ins of parts) {
                    const commands = instructionCommands(ins);
                    if (!commands)
                        continue;
                    const viaShell = !ins.json || commands.some((c) => c.wrappers.some((w) => w.endsWith(' -c')));
                    const why = spawnsChildren(commands, viaShell);
                    if (!why)
                        continue;
                    ctx.report(ins, `${why}: start it with tini/dumb-init in ENTRYPOINT (or run with --init)`);
                    return;
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/instruction-order-from-first.ts


/* harmony default export */ const instruction_order_from_first = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'instruction-order-from-first',
        aliases: ['DL3061'],
        severity: 'error',
        description: 'A Dockerfile must begin with `FROM`, `ARG` or a comment',
        onbuild: false,
    },
    create(ctx) {
        return {
            instruction(ins) {
                // A line that is no instruction at all is a file error of its own, reported once.
                if (!(0,model/* isInstructionKeyword */.eR)(ins.keyword))
                    return;
                if (ins.stage === null && ins.keyword !== 'ARG' && ins.keyword !== 'FROM')
                    ctx.report(ins, `Invalid instruction order: ${ins.keyword} before the first FROM`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/label-email-valid.ts

// RFC 5322 addr-spec as Haskell's email-validate (hadolint's check) reads it: a dot-atom or
// quoted-string local part, `@`, a dot-atom domain or a `[domain literal]`.
const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]";
const DOT_ATOM = `${ATEXT}+(?:\\.${ATEXT}+)*`;
const QUOTED = '"(?:[^"\\\\\\r\\n]|\\\\.)*"';
const LITERAL = '\\[[^\\[\\]\\\\\\s]*\\]';
const ADDR_SPEC = new RegExp(`^(${DOT_ATOM}|${QUOTED})@(${DOT_ATOM}|${LITERAL})$`);
/** An email address such as `team@example.com` (local part at most 64, domain at most 255 bytes). */
function isEmailAddress(value) {
    const m = ADDR_SPEC.exec(value);
    return m !== null && Buffer.byteLength(m[1]) <= 64 && Buffer.byteLength(m[2]) <= 255;
}
/* harmony default export */ const label_email_valid = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'label-email-valid',
        aliases: ['DL3058'],
        severity: 'warning',
        description: 'A label the schema types as `email` should hold an email address',
        // hadolint does not look at `ONBUILD LABEL`.
        onbuild: false,
    },
    create(ctx) {
        const checked = new Set(Object.entries(ctx.settings.labelSchema)
            .filter(([, kind]) => kind === 'email')
            .map(([label]) => label));
        return {
            LABEL(ins) {
                const reported = new Set();
                for (const { key, value } of ins.pairs) {
                    if (!checked.has(key) || reported.has(key) || isEmailAddress(value ?? ''))
                        continue;
                    reported.add(key);
                    ctx.report(ins, `Label \`${key}\` is not a valid email format - must conform to RFC5322: "${value ?? ''}"`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/label-git-hash-valid.ts

/** A full (40) or short (7) lower-case hexadecimal git commit hash, as hadolint accepts. */
function isGitHash(value) {
    return /^(?:[0-9a-f]{7}|[0-9a-f]{40})$/.test(value);
}
/* harmony default export */ const label_git_hash_valid = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'label-git-hash-valid',
        aliases: ['DL3055'],
        severity: 'warning',
        description: 'A label the schema types as `hash` should hold a 7- or 40-character git commit hash',
        // hadolint does not look at `ONBUILD LABEL`.
        onbuild: false,
    },
    create(ctx) {
        const checked = new Set(Object.entries(ctx.settings.labelSchema)
            .filter(([, kind]) => kind === 'hash')
            .map(([label]) => label));
        return {
            LABEL(ins) {
                const reported = new Set();
                for (const { key, value } of ins.pairs) {
                    if (!checked.has(key) || reported.has(key) || isGitHash(value ?? ''))
                        continue;
                    reported.add(key);
                    ctx.report(ins, `Label \`${key}\` is not a valid git hash: "${value ?? ''}"`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/label-key-valid.ts

const RESERVED_NAMESPACES = ['com.docker.', 'io.docker.', 'org.dockerproject.'];
/**
 * Docker's label key format as hadolint checks it: lower-case letters, digits, `.` and `-`;
 * starts with a letter, ends with a letter or digit; no `..` or `--`; not in a namespace Docker
 * reserves for itself.
 */
function isValidLabelKey(key) {
    return (/^[a-z]/.test(key) &&
        /[a-z0-9]$/.test(key) &&
        /^[a-z0-9.-]*$/.test(key) &&
        !key.includes('..') &&
        !key.includes('--') &&
        !RESERVED_NAMESPACES.some((ns) => key.startsWith(ns)));
}
/* harmony default export */ const label_key_valid = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'label-key-valid',
        aliases: ['DL3048'],
        severity: 'style',
        description: 'Label keys should be lower-case reverse-DNS names outside the namespaces Docker reserves',
        // hadolint does not look at `ONBUILD LABEL`.
        onbuild: false,
    },
    create(ctx) {
        return {
            LABEL(ins) {
                const bad = ins.pairs.filter((p) => !isValidLabelKey(p.key)).map((p) => p.key);
                if (bad.length > 0)
                    ctx.report(ins, `Invalid label key: ${bad.map((k) => `"${k}"`).join(', ')}`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/label-not-empty.ts

/* harmony default export */ const label_not_empty = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'label-not-empty',
        aliases: ['DL3051'],
        severity: 'warning',
        description: 'A label the label schema requires should not be empty',
        onbuild: false,
    },
    create(ctx) {
        const required = new Set(Object.keys(ctx.settings.labelSchema));
        return {
            LABEL(ins) {
                const reported = new Set();
                for (const { key, value } of ins.pairs) {
                    if (!required.has(key) || (value ?? '') !== '' || reported.has(key))
                        continue;
                    reported.add(key);
                    ctx.report(ins, `Label \`${key}\` is empty.`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/label-not-in-schema.ts

/* harmony default export */ const label_not_in_schema = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'label-not-in-schema',
        aliases: ['DL3050'],
        severity: 'info',
        description: 'With strict labels, only the labels in the label schema are allowed',
        onbuild: false,
    },
    create(ctx) {
        const { labelSchema, strictLabels } = ctx.settings;
        return {
            LABEL(ins) {
                if (!strictLabels)
                    return;
                const extra = ins.pairs.filter((p) => !Object.hasOwn(labelSchema, p.key)).map((p) => p.key);
                if (extra.length > 0)
                    ctx.report(ins, `Superfluous label(s) present: ${extra.map((k) => `\`${k}\``).join(', ')}`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/label-required.ts

/**
 * hadolint's bookkeeping for one required label: a stage is fine when it sets the label or builds
 * on an aliased stage that did; a stage only used as a `COPY --from` source is excused, and so is
 * a stage whose alias a labelled stage names as its image (its labels are inherited downstream).
 */
class LabelTracker {
    label;
    good = new Set();
    bad = new Set();
    current = null;
    constructor(label) {
        this.label = label;
    }
    enterStage(s) {
        this.current = s;
        const inherits = [...this.good].some((g) => g.alias !== null && g.alias === s.stage.from.name);
        (inherits ? this.good : this.bad).add(s);
    }
    copiedFrom(source) {
        if (!this.current)
            return;
        this.excuse(source);
    }
    labelled() {
        if (!this.current)
            return;
        this.excuse(this.current.name);
        this.good.add(this.current);
        this.bad.delete(this.current);
    }
    missing() {
        return [...this.bad];
    }
    excuse(alias) {
        for (const s of [...this.bad])
            if (s.alias !== null && s.alias === alias)
                this.bad.delete(s);
    }
}
/* harmony default export */ const label_required = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'label-required',
        aliases: ['DL3049'],
        severity: 'info',
        description: 'Every stage should carry the labels the label schema requires',
        // hadolint does not count `ONBUILD LABEL` or `ONBUILD COPY`.
        onbuild: false,
    },
    create(ctx) {
        const trackers = Object.keys(ctx.settings.labelSchema).map((label) => new LabelTracker(label));
        return {
            FROM(ins) {
                const stage = ins.stage;
                if (!stage)
                    return;
                const state = { stage, alias: stage.alias, name: stage.alias ?? stage.from.name };
                for (const t of trackers)
                    t.enterStage(state);
            },
            COPY(ins) {
                const source = ins.flag('from');
                if (source)
                    for (const t of trackers)
                        t.copiedFrom(source);
            },
            LABEL(ins) {
                const keys = new Set(ins.pairs.map((p) => p.key));
                for (const t of trackers)
                    if (keys.has(t.label))
                        t.labelled();
            },
            end() {
                for (const t of trackers)
                    for (const s of t.missing())
                        ctx.report(s.stage.fromInstruction, `Label \`${t.label}\` is missing.`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/label-rfc3339-valid.ts

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):?(\d{2}))$/;
function daysIn(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/**
 * An RFC 3339 date-time (`2024-05-01T12:00:00Z`, `…T12:00:00.5+02:00`), with the field ranges
 * checked the way Haskell's timerep (hadolint's parser) checks them.
 */
function isRfc3339(value) {
    const m = RFC3339.exec(value);
    if (!m)
        return false;
    const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
    const offsetHour = m[7] === undefined ? 0 : Number(m[7]);
    const offsetMinute = m[8] === undefined ? 0 : Number(m[8]);
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= daysIn(year, month) &&
        hour <= 23 &&
        minute <= 59 &&
        second <= 60 &&
        offsetHour <= 23 &&
        offsetMinute <= 59);
}
/* harmony default export */ const label_rfc3339_valid = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'label-rfc3339-valid',
        aliases: ['DL3053'],
        severity: 'warning',
        description: 'A label the schema types as `rfc3339` should hold an RFC 3339 date-time',
        // hadolint does not look at `ONBUILD LABEL`.
        onbuild: false,
    },
    create(ctx) {
        const checked = new Set(Object.entries(ctx.settings.labelSchema)
            .filter(([, kind]) => kind === 'rfc3339')
            .map(([label]) => label));
        return {
            LABEL(ins) {
                const reported = new Set();
                for (const { key, value } of ins.pairs) {
                    if (!checked.has(key) || reported.has(key) || isRfc3339(value ?? ''))
                        continue;
                    reported.add(key);
                    ctx.report(ins, `Label \`${key}\` is not a valid time format - must conform to RFC3339: "${value ?? ''}"`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/label-semver-valid.ts

const IDENTIFIERS = '[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*';
// Written here rather than taken from the `semver` package: that one accepts `v1.2.3` and `=1.2.3`,
// which hadolint's parser (Haskell's semver) rejects. Like that parser, leading zeros pass.
const SEMVER = new RegExp(`^\\d+\\.\\d+\\.\\d+(?:-${IDENTIFIERS})?(?:\\+${IDENTIFIERS})?$`);
/** `MAJOR.MINOR.PATCH` with optional `-prerelease` and `+build` (Semantic Versioning 2.0.0). */
function isSemVer(value) {
    return SEMVER.test(value);
}
/* harmony default export */ const label_semver_valid = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'label-semver-valid',
        aliases: ['DL3056'],
        severity: 'warning',
        description: 'A label the schema types as `semver` should hold a semantic version',
        // hadolint does not look at `ONBUILD LABEL`.
        onbuild: false,
    },
    create(ctx) {
        const checked = new Set(Object.entries(ctx.settings.labelSchema)
            .filter(([, kind]) => kind === 'semver')
            .map(([label]) => label));
        return {
            LABEL(ins) {
                const reported = new Set();
                for (const { key, value } of ins.pairs) {
                    if (!checked.has(key) || reported.has(key) || isSemVer(value ?? ''))
                        continue;
                    reported.add(key);
                    ctx.report(ins, `Label \`${key}\` does not conform to semantic versioning: "${value ?? ''}"`);
                }
            },
        };
    },
}));

// EXTERNAL MODULE: ./node_modules/spdx-license-ids/deprecated.json
var deprecated = __webpack_require__(3389);
// EXTERNAL MODULE: ./node_modules/spdx-license-ids/index.json
var spdx_license_ids = __webpack_require__(5204);
;// CONCATENATED MODULE: ./src/lint/rules/label-spdx-valid.ts



// hadolint parses a single SPDX license identifier (Cabal's LicenseId), not an expression, and
// the SPDX list still contains the deprecated ids (`GPL-2.0`), so both lists count.
const KNOWN = new Set([...spdx_license_ids, ...deprecated]);
/** One SPDX license identifier, exactly as listed (`MIT`, `Apache-2.0`); no expressions. */
function isSpdxLicenseId(value) {
    return KNOWN.has(value);
}
/* harmony default export */ const label_spdx_valid = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'label-spdx-valid',
        aliases: ['DL3054'],
        severity: 'warning',
        description: 'A label the schema types as `spdx` should hold an SPDX license identifier',
        // hadolint does not look at `ONBUILD LABEL`.
        onbuild: false,
    },
    create(ctx) {
        const checked = new Set(Object.entries(ctx.settings.labelSchema)
            .filter(([, kind]) => kind === 'spdx')
            .map(([label]) => label));
        return {
            LABEL(ins) {
                const reported = new Set();
                for (const { key, value } of ins.pairs) {
                    if (!checked.has(key) || reported.has(key) || isSpdxLicenseId(value ?? ''))
                        continue;
                    reported.add(key);
                    ctx.report(ins, `Label \`${key}\` is not a valid SPDX license identifier: "${value ?? ''}"`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/label-url-valid.ts

// RFC 3986 pieces, as Haskell's Network.URI.parseURI (hadolint's check) reads an absolute URI.
const UNRESERVED = String.raw `A-Za-z0-9\-._~`;
const SUB_DELIMS = "!$&'()*+,;=";
const PCT = '%[0-9A-Fa-f]{2}';
const PCHAR = `(?:[${UNRESERVED}${SUB_DELIMS}:@]|${PCT})`;
const SEGMENT = `${PCHAR}*`;
const QUERY = `(?:${PCHAR}|[/?])*`;
const USERINFO = `(?:(?:[${UNRESERVED}${SUB_DELIMS}:]|${PCT})*@)?`;
const HOST = `(?:\\[[${UNRESERVED}${SUB_DELIMS}:]+\\]|(?:[${UNRESERVED}${SUB_DELIMS}]|${PCT})*)`;
const AUTHORITY = `${USERINFO}${HOST}(?::[0-9]*)?`;
const HIER_PART = `(?://${AUTHORITY}(?:/${SEGMENT})*|/?(?:${SEGMENT}(?:/${SEGMENT})*)?)`;
const ABSOLUTE_URI = new RegExp(`^[A-Za-z][A-Za-z0-9+.\\-]*:${HIER_PART}(?:\\?${QUERY})?(?:#${QUERY})?$`);
/** An absolute URI (scheme, then hier-part, query, fragment), e.g. `https://github.com/o/r`. */
function isAbsoluteUri(value) {
    return ABSOLUTE_URI.test(value);
}
/* harmony default export */ const label_url_valid = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'label-url-valid',
        aliases: ['DL3052'],
        severity: 'warning',
        description: 'A label the schema types as `url` should hold an absolute URI',
        // hadolint does not look at `ONBUILD LABEL`.
        onbuild: false,
    },
    create(ctx) {
        const checked = new Set(Object.entries(ctx.settings.labelSchema)
            .filter(([, kind]) => kind === 'url')
            .map(([label]) => label));
        return {
            LABEL(ins) {
                const reported = new Set();
                for (const { key, value } of ins.pairs) {
                    if (!checked.has(key) || reported.has(key) || isAbsoluteUri(value ?? ''))
                        continue;
                    reported.add(key);
                    ctx.report(ins, `Label \`${key}\` is not a valid URL: "${value ?? ''}"`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/last-user-not-root.ts

/** hadolint's test: `root`, `0`, or `root:`/`0:` with any group. */
function isRootUser(user) {
    const u = user.trim();
    return u === 'root' || u === '0' || u.startsWith('root:') || u.startsWith('0:');
}
/* harmony default export */ const last_user_not_root = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'last-user-not-root',
        aliases: ['DL3002'],
        severity: 'warning',
        description: 'The last USER of a stage should not be root',
        // An `ONBUILD USER` runs in child images, not in this stage.
        onbuild: false,
    },
    create(ctx) {
        // As hadolint does: each stage whose last USER is root is reported, at that USER line.
        let lastRootUser = null;
        return {
            FROM() {
                lastRootUser = null;
            },
            USER(ins) {
                lastRootUser = isRootUser(ins.args) ? ins : null;
            },
            stageEnd() {
                if (lastRootUser)
                    ctx.report(lastRootUser, `Last USER should not be root ("USER ${lastRootUser.args}")`);
                lastRootUser = null;
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/no-fixed-platform.ts

/* harmony default export */ const no_fixed_platform = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'no-fixed-platform',
        aliases: ['DL3029'],
        severity: 'warning',
        description: 'Do not fix `FROM --platform`; only `$BUILDPLATFORM`/`$TARGETPLATFORM` keep the build portable',
    },
    create(ctx) {
        return {
            FROM(ins) {
                const platform = ins.flag('platform');
                if (platform === undefined)
                    return;
                const value = platform ?? '';
                if (value.includes('BUILDPLATFORM') || value.includes('TARGETPLATFORM'))
                    return;
                ctx.report(ins, `Do not use --platform flag with FROM (--platform=${value})`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/no-maintainer.ts

/* harmony default export */ const no_maintainer = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'no-maintainer',
        aliases: ['DL4000'],
        severity: 'error',
        description: 'MAINTAINER is deprecated: use `LABEL org.opencontainers.image.authors=…`',
        onbuild: false,
    },
    create(ctx) {
        return {
            MAINTAINER(ins) {
                ctx.report(ins, 'MAINTAINER is deprecated: use `LABEL org.opencontainers.image.authors="…"`');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/no-secrets-in-env-or-arg.ts


/** Name words that mean a secret on their own (`DB_PASSWORD`, `GITHUB_TOKEN`, `SECRET_KEY_BASE`). */
const SECRET_WORDS = new Set([
    'PASSWORD',
    'PASSWD',
    'PASSWORDS',
    'PASS',
    'PWD',
    'SECRET',
    'SECRETS',
    'TOKEN',
    'APIKEY',
    'CREDENTIAL',
    'CREDENTIALS',
]);
/** `KEY` is a secret only after these (`API_KEY`), never alone (`GPG_KEY` is a public fingerprint). */
const KEY_QUALIFIERS = new Set([
    'API',
    'ACCESS',
    'SECRET',
    'PRIVATE',
    'ENCRYPTION',
    'SIGNING',
    'MASTER',
    'AUTH',
    'CLIENT',
    'LICENSE',
    'APP',
]);
/**
 * Name words that make it a reference to a secret, not the secret: where it is (`_FILE`, `_PATH`,
 * `_URL`, `_ENDPOINT`), who (`_USER`, `_ID`), or its settings (`_LENGTH`, `_TTL`, …).
 */
const NOT_THE_SECRET = new Set([
    'FILE',
    'PATH',
    'DIR',
    'URL',
    'URI',
    'ENDPOINT',
    'HOST',
    'PORT',
    'NAME',
    'ID',
    'USER',
    'USERNAME',
    'LENGTH',
    'LEN',
    'TTL',
    'EXPIRY',
    'EXPIRES',
    'EXPIRATION',
    'LIFETIME',
    'TIMEOUT',
    'TYPE',
    'HEADER',
    'FIELD',
    'PARAM',
    'LOCATION',
    'ENABLED',
    'REQUIRED',
    'MIN',
    'MAX',
    'VERSION',
    'ALGORITHM',
    'ALG',
    'PUBLIC',
    'PUB',
    'PUBLISHABLE',
    'FINGERPRINT',
    'MODE',
    'PREFIX',
    'SCOPE',
    'SCOPES',
    'ISSUER',
    'HASH',
    'HASHER',
    'HASHERS',
    'POLICY',
    'PROVIDER',
    'BACKEND',
    'MANAGER',
    'STORE',
    'ARN',
    'REF',
    'METHOD',
    'STRATEGY',
    'FORMAT',
    'SIZE',
    'COUNT',
    'INTERVAL',
    'REGION',
    'AUDIENCE',
]);
/** `PWD` is the working directory and `PASS` a word in `PASS_THROUGH`; only as the last word. */
const ONLY_AS_LAST = new Set(['PWD', 'PASS']);
/** Whether a variable name looks like it holds a secret. */
function isSecretName(name) {
    const words = name
        .toUpperCase()
        .split(/[^A-Z0-9]+/)
        .filter((w) => w !== '');
    if (words.length === 0 || words.some((w) => NOT_THE_SECRET.has(w)))
        return false;
    if (words.length === 1 && words[0] === 'PWD')
        return false;
    return words.some((w, k) => {
        if (ONLY_AS_LAST.has(w))
            return k === words.length - 1 && words.length > 1;
        if (SECRET_WORDS.has(w))
            return true;
        return (w === 'KEY' || w === 'KEYS') && k > 0 && KEY_QUALIFIERS.has(words[k - 1]);
    });
}
/** Values that hold no secret: unset, empty, a reference, a flag, a number, a path, key fingerprints. */
function isHarmlessValue(value) {
    if (value === null)
        return true;
    const v = value.trim();
    if (v === '')
        return true;
    if (/^(\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*)+$/.test(v))
        return true;
    if (/^(true|false|yes|no|on|off|none|null|0|1|\d{1,6})$/i.test(v))
        return true;
    if (/^\/[^\s]*$/.test(v) || /^\.\.?\//.test(v))
        return true;
    // OpenPGP fingerprints / key ids as the official images list them.
    if (/^((0x)?[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40})([\s,]+((0x)?[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40}))*$/.test(v))
        return true;
    if (/^-----BEGIN (PGP )?PUBLIC KEY( BLOCK)?-----/.test(v) ||
        /^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-\S+) AAAA/.test(v))
        return true;
    return false;
}
/** What makes a value a secret whatever its name: a private key, a token format, a URL with a password. */
function secretValueKind(value) {
    if (value === null)
        return null;
    if (/-----BEGIN ([A-Z]+ )?PRIVATE KEY-----/.test(value))
        return 'private key';
    if (/\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:([^\s@/$][^\s@/]*)@/i.test(value))
        return 'URL with a password';
    const tokens = [
        [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/, 'GitHub token'],
        [/\bgithub_pat_[A-Za-z0-9_]{40,}\b/, 'GitHub token'],
        [/\bglpat-[A-Za-z0-9_-]{20,}\b/, 'GitLab token'],
        [/\b(AKIA|ASIA)[0-9A-Z]{16}\b/, 'AWS access key'],
        [/\bxox[abprs]-[A-Za-z0-9-]{10,}\b/, 'Slack token'],
        [/\bsk_live_[A-Za-z0-9]{20,}\b/, 'Stripe secret key'],
        [/\bAIza[0-9A-Za-z_-]{35}\b/, 'Google API key'],
        [/\bnpm_[A-Za-z0-9]{36}\b/, 'npm token'],
    ];
    return tokens.find(([re]) => re.test(value))?.[1] ?? null;
}
/* harmony default export */ const no_secrets_in_env_or_arg = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'no-secrets-in-env-or-arg',
        aliases: [],
        severity: 'warning',
        description: 'Keep secrets out of ENV and ARG (they stay in the image config and history); use `RUN --mount=type=secret` or runtime env',
    },
    create(ctx) {
        const allow = stringList(ctx.options.allow);
        const deny = stringList(ctx.options.deny);
        // strict: a secret-looking name is reported whatever its value, as BuildKit's SecretsUsedInArgOrEnv does.
        const strict = ctx.options.strict === true;
        const check = (ins) => {
            const found = [];
            for (const { key, value } of ins.pairs) {
                if (allow.some((p) => globMatch(p, key)))
                    continue;
                const kind = secretValueKind(value);
                if (kind) {
                    found.push(`${key} (${kind})`);
                    continue;
                }
                const named = deny.some((p) => globMatch(p, key)) || isSecretName(key);
                if (named && (strict || !isHarmlessValue(value)))
                    found.push(key);
            }
            // Never echo the value: the finding ends up in logs and PR comments.
            if (found.length > 0)
                ctx.report(ins, `Possible secret in ${ins.keyword} ${found.join(', ')}: it is stored in the image; pass it with RUN --mount=type=secret or at run time`);
        };
        return { ENV: check, ARG: check };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/no-sudo.ts

/* harmony default export */ const no_sudo = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'no-sudo',
        aliases: ['DL3004'],
        severity: 'error',
        description: 'Do not use sudo in RUN; switch USER or use gosu',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const used = ins.script()?.commands.some((c) => c.name === 'sudo' || c.wrappers.includes('sudo'));
                if (used) {
                    ctx.report(ins, 'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root');
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/no-user-in-final-stage.ts


/**
 * Base images documented to run as a non-root user already, so a Dockerfile on top of them may
 * leave USER out. Globs over the image reference (registry/name:tag).
 */
const NON_ROOT_BASES = [
    'gcr.io/distroless/*:nonroot',
    'gcr.io/distroless/*:*-nonroot',
    'gcr.io/distroless/*:nonroot-*',
    'cgr.dev/chainguard/*',
    // .NET's chiseled (Ubuntu) and distroless (Azure Linux) images set `USER app` (uid 1654).
    'mcr.microsoft.com/dotnet/*:*-chiseled*',
    'mcr.microsoft.com/dotnet/*:*-distroless*',
    // Jupyter's docker-stacks images run as jovyan (NB_UID 1000).
    'quay.io/jupyter/*',
    'jupyter/*',
];
const PRIVILEGE_DROPPERS = new Set(['gosu', 'su-exec']);
/**
 * The official-images pattern (postgres, redis, mysql): an ENTRYPOINT script starts as root, fixes
 * ownership, then re-executes itself as the service user with gosu/su-exec. The image has gosu
 * when a RUN mentions it (installs, downloads or chmods it, directly or through an ARG/ENV list)
 * or an ENV names its version.
 */
function dropsPrivilegesInEntrypoint(instructions) {
    if (!instructions.some((i) => i.keyword === 'ENTRYPOINT'))
        return false;
    return instructions.some((i) => {
        if (i.keyword === 'ENV')
            return i.pairs.some((p) => /^(GOSU|SU_EXEC)_VERSION$/.test(p.key));
        if (i.keyword === 'COPY')
            return copySources(i).some((src) => PRIVILEGE_DROPPERS.has(baseName(src)));
        if (i.keyword !== 'RUN')
            return false;
        // ARG/ENV defaults expanded: `apk add ${RUNTIME_PACKAGES}` with `ARG RUNTIME_PACKAGES="gosu …"`.
        return (i.script()?.commands ?? []).some((c) => expandedWords(i, c.argv).some((w) => PRIVILEGE_DROPPERS.has(baseName(packageName(w)))));
    });
}
/* harmony default export */ const no_user_in_final_stage = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'no-user-in-final-stage',
        aliases: [],
        severity: 'warning',
        description: 'Set a non-root USER in the final stage; without one the container runs as root',
        // An `ONBUILD USER` is for child images; this image still runs as root.
        onbuild: false,
    },
    create(ctx) {
        const nonRootBases = [...NON_ROOT_BASES, ...stringList(ctx.options.nonRootBases)];
        return {
            stageEnd(stage) {
                if (!stage.isFinal)
                    return;
                // A USER in a stage this one builds on (`FROM base`) carries over.
                const instructions = imageInstructions(stage);
                if (instructions.some((i) => i.keyword === 'USER'))
                    return;
                if (dropsPrivilegesInEntrypoint(instructions) || isWindowsImage(stage))
                    return;
                const root = rootImage(stage);
                // `FROM scratch` with no ENTRYPOINT or CMD runs nothing: it carries files (a binary for
                // `COPY --from=`), so there is no process whose user could be root.
                const { entrypoint, cmd } = imageProcess(stage);
                if (root?.stage.from.isScratch && !entrypoint && !cmd)
                    return;
                if (root && !root.ref.text.includes('$')) {
                    const ref = `${root.ref.registry ? `${root.ref.registry}/` : ''}${root.ref.name}:${root.ref.tag ?? 'latest'}`;
                    if (nonRootBases.some((p) => globMatch(p, ref)))
                        return;
                }
                ctx.report(stage.fromInstruction, `No USER in the final stage: the container runs as root (add "USER <uid>:<gid>" after creating the user)`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/npm-pin-versions.ts

/** npm options whose value is the next word; the value is not a package. */
const NPM_OPTIONS_WITH_VALUE = ['loglevel', 'registry'];
const GIT_PREFIXES = ['git://', 'git+ssh://', 'git+http://', 'git+https://'];
const PATH_PREFIXES = ['/', './', '../', '~/'];
const TARBALL_SUFFIXES = ['.tar', '.tar.gz', '.tgz'];
/**
 * A package spec with a version, tag, commit, or one that is a tarball or a folder (hadolint's
 * versionFixed). The scope of `@scope/name@1` is dropped as hadolint drops it: every character
 * sorting after `/` up to the first one that does not.
 */
function npmPackagePinned(pkg) {
    if (GIT_PREFIXES.some((p) => pkg.startsWith(p)))
        return pkg.includes('#');
    if (TARBALL_SUFFIXES.some((s) => pkg.endsWith(s)))
        return true;
    if (PATH_PREFIXES.some((p) => pkg.startsWith(p)))
        return true;
    let rest = pkg;
    if (rest.startsWith('@')) {
        let k = 0;
        while (k < rest.length && rest[k] > '/')
            k++;
        rest = rest.slice(k);
    }
    return rest.includes('@');
}
/** Packages of `npm install …`; null when the first positional word is not `install` (`npm run x install`). */
function installedPackages(cmd) {
    if (!cmd.is('npm', 'install'))
        return null;
    const words = cmd.argsNoFlags(NPM_OPTIONS_WITH_VALUE);
    if (words[0] !== 'install')
        return null;
    let k = 0;
    while (words[k] === 'install')
        k++;
    return words.slice(k);
}
/* harmony default export */ const npm_pin_versions = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'npm-pin-versions',
        aliases: ['DL3016'],
        severity: 'warning',
        description: 'Pin versions in `npm install` (`pkg@1.2.3`); a bare `npm install` reads package.json',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                const unpinned = script.commands
                    .flatMap((c) => installedPackages(c) ?? [])
                    .filter((p) => !npmPackagePinned(p));
                if (unpinned.length > 0) {
                    ctx.report(ins, `Pin versions in npm: ${unpinned.join(', ')}. Instead of \`npm install <package>\` use \`npm install <package>@<version>\``);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/onbuild-trigger-valid.ts

/** Instructions Docker refuses as an ONBUILD trigger. */
const NOT_TRIGGERS = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);
/* harmony default export */ const onbuild_trigger_valid = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'onbuild-trigger-valid',
        aliases: ['DL3043'],
        severity: 'error',
        description: '`ONBUILD` cannot trigger `ONBUILD`, `FROM` or `MAINTAINER`',
        // The wrapper is what is checked; its trigger must not be visited as an instruction of its own.
        onbuild: false,
    },
    create(ctx) {
        return {
            ONBUILD(ins) {
                const trigger = ins.trigger?.keyword;
                if (trigger && NOT_TRIGGERS.has(trigger))
                    ctx.report(ins, `\`${trigger}\` triggered from within \`ONBUILD\` instruction.`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/package-list-sorted.ts


/** Package words of an install command, as written (versions included); null when it is not one. */
function package_list_sorted_installedPackages(cmd) {
    const system = packageInstall(cmd);
    if (system)
        return system.packages;
    if (!isPipInstallCommand(cmd))
        return null;
    const words = cmd.argsNoFlags(PIP_VALUE_FLAGS);
    return words
        .slice(words.indexOf('install') + 1)
        .filter((w) => !/[/\\]|^\.|\.whl$|\.tar\.gz$|^git\+/.test(w));
}
/** The first adjacent pair out of alphabetical order (case-insensitive, versions ignored), or null. */
function firstUnsortedPair(packages) {
    const names = packages.map((p) => packageName(p).replace(/\[.*$/, '').toLowerCase());
    for (let k = 1; k < names.length; k++)
        if (names[k - 1] > names[k])
            return [packages[k - 1], packages[k]];
    return null;
}
/* harmony default export */ const package_list_sorted = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'package-list-sorted',
        aliases: [],
        severity: 'style',
        description: 'Sort the packages of a multi-package install alphabetically (one per line) so diffs and duplicates are easy to see',
        defaultOn: false,
    },
    create(ctx) {
        return {
            RUN(ins) {
                for (const cmd of ins.script()?.commands ?? []) {
                    const packages = package_list_sorted_installedPackages(cmd);
                    // A variable expands to an unknown list; nothing to sort.
                    if (!packages || packages.length < 2 || packages.some((p) => p.includes('$')))
                        continue;
                    const pair = firstUnsortedPair(packages);
                    if (pair)
                        ctx.report(cmd, `Packages not sorted: "${pair[1]}" should come before "${pair[0]}"`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/pip-install-into-venv.ts



const SYSTEM_BIN = new Set(['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin']);
/** The install goes into a tree of its own (venv, `--prefix`, `--target`, `--user`), not the system site-packages. */
function installsIntoOwnTree(cmd, ins) {
    if (cmd.hasFlag('prefix', 'target', 't', 'user', 'root'))
        return true;
    // `/opt/venv/bin/pip install …`, `env/bin/python -m pip install …`
    const dir = cmd.name.includes('/') ? cmd.name.slice(0, cmd.name.lastIndexOf('/')) : null;
    if (dir !== null && !SYSTEM_BIN.has(dir))
        return true;
    const v = (name) => cmd.env[name] ?? ins.vars.get(name);
    if (v('VIRTUAL_ENV'))
        return true;
    if (v('PIP_TARGET') || v('PIP_PREFIX') || TRUTHY.has(v('PIP_USER') ?? ''))
        return true;
    // `ENV PATH=/venv/bin:$PATH` puts a venv's pip first.
    const path = ins.expand(v('PATH') ?? '');
    const firstBin = path.split(':').find((p) => p !== '' && !p.startsWith('$'));
    if (firstBin && firstBin.endsWith('/bin') && !SYSTEM_BIN.has(firstBin))
        return true;
    // `. /venv/bin/activate && pip install …` in the same RUN.
    return (ins.script()?.commands ?? []).some((c) => (c.name === '.' || c.name === 'source') && (c.args[0] ?? '').endsWith('/bin/activate'));
}
/** A path where a global `pip install` puts packages and scripts. */
function isGlobalPythonPath(path) {
    const p = path.replace(/\/+$/, '');
    if (/\/\.local(\/|$)/.test(p))
        return false;
    return (/(site|dist)-packages/.test(p) ||
        /^\/usr(\/local)?\/lib\/python/.test(p) ||
        p === '/usr/local/bin' ||
        p === '/usr/local');
}
function copiedFrom(stage, copy) {
    const from = copy.flag('from');
    if (!from)
        return false;
    return (from === String(stage.index) || (stage.alias !== null && from.toLowerCase() === stage.alias.toLowerCase()));
}
/* harmony default export */ const pip_install_into_venv = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'pip-install-into-venv',
        aliases: [],
        severity: 'info',
        description: 'In a builder stage, `pip install` into a venv (or `--prefix`/`--user`) and copy that tree, not the system site-packages',
        onbuild: false,
    },
    create(ctx) {
        return {
            end() {
                const final = finalStage(ctx.model.stages);
                if (!final)
                    return;
                const finalChain = stageChain(final);
                const copies = finalChain.flatMap((s) => s.instructions.filter((i) => i.keyword === 'COPY'));
                for (const stage of ctx.model.stages) {
                    if (finalChain.includes(stage))
                        continue;
                    const copy = copies.find((c) => copiedFrom(stage, c) && copySources(c).some(isGlobalPythonPath));
                    if (!copy)
                        continue;
                    const globalInstall = stage.instructions.find((ins) => ins.keyword === 'RUN' &&
                        (ins.script()?.commands ?? []).some((c) => isPipInstallCommand(c) && !installsIntoOwnTree(c, ins)));
                    if (!globalInstall)
                        continue;
                    ctx.report(globalInstall, `Global pip install in stage "${stage.alias ?? stage.index}", whose system site-packages are copied at line ${copy.line}: install into a venv (python -m venv /venv) or --prefix and copy that one tree`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/pip-no-cache-dir.ts


/** pip's cache (`~/.cache/pip`, any user's home) or the whole `~/.cache` it sits in. */
function holdsPipCache(target) {
    return target.includes('.cache/pip') || /\/\.cache\/?$/.test(target);
}
/* harmony default export */ const pip_no_cache_dir = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'pip-no-cache-dir',
        aliases: ['DL3042'],
        severity: 'warning',
        description: 'Pass `--no-cache-dir` to `pip install` (or set `PIP_NO_CACHE_DIR`) so the layer carries no pip cache',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                // ENV/ARG of this stage (or the stage it builds on) already turn the cache off.
                const fromEnv = ins.vars.get('PIP_NO_CACHE_DIR');
                if (fromEnv != null && TRUTHY.has(fromEnv))
                    return;
                // A cache or tmpfs mount on pip's cache keeps it out of the layer, which is the point of
                // the rule (hadolint: a target containing `.cache/pip`); a mount elsewhere does not.
                if (cacheOrTmpfsMountTargets(ins.flags).some(holdsPipCache))
                    return;
                const inline = /PIP_NO_CACHE_DIR=["']?([^\s"';&|]*)/.exec(script.text);
                if (inline && [...TRUTHY].some((t) => inline[1].startsWith(t)))
                    return;
                const forgot = script.commands.some((cmd) => isPipInstall(cmd) && !cmd.args.includes('--no-cache-dir') && !isPipWrapper(cmd));
                if (forgot)
                    ctx.report(ins, 'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/pip-pin-versions.ts


/** pip options whose value is the next word (hadolint's list), so the value is not read as a package. */
const PIP_OPTIONS_WITH_VALUE = [
    'abi',
    'b',
    'build',
    'e',
    'editable',
    'extra-index-url',
    'f',
    'find-links',
    'i',
    'index-url',
    'implementation',
    'no-binary',
    'only-binary',
    'platform',
    'prefix',
    'progress-bar',
    'proxy',
    'python',
    'python-version',
    'root',
    'root-user-action',
    'src',
    't',
    'target',
    'trusted-host',
    'upgrade-strategy',
];
/** VCS schemes pip understands (https://pip.pypa.io/en/stable/topics/vcs-support/). */
const VCS_SCHEMES = [
    'git+file',
    'git+https',
    'git+ssh',
    'git+http',
    'git+git',
    'git',
    'hg+file',
    'hg+http',
    'hg+https',
    'hg+ssh',
    'hg+static-http',
    'svn',
    'svn+svn',
    'svn+http',
    'svn+https',
    'svn+ssh',
    'bzr+http',
    'bzr+https',
    'bzr+ssh',
    'bzr+sftp',
    'bzr+ftp',
    'bzr+lp',
];
const VERSION_SYMBOLS = ['==', '>=', '<=', '>', '<', '!=', '~=', '==='];
function isVcs(pkg) {
    return VCS_SCHEMES.some((s) => pkg.startsWith(s));
}
/** A requirement that names a version, a VCS ref, a local archive or a path/URL (hadolint's versionFixed). */
function pipRequirementPinned(pkg) {
    return (VERSION_SYMBOLS.some((s) => pkg.includes(s)) ||
        (isVcs(pkg) && pkg.includes('@')) ||
        pkg.endsWith('.whl') ||
        pkg.endsWith('.tar.gz') ||
        (!isVcs(pkg) && pkg.includes('/')));
}
/**
 * The requirements named on the command line: positional words after `install`, with ARG/ENV
 * defaults expanded (`ARG PKGS="flask requests"` names two; `${PIP_INDEX_OPTION}` holding
 * `--index-url …` is an option). A word whose variable has no known value is not a package name.
 */
function requirements(cmd, ins) {
    const words = cmd.args.flatMap((a) => {
        const expanded = a.includes('$') ? ins.expand(a) : a;
        // Split only what a variable expanded to; `$(which python)` stays one word.
        return expanded === a ? [a] : splitWords(expanded);
    });
    const positional = [];
    for (let k = 0; k < words.length; k++) {
        const w = words[k];
        if (w.startsWith('-') && w !== '-' && w !== '--') {
            const name = w.startsWith('--') ? w.slice(2) : w.slice(-1);
            if (!w.includes('=') && PIP_OPTIONS_WITH_VALUE.includes(name))
                k++;
            continue;
        }
        positional.push(w);
    }
    const at = positional.indexOf('install');
    if (at < 0)
        return [];
    let k = at;
    while (positional[k] === 'install')
        k++;
    return positional.slice(k).filter((w) => !w.includes('$'));
}
function splitWords(text) {
    return text.split(/\s+/).filter((w) => w !== '');
}
function forgotToPin(cmd, ins) {
    // pipx installs a tool at whatever version is newest, so it is pinned like pip (as hadolint
    // does); pipenv installs from its Pipfile.lock and is left alone.
    if (!isPipInstall(cmd) && !isPipxInstall(cmd))
        return false;
    // A constraints file pins what is installed; a requirements file or the local project is
    // pinned (or not) elsewhere, so hadolint leaves them alone.
    if (cmd.hasFlag('c', 'constraint'))
        return false;
    if (cmd.hasArg('-r', '--requirement', '.'))
        return false;
    return !requirements(cmd, ins).every(pipRequirementPinned);
}
/* harmony default export */ const pip_pin_versions = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'pip-pin-versions',
        aliases: ['DL3013'],
        severity: 'warning',
        description: 'Pin versions in `pip install` (`pkg==1.2.3`, or install from a requirements file)',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                const cmd = script.commands.find((c) => forgotToPin(c, ins));
                if (!cmd)
                    return;
                const unpinned = requirements(cmd, ins).filter((p) => !pipRequirementPinned(p));
                ctx.report(ins, `Pin versions in pip: ${unpinned.join(', ')}. Instead of \`pip install <package>\` use \`pip install <package>==<version>\` or \`pip install --requirement <requirements file>\``);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/pipefail-before-pipe.ts


const NON_POSIX = ['pwsh', 'powershell', 'cmd'];
/* harmony default export */ const pipefail_before_pipe = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'pipefail-before-pipe',
        aliases: ['DL4006'],
        severity: 'warning',
        description: 'Set `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before a RUN with a pipe, so a failing left side fails the build',
        // The trigger runs under the SHELL of a child image, unknown here (hadolint skips it too).
        onbuild: false,
    },
    create(ctx) {
        let pipefail = false;
        return {
            FROM() {
                pipefail = false;
            },
            SHELL(ins) {
                const text = (ins.json ?? [ins.args]).join(' ');
                if (NON_POSIX.some((p) => text.startsWith(p))) {
                    pipefail = true;
                    return;
                }
                // hadolint reads the SHELL words as one command line. Not parseShellScript: it would unwrap
                // `bash -c …` and lose a `-o pipefail` written after `-c` (`["/bin/bash", "-c", "-o", "pipefail"]`),
                // which bash still applies.
                const words = text
                    .split(/\s+/)
                    .filter((w) => w !== '')
                    .map((w) => w.replace(/^(["'])(.*)\1$/, '$2'));
                const shell = (0,lint_shell/* makeCommand */.c)(words, {}, [], ins.line, false);
                pipefail =
                    ['bash', 'zsh', 'ash'].includes(shell.name.split('/').pop() ?? '') &&
                        shell.hasFlag('o') &&
                        shell.args.includes('pipefail');
            },
            RUN(ins) {
                if (pipefail || !ins.script()?.hasPipes)
                    return;
                ctx.report(ins, 'Set the SHELL option -o pipefail before RUN with a pipe in it (for /bin/sh on Alpine or busybox, use SHELL ["/bin/ash", "-eo", "pipefail", "-c"])');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/poetry-install-without-dev.ts


/** The option value after `--name value` or in `--name=value`, or null. */
function optionValue(cmd, name) {
    const k = cmd.args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
    if (k < 0)
        return null;
    const a = cmd.args[k];
    return a.includes('=') ? a.slice(a.indexOf('=') + 1) : (cmd.args[k + 1] ?? '');
}
/** `poetry install` or `poetry sync`. */
function isPoetryInstall(cmd) {
    const sub = subcommand(cmd);
    return baseName(cmd.name) === 'poetry' && (sub === 'install' || sub === 'sync');
}
/** `poetry install|sync` that leaves out the dev group (`--only main`, `--without dev`, `--no-dev`, `--only-root`). */
function installsDevDependencies(cmd) {
    if (!isPoetryInstall(cmd))
        return false;
    if (cmd.hasFlag('no-dev', 'only-root'))
        return false;
    const only = optionValue(cmd, 'only');
    if (only !== null)
        return only.split(',').some((g) => g.trim() === 'dev');
    const without = optionValue(cmd, 'without');
    // `--without test,docs`: the author chose the groups; poetry's default dev group is `dev`.
    if (without !== null)
        return false;
    return true;
}
/* harmony default export */ const poetry_install_without_dev = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'poetry-install-without-dev',
        aliases: [],
        severity: 'warning',
        description: 'Install only production dependencies in the final stage: `poetry install --only main` (or `--without dev`)',
    },
    create(ctx) {
        return {
            RUN(ins) {
                if (!ins.stage?.isFinal)
                    return;
                const commands = ins.script()?.commands ?? [];
                const cmd = commands.find(installsDevDependencies);
                if (!cmd)
                    return;
                // `if [ "$INSTALL_DEV" = true ]; then poetry install; else poetry install --only main; fi`:
                // a RUN that also installs without the dev group makes the dev install a build-time choice.
                // (`--only-root` installs only the project, so it is no such alternative.)
                const choosesGroups = commands.some((c) => c !== cmd && isPoetryInstall(c) && !installsDevDependencies(c) && !c.hasFlag('only-root'));
                if (choosesGroups)
                    return;
                ctx.report(ins, `"poetry ${cmd.args.join(' ')}" installs the dev dependencies into the final image; add --only main (or --without dev)`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/prefer-slim-base-image.ts


const CODENAMES = /^(.*?)-?(stretch|buster|bullseye|bookworm|trixie|forky)$/;
const CODENAME = '(stretch|buster|bullseye|bookworm|trixie|forky)';
const VERSION = String.raw `\d+(\.\d+)*((a|b|rc)\d+)?`;
const NODE_LINES = 'lts|current|argon|boron|carbon|dubnium|erbium|fermium|gallium|hydrogen|iron|jod|krypton';
/**
 * Full-size tags whose slim sibling is known to be published, per image: a version and/or a Debian
 * codename, nothing else. Any other word in the tag (`3-onbuild`, `3.12-windowsservercore`,
 * `1-bookworm-nightly`) is a variant family of its own, and inventing `-slim` on it names a tag
 * that does not exist, so nothing is suggested.
 */
const FULL_TAG = {
    python: new RegExp(`^(${VERSION})?(-?${CODENAME})?$`),
    pypy: new RegExp(`^(${VERSION})?(-?${CODENAME})?$`),
    ruby: new RegExp(`^(${VERSION})?(-?${CODENAME})?$`),
    rust: new RegExp(`^(${VERSION})?(-?${CODENAME})?$`),
    node: new RegExp(`^(${VERSION}|${NODE_LINES})(-${CODENAME})?$`),
    debian: new RegExp(`^(${VERSION}|stable|oldstable|testing|unstable|sid|${CODENAME})(-\\d{8})?$`),
};
/**
 * Official images with a published `-slim` variant, and how each spells the slim tag for a given
 * full tag. Only images whose slim tags really exist for every full tag are listed: `ubuntu` and
 * `golang` have none, `openjdk` stopped publishing them.
 */
const SLIM_TAG = {
    python: slimBeforeCodename,
    pypy: slimBeforeCodename,
    ruby: slimBeforeCodename,
    rust: slimBeforeCodename,
    node: (tag) => (tag === null || tag === 'latest' ? 'slim' : `${tag}-slim`),
    debian: (tag) => (tag === null || tag === 'latest' ? 'stable-slim' : `${tag}-slim`),
};
/** `3.12` → `3.12-slim`, `3.12-bookworm` → `3.12-slim-bookworm`, `bookworm` → `slim-bookworm`. */
function slimBeforeCodename(tag) {
    if (tag === null || tag === 'latest')
        return 'slim';
    const m = CODENAMES.exec(tag);
    if (m)
        return m[1] ? `${m[1]}-slim-${m[2]}` : `slim-${m[2]}`;
    return `${tag}-slim`;
}
const DOCKER_HUB = new Set([null, 'docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** Tags that are already small, or not Linux images at all. */
const NOT_FULL = /slim|alpine|windowsservercore|nanoserver|busybox|distroless|backports|experimental|rc-buggy/;
/** The slim tag to suggest for an official full-size image, or null. */
function slimSuggestion(ref) {
    if (!DOCKER_HUB.has(ref.registry))
        return null;
    const name = ref.name.replace(/^library\//, '');
    const slim = SLIM_TAG[name];
    if (!slim || ref.text.includes('$'))
        return null;
    if (ref.tag !== null && NOT_FULL.test(ref.tag))
        return null;
    if (ref.tag !== null && ref.tag !== 'latest' && !FULL_TAG[name].test(ref.tag))
        return null;
    return `${name}:${slim(ref.tag)}`;
}
/* harmony default export */ const prefer_slim_base_image = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'prefer-slim-base-image',
        aliases: [],
        severity: 'warning',
        description: 'Build the final image on the `-slim` variant of an official base image that has one',
        onbuild: false,
    },
    create(ctx) {
        return {
            stageEnd(stage) {
                if (!stage.isFinal)
                    return;
                // No ENTRYPOINT or CMD of its own: a dev container, toolchain or base image, which wants
                // the full image's compilers and tools; the advice is for images that run an app.
                const own = imageProcess(stage);
                if (!own.entrypoint && !own.cmd)
                    return;
                // The image the final stage is made of, also through `FROM builder` and `FROM ${BASE}`.
                const root = rootImage(stage);
                if (!root)
                    return;
                const suggestion = slimSuggestion(root.ref);
                if (!suggestion)
                    return;
                ctx.report(root.stage.fromInstruction, `"${root.ref.text}" is the full-size image; the final image could use "${suggestion}" (a fraction of the size)`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/python-unbuffered.ts


/** `python`, `python:3.12-slim`, `cgr.dev/chainguard/python`, `gcr.io/distroless/python3`. */
function isPythonImage(ref) {
    return ref.name.toLowerCase().includes('python');
}
const PYTHON_PACKAGE = /^python(\d+(\.\d+)*)?(-pip|-venv|-minimal|-dev)?$/;
/** Words that make a process a Python one: the interpreter, its usual servers and workers, a script. */
function runsPython(argv) {
    return argv.some((w) => /^(python[\d.]*|gunicorn|uvicorn|hypercorn|daphne|flask|celery|django-admin(\.py)?|[\w.-]+\.py)$/.test(baseName(w)));
}
/**
 * A pip install of the image's own code or dependencies: a requirements file, an editable or a
 * local path (`.`, `./pkg`, `/src/app`, a wheel). `pip install awscli` or `pip install --upgrade pip`
 * installs a tool, which does not make an image whose process is not Python a Python app.
 */
function installsAppDependencies(cmd) {
    if (!isPipInstallCommand(cmd))
        return false;
    if (cmd.hasFlag('r', 'requirement', 'e', 'editable'))
        return true;
    return cmd
        .argsNoFlags(PIP_VALUE_FLAGS)
        .some((a) => a === '.' || /^\.{0,2}\//.test(a) || /\.(whl|tar\.gz|zip)$/.test(a));
}
/* harmony default export */ const python_unbuffered = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'python-unbuffered',
        aliases: [],
        severity: 'info',
        description: 'Set `ENV PYTHONUNBUFFERED=1` in Python images so logs are not lost when the process dies',
        onbuild: false,
    },
    create(ctx) {
        return {
            end() {
                const stage = finalStage(ctx.model.stages);
                if (!stage)
                    return;
                const root = rootImage(stage);
                const instructions = imageInstructions(stage);
                // An interpreter installed only for a build step and purged again does not make it a Python image.
                const installsPython = packagesLeftInstalled(stage, (p) => PYTHON_PACKAGE.test(p)).size > 0;
                const pythonBase = root !== null && isPythonImage(root.ref);
                if (!pythonBase && !installsPython)
                    return;
                if (!pythonBase) {
                    // Node and Ruby images keep python3 for node-gyp or a build script: only an image that
                    // installs Python packages or runs Python is a Python app.
                    const process = imageProcess(stage);
                    // Through the shell model, so `CMD /app/main.py --serve` (sh -c …) shows its own words.
                    const argv = argvCommands(effectiveArgv(process), stage.fromInstruction.line).flatMap((c) => c.argv);
                    const pipInstalls = instructions.some((ins) => ins.keyword === 'RUN' && (ins.script()?.commands ?? []).some((c) => installsAppDependencies(c)));
                    if (argv.length > 0 && !runsPython(argv) && !pipInstalls)
                        return;
                }
                // Python reads any non-empty value as on.
                const set = instructions.some((ins) => ins.keyword === 'ENV' &&
                    ins.pairs.some((p) => p.key === 'PYTHONUNBUFFERED' && (p.value ?? '').trim() !== ''));
                if (set)
                    return;
                const { entrypoint, cmd } = imageProcess(stage);
                const argv = [entrypoint, cmd].flatMap((i) => (i ? processWords(i) : []));
                const unbufferedFlag = argv.some((w, k) => k > 0 && /^python/.test(baseName(argv[k - 1] ?? '')) && /^-[a-zA-Z]*u[a-zA-Z]*$/.test(w));
                if (unbufferedFlag)
                    return;
                ctx.report(stage.fromInstruction, 'Python image without ENV PYTHONUNBUFFERED=1: buffered stdout/stderr is lost when the process crashes');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/run-consecutive.ts

// Spellings hadolint's parser reads as the same mount option.
const MOUNT_OPTION_ALIASES = {
    dest: 'target',
    destination: 'target',
    src: 'source',
    readonly: 'ro',
    readwrite: 'rw',
};
/** A `--mount` value as hadolint compares it: parsed options, so their order and spelling do not count. */
function mountKey(value) {
    return value
        .split(',')
        .map((option) => {
        const [key = '', ...rest] = option.split('=');
        const name = MOUNT_OPTION_ALIASES[key] ?? key;
        return rest.length > 0 ? `${name}=${rest.join('=').replace(/^"(.*)"$/, '$1')}` : name;
    })
        .sort()
        .join(',');
}
/** hadolint compares RUN flags (`--mount`, `--network`, `--security`) as a whole, order aside. */
function flagsKey(ins) {
    return ins.flags
        .map((f) => `${f.name}=${f.name === 'mount' ? mountKey(f.value ?? '') : (f.value ?? '')}`)
        .sort()
        .join('\n');
}
/** Shell commands of the RUN; an exec-form or non-POSIX RUN counts as one. */
function commandCount(ins) {
    return ins.script()?.commands.length ?? 1;
}
/* harmony default export */ const run_consecutive = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'run-consecutive',
        aliases: ['DL3059'],
        severity: 'info',
        description: 'Consecutive single-command `RUN` instructions: consider one RUN with `&&`',
        // hadolint does not chain `ONBUILD RUN`s; an ONBUILD breaks a run of RUNs like any other instruction.
        onbuild: false,
    },
    create(ctx) {
        // The previous RUN when nothing but comments came after it. A RUN that chains several commands
        // is deliberate (hadolint's exception), so it neither gets reported nor makes the next one be.
        let previous = null;
        return {
            instruction(ins) {
                if (ins.keyword !== 'RUN') {
                    previous = null;
                    return;
                }
                const current = { flags: flagsKey(ins), commands: commandCount(ins) };
                if (previous && previous.flags === current.flags && previous.commands <= 1 && current.commands <= 1) {
                    ctx.report(ins, 'Multiple consecutive `RUN` instructions. Consider consolidation.');
                    return;
                }
                previous = current;
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/run-no-pointless-commands.ts

// Interactive or system-management tools that do nothing useful while an image builds.
const POINTLESS = new Set(['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim']);
/* harmony default export */ const run_no_pointless_commands = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'run-no-pointless-commands',
        aliases: ['DL3001'],
        severity: 'info',
        description: 'Do not RUN commands that make no sense in an image build (`ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`)',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const hit = ins.script()?.commands.find((c) => POINTLESS.has(c.name));
                if (hit)
                    ctx.report(ins, `\`${hit.name}\` makes no sense in a RUN: the build has no terminal, services or running system`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/_stage/index.ts
/** A `create` that reports every `keyword` after the first in a stage. */
function oncePerStage(keyword, message) {
    return (ctx) => {
        let seen = false;
        return {
            FROM() {
                seen = false;
            },
            [keyword](ins) {
                if (seen)
                    ctx.report(ins, message);
                seen = true;
            },
        };
    };
}

;// CONCATENATED MODULE: ./src/lint/rules/single-cmd.ts


/* harmony default export */ const single_cmd = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'single-cmd',
        aliases: ['DL4003'],
        severity: 'warning',
        description: 'Use at most one CMD per stage (only the last one takes effect)',
        onbuild: false,
    },
    create: oncePerStage('CMD', 'Multiple `CMD` instructions found: only the last `CMD` takes effect'),
}));

;// CONCATENATED MODULE: ./src/lint/rules/single-entrypoint.ts


/* harmony default export */ const single_entrypoint = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'single-entrypoint',
        aliases: ['DL4004'],
        severity: 'error',
        description: 'Use at most one ENTRYPOINT per stage (only the last one takes effect)',
        onbuild: false,
    },
    create: oncePerStage('ENTRYPOINT', 'Multiple `ENTRYPOINT` instructions found: only the last `ENTRYPOINT` takes effect'),
}));

;// CONCATENATED MODULE: ./src/lint/rules/single-healthcheck.ts


/* harmony default export */ const single_healthcheck = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'single-healthcheck',
        aliases: ['DL3012'],
        severity: 'error',
        description: 'Use at most one HEALTHCHECK per stage (only the last one counts)',
        onbuild: false,
    },
    create: oncePerStage('HEALTHCHECK', 'Multiple `HEALTHCHECK` instructions: only the last one takes effect'),
}));

;// CONCATENATED MODULE: ./src/lint/rules/stage-name-not-reserved.ts

/** Names BuildKit gives a meaning of its own: `FROM scratch`, and the `context` of `--from`/named contexts. */
const RESERVED = new Set(['scratch', 'context']);
/* harmony default export */ const stage_name_not_reserved = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'stage-name-not-reserved',
        aliases: ['DL3063'],
        severity: 'warning',
        description: 'A stage name (`AS …`) should not be a reserved word (`scratch`, `context`)',
        onbuild: false,
    },
    create(ctx) {
        return {
            FROM(ins) {
                const alias = ins.stage?.alias;
                if (alias && RESERVED.has(alias))
                    ctx.report(ins, `Stage name "${alias}" is a reserved word; choose another name`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/stage-names-unique.ts

/* harmony default export */ const stage_names_unique = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'stage-names-unique',
        aliases: ['DL3024'],
        severity: 'error',
        description: '`FROM` aliases (stage names) must be unique',
    },
    create(ctx) {
        const seen = new Set();
        return {
            FROM(ins) {
                const alias = ins.stage?.alias;
                if (!alias)
                    return;
                if (seen.has(alias))
                    ctx.report(ins, `FROM aliases (stage names) must be unique: "${alias}" is used twice`);
                seen.add(alias);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/trusted-registry.ts


/** `*` matches any registry, `*.example.com` a suffix, `registry.*` a prefix, anything else itself. */
function registryMatches(allowed, registry) {
    if (allowed === '*')
        return true;
    if (allowed.startsWith('*'))
        return registry.endsWith(allowed.slice(1));
    if (allowed.endsWith('*'))
        return registry.startsWith(allowed.slice(0, -1));
    return registry === allowed;
}
/* harmony default export */ const trusted_registry = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'trusted-registry',
        aliases: ['DL3026'],
        severity: 'error',
        description: 'Use only images from the trusted registries (`trustedRegistries` in the config)',
        onbuild: false,
    },
    create(ctx) {
        const trusted = ctx.settings.trustedRegistries;
        // Stage aliases seen so far: `FROM builder` or `COPY --from=builder` names a stage, not an image.
        const aliases = new Set();
        const isTrusted = (registry) => trusted.some((t) => registryMatches(t, registry));
        const allowed = (image) => {
            if (aliases.has(image.name))
                return true;
            if (image.registry !== null)
                return isTrusted(image.registry);
            // Docker Hub is the registry of an image written without one.
            return image.name === 'scratch' || isTrusted('docker.io') || isTrusted('hub.docker.com');
        };
        // Deviation from hadolint: a numeric `--from=0` is a stage index, never an image.
        const allowedFrom = (from) => /^\d+$/.test(from) || allowed((0,model/* parseImageRef */.Q)(from));
        return {
            FROM(ins) {
                const stage = ins.stage;
                if (!stage)
                    return;
                if (trusted.length > 0 && !allowed(stage.from)) {
                    ctx.report(ins, `Use only an allowed registry in the FROM image ("${stage.from.text}")`);
                }
                if (stage.alias)
                    aliases.add(stage.alias);
            },
            COPY(ins) {
                const from = ins.flag('from');
                if (trusted.length === 0 || !from || allowedFrom(from))
                    return;
                ctx.report(ins, `Use only an allowed registry in the FROM image ("COPY --from=${from}")`);
            },
            RUN(ins) {
                if (trusted.length === 0)
                    return;
                const untrusted = ins.flags
                    .filter((f) => f.name === 'mount' && f.value)
                    .map((f) => new Map(f.value.split(',').map((kv) => [kv.split('=')[0], kv.split('=').slice(1).join('=')])))
                    .filter((m) => (m.get('type') ?? 'bind') === 'bind' || m.get('type') === 'cache')
                    .map((m) => m.get('from'))
                    .filter((from) => !!from && !allowedFrom(from));
                if (untrusted.length > 0) {
                    ctx.report(ins, `Use only an allowed registry in the FROM image ("--mount from=${untrusted[0]}")`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/use-shell-to-change-shell.ts

/* harmony default export */ const use_shell_to_change_shell = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'use-shell-to-change-shell',
        aliases: ['DL4005'],
        severity: 'warning',
        description: 'Use SHELL to change the default shell, not `ln -s … /bin/sh`',
    },
    create(ctx) {
        return {
            RUN(ins) {
                if (ins.script()?.commands.some((c) => c.is('ln', '/bin/sh'))) {
                    ctx.report(ins, 'Use SHELL to change the default shell instead of linking /bin/sh');
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/use-workdir-not-cd.ts

/* harmony default export */ const use_workdir_not_cd = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'use-workdir-not-cd',
        aliases: ['DL3003'],
        severity: 'warning',
        description: 'Use WORKDIR to switch to a directory, not `cd` in RUN',
    },
    create(ctx) {
        return {
            RUN(ins) {
                if (ins.script()?.commands.some((c) => c.name === 'cd'))
                    ctx.report(ins, 'Use WORKDIR to switch to a directory');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/user-numeric-id.ts


/* harmony default export */ const user_numeric_id = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'user-numeric-id',
        aliases: ['DL3066'],
        severity: 'info',
        description: 'Give USER a numeric user id: a name may not be resolvable by the host or the orchestrator (runAsNonRoot)',
        onbuild: false,
    },
    create(ctx) {
        // ARG and ENV names declared so far anywhere in the file: a user given by one of them is
        // chosen at build time and cannot be judged (hadolint counts ARGs only).
        const declared = new Set();
        const declare = (ins) => ins.pairs.forEach((p) => declared.add(p.key));
        return {
            ARG: declare,
            ENV: declare,
            USER(ins) {
                const user = ins.args.trim().split(':')[0];
                if (/^\d+$/.test(user))
                    return;
                const variables = [...user.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
                if (variables.some((v) => declared.has(v)))
                    return;
                // A user that is only a variable (`USER $APP_UID`, `USER ${NB_UID}`) comes from the base
                // image's ENV, which cannot be seen: not judged. `root` is uid 0 on every system. Windows
                // users (`ContainerUser`) have no numeric id at all.
                if (/^\$(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)$/.test(user))
                    return;
                if (user === 'root')
                    return;
                if (ins.stage && isWindowsImage(ins.stage))
                    return;
                ctx.report(ins, `Non-numeric user-id may not be resolvable by host system: USER "${user}" (use its uid, e.g. "USER 10001:10001")`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/useradd-high-uid-log-init.ts

/**
 * The word as hadolint measures it: ShellCheck's "oversimplified" form, where every expansion
 * (`$X`, `${X}`, `$(…)`, backticks) reads as `${VAR}`.
 */
function oversimplified(word) {
    return word.replace(/\$\(\([^]*?\)\)|\$\([^)]*\)|\$\{[^}]*\}|`[^`]*`|\$[A-Za-z_][A-Za-z0-9_]*|\$[0-9@*#?$!-]/g, '${VAR}');
}
/** Values given to `-u` (the word after it), as hadolint's getFlagArg reads them. */
function uidValues(cmd) {
    return cmd.flags.filter((f) => f.name === 'u').flatMap((f) => cmd.args[f.argIndex + 1] ?? []);
}
/* harmony default export */ const useradd_high_uid_log_init = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'useradd-high-uid-log-init',
        aliases: ['DL3046'],
        severity: 'warning',
        description: 'Pass `-l` (`--no-log-init`) to `useradd` with a high UID, or the lastlog file bloats the image',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                const bloats = script.commands.some((c) => c.name === 'useradd' &&
                    !c.hasFlag('l', 'no-log-init') &&
                    c.hasFlag('u', 'uid') &&
                    uidValues(c).some((uid) => oversimplified(uid).length > 5));
                if (bloats)
                    ctx.report(ins, '`useradd` without flag `-l` and high UID will result in excessively large Image.');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/wget-progress.ts



/**
 * The `wget` of this RUN is busybox's: an Alpine image (by its name, or because the image runs
 * `apk`, as one built `FROM docker:cli` does) where nothing before the call installed GNU wget
 * with `apk add wget`. busybox wget rejects `--progress`.
 */
function busyboxWget(ins, cmd) {
    const stage = ins.stage;
    if (!stage || ins.onbuild)
        return false;
    const own = ins.script()?.commands ?? [];
    const before = [
        ...imageInstructions(stage)
            .filter((i) => i.keyword === 'RUN' && i.index < ins.index)
            .flatMap((i) => i.script()?.commands ?? []),
        ...own.slice(0, own.indexOf(cmd)),
    ];
    const root = rootImage(stage);
    const alpine = (root !== null && isAlpineImage(root.ref)) || [...before, ...own].some((c) => c.is('apk'));
    if (!alpine)
        return false;
    return !before.some((c) => {
        const install = packageInstall(c);
        return install?.manager === 'apk' && install.packages.some((p) => p.split(/[=<>~]/)[0] === 'wget');
    });
}
/** Options that already keep wget's log short: a progress style, quiet, non-verbose, a log file. */
function quietEnough(cmd) {
    return (cmd.hasFlag('progress', 'q', 'quiet', 'o', 'output-file', 'a', 'append-output', 'no-verbose') ||
        cmd.hasArg('-nv'));
}
/* harmony default export */ const wget_progress = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'wget-progress',
        aliases: ['DL3047'],
        severity: 'info',
        description: 'Pass `--progress=dot:giga` (or `-q`/`-nv`) to `wget`, or its progress bar bloats the build log',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                const loud = script.commands.find((c) => c.is('wget') && !quietEnough(c));
                if (!loud)
                    return;
                ctx.report(ins, busyboxWget(ins, loud)
                    ? "Avoid use of wget without progress bar. This is busybox's wget (an Alpine image), which has no `--progress` option: use `wget -q <url>`."
                    : 'Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/workdir-absolute.ts

/* harmony default export */ const workdir_absolute = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'workdir-absolute',
        aliases: ['DL3000'],
        severity: 'error',
        description: 'Use an absolute WORKDIR',
        // hadolint does not look inside ONBUILD for this one.
        onbuild: false,
    },
    create(ctx) {
        return {
            WORKDIR(ins) {
                const path = ins.args.replace(/^["']|["']$/g, '');
                // A variable may hold an absolute path; hadolint gives it the benefit of the doubt.
                if (path.startsWith('$') || path.startsWith('/') || /^[A-Za-z]:/.test(path))
                    return;
                ctx.report(ins, `Use an absolute WORKDIR: "${ins.args}" depends on the WORKDIR before it`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/yarn-cache-clean.ts

const isYarnInstall = (c) => c.is('yarn', 'install');
// hadolint's cmdHasArgs "yarn" ["cache", "clean"]: either word is enough.
const isYarnCacheClean = (c) => c.is('yarn', 'cache', 'clean');
/** A `--mount=type=cache|tmpfs` whose target contains `.cache/yarn`: the cache never lands in the layer. */
function hasYarnCacheMount(flags) {
    return flags.some((f) => {
        if (f.name !== 'mount' || !f.value)
            return false;
        const opts = new Map(f.value.split(',').map((kv) => {
            const [k, ...v] = kv.split('=');
            return [k.trim(), v.join('=')];
        }));
        const type = opts.get('type');
        if (type !== 'cache' && type !== 'tmpfs')
            return false;
        const target = opts.get('target') ?? opts.get('dst') ?? opts.get('destination') ?? '';
        return target.includes('.cache/yarn');
    });
}
/** The RUN installs with yarn and no `yarn cache clean` follows the last install. */
function leavesYarnCache(ins) {
    const commands = ins.script()?.commands ?? [];
    let lastInstall = -1;
    let lastClean = -1;
    commands.forEach((c, k) => {
        if (isYarnInstall(c))
            lastInstall = k;
        if (isYarnCacheClean(c))
            lastClean = k;
    });
    return lastInstall >= 0 && lastClean < lastInstall && !hasYarnCacheMount(ins.flags);
}
/** The parts of a FROM hadolint compares to tell stages apart. */
function fromKey(s) {
    const f = s.from;
    return JSON.stringify([f.registry, f.name, f.tag, f.digest, s.alias, f.platform]);
}
/* harmony default export */ const yarn_cache_clean = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'yarn-cache-clean',
        aliases: ['DL3060'],
        severity: 'info',
        description: 'Run `yarn cache clean` after `yarn install` (or use a cache mount) in the image you ship',
    },
    create(ctx) {
        // As for apt lists (DL3009), hadolint only minds stages that end up in the image: the last
        // stage and stages another one is built `FROM`. Triggers of ONBUILD are always reported:
        // they run in whatever image builds on this one.
        const failing = [];
        return {
            RUN(ins) {
                if (!leavesYarnCache(ins))
                    return;
                if (ins.onbuild)
                    ctx.report(ins, '`yarn cache clean` missing after `yarn install` was run.');
                else
                    failing.push({ ins, stage: ins.stage });
            },
            end() {
                const stages = ctx.model.stages;
                const last = stages[stages.length - 1];
                const builtOn = new Set(stages.map((s) => s.from.name));
                for (const { ins, stage } of failing) {
                    const shipped = stage
                        ? (last !== undefined && fromKey(stage) === fromKey(last)) ||
                            (stage.alias !== null && builtOn.has(stage.alias))
                        : last === undefined ||
                            (last.from.isScratch && last.alias === null && last.from.platform === null);
                    if (shipped)
                        ctx.report(ins, '`yarn cache clean` missing after `yarn install` was run.');
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/yum-assume-yes.ts


/* harmony default export */ const yum_assume_yes = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'yum-assume-yes',
        aliases: ['DL3030'],
        severity: 'warning',
        description: 'Pass `-y` to `yum install` so the build never waits for an answer',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                const forgot = script.commands.some((c) => isCommandWith(c, ['yum'], ['install', 'groupinstall', 'localinstall']) &&
                    !c.hasFlag('y', 'assumeyes'));
                if (forgot)
                    ctx.report(ins, 'Use the -y switch to avoid manual input `yum install -y <package>`');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/yum-cache-cleaned.ts




/** yum's cache, and dnf's, where `yum` on RHEL 8 and later (dnf underneath) keeps it. */
const yum_cache_cleaned_CACHE_DIRS = ['/var/cache/yum', '/var/cache/dnf'];
/* harmony default export */ const yum_cache_cleaned = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'yum-cache-cleaned',
        aliases: ['DL3032'],
        severity: 'warning',
        description: 'Run `yum clean all` in the RUN that runs `yum install` (or mount a cache at /var/cache/yum)',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                // The cache never reaches the layer when it lives on a cache or tmpfs mount.
                if (yum_cache_cleaned_CACHE_DIRS.some((dir) => hasCacheOrTmpfsMountWith(ins.flags, dir)))
                    return;
                const cleaned = cleanedAfterInstall(script.commands, (c) => isCommandWith(c, ['yum'], ['install']), (c) => cleansCache(c, 'yum'));
                if (cleaned === false)
                    ctx.report(ins, '`yum clean all` missing after yum command.');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/yum-pin-versions.ts


/* harmony default export */ const yum_pin_versions = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'yum-pin-versions',
        aliases: ['DL3033'],
        severity: 'warning',
        description: 'Pin versions in `yum install` (`<package>-<version>`, modules as `<module>:<stream>`)',
    },
    create: pinVersionsCheck(['yum']),
}));

;// CONCATENATED MODULE: ./src/lint/rules/zypper-cache-cleaned.ts




/* harmony default export */ const zypper_cache_cleaned = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'zypper-cache-cleaned',
        aliases: ['DL3036'],
        severity: 'warning',
        description: 'Run `zypper clean` in the RUN that runs `zypper install` (or mount a cache at /var/cache/zypp)',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                if (hasCacheOrTmpfsMountWith(ins.flags, '/var/cache/zypp'))
                    return;
                // As for yum and dnf, the clean has to come after the install it cleans up for.
                const cleaned = cleanedAfterInstall(script.commands, (c) => isCommandWith(c, ['zypper'], ['install', 'in']), (c) => cleansCache(c, 'zypper'));
                if (cleaned === false)
                    ctx.report(ins, '`zypper clean` missing after zypper use.');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/zypper-no-dist-upgrade.ts


/* harmony default export */ const zypper_no_dist_upgrade = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'zypper-no-dist-upgrade',
        aliases: ['DL3035'],
        severity: 'warning',
        description: 'Do not run `zypper dist-upgrade` in a build; use a newer base image instead',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                if (script.commands.some((c) => isCommandWith(c, ['zypper'], ['dist-upgrade', 'dup'])))
                    ctx.report(ins, 'Do not use `zypper dist-upgrade`.');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/zypper-non-interactive.ts


/** zypper subcommands that ask for confirmation (long and short names). */
const ASKING = ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch'];
/* harmony default export */ const zypper_non_interactive = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'zypper-non-interactive',
        aliases: ['DL3034'],
        severity: 'warning',
        description: 'Pass `-n`/`--non-interactive` (or `-y`) to `zypper install` so the build never waits for an answer',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                const forgot = script.commands.some((c) => isCommandWith(c, ['zypper'], ASKING) && !c.hasFlag('non-interactive', 'n', 'no-confirm', 'y'));
                if (forgot)
                    ctx.report(ins, 'Non-interactive switch missing from `zypper` command: `zypper install -y`');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/zypper-pin-versions.ts


/** `name=1.2`, `name>=1.2`, `name<1.2` (any comparison zypper accepts), or a `.rpm` file. */
function zypperVersionPinned(spec) {
    return /[=<>]/.test(spec) || spec.endsWith('.rpm');
}
/* harmony default export */ const zypper_pin_versions = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'zypper-pin-versions',
        aliases: ['DL3037'],
        severity: 'warning',
        description: 'Pin versions in `zypper install` (`<package>=<version>` or a comparison such as `>=`)',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                const unpinned = [];
                for (const c of script.commands) {
                    if (!isCommandWith(c, ['zypper'], ['install', 'in']))
                        continue;
                    unpinned.push(...installWords(c, ['install', 'in']).filter((w) => !zypperVersionPinned(w)));
                }
                if (unpinned.length > 0)
                    ctx.report(ins, `Specify version with \`zypper install -y <package>=<version>\` (unpinned: ${unpinned.join(', ')})`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/index.ts
// Every rule, one line each, sorted by file name. Adding a rule = adding its line here;
// the registry and the registry test pick it up from this file.


























































































;// CONCATENATED MODULE: ./src/lint/registry.ts

const RULES = Object.values(rules_namespaceObject).sort((a, b) => a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0);
const byCode = new Map();
for (const rule of RULES) {
    for (const code of [rule.meta.id, ...rule.meta.aliases]) {
        if (byCode.has(code))
            throw new Error(`rule code ${code} is claimed by both ${byCode.get(code).meta.id} and ${rule.meta.id}`);
        byCode.set(code, rule);
    }
}
/** A rule by id or hadolint alias. */
function findRule(code) {
    return byCode.get(code);
}


/***/ }),

/***/ 5619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ defineRule),
/* harmony export */   t1: () => (/* binding */ RULE_DOCS_BASE_URL)
/* harmony export */ });
/* unused harmony export ruleDocsUrl */
/** Where rule documentation lives; one place so a fork or a move changes one line. */
const RULE_DOCS_BASE_URL = 'https://github.com/shipshape/shipshape/blob/main/docs/rules';
function ruleDocsUrl(id) {
    return `${RULE_DOCS_BASE_URL}/${id}.md`;
}
const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
function defineRule(definition) {
    const { meta } = definition;
    if (!ID_PATTERN.test(meta.id))
        throw new Error(`rule id "${meta.id}" is not kebab-case`);
    return {
        meta: Object.freeze({ defaultOn: true, onbuild: true, ...meta, docs: ruleDocsUrl(meta.id) }),
        create: definition.create,
    };
}


/***/ }),

/***/ 6792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SRCROOT: () => (/* binding */ SRCROOT),
  findRepoRoot: () => (/* binding */ findRepoRoot),
  formatSarif: () => (/* binding */ formatSarif),
  pascalName: () => (/* binding */ pascalName)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/lint/fingerprint.ts
// The `primaryLocationLineHash` partial fingerprint, computed the way GitHub's upload action
// (github/codeql-action/upload-sarif) computes it when a result has none: a rolling hash over the
// first 100 non-blank characters from the start of each line (spaces and tabs skipped, CR/CRLF read
// as LF, then an end-of-file mark and zero padding), as unsigned 64-bit hex, with `:n` counting
// identical hashes in file order. Written here rather than taken from a library because no package
// publishes it; computing the same value means an alert keeps the identity the upload action would
// give it, and the SARIF file is complete wherever it is uploaded from.
const WINDOW = 100;
const MULTIPLIER = 37n;
const END_OF_FILE = 0xffff;
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const u64 = (n) => BigInt.asUintN(64, n);
/** MULTIPLIER^WINDOW mod 2^64: the weight of the character that leaves the window. */
const LEAVING_WEIGHT = (() => {
    let w = 1n;
    for (let i = 0; i < WINDOW; i++)
        w = u64(w * MULTIPLIER);
    return w;
})();
/** The fingerprint of every line of `text`, indexed by line number - 1. */
function lineHashes(text) {
    const window = new Array(WINDOW).fill(0);
    // The line that starts at each window slot, or -1.
    const lineAt = new Array(WINDOW).fill(-1);
    const hashes = [];
    const seen = new Map();
    let hash = 0n;
    let slot = 0;
    let line = 0;
    let atLineStart = true;
    let afterCR = false;
    const emit = () => {
        const value = hash.toString(16);
        const count = (seen.get(value) ?? 0) + 1;
        seen.set(value, count);
        hashes[lineAt[slot] - 1] = `${value}:${count}`;
        lineAt[slot] = -1;
    };
    const push = (code) => {
        const leaving = window[slot];
        window[slot] = code;
        hash = u64(hash * MULTIPLIER + BigInt(code) - LEAVING_WEIGHT * BigInt(leaving));
        slot = (slot + 1) % WINDOW;
    };
    const read = (raw) => {
        if (raw === SPACE || raw === TAB || (afterCR && raw === LF)) {
            afterCR = false;
            return;
        }
        const code = raw === CR ? LF : raw;
        afterCR = raw === CR;
        if (lineAt[slot] !== -1)
            emit();
        if (atLineStart) {
            atLineStart = false;
            lineAt[slot] = ++line;
        }
        if (code === LF)
            atLineStart = true;
        push(code);
    };
    // UTF-16 code units, as the upload action reads the file (a JavaScript string).
    for (let i = 0; i < text.length; i++)
        read(text.charCodeAt(i));
    read(END_OF_FILE);
    for (let i = 0; i < WINDOW; i++) {
        if (lineAt[slot] !== -1)
            emit();
        push(0);
    }
    return hashes;
}

// EXTERNAL MODULE: ./src/lint/registry.ts + 96 modules
var registry = __webpack_require__(6874);
;// CONCATENATED MODULE: ./src/lint/rule-docs.generated.ts
// Generated from docs/rules/*.md and docs/checks/*.md by
// `UPDATE_RULE_DOCS=1 npx vitest run --project unit __tests__/lint/rule-help.test.ts`. Do not edit.
const RULE_DOCS = {
    "checks/apt-lists-left.md": "# size/apt-lists-left\n\nThe image carries apt package lists (/var/lib/apt/lists) that no running container needs · severity: warning\n\n## Why\n\nPractices 5 and 13: `apt-get update` downloads the package index of every configured source\n(tens of MB for Debian). A container never needs it (it installs nothing at run time), and a\nlist left in a layer stays in the image for ever, even if a later `RUN` deletes it. The lint rule\n`apt-lists-cleaned` (hadolint DL3009) reads the Dockerfile; this finding is what shipshape\nmeasured in the built image, with the bytes, on the line of the instruction whose layer added the\nlists (or the `FROM` line when they came with the base image).\n\n## Bad\n\n```dockerfile\nFROM debian:bookworm-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n```\n\n## Good\n\n```dockerfile\nFROM debian:bookworm-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n```\n\nOr keep the lists out of the layers with a cache mount:\n`RUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked apt-get update && apt-get install …`.\n\n## Exceptions\n\nLists under 1 kB (an empty directory's lock file) are not reported.\n\n## Ignore it\n\nDelete the lists in the same `RUN` that downloaded them; when the base image carries them, use a\nbase that does not (the official Debian and Ubuntu images do not). Dismiss the alert in code\nscanning for an image that must keep them.\n",
    "checks/junk-left.md": "# size/junk-left\n\nThe image carries caches, build toolchains or build-context leftovers it does not need · severity: info\n\n## Why\n\nPractices 5, 13, 25 and 26: package-manager caches (apt's archives, pip's and npm's caches), a\ncompiler toolchain, and files copied in from the build context by mistake (`.git`, a local\nvirtualenv, `__pycache__`, tests, the Dockerfile itself) make the image bigger, slower to pull\nand wider to attack, and do nothing at run time. shipshape finds them in the built image's\nvisible files and reports each kind on the line of the instruction whose layer added it (or the\n`FROM` line when it came with the base image), with the bytes it costs.\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app/ app/\n```\n\nwith a `.dockerignore` that lists `.git`, `.venv`, `__pycache__` and `tests`.\n\n## Exceptions\n\nBytecode, virtualenvs and tests are junk only when `COPY`/`ADD` brought them from the build\ncontext: the same names made by a `RUN` inside the image are the image working as intended.\nFindings under 1 kB are not reported. apt package lists have their own rule,\n`size/apt-lists-left`.\n\n## Ignore it\n\nRemove the files in the instruction that adds them, or keep them out of the context with\n`.dockerignore`; build toolchains belong in a builder stage. Dismiss the alert in code scanning\nfor an image that must keep them.\n",
    "checks/runs-as-root.md": "# runtime/runs-as-root\n\nThe container ran a process as root (effective uid 0), seen from the host · severity: error (warning with `require-non-root: false`) · security-severity: 7.5\n\n## Why\n\nPractice 8: a container that runs as root turns any escape from the application into root in the\ncontainer and a much shorter path to the host. Unlike the lint rules `last-user-not-root` and\n`no-user-in-final-stage`, which read the Dockerfile, this finding is observed: shipshape started\nthe image as it is configured and read the uids of its processes from the host (`/proc`), so it\nalso catches a root user inherited from the base image, a `user` input of `root`, and an\nentrypoint that starts as root and only later drops privileges.\n\nThe alert is on the `USER` line that decides the image's user (in the built stage or a stage it\nbuilds on), or on the built stage's `FROM` when no stage sets one.\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD [\"python3\", \"app.py\"]\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nRUN groupadd -g 10001 app && useradd -r -l -u 10001 -g app app\nWORKDIR /app\nCOPY --chown=10001:10001 . .\nUSER 10001:10001\nCMD [\"python3\", \"app.py\"]\n```\n\n## Exceptions\n\nOnly a verdict seen from the host is reported here. When the container could not be observed\n(it exited at once, the engine refused it), the report says so and the lint rules carry the\nstatic verdict instead.\n\n## Ignore it\n\nFix the user: this is what the image does when it runs. `require-non-root: false` (CLI\n`--allow-root`) turns the failed check into a warning and the alert into a warning; dismiss the\nalert in code scanning for an image that must start as root.\n",
    "checks/waste-over-budget.md": "# size/waste-over-budget\n\nBytes written by one instruction and deleted or overwritten by a later one exceed the max-waste budget · severity: error (warning for a `warn=` budget)\n\n## Why\n\nPractice 13: every instruction adds a layer, and a file deleted in a later layer is only hidden:\nits bytes are still pulled and stored. shipshape reads every layer of the built image and adds up\nwhat a later layer deletes or overwrites (reclaimable waste); when that is over the `max-waste`\nbudget you set, this finding points at the line that wrote the biggest wasted path, with the line\nthat removed it as a related location.\n\n## Bad\n\n```dockerfile\nFROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential\nRUN make -C /src && apt-get purge -y build-essential\n```\n\n## Good\n\n```dockerfile\nFROM debian:bookworm-slim AS build\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential\nRUN make -C /src\n\nFROM debian:bookworm-slim\nCOPY --from=build /src/out /usr/local/bin/\n```\n\n## Exceptions\n\nOnly reported when a `max-waste` budget is set and broken; without a budget the figure is in the\nreport and the comment only.\n\n## Ignore it\n\nDelete files in the same `RUN` that creates them, or build in an earlier stage and copy only the\nresult. Raise or remove the `max-waste` budget (input, `--max-waste`, or `budgets:` in\n`.shipshape.yml`) to accept the waste.\n",
    "rules/add-remote-checksum.md": "# add-remote-checksum\n\nVerify remote `ADD` downloads with `--checksum=sha256:…` so a changed file fails the build · default severity: warning · hadolint: none\n\n## Why\n\nSupply chain: `ADD https://…` fetches whatever the server returns today. A compromised release, a\nre-tagged asset or a man-in-the-middle changes the image silently. Since Dockerfile syntax 1.6,\n`ADD --checksum=sha256:<hex>` makes BuildKit verify the download and fail otherwise.\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini\n```\n\n## Good\n\n```dockerfile\n# syntax=docker/dockerfile:1\nFROM python:3.12-slim\nADD --checksum=sha256:93dcc18adc78c65a028a84799ecf8ad40c936fdfc5f2a57b1acda5a8117fa82c \\\n    https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini\n```\n\n## Exceptions\n\nOnly `http://`/`https://` sources; Git sources (`….git`, `git@…`) are checked out by ref, local\nfiles and archives are not downloads. Variables in the URL are expanded for the message.\n`ONBUILD ADD` counts. (Prefer `COPY` for local files: that is `copy-instead-of-add`, DL3020.)\n\n## Ignore it\n\n`# shipshape ignore=add-remote-checksum` on the line before the `ADD`;\n`lint: { rules: { add-remote-checksum: off } }` in `.shipshape.yml`.\n",
    "rules/add-to-extract-archives.md": "# add-to-extract-archives\n\nUse ADD to extract a local archive instead of COPY and a RUN that unpacks it · default severity: info · hadolint: DL3010\n\n## Why\n\n`COPY app.tar.gz` followed by `RUN tar -xzf` stores the archive in one layer and its contents in another: the image carries both (practice 27: know your layers). `ADD` unpacks a local tar archive in one step.\n\n## Bad\n\n```dockerfile\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\n```\n\n## Good\n\n```dockerfile\nADD app.tar.gz /opt/\n```\n\n## Exceptions\n\nReported at the COPY when a later RUN of the same stage extracts that file (`tar -x…`, `--extract`, `gunzip`, `unxz`, …). `COPY --from=` sources are not local archives. Zip files are not counted (ADD does not unpack them). hadolint only reports this in the last stage; shipshape reports it in every stage.\n\n## Ignore it\n\n`# shipshape ignore=add-to-extract-archives` (or `# hadolint ignore=DL3010`) on the line before the instruction;\n`lint: { rules: { add-to-extract-archives: off } }` in `.shipshape.yml`.\n",
    "rules/apk-no-cache.md": "# apk-no-cache\n\nPass `--no-cache` to `apk add` so the package index is not left in the layer · default severity: info · hadolint: DL3019\n\n## Why\n\nThe apk counterpart of practice 25 (`rm -rf /var/lib/apt/lists/*` in the same layer): without\n`--no-cache`, `apk add` keeps the downloaded index under `/var/cache/apk`, which ends up in the\nimage as dead weight unless every RUN also deletes it. `--no-cache` fetches the index into memory\nand leaves nothing behind, and makes `apk update`/`--update` unnecessary.\n\n## Bad\n\n```dockerfile\nRUN apk update && apk add curl=8.9.1-r0\n```\n\n## Good\n\n```dockerfile\nRUN apk add --no-cache curl=8.9.1-r0\n# or keep the cache out of the layer: RUN --mount=type=cache,target=/var/cache/apk apk add curl=8.9.1-r0\n```\n\n## Exceptions\n\nNot reported when the RUN mounts a `type=cache` or `type=tmpfs` whose target contains `/var/cache/apk`. Also checked\nin `ONBUILD RUN`.\n\nhadolint's development branch has turned DL3019 into \"use a cache mount\": there, `--no-cache` no\nlonger counts. shipshape keeps `--no-cache`, deliberately, as it keeps `yum clean all` for\n[yum-cache-cleaned](yum-cache-cleaned.md): with it the index never reaches the layer.\n\n`apk add --no-network` is fine too: it fetches no index and downloads nothing, so nothing lands in `/var/cache/apk` (the official images install their run-time dependencies this way after a build). hadolint reports it, a deliberate difference.\n\n## Ignore it\n\n`# shipshape ignore=apk-no-cache` (or `# hadolint ignore=DL3019`) on the line before the RUN;\n`lint: { rules: { apk-no-cache: off } }` in `.shipshape.yml`.\n",
    "rules/apk-pin-versions.md": "# apk-pin-versions\n\nPin versions in `apk add` (`pkg=1.2.3-r0` or `pkg~1.2`) · default severity: warning · hadolint: DL3018\n\n## Why\n\nLike pinned pip and apt packages (practices 25 and 26): `apk add curl` installs whatever the\nrepository holds on the day of the build, so two builds of one commit differ. A pinned version\nmakes a change of package a change of the Dockerfile, visible in review.\n\n## Bad\n\n```dockerfile\nRUN apk add --no-cache curl\n```\n\n## Good\n\n```dockerfile\nRUN apk add --no-cache curl=8.9.1-r0\n# or a fuzzy pin on the minor release: curl~8.9\n```\n\n## Exceptions\n\n`pkg=version`, `pkg~version`, a range (`pkg>=version`, `pkg<version`, as hadolint reads it) and local `*.apk` files are pinned. The names given to `-t`/`--virtual`\nand the URLs given to `-X`/`--repository` are not packages. As in hadolint, the word after such an\noption is its value even when the option is written with `=`: `apk add --virtual=.deps gcc` checks\nno package (write `--virtual .deps` and `gcc` is checked). Also checked in `ONBUILD RUN`.\n\nA package list in a variable with a known ARG or ENV default is expanded, and each package in it is judged and named (`ENV PHPIZE_DEPS autoconf file` then `apk add $PHPIZE_DEPS` names `autoconf, file`; a pinned list is fine). A variable with no known value may hold anything and is reported as written, as hadolint reads it (hadolint never expands, so it also reports a variable holding pinned packages: a deliberate difference).\n\n## Ignore it\n\n`# shipshape ignore=apk-pin-versions` (or `# hadolint ignore=DL3018`) on the line before the RUN;\n`lint: { rules: { apk-pin-versions: off } }` in `.shipshape.yml`.\n",
    "rules/apt-get-assume-yes.md": "# apt-get-assume-yes\n\nPass `-y` to `apt-get install` so the build never waits for an answer · default severity: warning · hadolint: DL3014\n\n## Why\n\nPractice 25 (one `RUN` for `apt-get update && apt-get install -y …`): a build has no terminal.\nWithout `-y`, `apt-get install` asks \"Do you want to continue?\" whenever it would install more\nthan was named, reads end-of-file and aborts, so the build fails on the day a dependency grows.\n\n## Bad\n\n```dockerfile\nRUN apt-get update && apt-get install --no-install-recommends curl\n```\n\n## Good\n\n```dockerfile\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n```\n\n## Exceptions\n\n`-y`, `--yes`, `--assume-yes` (also combined, `-yq`), and quiet level 2 (`-qq`, `-q -q`,\n`-q=2`), which implies `-y`, all count. A single `-q` does not. Also checked in `ONBUILD RUN`.\n\n## Ignore it\n\n`# shipshape ignore=apt-get-assume-yes` (or `# hadolint ignore=DL3014`) on the line before the RUN;\n`lint: { rules: { apt-get-assume-yes: off } }` in `.shipshape.yml`.\n",
    "rules/apt-get-not-apt.md": "# apt-get-not-apt\n\nUse `apt-get` or `apt-cache` in scripts, not `apt` (an interactive tool without a stable CLI) · default severity: warning · hadolint: DL3027\n\n## Why\n\nPractice 25 builds the apt layer with `apt-get`. `apt` is meant for people at a terminal: its\noutput and options may change between releases, and it warns \"apt does not have a stable CLI\ninterface. Use with caution in scripts.\" `apt-get` and `apt-cache` are the script interface.\n\n## Bad\n\n```dockerfile\nRUN apt update && apt install -y curl\n```\n\n## Good\n\n```dockerfile\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n```\n\n## Exceptions\n\nOnly a command named `apt` counts (`echo apt install` does not). Also checked in `ONBUILD RUN`.\n\n## Ignore it\n\n`# shipshape ignore=apt-get-not-apt` (or `# hadolint ignore=DL3027`) on the line before the RUN;\n`lint: { rules: { apt-get-not-apt: off } }` in `.shipshape.yml`.\n",
    "rules/apt-lists-cleaned.md": "# apt-lists-cleaned\n\nDelete the apt-get lists in the RUN that ran `apt-get update` · default severity: info · hadolint: DL3009\n\n## Why\n\nPractice 25: `apt-get update` downloads tens of megabytes of package lists to `/var/lib/apt/lists`. Unless the same RUN deletes them, they stay in the layer forever (a later `rm` only hides them).\n\n## Bad\n\n```dockerfile\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n```\n\n## Good\n\n```dockerfile\nRUN apt-get update \\\n    && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*\n```\n\n## Exceptions\n\nOnly stages that end up in an image are checked: the final stage, a stage another FROM builds on,\nand `ONBUILD RUN`. A builder stage whose files are copied with `COPY --from` is not reported. A RUN\nwith a `--mount=type=cache` or `type=tmpfs` on `/var/lib/apt/lists` (or on both `/var/lib/apt` and\n`/var/cache/apt`) is fine. `apt update` and `aptitude update` fill the same lists and are checked\nlike `apt-get update`.\n\nThe cleanup is any idiom that empties the lists, from one table shared with the yum, dnf and zypper\ncache rules (`src/lint/rules/_cleanup/`): `apt-get dist-clean` or `apt dist-clean` (apt 2.7+, what\nDebian 13's official images run), `rm -r` of `/var/lib/apt/lists`, `/var/lib/apt/lists/` or\n`/var/lib/apt/lists/*`, and `find /var/lib/apt/lists … -delete` (or `-exec rm`). As in hadolint, any\n`rm` given `-rf` or `/var/lib/apt/lists/*` also counts. `apt-get clean` does not: it empties\n`/var/cache/apt/archives`, not the lists. hadolint knows only the `rm` spelling, so it reports\n`apt-get dist-clean`: a deliberate difference.\n\nhadolint's development branch has since turned DL3009 into \"use BuildKit cache mounts for apt\": it reports every `apt-get update` without such mounts, in any stage, even when the lists are deleted. This rule keeps the released meaning (delete the lists, or keep them in a mount); the mounts it accepts are the same.\n\n## Ignore it\n\n`# shipshape ignore=apt-lists-cleaned` (or `# hadolint ignore=DL3009`) on the line before the instruction;\n`lint: { rules: { apt-lists-cleaned: off } }` in `.shipshape.yml`.\n",
    "rules/apt-no-install-recommends.md": "# apt-no-install-recommends\n\nAvoid additional packages by passing `--no-install-recommends` to `apt-get install` · default severity: info · hadolint: DL3015\n\n## Why\n\nPractice 25: by default apt installs every \"recommended\" package as well, often tens of\nmegabytes of documentation, compilers or X libraries the image never uses. They enlarge the image\nand its attack surface.\n\n## Bad\n\n```dockerfile\nRUN apt-get update && apt-get install -y curl\n```\n\n## Good\n\n```dockerfile\nRUN apt-get update \\\n    && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*\n```\n\n## Exceptions\n\n`-o APT::Install-Recommends=false` counts too. Found through `sudo`, `env X=1`, `sh -c '…'`,\n`ONBUILD RUN`, exec form and `RUN <<EOF` heredocs. `apt` (not `apt-get`) is not checked, as in\nhadolint.\n\n## Ignore it\n\n`# shipshape ignore=apt-no-install-recommends` (or `# hadolint ignore=DL3015`) on the line before\nthe RUN; `lint: { rules: { apt-no-install-recommends: off } }` in `.shipshape.yml`.\n",
    "rules/apt-pin-versions.md": "# apt-pin-versions\n\nPin versions in `apt-get install` (`pkg=1.2.*`) · default severity: warning · hadolint: DL3008\n\n## Why\n\nPractice 26 (applied to apt): without a version, the package you get depends on the day of the build. Pinning (a glob such as `=1.2.*` keeps security updates within a release) makes a rebuild give the same image.\n\n## Bad\n\n```dockerfile\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n```\n\n## Good\n\n```dockerfile\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.* \\\n    && rm -rf /var/lib/apt/lists/*\n```\n\n## Exceptions\n\nA package counts as pinned with `=`, a `/release`, or when it is a `.deb` file. The value of `-t`/`--target-release` is not a package. Flags are skipped; a variable (`$PACKAGES`) is reported because its value is unknown.\n\nA tool run by path (`/usr/bin/apt-get`, `/usr/local/bin/apt-get`) is the same tool; hadolint matches the bare name only.\n\nA package list in a variable with a known ARG or ENV default is expanded, and each package in it is judged and named (`ENV PHPIZE_DEPS autoconf file` then `apt-get install $PHPIZE_DEPS` names `autoconf, file`; a pinned list is fine). A variable with no known value may hold anything and is reported as written, as hadolint reads it (hadolint never expands, so it also reports a variable holding pinned packages: a deliberate difference).\n\n## Ignore it\n\n`# shipshape ignore=apt-pin-versions` (or `# hadolint ignore=DL3008`) on the line before the instruction;\n`lint: { rules: { apt-pin-versions: off } }` in `.shipshape.yml`.\n",
    "rules/arg-env-sensitive-name.md": "# arg-env-sensitive-name\n\nDo not pass potentially sensitive data through `ARG` or `ENV`: use a secret mount · default severity: warning · hadolint: DL3064\n\n## Why\n\nPractice 16: `ENV` values are stored in the image config and `ARG` values in its history; anyone\nwho can pull the image reads them with `docker inspect` or `docker history`. Secrets belong in\n`RUN --mount=type=secret` at build time and in the runtime environment.\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nARG GITHUB_TOKEN\nRUN pip install git+https://${GITHUB_TOKEN}@github.com/acme/private.git\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nRUN --mount=type=secret,id=github_token \\\n    pip install \"git+https://$(cat /run/secrets/github_token)@github.com/acme/private.git\"\n```\n\n## Exceptions\n\nhadolint's reading, by name only: a name on its list of well-known credential variables\n(`AWS_SECRET_ACCESS_KEY`, `NPM_TOKEN`, …, compared upper-cased) or a name containing `api_key`,\n`client_key`, `password`, `private`, `secret`, `token` or `username` (any case). That list is broad\non purpose (`GOPRIVATE` and `TRAVIS_OS_NAME` match too); ignore the finding where the value is not\na secret. `ONBUILD ARG`/`ONBUILD ENV` are checked, and ARGs before the first `FROM`.\n\n**Deliberate difference:** a name whose only suspicious part is `username` (`USERNAME`,\n`APP_USERNAME`, not `DOCKER_USERNAME`, which is on the credential list) is not reported when the\nfile uses it as a local account: in `USER $USERNAME`, or in `useradd`, `adduser`, `usermod`,\n`groupadd`, `addgroup`, `chown` or `su` (dev containers' `ARG USERNAME=vscode`). hadolint reports\nit.\n\n## Ignore it\n\n`# shipshape ignore=arg-env-sensitive-name` (or `# hadolint ignore=DL3064`) on the line before the instruction\n(for a stage-level finding: before the stage's `FROM`); `# shipshape global ignore=arg-env-sensitive-name` for the\nwhole file; `lint: { rules: { arg-env-sensitive-name: off } }` in `.shipshape.yml`.\n",
    "rules/avoid-alpine-for-python.md": "# avoid-alpine-for-python\n\nAvoid Alpine for Python: musl makes pip build wheels from source; use a `-slim` image · default severity: warning · hadolint: none\n\n## Why\n\nPractice 2: most wheels on PyPI are built for glibc (`manylinux`). On Alpine (musl) pip falls back\nto source distributions, so the build needs a compiler toolchain and headers, takes far longer,\nand the result is often larger than the Debian `-slim` image it was meant to beat; some packages\nalso behave differently under musl.\n\n## Bad\n\n```dockerfile\nFROM python:3.12-alpine\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n```\n\n## Exceptions\n\nOnly stages whose base is Alpine (`alpine`, `*:*-alpine*`, also through `FROM <stage>` and a\n`FROM ${BASE}` with a global ARG default) **and** that install Python packages (`pip install`,\n`python -m pip install`, `uv pip install`, `uv sync`, `poetry install`, `pipenv install`) are\nreported, once per stage, at the first such `RUN`. `ONBUILD RUN` counts. An install of only\npip, setuptools and wheel (`pip install --upgrade pip`, the official Alpine image installing\n`setuptools==…`) does not count: they are pure Python, so nothing is built on musl.\n\n## Ignore it\n\n`# shipshape ignore=avoid-alpine-for-python` on the line before the `RUN`;\n`lint: { rules: { avoid-alpine-for-python: off } }` in `.shipshape.yml`.\n",
    "rules/base-image-digest.md": "# base-image-digest\n\nPin base images by digest (`image:tag@sha256:…`): a tag can be moved, a digest cannot · default severity: info · hadolint: none\n\n## Why\n\nPractice 3: `python:3.12-slim` is re-pushed for every patch release and security fix, so two\nbuilds of the same commit can get different bases. A digest makes the build reproducible and\nturns base updates into reviewed pull requests (Dependabot and Renovate update digests).\nOff by default: many teams prefer to float tags and rebuild often.\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim@sha256:36b544be6e796eb5caa0bf1ab75a17d2e20211cad7f66f04f6f5c9eeda930ef5\n```\n\n## Exceptions\n\n`FROM scratch` and `FROM <earlier stage>` have nothing to pin. `FROM ${BASE}` is judged by the\nglobal ARG default; an unresolvable variable is not judged. Enable it with\n`lint: { rules: { base-image-digest: on } }`.\n\n## Ignore it\n\n`# shipshape ignore=base-image-digest` on the line before the `FROM`;\n`lint: { rules: { base-image-digest: off } }` in `.shipshape.yml`.\n",
    "rules/base-image-from-arg.md": "# base-image-from-arg\n\nName the base image in an ARG (`ARG BASE_IMAGE=python:3.12-slim` / `FROM $BASE_IMAGE`) so it can be swapped without editing · default severity: style · hadolint: none\n\n## Why\n\nPractice 18 (seed 002): with the base in a global `ARG`, CI can build the same Dockerfile on\nanother base (`--build-arg BASE_IMAGE=python:3.13-slim`, an internal mirror, an Alpine variant to\ncompare) without editing it, and every stage that uses the same base stays in step. Off by\ndefault: it is a matter of style.\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim AS build\nFROM python:3.12-slim\n```\n\n## Good\n\n```dockerfile\nARG BASE_IMAGE=python:3.12-slim\nFROM ${BASE_IMAGE} AS build\nFROM ${BASE_IMAGE}\n```\n\n## Exceptions\n\n`FROM scratch`, `FROM <earlier stage>` and any FROM that already contains a variable\n(`python:${PY}-slim`) are fine. Enable with `lint: { rules: { base-image-from-arg: on } }`.\n\n## Ignore it\n\n`# shipshape ignore=base-image-from-arg` on the line before the `FROM`;\n`lint: { rules: { base-image-from-arg: off } }` in `.shipshape.yml`.\n",
    "rules/build-toolchain-in-final-stage.md": "# build-toolchain-in-final-stage\n\nInstall compilers and `-dev` packages in a builder stage, not in the final image; copy the built result instead · default severity: warning · hadolint: none\n\n## Why\n\nPractice 5: compilers (`build-essential`, `gcc`, `g++`, `make`), headers (`*-dev`, `*-devel`,\n`linux-headers`) and SDKs (`build-base`, `alpine-sdk`) are needed to build wheels or binaries, not\nto run them. In the final image they cost hundreds of megabytes and give an attacker a compiler.\nA multi-stage build installs them in a builder stage and copies only the venv, wheels or binary.\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev \\\n && rm -rf /var/lib/apt/lists/*\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim AS build\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev \\\n && rm -rf /var/lib/apt/lists/*\nRUN python -m venv /venv\nCOPY requirements.txt .\nRUN /venv/bin/pip install --no-cache-dir -r requirements.txt\n\nFROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*\nCOPY --from=build /venv /venv\nENV PATH=/venv/bin:$PATH\n```\n\n## Exceptions\n\nOnly the final stage and the stages it builds on (`FROM base`) are checked. Packages removed\nagain later in the image are fine: `apt-get purge/remove`, `apk del` (also of an\n`apk add --virtual NAME` group), `yum/dnf remove`, and the official images' idiom of\n`apt-mark auto '.*'` followed by `apt-get purge --auto-remove` (or `autoremove`). Package lists in\nvariables with no known value are not judged. A final image with no `ENTRYPOINT` or `CMD` of its\nown (in it or the stages it builds on) runs no app: it is a base or toolchain image to build on\n(the official rust and golang images, a dev container, a CI runner), where the compiler is the\npoint, so it is not reported. `ONBUILD RUN` installs into child images and is not\ncounted. Recognised managers: apt-get, apt, aptitude, apk, yum, dnf, microdnf, tdnf, zypper.\n\nPackage lists in ARG and ENV defaults are expanded (`ARG BUILD_DEPS=\"gcc make\"` then `apt-get install $BUILD_DEPS`), both for the install and for a later purge.\n\n## Ignore it\n\n`# shipshape ignore=build-toolchain-in-final-stage` on the line before the `RUN`;\n`lint: { rules: { build-toolchain-in-final-stage: off } }` in `.shipshape.yml`.\n",
    "rules/cmd-entrypoint-json-form.md": "# cmd-entrypoint-json-form\n\nUse the JSON (exec) form for CMD and ENTRYPOINT so the process gets signals as PID 1 · default severity: warning · hadolint: DL3025\n\n## Why\n\nPractice 23 (exec-form `ENTRYPOINT`/`CMD`): in shell form Docker runs `/bin/sh -c \"…\"`, so the\nshell is PID 1 and the application never receives `SIGTERM` on `docker stop`; it is killed after\nthe timeout instead of shutting down cleanly. The JSON form runs the program itself.\n\n## Bad\n\n```dockerfile\nCMD gunicorn --bind 0.0.0.0:8000 app:app\n```\n\n## Good\n\n```dockerfile\nCMD [\"gunicorn\", \"--bind\", \"0.0.0.0:8000\", \"app:app\"]\n```\n\n## Exceptions\n\nOnly the JSON array form counts as exec form (`['a']` with single quotes is not JSON and runs in\na shell). Like hadolint, `ONBUILD CMD` is not checked.\n\n**Deliberate difference:** hadolint's current DL3025 also reports `HEALTHCHECK CMD` in shell form.\nshipshape does not: a health check is not PID 1 and receives no stop signal, so the reason for the\nrule does not apply, and the shell form is what makes the usual `curl -f … || exit 1` work. This is\nthe one case of hadolint's DL3025 spec that shipshape answers differently.\n\n## Ignore it\n\n`# shipshape ignore=cmd-entrypoint-json-form` (or `# hadolint ignore=DL3025`) on the line before the CMD/ENTRYPOINT;\n`lint: { rules: { cmd-entrypoint-json-form: off } }` in `.shipshape.yml`.\n",
    "rules/copy-context-before-dependency-install.md": "# copy-context-before-dependency-install\n\nCopy the dependency manifests and install them before copying the whole context, so code edits keep the dependency layer cached · default severity: warning · hadolint: none\n\n## Why\n\nPractices 4 and 20: Docker reuses a layer only while everything before it is unchanged. After\n`COPY . .` any edit to any file invalidates the cache, so a dependency install that follows runs\nagain on every build — minutes of CI per commit. Copy only the manifest (`requirements.txt`,\n`pyproject.toml` + `poetry.lock`, `package.json` + lock, `Gemfile.lock`, `go.sum`), install, then\ncopy the source.\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n```\n\n## Exceptions\n\nReported at the whole-context `COPY`/`ADD` (`.`, `./`, `*` as a source, not `--from`), once, when\na later `RUN` of the same stage installs dependencies: `pip install`, `uv pip install`, `uv sync`,\n`poetry install|sync`, `pipenv install|sync`, `npm ci|install` (not `-g`), `yarn [install]`,\n`pnpm install`, `bundle install`, `go mod download`, `composer install`. Not reported when the\nsame ecosystem's manifest was installed before the copy (the later install adds the project\nitself, e.g. `pip install .`). Only an install that reads the manifest counts as that: `pip install\n-r …`, `-c …`, `-e …` or a local path, `npm ci` / `npm install` / `pnpm install` / `pipenv install`\nwithout package names, and any `poetry`, `uv sync`, `yarn`, `bundle`, `go mod download` or\n`composer` install. An earlier install of named packages (`pip install gunicorn`, `npm install -g\npnpm`) does not excuse a later `COPY . .` before `pip install -r requirements.txt`. Also not reported when the install resolves no dependencies (`--no-deps`,\n`poetry install --only-root`). `ONBUILD` instructions are followed separately from the stage's\nown.\n\n## Ignore it\n\n`# shipshape ignore=copy-context-before-dependency-install` on the line before the `COPY`;\n`lint: { rules: { copy-context-before-dependency-install: off } }` in `.shipshape.yml`.\n",
    "rules/copy-from-defined-stage.md": "# copy-from-defined-stage\n\n`COPY --from` should name an earlier stage (alias or index) or an image reference · default severity: warning · hadolint: DL3022\n\n## Why\n\nPractice 5 (multi-stage builds, copying the venv or wheels from a builder): `COPY --from=build`\nmust name a stage defined above it. A typo or a stage defined later makes Docker try to pull an\nimage called `build` from Docker Hub, which fails or, worse, pulls someone else's image.\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nCOPY --from=builder /venv /venv\nFROM python:3.12 AS builder\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12 AS builder\nRUN python -m venv /venv && /venv/bin/pip install --no-cache-dir -r requirements.txt\nFROM python:3.12-slim\nCOPY --from=builder /venv /venv\n```\n\n## Exceptions\n\nAn alias defined by an earlier `FROM … AS name` and a stage index below the number of earlier\nFROMs (`--from=0`) are accepted, as in hadolint. Aliases are compared as written (case matters, as\nin hadolint). Like hadolint, `ONBUILD COPY` is not checked.\n\nA value that can only be an image reference is not a stage and is not reported here: one with a\n`:` (a tag, `nginx:1.27`), a `/` (`gloursdocker/docker`, `ghcr.io/org/tool`) or an `@` (a digest),\nsince stage names cannot contain any of them. Whether such an image is pinned is for\n`image-tag-explicit` and `image-tag-not-latest`. **Deliberate difference:** hadolint's DL3022\naccepts only the colon, so it tells `COPY --from=org/tool` to \"reference a previously defined FROM\nalias\", which is wrong advice. A plain word with no such stage (`--from=nginx`) is still reported,\nsince it cannot be told from a mistyped stage.\n\n## Ignore it\n\n`# shipshape ignore=copy-from-defined-stage` (or `# hadolint ignore=DL3022`) on the line before the COPY;\n`lint: { rules: { copy-from-defined-stage: off } }` in `.shipshape.yml`.\n",
    "rules/copy-from-not-own-stage.md": "# copy-from-not-own-stage\n\n`COPY --from` cannot reference the stage it is in · default severity: error · hadolint: DL3023\n\n## Why\n\nPractice 5 (multi-stage builds): a stage cannot copy from itself; `COPY --from=<own alias>` is a\nbuild error (a circular dependency), usually a wrong alias after a stage was renamed or copied.\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim AS runtime\nCOPY --from=runtime /venv /venv\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12 AS builder\nRUN python -m venv /venv\nFROM python:3.12-slim AS runtime\nCOPY --from=builder /venv /venv\n```\n\n## Exceptions\n\nOnly the alias of the stage the COPY is in counts. Like hadolint, `ONBUILD COPY` is not checked.\n\n## Ignore it\n\n`# shipshape ignore=copy-from-not-own-stage` (or `# hadolint ignore=DL3023`) on the line before the COPY;\n`lint: { rules: { copy-from-not-own-stage: off } }` in `.shipshape.yml`.\n",
    "rules/copy-from-not-whole-filesystem.md": "# copy-from-not-whole-filesystem\n\nDo not copy an entire filesystem from another stage (`COPY --from=… / /`) · default severity: warning · hadolint: DL3067\n\n## Why\n\n`COPY --from=build / /` lays the other stage's whole root over this one: its `/etc/passwd`, its\nlibraries, its package database and every build leftover replace this image's own. The image grows\nby the other stage's size and stops being the base it says it is (practice 1: ship only what the\napp needs).\n\n## Bad\n\n```dockerfile\nFROM golang:1.22 AS build\nRUN go build -o /out/app ./cmd/app\nFROM debian:bookworm-slim\nCOPY --from=build / /\n```\n\n## Good\n\n```dockerfile\nFROM golang:1.22 AS build\nRUN go build -o /out/app ./cmd/app\nFROM debian:bookworm-slim\nCOPY --from=build /out/app /usr/local/bin/app\n```\n\n## Exceptions\n\nOnly a source of `/` copied to a target of `/` (quoted or not, shell or exec form) is looked at. A\ndirectory of the other stage, or its root copied into a subdirectory (`COPY --from=build /\n/rootfs`), is fine. `ONBUILD COPY` is not checked.\n\nIt is reported when the source is known to be a whole system: a stage of this file whose image\nis rooted in an official image (`FROM golang:1.22 AS build`), an official image named directly\n(`--from=debian:bookworm`), or a plain word that names no stage (hadolint's own case,\n`--from=build`). **Deliberate differences** (hadolint reports every `--from=… / /`): a stage rooted\nin `scratch` holds only what was copied into it, so copying its root is how its files are handed\nover; a third-party image (`--from=gloursdocker/docker`, or a stage `FROM tonistiigi/xx`) cannot be\nseen and is often a carrier of a few files made to be copied this way, so it is not reported; a\nstage picked by a variable (`FROM binaries-$TARGETOS AS binaries`) is reported only when every\nstage it can be is a whole system.\n\n## Ignore it\n\n`# shipshape ignore=copy-from-not-whole-filesystem` (or `# hadolint ignore=DL3067`) on the line before the instruction;\n`lint: { rules: { copy-from-not-whole-filesystem: off } }` in `.shipshape.yml`.\n",
    "rules/copy-instead-of-add.md": "# copy-instead-of-add\n\nUse COPY instead of ADD for files and folders; keep ADD for archives to unpack and URLs · default severity: error · hadolint: DL3020\n\n## Why\n\nPractice 14 (`COPY` rather than `ADD`, except archives on purpose): `ADD` also unpacks local tar\narchives and downloads URLs, so a reader cannot tell what `ADD src /app` will do without\nknowing what `src` is. `COPY` only copies, which is what is meant for files and folders.\n\n## Bad\n\n```dockerfile\nADD requirements.txt /app/\n```\n\n## Good\n\n```dockerfile\nCOPY requirements.txt /app/\nADD rootfs.tar.xz /          # unpacking an archive is what ADD is for\n```\n\n## Exceptions\n\nSources ending in an archive extension ADD unpacks (`.tar`, `.gz`, `.bz2`, `.xz`, `.tgz`, `.tbz2`,\n`.txz`, `.lz`, `.lzma`, `.Z`, …) and `http://`/`https://` URLs are fine (`.zip` is not: ADD does not\nunpack it). Quotes around a source are ignored. Heredoc sources (`ADD <<EOF`) are not reported.\nLike hadolint, `ONBUILD ADD` is not checked.\n\n## Ignore it\n\n`# shipshape ignore=copy-instead-of-add` (or `# hadolint ignore=DL3020`) on the line before the ADD;\n`lint: { rules: { copy-instead-of-add: off } }` in `.shipshape.yml`.\n",
    "rules/copy-relative-needs-workdir.md": "# copy-relative-needs-workdir\n\nSet a `WORKDIR` before `COPY` to a relative destination · default severity: warning · hadolint: DL3045\n\n## Why\n\nPractice 15 (absolute `WORKDIR`): a relative `COPY` destination is resolved against the working\ndirectory the base image happens to set — `/` for most, something else for others — so files land\nin a place the Dockerfile does not say, and move when the base image changes.\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nCOPY requirements.txt .\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\n```\n\n## Exceptions\n\nAbsolute destinations (`/app`, and Windows `c:\\app`, `c:/app`) and destinations that start with a\nvariable (`$APP_HOME`, `\"${DEST}\"`) are fine. A stage built `FROM` an earlier stage inherits that\nstage's WORKDIR, however deep the chain. As in hadolint, a stage is known by its alias, else by its\nimage name, so a second unaliased `FROM debian` counts a WORKDIR set in the first. ONBUILD triggers\nare not checked (they run in a child image whose WORKDIR this file does not decide). `ADD` is not\nchecked.\n\n## Ignore it\n\n`# shipshape ignore=copy-relative-needs-workdir` (or `# hadolint ignore=DL3045`) on the line before the COPY;\n`lint: { rules: { copy-relative-needs-workdir: off } }` in `.shipshape.yml`.\n",
    "rules/copy-target-dir-slash.md": "# copy-target-dir-slash\n\nCOPY with more than one source needs a destination ending in `/` · default severity: error · hadolint: DL3021\n\n## Why\n\nWith several sources Docker requires the destination to be a directory, written with a trailing\n`/`; otherwise the build fails (\"When using COPY with more than one source file, the destination\nmust be a directory and end with a /\"). Catching it in lint saves a failed build.\n\n## Bad\n\n```dockerfile\nCOPY pyproject.toml poetry.lock /app\n```\n\n## Good\n\n```dockerfile\nCOPY pyproject.toml poetry.lock /app/\n```\n\n## Exceptions\n\nOne source with any destination is fine. Quotes around the destination are ignored; the JSON\nform is checked too. Like hadolint, `ONBUILD COPY` is not checked. A destination ending in a\nbackslash (`C:\\\\Windows\\\\System32\\\\` in a Windows image) names a directory too and is fine;\nhadolint wants a `/` there, a deliberate difference.\n\n## Ignore it\n\n`# shipshape ignore=copy-target-dir-slash` (or `# hadolint ignore=DL3021`) on the line before the COPY;\n`lint: { rules: { copy-target-dir-slash: off } }` in `.shipshape.yml`.\n",
    "rules/curl-or-wget-not-both.md": "# curl-or-wget-not-both\n\nUse either wget or curl in a stage, not both · default severity: warning · hadolint: DL4001\n\n## Why\n\nTwo download tools in one image is twice the attack surface and size for one job (practice 1: keep the image small).\n\n## Bad\n\n```dockerfile\nRUN wget -q https://example.com/a.tar.gz\nRUN curl -fsSLO https://example.com/b.tar.gz\n```\n\n## Good\n\n```dockerfile\nRUN curl -fsSLO https://example.com/a.tar.gz \\\n    && curl -fsSLO https://example.com/b.tar.gz\n```\n\n## Exceptions\n\nCounted per stage (and separately for `ONBUILD RUN`); the RUN that brings the second tool is reported, and every later RUN using either. Installing both packages is not reported.\n\n## Ignore it\n\n`# shipshape ignore=curl-or-wget-not-both` (or `# hadolint ignore=DL4001`) on the line before the instruction;\n`lint: { rules: { curl-or-wget-not-both: off } }` in `.shipshape.yml`.\n",
    "rules/debian-frontend-as-arg.md": "# debian-frontend-as-arg\n\nSet `DEBIAN_FRONTEND=noninteractive` with ARG (or inline in the RUN), not ENV, so it does not persist into the image · default severity: info · hadolint: none\n\n## Why\n\nPractice 24: `DEBIAN_FRONTEND=noninteractive` is only needed while `apt-get` runs during the build.\nAs `ENV` it is baked into the image config: every container and every child image inherits it,\nso an interactive `apt-get` or `dpkg-reconfigure` run later in a container silently takes\ndefaults instead of asking. `ARG` is visible to the build's `RUN`s only.\n\n## Bad\n\n```dockerfile\nFROM ubuntu:22.04\nENV DEBIAN_FRONTEND=noninteractive\nRUN apt-get update && apt-get install -y --no-install-recommends tzdata\n```\n\n## Good\n\n```dockerfile\nFROM ubuntu:22.04\nARG DEBIAN_FRONTEND=noninteractive\nRUN apt-get update && apt-get install -y --no-install-recommends tzdata\n```\n\n## Exceptions\n\nOnly the value in effect when the final image is done is judged: the last `ENV DEBIAN_FRONTEND`\nof the final stage and the stages it builds on (`FROM base`), with variables expanded. It is\nreported only when that value is `noninteractive`, at that ENV. A later `ENV DEBIAN_FRONTEND=`,\n`=teletype`, `=dialog` or `=readline` resets it, so the earlier `noninteractive` is not reported;\na builder stage's ENV never reaches the final image. `ONBUILD ENV` is for child images and not\nchecked.\n\n## Ignore it\n\n`# shipshape ignore=debian-frontend-as-arg` on the line before the `ENV`;\n`lint: { rules: { debian-frontend-as-arg: off } }` in `.shipshape.yml`.\n",
    "rules/dev-server-in-final-stage.md": "# dev-server-in-final-stage\n\nRun a production server in the final image: no `flask run`, `manage.py runserver`, `--reload`, `--debug` or debug ENV · default severity: warning · hadolint: none\n\n## Why\n\nPractice 11: framework development servers (`flask run`, `manage.py runserver`) are\nsingle-threaded, unhardened, and in debug mode expose an interactive debugger that executes code.\nAuto-reload (`uvicorn --reload`, `gunicorn --reload`, `nodemon`, `npm run dev`) watches the file\nsystem and restarts on change — useless in an immutable image and costly. Use gunicorn, uWSGI,\nor uvicorn without `--reload`, with debug settings off.\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nENV FLASK_DEBUG=1\nCMD [\"flask\", \"run\", \"--host=0.0.0.0\"]\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nCMD [\"gunicorn\", \"--bind\", \"0.0.0.0:5000\", \"app:app\"]\n```\n\n## Exceptions\n\nOnly the final image is checked: the `ENTRYPOINT`/`CMD` in effect (the last ones, also inherited\nthrough `FROM <stage>`, read together when ENTRYPOINT is exec form) and the `ENV` values in effect\nat the end (a later `ENV DEBUG=0` clears an earlier `DEBUG=1`; `ARG` never reaches the container).\nRecognised: `flask run`, `manage.py|django-admin runserver`, `uvicorn|gunicorn|hypercorn|daphne\n--reload`, `fastapi dev`, `nodemon`, `ts-node-dev`, `npm|yarn|pnpm|bun [run] dev|develop|watch`,\n`next|nuxt dev`, `ng serve`, `react-scripts start`, webpack dev server, `vite` (not `vite build`),\n`artisan serve`, `php -S`, a `--debug` argument; ENV `DEBUG`, `FLASK_DEBUG`, `DJANGO_DEBUG`,\n`APP_DEBUG` truthy, and `FLASK_ENV`, `NODE_ENV`, `RAILS_ENV`, `RACK_ENV`, `APP_ENV` set to\n`development`. A dev target that is not the last stage (`--target dev`) is not checked.\n\n## Ignore it\n\n`# shipshape ignore=dev-server-in-final-stage` on the line before the `CMD`/`ENTRYPOINT`/`ENV`;\n`lint: { rules: { dev-server-in-final-stage: off } }` in `.shipshape.yml`.\n",
    "rules/dnf-assume-yes.md": "# dnf-assume-yes\n\nPass `-y` to `dnf install` so the build never waits for an answer · default severity: warning · hadolint: DL3038\n\n## Why\n\nA build has no one to answer dnf's confirmation prompt. Without `-y` (`--assumeyes`) the RUN fails\nor, with a terminal attached, hangs.\n\n## Bad\n\n```dockerfile\nRUN dnf install httpd-2.4.57 && dnf clean all\n```\n\n## Good\n\n```dockerfile\nRUN dnf install -y httpd-2.4.57 && dnf clean all\n```\n\n## Exceptions\n\nChecked for `install`, `groupinstall` and `localinstall` of `dnf`; other subcommands are not.\nApplies to `ONBUILD RUN` too. **Deliberate difference:** `microdnf install` without `-y` is not\nreported: microdnf never asks for confirmation (its `-y` is accepted for compatibility and does\nnothing), so the build cannot wait for an answer. hadolint's DL3038 reports it; these are the two\ncases of its spec that shipshape answers differently (with the ONBUILD variant).\n\n## Ignore it\n\n`# shipshape ignore=dnf-assume-yes` (or `# hadolint ignore=DL3038`) on the line before the RUN;\n`lint: { rules: { dnf-assume-yes: off } }` in `.shipshape.yml`.\n",
    "rules/dnf-cache-cleaned.md": "# dnf-cache-cleaned\n\nRun `dnf clean all` (or `microdnf clean all`) in the RUN that installs with it, or mount a cache · default severity: warning · hadolint: DL3040\n\n## Why\n\nPractice 27 (know your layers): `dnf install` leaves repository metadata and packages in its cache\ndirectory. Only a clean in the same RUN keeps them out of the layer.\n\n## Bad\n\n```dockerfile\nRUN microdnf install -y nginx-1.24.0\n```\n\n## Good\n\n```dockerfile\nRUN microdnf install -y nginx-1.24.0 && microdnf clean all\n# or, with BuildKit:\nRUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y nginx-1.24.0\n```\n\n## Exceptions\n\nEvery subcommand that fills the cache counts, long or short: `install`/`in`, `upgrade`/`up`,\n`upgrade-minimal`/`up-min`, `reinstall`/`rei`. The clean must come after the last of them, and\neach tool must clean after itself, as in hadolint: `microdnf clean all` does not count for a\n`dnf install`, and `dnf clean packages` is not `dnf clean all`. An `rm -r` of the cache\n(`/var/cache/libdnf5`, `/var/cache/dnf/*`, `/var/cache/yum/*`), or a `find … -delete` of it,\ncounts for both (the cleanup table shared with the apt, yum and zypper rules). A cache or tmpfs\nmount on `/var/cache/libdnf5`, `.cache/libdnf5` (as in hadolint), `/var/cache/dnf` or\n`/var/cache/yum` (dnf 4's caches; shipshape only) makes the rule moot. Applies to `ONBUILD RUN` too.\n\nhadolint's development branch has turned DL3040 into \"use a cache mount\": there, `dnf clean all`\nno longer counts. shipshape keeps the clean, deliberately: this rule is about the size of the\nlayer, and a clean in the same RUN keeps the cache out of it as surely as a mount does.\n\n## Ignore it\n\n`# shipshape ignore=dnf-cache-cleaned` (or `# hadolint ignore=DL3040`) on the line before the RUN;\n`lint: { rules: { dnf-cache-cleaned: off } }` in `.shipshape.yml`.\n",
    "rules/dnf-pin-versions.md": "# dnf-pin-versions\n\nPin versions in `dnf install` (`<package>-<version>`, modules as `<module>:<stream>`) · default severity: warning · hadolint: DL3041\n\n## Why\n\nPractice 3 and 26 (pin what you install): an unpinned package installs whatever the repository\nholds on the day of the build, so two builds of one commit can differ and a rebuild can break.\n\n## Bad\n\n```dockerfile\nRUN dnf install -y tomcat && dnf clean all\n```\n\n## Good\n\n```dockerfile\nRUN dnf install -y tomcat-9.0.82 && dnf clean all\nRUN microdnf module install -y nodejs:20 && microdnf clean all\n```\n\n## Exceptions\n\nSame reading as hadolint for `dnf` and `microdnf`: after the first `-`, every `-`-separated part\nmust be version characters with one starting with a digit (`rpm-sign-4.16.1.3`, `openssl-1:1.1.1k`,\n`tomcat-9.0.1-1.fc40.x86_64` are pinned; `rpm-sign` is not); modules need a `:stream`; groups\n(`dnf group install …`) have no version and are skipped. A `.rpm` file is accepted. A version\ngiven by a variable (`git-core-${GIT_VER}`) is accepted when the Dockerfile declares it, as\nhadolint reads it: an ENV of the stage or of the stage it builds on, or an ARG anywhere before. An\nundeclared variable, or a bare `$PACKAGES`, is not a version. Applies to `ONBUILD RUN` too.\n\n## Ignore it\n\n`# shipshape ignore=dnf-pin-versions` (or `# hadolint ignore=DL3041`) on the line before the RUN;\n`lint: { rules: { dnf-pin-versions: off } }` in `.shipshape.yml`.\n",
    "rules/dockerignore-present.md": "# dockerignore-present\n\nAdd a `.dockerignore` when the whole context is copied, so `.git`, venvs, caches and secrets stay out · default severity: warning · hadolint: none\n\n## Why\n\nPractice 13: `COPY . .` copies everything in the build context — `.git` history, a local `.venv`\nor `node_modules`, `__pycache__`, test data, `.env` files with real credentials, the Dockerfile\nitself. The image grows, the cache is busted by irrelevant changes, and secrets ship.\n\n## Bad\n\n```dockerfile\n# (no .dockerignore in the context)\nFROM python:3.12-slim\nCOPY . /app\n```\n\n## Good\n\n```dockerfile\n# .dockerignore: .git  .venv  __pycache__  .pytest_cache  tests  Dockerfile*  .env\nFROM python:3.12-slim\nCOPY . /app\n```\n\n## Exceptions\n\nNeeds the build context directory: skipped when it is unknown (plain `shipshape lint` of a file\nwithout a context). Accepts `.dockerignore` at the context root and, as BuildKit does,\n`<Dockerfile name>.dockerignore` next to the Dockerfile. Only a whole-context `COPY`/`ADD`\n(`.`, `./`, `*` as a source, not `--from`) triggers it; the finding points at the first one.\n\n## Ignore it\n\n`# shipshape ignore=dockerignore-present` on the line before the `COPY`;\n`lint: { rules: { dockerignore-present: off } }` in `.shipshape.yml`.\n",
    "rules/env-no-same-statement-reference.md": "# env-no-same-statement-reference\n\nDo not refer to a variable in the same `ENV` statement that defines it (it still has its old value there) · default severity: error · hadolint: DL3044\n\n## Why\n\nDocker substitutes every value of one `ENV` with the variables as they were *before* that\ninstruction. In `ENV APP_HOME=/app APP_BIN=$APP_HOME/bin`, `$APP_HOME` is still empty, so `APP_BIN`\nbecomes `/bin` — a silent bug.\n\n## Bad\n\n```dockerfile\nENV APP_HOME=/app APP_BIN=$APP_HOME/bin\n```\n\n## Good\n\n```dockerfile\nENV APP_HOME=/app\nENV APP_BIN=$APP_HOME/bin\n```\n\n## Exceptions\n\nAs in hadolint: a variable may refer to itself (`ENV PATH=/opt/bin:$PATH`), and a name already\ndefined by an earlier `ENV` or `ARG` (anywhere earlier in the file, including a global `ARG`) may\nbe used, since the old value is clearly what is meant. Whole names only: `$BLAFOO` is not a\nreference to `BLA`. `ONBUILD ENV` is not checked.\n\n## Ignore it\n\n`# shipshape ignore=env-no-same-statement-reference` (or `# hadolint ignore=DL3044`) on the line before the ENV;\n`lint: { rules: { env-no-same-statement-reference: off } }` in `.shipshape.yml`.\n",
    "rules/expose-server-port.md": "# expose-server-port\n\nEXPOSE the port a server image listens on, to document it and let `docker run -P` publish it · default severity: info · hadolint: none\n\n## Why\n\nPractice 22: `EXPOSE` is the image's documentation of where it listens — read by people,\n`docker run -P`, Compose and platform tooling. A server image without it leaves everyone to\nguess from the command line.\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nCMD [\"gunicorn\", \"--bind\", \"0.0.0.0:8000\", \"app:app\"]\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nEXPOSE 8000\nCMD [\"gunicorn\", \"--bind\", \"0.0.0.0:8000\", \"app:app\"]\n```\n\n## Exceptions\n\nConservative: only when the final image's process certainly starts a network server — gunicorn,\nuvicorn, hypercorn, uWSGI, daphne, waitress-serve, granian, puma, http-server, `flask run`,\n`manage.py runserver`, `rails server`, `artisan serve`, `fastapi run|dev`, `streamlit run`,\n`next start` — anywhere in the ENTRYPOINT/CMD in effect (e.g. after `tini --` or an entrypoint\nscript). `node server.js` or `python app.py` may or may not listen, and are not reported. An\n`EXPOSE` in a stage the final one builds on counts. (An `EXPOSE` inherited from an external base\nimage cannot be seen.)\n\n## Ignore it\n\n`# shipshape ignore=expose-server-port` on the line before the `CMD`/`ENTRYPOINT`;\n`lint: { rules: { expose-server-port: off } }` in `.shipshape.yml`.\n",
    "rules/expose-valid-port.md": "# expose-valid-port\n\nEXPOSE ports in the valid range 0-65535 · default severity: error · hadolint: DL3011\n\n## Why\n\nA port above 65535 cannot exist; the build fails later or the documentation lies (practice 22: EXPOSE the port the app listens on).\n\n## Bad\n\n```dockerfile\nEXPOSE 80000\n```\n\n## Good\n\n```dockerfile\nEXPOSE 8000\n```\n\n## Exceptions\n\nRanges (`8000-8010`) are checked at both ends; protocols (`/udp`) are ignored; variables are not judged.\n\n## Ignore it\n\n`# shipshape ignore=expose-valid-port` (or `# hadolint ignore=DL3011`) on the line before the instruction;\n`lint: { rules: { expose-valid-port: off } }` in `.shipshape.yml`.\n",
    "rules/final-image-labels.md": "# final-image-labels\n\nGive the final image OCI labels (`org.opencontainers.image.source`, description, licenses) for provenance · default severity: info · hadolint: none\n\n## Why\n\nPractice 19: labels tell whoever finds the image in a registry where it came from, what it is\nand under which licence — GitHub links packages to their repository through\n`org.opencontainers.image.source`. Off by default: many pipelines add labels with\n`docker build --label` or the metadata action instead. (Required labels with a schema are\n`label-required`, hadolint's DL3049, configured with `labelSchema`.)\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nCMD [\"python\", \"app.py\"]\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nLABEL org.opencontainers.image.source=\"https://github.com/acme/app\" \\\n      org.opencontainers.image.description=\"Acme web app\" \\\n      org.opencontainers.image.licenses=\"MIT\"\nCMD [\"python\", \"app.py\"]\n```\n\n## Exceptions\n\nAny LABEL in the final stage or a stage it builds on (`FROM base`) counts; a builder stage's\nlabels do not reach the image; `ONBUILD LABEL` is for child images. The finding points at the\nfinal `FROM`. Enable with `lint: { rules: { final-image-labels: on } }`.\n\n## Ignore it\n\n`# shipshape ignore=final-image-labels` on the line before the final `FROM`;\n`lint: { rules: { final-image-labels: off } }` in `.shipshape.yml`.\n",
    "rules/from-platform-not-targetplatform.md": "# from-platform-not-targetplatform\n\n`FROM --platform=$TARGETPLATFORM` is redundant: it is the default · default severity: warning · hadolint: DL3065\n\n## Why\n\nA stage is built for the target platform unless told otherwise; spelling it out adds noise and\nsuggests a cross-compilation setup that is not there (BuildKit's own check `RedundantTargetPlatform`\nsays the same).\n\n## Bad\n\n```dockerfile\nFROM --platform=$TARGETPLATFORM alpine:3.20\n```\n\n## Good\n\n```dockerfile\nFROM alpine:3.20\n# cross-compiling is different: FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n```\n\n## Exceptions\n\nOnly the plain spellings `$TARGETPLATFORM` and `${TARGETPLATFORM}` are reported, as written.\n\n## Ignore it\n\n`# shipshape ignore=from-platform-not-targetplatform` (or `# hadolint ignore=DL3065`) on the line before the instruction\n(for a stage-level finding: before the stage's `FROM`); `# shipshape global ignore=from-platform-not-targetplatform` for the\nwhole file; `lint: { rules: { from-platform-not-targetplatform: off } }` in `.shipshape.yml`.\n",
    "rules/gem-pin-versions.md": "# gem-pin-versions\n\nPin versions in `gem install` (`gem install <gem>:<version>` or `-v <version>`) · default severity: warning · hadolint: DL3028\n\n## Why\n\nAs with pip (practice 26): `gem install bundler` installs the newest release on the day of the\nbuild, so the image changes without a commit. A version in the command keeps it reproducible.\n\n## Bad\n\n```dockerfile\nRUN gem install bundler\n```\n\n## Good\n\n```dockerfile\nRUN gem install bundler:2.5.16\n# or: RUN gem install bundler -v 2.5.16\n```\n\n## Exceptions\n\nAs hadolint: not reported when `-v`/`--version` is given, or every gem is `name:version`.\nWords after `--` are build options, not gems. hadolint reads the word after any option as that\noption's value, so `gem install --no-document rails` names no gem and is not reported (write\n`gem install rails:7.1.3 --no-document` and it is checked). Also checked in `ONBUILD RUN`.\n\nA tool run by path (`/usr/bin/gem`, `/usr/local/bin/gem`) is the same tool; hadolint matches the bare name only.\n\n## Ignore it\n\n`# shipshape ignore=gem-pin-versions` (or `# hadolint ignore=DL3028`) on the line before the RUN;\n`lint: { rules: { gem-pin-versions: off } }` in `.shipshape.yml`.\n",
    "rules/go-install-pinned.md": "# go-install-pinned\n\nPin versions in `go install`/`go get`/`go run`: `<package>@<version>`, not bare or `@latest` · default severity: warning · hadolint: DL3062\n\n## Why\n\nPractice 3 applied to tools: `go install example.com/tool` (or `@latest`) builds whatever the\nmodule's newest version is today, so the same Dockerfile produces a different image tomorrow.\n\n## Bad\n\n```dockerfile\nFROM golang:1.22 AS build\nRUN go install github.com/golangci/golangci-lint/cmd/golangci-lint@latest\n```\n\n## Good\n\n```dockerfile\nFROM golang:1.22 AS build\nRUN go install github.com/golangci/golangci-lint/cmd/golangci-lint@v1.59.1\n```\n\n## Exceptions\n\nLocal paths (`.`, `./cmd/...`, `/src/app`) are the build's own code and are fine. For `go run`\nonly the package right after `run` is checked (the rest are the program's arguments); when a RUN\nhas a `go run`, its `go install`/`go get` words are not checked, as in hadolint. `tool` in\n`go install tool x` / `go get -tool x` is a subcommand word, not a package. `@none` is not a\nversion.\n\n## Ignore it\n\n`# shipshape ignore=go-install-pinned` (or `# hadolint ignore=DL3062`) on the line before the instruction\n(for a stage-level finding: before the stage's `FROM`); `# shipshape global ignore=go-install-pinned` for the\nwhole file; `lint: { rules: { go-install-pinned: off } }` in `.shipshape.yml`.\n",
    "rules/healthcheck-present.md": "# healthcheck-present\n\nEvery stage should have a `HEALTHCHECK` or build on a stage that has one · default severity: info · hadolint: DL3057\n\n## Why\n\nWithout a `HEALTHCHECK`, `docker ps` and Compose report a container as running while the app\ninside is stuck. Off by default, as in hadolint (severity \"ignore\"): Kubernetes and most\norchestrators ignore the instruction and probe on their own. Turn it on for images run by plain\nDocker or Compose.\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nCMD [\"gunicorn\", \"app:app\"]\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nHEALTHCHECK --interval=30s CMD python3 -c \"import urllib.request; urllib.request.urlopen('http://localhost:8000/health')\"\nCMD [\"gunicorn\", \"app:app\"]\n```\n\n## Exceptions\n\nA stage built `FROM` a stage with a `HEALTHCHECK` inherits it (hadolint names a stage by its\nalias, else by its image), and the stages a stage with a `HEALTHCHECK` is built on (its `FROM`,\nthat stage's `FROM`, …) are excused: they are steps towards that image. A sibling stage built on\nthe same base is not. `HEALTHCHECK NONE` counts as a decision. As in hadolint every stage is\nchecked, builder stages included; an `ONBUILD HEALTHCHECK` does not count.\n\n## Ignore it\n\n`# shipshape ignore=healthcheck-present` (or `# hadolint ignore=DL3057`) on the line before the instruction\n(for a stage-level finding: before the stage's `FROM`); `# shipshape global ignore=healthcheck-present` for the\nwhole file; it is off by default: turn it on with `lint: { rules: { healthcheck-present: on } }` in `.shipshape.yml`.\n",
    "rules/image-tag-explicit.md": "# image-tag-explicit\n\nAlways tag the version of an image explicitly · default severity: warning · hadolint: DL3006\n\n## Why\n\nPractice 3: `FROM python` means `python:latest`, which moves. Builds stop being reproducible and a new major version arrives unannounced.\n\n## Bad\n\n```dockerfile\nFROM python\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\n```\n\n## Exceptions\n\nNot reported for `scratch`, a reference with a digest, an earlier stage's alias (`FROM builder`),\nand a reference whose name is a variable (`FROM ${BASE}`), as in hadolint. A variable inside a name\n(`FROM img${V}`) is still reported, as hadolint does, unless the name fits an earlier stage's alias\nwith each variable standing for any text (`FROM binaries-$TARGETOS` after `AS binaries-linux`): that\npicks a stage at build time. `:latest` is `image-tag-not-latest`.\n\n**Also checked (beyond hadolint, which reads FROM only):** an image pulled by `COPY --from=<image>`\nor `RUN --mount=…,from=<image>`, when the value is an image reference (it has a `/`, `:` or `@`;\nsee `copy-from-defined-stage`) with neither tag nor digest: `COPY --from=gloursdocker/docker / /`\ncopies whatever that image is on the day of the build, so the advice is to pin it to a release tag\nor a digest.\n\n## Ignore it\n\n`# shipshape ignore=image-tag-explicit` (or `# hadolint ignore=DL3006`) on the line before the instruction;\n`lint: { rules: { image-tag-explicit: off } }` in `.shipshape.yml`.\n",
    "rules/image-tag-not-latest.md": "# image-tag-not-latest\n\nPin the base image to a release tag, not `latest` · default severity: warning · hadolint: DL3007\n\n## Why\n\nPractice 3: `latest` moves. The same Dockerfile builds a different image next week, a new major\nversion breaks the build (or the app) without a single changed line, and caches stop matching.\n\n## Bad\n\n```dockerfile\nFROM python:latest\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\n# even better: FROM python:3.12-slim@sha256:<digest>\n```\n\n## Exceptions\n\nThe reference is checked as written, as hadolint does: `FROM ${BASE}` with `ARG BASE=python:latest`\nis not reported. `FROM python:latest@sha256:<digest>` is not reported either: the digest pins the\nimage and the tag is only a label. An untagged image (`FROM python`) is a different rule (DL3006).\n\n**Also checked (beyond hadolint, which reads FROM only):** an image pulled at `:latest` by\n`COPY --from=<image>:latest` or `RUN --mount=…,from=<image>:latest`, with the same digest exception.\n\n## Ignore it\n\n`# shipshape ignore=image-tag-not-latest` (or `# hadolint ignore=DL3007`) on the line before the\nFROM; `lint: { rules: { image-tag-not-latest: off } }` in `.shipshape.yml`.\n",
    "rules/init-process-in-entrypoint.md": "# init-process-in-entrypoint\n\nRun an init (tini, dumb-init) as PID 1 when the app spawns processes, so zombies are reaped and signals forwarded · default severity: info · hadolint: none\n\n## Why\n\nPractice 10: PID 1 in a container must reap orphaned children and pass `SIGTERM` on. A process\nmanager that does not reap (celery's prefork pool, `uvicorn --workers`), `npm start` or a shell\nrunning several commands starts children but is not written to be an init: zombies pile up, and a\nshell does not pass `SIGTERM` on, so `docker stop` waits for the kill timeout. The message says\nwhich of these is true of the process seen. `tini`/`dumb-init` in `ENTRYPOINT` (or `docker run --init`) does the job in a few KB.\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nCMD [\"celery\", \"-A\", \"proj\", \"worker\"]\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*\nENTRYPOINT [\"tini\", \"--\"]\nCMD [\"celery\", \"-A\", \"proj\", \"worker\"]\n```\n\n## Exceptions\n\nInfo only and deliberately conservative: `docker run --init` and an init in the base image's\nENTRYPOINT cannot be seen from the Dockerfile. Reported only for the final image's process (the\nENTRYPOINT/CMD in effect, read together when ENTRYPOINT is exec form) when it is certain to spawn\nchildren it does not look after: `celery worker` (not with an in-process `--pool solo|threads|gevent|eventlet`,\nand not `celery beat`, a single process), `uvicorn`/`hypercorn --workers N>1`, `npm|yarn|pnpm\nstart|run`, or a shell (shell form or `sh -c`) running several commands — unless the last one is\n`exec`. A single `python app.py` or `node server.js` is not reported. Accepted inits: tini,\ndumb-init, catatonit, docker-init, s6 (`/init`, `s6-svscan`), supervisord, runsvdir.\n\ngunicorn and the uWSGI master are not reported when they are PID 1 themselves: gunicorn's arbiter\nand uWSGI's master reap their workers (and any orphan handed to them) and stop them on `SIGTERM`.\nRun by a shell that runs other commands first (`migrate && gunicorn …`), the shell is PID 1 and\nthat is reported.\n\n## Ignore it\n\n`# shipshape ignore=init-process-in-entrypoint` on the line before the `CMD`/`ENTRYPOINT`;\n`lint: { rules: { init-process-in-entrypoint: off } }` in `.shipshape.yml`.\n",
    "rules/instruction-order-from-first.md": "# instruction-order-from-first\n\nA Dockerfile must begin with `FROM`, `ARG` or a comment · default severity: error · hadolint: DL3061\n\n## Why\n\nBuildKit refuses a Dockerfile whose first instruction is anything but `FROM` (or `ARG` for the\nbase image, or parser directives and comments). Reporting it here names the line before a build\nfails on it.\n\n## Bad\n\n```dockerfile\nLABEL org.opencontainers.image.source=\"https://github.com/acme/app\"\nFROM python:3.12-slim\n```\n\n## Good\n\n```dockerfile\nARG PYTHON_VERSION=3.12\nFROM python:${PYTHON_VERSION}-slim\nLABEL org.opencontainers.image.source=\"https://github.com/acme/app\"\n```\n\n## Exceptions\n\nEvery instruction before the first `FROM` other than `ARG` is reported.\n\n## Ignore it\n\n`# shipshape ignore=instruction-order-from-first` (or `# hadolint ignore=DL3061`) on the line before the instruction\n(for a stage-level finding: before the stage's `FROM`); `# shipshape global ignore=instruction-order-from-first` for the\nwhole file; `lint: { rules: { instruction-order-from-first: off } }` in `.shipshape.yml`.\n",
    "rules/label-email-valid.md": "# label-email-valid\n\nA label the schema types as `email` should hold an email address · default severity: warning · hadolint: DL3058\n\n## Why\n\nPractice 19: labels are read by machines (registries link `source`, scanners read `licenses`,\nrelease tooling compares `version`). A label the schema types as `email` that is not an email address breaks those\nreaders silently.\n\nThe rule does nothing until a label schema is configured, as in hadolint:\n\n```yaml\n# .shipshape.yml\nlint:\n  labelSchema:\n    org.opencontainers.image.source: url\n    org.opencontainers.image.revision: hash\n    org.opencontainers.image.created: rfc3339\n    org.opencontainers.image.version: semver\n    org.opencontainers.image.licenses: spdx\n    org.opencontainers.image.authors: email\n    org.opencontainers.image.description: text\n  strictLabels: false\n```\n\n(`label-schema` and `strict-labels` in a `.hadolint.yaml` are read too.)\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nLABEL org.opencontainers.image.authors=\"Team <team@example.com>\"\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nLABEL org.opencontainers.image.authors=\"team@example.com\"\n```\n\n## Exceptions\n\nOnly labels the schema types as `email` are checked; one finding per label per `LABEL`. `ONBUILD LABEL` is not checked. An RFC 5322 address (`local@domain`); a display name around it is not accepted, as in hadolint.\n\n## Ignore it\n\n`# shipshape ignore=label-email-valid` (or `# hadolint ignore=DL3058`) on the line before the instruction\n(for a stage-level finding: before the stage's `FROM`); `# shipshape global ignore=label-email-valid` for the\nwhole file; `lint: { rules: { label-email-valid: off } }` in `.shipshape.yml`.\n",
    "rules/label-git-hash-valid.md": "# label-git-hash-valid\n\nA label the schema types as `hash` should hold a 7- or 40-character git commit hash · default severity: warning · hadolint: DL3055\n\n## Why\n\nPractice 19: labels are read by machines (registries link `source`, scanners read `licenses`,\nrelease tooling compares `version`). A label the schema types as `hash` that is not a git commit hash breaks those\nreaders silently.\n\nThe rule does nothing until a label schema is configured, as in hadolint:\n\n```yaml\n# .shipshape.yml\nlint:\n  labelSchema:\n    org.opencontainers.image.source: url\n    org.opencontainers.image.revision: hash\n    org.opencontainers.image.created: rfc3339\n    org.opencontainers.image.version: semver\n    org.opencontainers.image.licenses: spdx\n    org.opencontainers.image.authors: email\n    org.opencontainers.image.description: text\n  strictLabels: false\n```\n\n(`label-schema` and `strict-labels` in a `.hadolint.yaml` are read too.)\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nLABEL org.opencontainers.image.revision=\"main\"\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nLABEL org.opencontainers.image.revision=\"4f2c1a9e8d7c6b5a4f3e2d1c0b2c6e6a1f6b3b0d\"\n```\n\n## Exceptions\n\nOnly labels the schema types as `hash` are checked; one finding per label per `LABEL`. `ONBUILD LABEL` is not checked. Lower-case hexadecimal, exactly 7 or 40 characters, as hadolint checks.\n\n## Ignore it\n\n`# shipshape ignore=label-git-hash-valid` (or `# hadolint ignore=DL3055`) on the line before the instruction\n(for a stage-level finding: before the stage's `FROM`); `# shipshape global ignore=label-git-hash-valid` for the\nwhole file; `lint: { rules: { label-git-hash-valid: off } }` in `.shipshape.yml`.\n",
    "rules/label-key-valid.md": "# label-key-valid\n\nLabel keys should be lower-case reverse-DNS names outside the namespaces Docker reserves · default severity: style · hadolint: DL3048\n\n## Why\n\nPractice 19 (OCI `LABEL`s for provenance). Docker's label guidelines: keys are lower-case\nreverse-DNS names (`org.opencontainers.image.source`), made of `a-z`, `0-9`, `.` and `-`, starting\nwith a letter and ending with a letter or digit, without `..` or `--`. The `com.docker.*`,\n`io.docker.*` and `org.dockerproject.*` namespaces belong to Docker. Tools that read labels\n(registries, scanners, `docker inspect --format`) expect that shape; a key like `Maintainer` or\n`my_label` quietly splits one convention into several.\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nLABEL Maintainer=\"team@example.com\" com.docker.version=\"1\"\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nLABEL org.opencontainers.image.authors=\"team@example.com\" \\\n      org.opencontainers.image.version=\"1.4.0\"\n```\n\n## Exceptions\n\nOne finding per `LABEL` instruction, naming every bad key. `ONBUILD LABEL` is not checked\n(hadolint does not look inside ONBUILD for this rule).\n\n## Ignore it\n\n`# shipshape ignore=label-key-valid` (or `# hadolint ignore=DL3048`) on the line before the instruction\n(for a stage-level finding: before the stage's `FROM`); `# shipshape global ignore=label-key-valid` for the\nwhole file; `lint: { rules: { label-key-valid: off } }` in `.shipshape.yml`.\n",
    "rules/label-not-empty.md": "# label-not-empty\n\nA label the label schema requires should not be empty · default severity: warning · hadolint: DL3051\n\n## Why\n\nPractice 19: an empty required label satisfies the letter of the schema (the key is there) and\nnone of its purpose.\n\nThe rule does nothing until a label schema is configured, as in hadolint:\n\n```yaml\n# .shipshape.yml\nlint:\n  labelSchema:\n    org.opencontainers.image.source: url\n    org.opencontainers.image.revision: hash\n    org.opencontainers.image.created: rfc3339\n    org.opencontainers.image.version: semver\n    org.opencontainers.image.licenses: spdx\n    org.opencontainers.image.authors: email\n    org.opencontainers.image.description: text\n  strictLabels: false\n```\n\n(`label-schema` and `strict-labels` in a `.hadolint.yaml` are read too.)\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nLABEL org.opencontainers.image.source=\"\"\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nLABEL org.opencontainers.image.source=\"https://github.com/acme/app\"\n```\n\n## Exceptions\n\nOnly labels in the schema are checked (any kind); one finding per label per `LABEL`.\n\n## Ignore it\n\n`# shipshape ignore=label-not-empty` (or `# hadolint ignore=DL3051`) on the line before the instruction\n(for a stage-level finding: before the stage's `FROM`); `# shipshape global ignore=label-not-empty` for the\nwhole file; `lint: { rules: { label-not-empty: off } }` in `.shipshape.yml`.\n",
    "rules/label-not-in-schema.md": "# label-not-in-schema\n\nWith strict labels, only the labels in the label schema are allowed · default severity: info · hadolint: DL3050\n\n## Why\n\nPractice 19: with `strictLabels: true` the schema is the complete list of labels the team agreed\non, so a label outside it is a typo (`org.opencontainers.image.licence`) or a convention drifting.\n\nThe rule does nothing until a label schema is configured, as in hadolint:\n\n```yaml\n# .shipshape.yml\nlint:\n  labelSchema:\n    org.opencontainers.image.source: url\n    org.opencontainers.image.revision: hash\n    org.opencontainers.image.created: rfc3339\n    org.opencontainers.image.version: semver\n    org.opencontainers.image.licenses: spdx\n    org.opencontainers.image.authors: email\n    org.opencontainers.image.description: text\n  strictLabels: true\n```\n\n(`label-schema` and `strict-labels` in a `.hadolint.yaml` are read too.)\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nLABEL org.opencontainers.image.licence=\"MIT\"\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nLABEL org.opencontainers.image.licenses=\"MIT\"\n```\n\n## Exceptions\n\nOff unless `strictLabels` is true. One finding per `LABEL` instruction.\n\n## Ignore it\n\n`# shipshape ignore=label-not-in-schema` (or `# hadolint ignore=DL3050`) on the line before the instruction\n(for a stage-level finding: before the stage's `FROM`); `# shipshape global ignore=label-not-in-schema` for the\nwhole file; `lint: { rules: { label-not-in-schema: off } }` in `.shipshape.yml`.\n",
    "rules/label-required.md": "# label-required\n\nEvery stage should carry the labels the label schema requires · default severity: info · hadolint: DL3049\n\n## Why\n\nPractice 19: an image should say where it came from (source, revision, licence). When the team\nconfigures a label schema, every label in it is required, and a stage that lacks one is reported\nat its `FROM`.\n\nThe rule does nothing until a label schema is configured, as in hadolint:\n\n```yaml\n# .shipshape.yml\nlint:\n  labelSchema:\n    org.opencontainers.image.source: url\n    org.opencontainers.image.revision: hash\n    org.opencontainers.image.created: rfc3339\n    org.opencontainers.image.version: semver\n    org.opencontainers.image.licenses: spdx\n    org.opencontainers.image.authors: email\n    org.opencontainers.image.description: text\n  strictLabels: false\n```\n\n(`label-schema` and `strict-labels` in a `.hadolint.yaml` are read too.)\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nCOPY . /app\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nLABEL org.opencontainers.image.source=\"https://github.com/acme/app\"\nCOPY . /app\n```\n\n## Exceptions\n\nhadolint's stage bookkeeping is kept exactly: a stage built `FROM <alias>` of a stage that set\nthe label inherits it; a stage that is only a `COPY --from` source is excused; when a stage sets the\nlabel, an earlier stage whose alias is this stage's image is excused too. Stages are reported at\ntheir `FROM` line, once per missing label. `ONBUILD LABEL` does not count.\n\n## Ignore it\n\n`# shipshape ignore=label-required` (or `# hadolint ignore=DL3049`) on the line before the instruction\n(for a stage-level finding: before the stage's `FROM`); `# shipshape global ignore=label-required` for the\nwhole file; `lint: { rules: { label-required: off } }` in `.shipshape.yml`.\n",
    "rules/label-rfc3339-valid.md": "# label-rfc3339-valid\n\nA label the schema types as `rfc3339` should hold an RFC 3339 date-time · default severity: warning · hadolint: DL3053\n\n## Why\n\nPractice 19: labels are read by machines (registries link `source`, scanners read `licenses`,\nrelease tooling compares `version`). A label the schema types as `rfc3339` that is not an RFC 3339 date-time breaks those\nreaders silently.\n\nThe rule does nothing until a label schema is configured, as in hadolint:\n\n```yaml\n# .shipshape.yml\nlint:\n  labelSchema:\n    org.opencontainers.image.source: url\n    org.opencontainers.image.revision: hash\n    org.opencontainers.image.created: rfc3339\n    org.opencontainers.image.version: semver\n    org.opencontainers.image.licenses: spdx\n    org.opencontainers.image.authors: email\n    org.opencontainers.image.description: text\n  strictLabels: false\n```\n\n(`label-schema` and `strict-labels` in a `.hadolint.yaml` are read too.)\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nLABEL org.opencontainers.image.created=\"2024-05-01\"\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nLABEL org.opencontainers.image.created=\"2024-05-01T12:00:00Z\"\n```\n\n## Exceptions\n\nOnly labels the schema types as `rfc3339` are checked; one finding per label per `LABEL`. `ONBUILD LABEL` is not checked. A date alone is not enough: RFC 3339 wants a time and a zone (`Z` or `+02:00`).\n\n## Ignore it\n\n`# shipshape ignore=label-rfc3339-valid` (or `# hadolint ignore=DL3053`) on the line before the instruction\n(for a stage-level finding: before the stage's `FROM`); `# shipshape global ignore=label-rfc3339-valid` for the\nwhole file; `lint: { rules: { label-rfc3339-valid: off } }` in `.shipshape.yml`.\n",
    "rules/label-semver-valid.md": "# label-semver-valid\n\nA label the schema types as `semver` should hold a semantic version · default severity: warning · hadolint: DL3056\n\n## Why\n\nPractice 19: labels are read by machines (registries link `source`, scanners read `licenses`,\nrelease tooling compares `version`). A label the schema types as `semver` that is not a semantic version breaks those\nreaders silently.\n\nThe rule does nothing until a label schema is configured, as in hadolint:\n\n```yaml\n# .shipshape.yml\nlint:\n  labelSchema:\n    org.opencontainers.image.source: url\n    org.opencontainers.image.revision: hash\n    org.opencontainers.image.created: rfc3339\n    org.opencontainers.image.version: semver\n    org.opencontainers.image.licenses: spdx\n    org.opencontainers.image.authors: email\n    org.opencontainers.image.description: text\n  strictLabels: false\n```\n\n(`label-schema` and `strict-labels` in a `.hadolint.yaml` are read too.)\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nLABEL org.opencontainers.image.version=\"v1.4\"\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nLABEL org.opencontainers.image.version=\"1.4.0\"\n```\n\n## Exceptions\n\nOnly labels the schema types as `semver` are checked; one finding per label per `LABEL`. `ONBUILD LABEL` is not checked. `MAJOR.MINOR.PATCH` with optional `-prerelease` and `+build`; a leading `v` is not SemVer.\n\n## Ignore it\n\n`# shipshape ignore=label-semver-valid` (or `# hadolint ignore=DL3056`) on the line before the instruction\n(for a stage-level finding: before the stage's `FROM`); `# shipshape global ignore=label-semver-valid` for the\nwhole file; `lint: { rules: { label-semver-valid: off } }` in `.shipshape.yml`.\n",
    "rules/label-spdx-valid.md": "# label-spdx-valid\n\nA label the schema types as `spdx` should hold an SPDX license identifier · default severity: warning · hadolint: DL3054\n\n## Why\n\nPractice 19: labels are read by machines (registries link `source`, scanners read `licenses`,\nrelease tooling compares `version`). A label the schema types as `spdx` that is not an SPDX license identifier breaks those\nreaders silently.\n\nThe rule does nothing until a label schema is configured, as in hadolint:\n\n```yaml\n# .shipshape.yml\nlint:\n  labelSchema:\n    org.opencontainers.image.source: url\n    org.opencontainers.image.revision: hash\n    org.opencontainers.image.created: rfc3339\n    org.opencontainers.image.version: semver\n    org.opencontainers.image.licenses: spdx\n    org.opencontainers.image.authors: email\n    org.opencontainers.image.description: text\n  strictLabels: false\n```\n\n(`label-schema` and `strict-labels` in a `.hadolint.yaml` are read too.)\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nLABEL org.opencontainers.image.licenses=\"MIT License\"\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nLABEL org.opencontainers.image.licenses=\"MIT\"\n```\n\n## Exceptions\n\nOnly labels the schema types as `spdx` are checked; one finding per label per `LABEL`. `ONBUILD LABEL` is not checked. One identifier from the SPDX list (deprecated ones included), matched exactly; like hadolint, expressions such as `MIT OR Apache-2.0` are not accepted.\n\n## Ignore it\n\n`# shipshape ignore=label-spdx-valid` (or `# hadolint ignore=DL3054`) on the line before the instruction\n(for a stage-level finding: before the stage's `FROM`); `# shipshape global ignore=label-spdx-valid` for the\nwhole file; `lint: { rules: { label-spdx-valid: off } }` in `.shipshape.yml`.\n",
    "rules/label-url-valid.md": "# label-url-valid\n\nA label the schema types as `url` should hold an absolute URI · default severity: warning · hadolint: DL3052\n\n## Why\n\nPractice 19: labels are read by machines (registries link `source`, scanners read `licenses`,\nrelease tooling compares `version`). A label the schema types as `url` that is not an absolute URI breaks those\nreaders silently.\n\nThe rule does nothing until a label schema is configured, as in hadolint:\n\n```yaml\n# .shipshape.yml\nlint:\n  labelSchema:\n    org.opencontainers.image.source: url\n    org.opencontainers.image.revision: hash\n    org.opencontainers.image.created: rfc3339\n    org.opencontainers.image.version: semver\n    org.opencontainers.image.licenses: spdx\n    org.opencontainers.image.authors: email\n    org.opencontainers.image.description: text\n  strictLabels: false\n```\n\n(`label-schema` and `strict-labels` in a `.hadolint.yaml` are read too.)\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nLABEL org.opencontainers.image.source=\"github.com/acme/app\"\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nLABEL org.opencontainers.image.source=\"https://github.com/acme/app\"\n```\n\n## Exceptions\n\nOnly labels the schema types as `url` are checked; one finding per label per `LABEL`. `ONBUILD LABEL` is not checked. Any scheme is accepted (`https:`, `git:`, `mailto:`), as RFC 3986 and hadolint's parser do.\n\n## Ignore it\n\n`# shipshape ignore=label-url-valid` (or `# hadolint ignore=DL3052`) on the line before the instruction\n(for a stage-level finding: before the stage's `FROM`); `# shipshape global ignore=label-url-valid` for the\nwhole file; `lint: { rules: { label-url-valid: off } }` in `.shipshape.yml`.\n",
    "rules/last-user-not-root.md": "# last-user-not-root\n\nThe last USER of a stage should not be root · default severity: warning · hadolint: DL3002\n\n## Why\n\nPractice 8: a container that runs as root turns any escape from the application into root on\nthe container and a much shorter path to the host. Switching to root to install packages is fine;\nthe stage must end on an unprivileged user.\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nRUN useradd --uid 10001 app\nUSER app\nUSER root\nCMD [\"python3\", \"app.py\"]\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nUSER root\nRUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*\nUSER 10001:10001\nCMD [\"python3\", \"app.py\"]\n```\n\n## Exceptions\n\n`USER root` followed later in the same stage by a non-root `USER` is fine. As in hadolint, every\nstage whose last USER is `root`, `0`, `root:<group>` or `0:<group>` is reported, at that USER line;\na variable (`USER $APP_USER`) is not judged. `ONBUILD USER` is for child images and not counted.\nA stage with no USER at all is a different rule (the image then runs as the base image's user).\n\n## Ignore it\n\n`# shipshape ignore=last-user-not-root` (or `# hadolint ignore=DL3002`) on the line before the\nUSER; `lint: { rules: { last-user-not-root: off } }` in `.shipshape.yml`.\n",
    "rules/no-fixed-platform.md": "# no-fixed-platform\n\nDo not fix `FROM --platform`; only `$BUILDPLATFORM`/`$TARGETPLATFORM` keep the build portable · default severity: warning · hadolint: DL3029\n\n## Why\n\n`FROM --platform=linux/amd64` pins the stage to one architecture: on an arm64 runner or laptop it\nruns under emulation (slow) or produces an image for the wrong platform. The platform belongs to\nthe build command (`docker buildx build --platform …`); in the Dockerfile, `--platform=$BUILDPLATFORM`\nfor cross-compiling builder stages is the portable use.\n\n## Bad\n\n```dockerfile\nFROM --platform=linux/amd64 python:3.12-slim\n```\n\n## Good\n\n```dockerfile\nFROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM python:3.12-slim\n```\n\n## Exceptions\n\nA value mentioning `BUILDPLATFORM` or `TARGETPLATFORM` (`$BUILDPLATFORM`, `${TARGETPLATFORM}`,\n`\"${BUILDPLATFORM:-}\"`) is fine. Any other value, including a variable of your own, is reported,\nas hadolint does.\n\n## Ignore it\n\n`# shipshape ignore=no-fixed-platform` (or `# hadolint ignore=DL3029`) on the line before the FROM;\n`lint: { rules: { no-fixed-platform: off } }` in `.shipshape.yml`.\n",
    "rules/no-maintainer.md": "# no-maintainer\n\nMAINTAINER is deprecated: use `LABEL org.opencontainers.image.authors=…` · default severity: error · hadolint: DL4000\n\n## Why\n\nPractice 19: provenance belongs in OCI labels, which tools read. MAINTAINER is deprecated and not shown by most of them.\n\n## Bad\n\n```dockerfile\nMAINTAINER jane@example.com\n```\n\n## Good\n\n```dockerfile\nLABEL org.opencontainers.image.authors=\"jane@example.com\"\n```\n\n## Exceptions\n\nNone.\n\n## Ignore it\n\n`# shipshape ignore=no-maintainer` (or `# hadolint ignore=DL4000`) on the line before the instruction;\n`lint: { rules: { no-maintainer: off } }` in `.shipshape.yml`.\n",
    "rules/no-secrets-in-env-or-arg.md": "# no-secrets-in-env-or-arg\n\nKeep secrets out of ENV and ARG (they stay in the image config and history); use `RUN --mount=type=secret` or runtime env · default severity: warning · hadolint: none\n\n## Why\n\nPractice 16: every `ENV` is in the image config (`docker inspect`), and `ARG` values used by a\n`RUN` are recorded in the image history. Anyone who can pull the image can read them, long after\nthe credential was \"only for the build\". BuildKit secret mounts keep a secret out of every layer\nand of the metadata; runtime secrets belong to the orchestrator.\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nENV DATABASE_URL=postgres://app:s3cret@db:5432/app\nARG NPM_TOKEN=npm_0123456789abcdef0123456789abcdef0123\n```\n\n## Good\n\n```dockerfile\n# syntax=docker/dockerfile:1\nFROM python:3.12-slim\nENV DATABASE_URL_FILE=/run/secrets/database_url\nRUN --mount=type=secret,id=npm_token NPM_TOKEN=\"$(cat /run/secrets/npm_token)\" npm ci\n```\n\n## Exceptions\n\nReported: a name with a secret word (`PASSWORD`, `PASSWD`, `SECRET`, `TOKEN`, `APIKEY`,\n`CREDENTIALS`, a trailing `_PASS`, and `KEY` after `API`/`ACCESS`/`SECRET`/`PRIVATE`/`ENCRYPTION`/\n`SIGNING`/`MASTER`/`AUTH`/`CLIENT`/`LICENSE`/`APP`) with a literal value; and any value that is a\nprivate key, a URL with a password (`scheme://user:pass@host`), or a known token format (GitHub,\nGitLab, AWS access key, Slack, Stripe live key, Google API key, npm), whatever the name.\n\nAllowed, to keep false positives rare: names that point at or describe a secret rather than hold\nit (`*_FILE`, `*_PATH`, `*_DIR`, `*_URL`/`*_URI` without credentials, `*_ENDPOINT` such as\n`TOKEN_ENDPOINT`, `*_HOST`, `*_NAME`, `*_ID`, `*_USER`, `*_LENGTH`, `*_TTL`, `*PUBLIC*`,\n`*PUBLISHABLE*`, `*_HASHERS`, `*_MANAGER`, `*_ARN`, `*_REGION`, …); `GPG_KEY`/`*_GPG_KEYS` (bare `KEY` is never a secret word); values that are\nunset (`ARG NPM_TOKEN`), empty, only `$VAR`/`${VAR}` references, booleans, small numbers, paths,\nOpenPGP fingerprints, public keys. The message names the variable, never the value.\n\nOptions (`lint.rules.no-secrets-in-env-or-arg.options`):\n\n- `allow`: names (globs, case-insensitive) never reported, e.g. `['SECRET_KEY']` for a dev default.\n- `deny`: extra names (globs) treated as secret names.\n- `strict: true`: report secret-looking names whatever the value, as BuildKit's\n  `SecretsUsedInArgOrEnv` check does (then `ARG NPM_TOKEN` is reported too).\n\n## Ignore it\n\n`# shipshape ignore=no-secrets-in-env-or-arg` on the line before the `ENV`/`ARG`;\n`lint: { rules: { no-secrets-in-env-or-arg: off } }` in `.shipshape.yml`.\n",
    "rules/no-sudo.md": "# no-sudo\n\nDo not use sudo in RUN; switch USER or use gosu · default severity: error · hadolint: DL3004\n\n## Why\n\nRUN already runs as the current USER; `sudo` adds a setuid binary and a sudoers policy to the image, behaves differently without a TTY, and hides which user really owns the files a step creates (practice 8: be explicit about users).\n\n## Bad\n\n```dockerfile\nUSER app\nRUN sudo apt-get install -y curl\n```\n\n## Good\n\n```dockerfile\nUSER root\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER app\n```\n\n## Exceptions\n\nInstalling the `sudo` package is not reported, only running it (also through `sh -c` and `ONBUILD RUN`).\n\n## Ignore it\n\n`# shipshape ignore=no-sudo` (or `# hadolint ignore=DL3004`) on the line before the instruction;\n`lint: { rules: { no-sudo: off } }` in `.shipshape.yml`.\n",
    "rules/no-user-in-final-stage.md": "# no-user-in-final-stage\n\nSet a non-root USER in the final stage; without one the container runs as root · default severity: warning · hadolint: none\n\n## Why\n\nPractice 8: do not run as root. A final stage with no `USER` at all runs the application as root\n(uid 0) — the default of almost every base image — so any escape from the application is root in\nthe container. hadolint's DL3002 (`last-user-not-root`) only looks at a `USER` that is written;\nthis rule catches the far more common case where none is.\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD [\"python\", \"app.py\"]\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nRUN groupadd -g 10001 app && useradd -r -u 10001 -g app app\nWORKDIR /app\nCOPY . .\nUSER 10001:10001\nCMD [\"python\", \"app.py\"]\n```\n\n## Exceptions\n\nA `USER` in a stage the final stage builds on (`FROM base`) counts. Base images documented to run\nas non-root are accepted: `gcr.io/distroless/*:nonroot` (and `*-nonroot` tags),\n`cgr.dev/chainguard/*`, .NET's chiseled and distroless images (`mcr.microsoft.com/dotnet/*` with a\n`-chiseled` or `-distroless` tag, which set `USER app`) and Jupyter's docker-stacks images\n(`quay.io/jupyter/*`, `jupyter/*`, which run as `jovyan`). Add your own with the option `nonRootBases` (globs over\n`registry/name:tag`):\n\n```yaml\nlint:\n  rules:\n    no-user-in-final-stage: { options: { nonRootBases: ['registry.example.com/base/*-nonroot:*'] } }\n```\n\nThe official-images pattern is accepted too: an `ENTRYPOINT` script that starts as root and\nre-executes itself as the service user with `gosu`/`su-exec` (postgres, redis, mysql) — recognised\nwhen the image has an ENTRYPOINT and a RUN installs, downloads or mentions `gosu`/`su-exec` (or an\nENV names `GOSU_VERSION`).\n\nWindows images (a `windows`/`nanoserver`/`servercore` base or a PowerShell/cmd `SHELL`) have no\nuid 0 and are skipped. A `FROM scratch` image with no `ENTRYPOINT` or `CMD` runs nothing (it\ncarries files for `COPY --from=`) and is skipped too.\n\n`ONBUILD USER` is for child images and does not count. Only the final stage is checked (builder\nstages may stay root). The finding points at the final stage's `FROM`.\n\nThe gosu/su-exec exception reads package lists with ARG and ENV defaults expanded: `ARG RUNTIME_PACKAGES=\"gosu tini\"` then `apk add $RUNTIME_PACKAGES` installs gosu.\n\n## Ignore it\n\n`# shipshape ignore=no-user-in-final-stage` on the line before the final `FROM`;\n`lint: { rules: { no-user-in-final-stage: off } }` in `.shipshape.yml`.\n",
    "rules/npm-pin-versions.md": "# npm-pin-versions\n\nPin versions in `npm install` (`pkg@1.2.3`); a bare `npm install` reads package.json · default severity: warning · hadolint: DL3016\n\n## Why\n\nThe same reason as practice 26 for pip: `npm install express` takes whatever is newest today, so\nthe image changes without a commit. A version (or tag, or commit for git URLs) in the command,\nor the lock file read by a bare `npm install`/`npm ci`, keeps builds reproducible.\n\n## Bad\n\n```dockerfile\nRUN npm install -g pm2\n```\n\n## Good\n\n```dockerfile\nRUN npm install -g pm2@5.4.2\n# or: COPY package.json package-lock.json ./ && RUN npm ci --omit=dev\n```\n\n## Exceptions\n\nAs hadolint: a bare `npm install` (package.json), `name@version` or `@scope/name@version`, git\nURLs with `#commit`/`#semver:…`, tarballs (`.tar`, `.tar.gz`, `.tgz`) and folders (`/`, `./`,\n`../`, `~/`). `npm run … install` is a script, not an install. The values of `--loglevel` and\n`--registry` are not packages. Also checked in `ONBUILD RUN`.\n\nA tool run by path (`/usr/bin/npm`, `/usr/local/bin/npm`) is the same tool; hadolint matches the bare name only.\n\n## Ignore it\n\n`# shipshape ignore=npm-pin-versions` (or `# hadolint ignore=DL3016`) on the line before the RUN;\n`lint: { rules: { npm-pin-versions: off } }` in `.shipshape.yml`.\n",
    "rules/onbuild-trigger-valid.md": "# onbuild-trigger-valid\n\n`ONBUILD` cannot trigger `ONBUILD`, `FROM` or `MAINTAINER` · default severity: error · hadolint: DL3043\n\n## Why\n\nDocker refuses these triggers: `ONBUILD ONBUILD`, `ONBUILD FROM` and `ONBUILD MAINTAINER` fail the\nbuild of this image (BuildKit: \"… isn't allowed as an ONBUILD trigger\"), so the file cannot work.\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nONBUILD FROM python:3.12-slim\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nONBUILD COPY requirements.txt /app/\nONBUILD RUN pip install --no-cache-dir -r /app/requirements.txt\n```\n\n## Exceptions\n\nEvery other instruction is a valid trigger.\n\n## Ignore it\n\n`# shipshape ignore=onbuild-trigger-valid` (or `# hadolint ignore=DL3043`) on the line before the ONBUILD;\n`lint: { rules: { onbuild-trigger-valid: off } }` in `.shipshape.yml`.\n",
    "rules/package-list-sorted.md": "# package-list-sorted\n\nSort the packages of a multi-package install alphabetically (one per line) so diffs and duplicates are easy to see · default severity: style · hadolint: none\n\n## Why\n\nPractice 21 (seed 002): a sorted list, one package per line, makes reviews one-line diffs, shows\nduplicates at a glance and avoids merge conflicts when two people add packages. Off by default:\na matter of style.\n\n## Bad\n\n```dockerfile\nRUN apt-get update && apt-get install -y --no-install-recommends \\\n    git curl ca-certificates \\\n && rm -rf /var/lib/apt/lists/*\n```\n\n## Good\n\n```dockerfile\nRUN apt-get update && apt-get install -y --no-install-recommends \\\n    ca-certificates \\\n    curl \\\n    git \\\n && rm -rf /var/lib/apt/lists/*\n```\n\n## Exceptions\n\nChecks `apt-get`/`apt`/`aptitude install`, `apk add`, `yum`/`dnf`/`microdnf`/`tdnf install`,\n`zypper install` and `pip install` with two or more named packages, case-insensitively, ignoring\nversions (`curl=7.88.*`) and extras (`psycopg[binary]`). Flags and their values (`--virtual\nNAME`, `-r requirements.txt`) are not packages; local paths, wheels and VCS URLs are skipped; a\nlist containing a variable is not judged. Reported at the command's line. Enable with\n`lint: { rules: { package-list-sorted: on } }`.\n\n## Ignore it\n\n`# shipshape ignore=package-list-sorted` on the line before the `RUN`;\n`lint: { rules: { package-list-sorted: off } }` in `.shipshape.yml`.\n",
    "rules/pip-install-into-venv.md": "# pip-install-into-venv\n\nIn a builder stage, `pip install` into a venv (or `--prefix`/`--user`) and copy that tree, not the system site-packages · default severity: info · hadolint: none\n\n## Why\n\nPractice 6: a global `pip install` scatters files over `/usr/local/lib/python3.X/site-packages`,\n`/usr/local/bin` and sometimes `/usr/local/share` or `/etc`. Copying `site-packages` into the final\nstage misses the console scripts and data files, or — copying all of `/usr/local` — overwrites the\nfinal image's own Python with the builder's. A venv (or a `--prefix` tree) is one directory that\nholds everything and copies cleanly.\n\n## Bad\n\n```dockerfile\nFROM python:3.12 AS build\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nFROM python:3.12-slim\nCOPY --from=build /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12 AS build\nRUN python -m venv /venv\nENV PATH=/venv/bin:$PATH\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nFROM python:3.12-slim\nCOPY --from=build /venv /venv\nENV PATH=/venv/bin:$PATH\n```\n\n## Exceptions\n\nInfo, and only reported when both halves are there: a non-final stage runs a global\n`pip install`, **and** the final image copies system Python paths from that stage (`COPY\n--from=<alias|index>` of `…/site-packages`, `…/dist-packages`, `/usr/local/lib/python…`,\n`/usr/local/bin`, `/usr/local`). Not global: `--prefix`, `--target`, `--user`, `--root`; a pip\ncalled by a venv path (`/venv/bin/pip`); `VIRTUAL_ENV`, `PIP_TARGET`, `PIP_PREFIX`, `PIP_USER`\nset; a `PATH` whose first entry is a non-system `…/bin`; `. venv/bin/activate` in the same RUN.\nCopying only built wheels, or building `FROM` the stage, is fine. The finding points at the\nbuilder's first global install.\n\n## Ignore it\n\n`# shipshape ignore=pip-install-into-venv` on the line before the `RUN`;\n`lint: { rules: { pip-install-into-venv: off } }` in `.shipshape.yml`.\n",
    "rules/pip-no-cache-dir.md": "# pip-no-cache-dir\n\nPass `--no-cache-dir` to `pip install` (or set `PIP_NO_CACHE_DIR`) · default severity: warning · hadolint: DL3042\n\n## Why\n\nPractice 26: pip keeps every downloaded wheel in `~/.cache/pip`. In an image layer that cache is\ndead weight (often as large as the installed packages) that the next build never reuses.\n\n## Bad\n\n```dockerfile\nRUN pip install -r requirements.txt\n```\n\n## Good\n\n```dockerfile\nRUN pip install --no-cache-dir -r requirements.txt\n# or: ENV PIP_NO_CACHE_DIR=1\n# or: RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n```\n\n## Exceptions\n\nNot reported when `PIP_NO_CACHE_DIR` is set to a true value (`1`, `true`, `on`, `yes`) by ENV or\nARG in the stage or the stage it builds on, or inline (`PIP_NO_CACHE_DIR=1 pip install …`); when\nthe RUN has a cache or tmpfs mount on pip's cache (a target containing `.cache/pip`, as in\nhadolint, or a whole `~/.cache`), which keeps the cache out of the layer — a mount elsewhere does\nnot; and for `pipx`/`pipenv`.\n\nhadolint's development branch has turned DL3042 into \"use a cache mount\": there, `--no-cache-dir`\nand `PIP_NO_CACHE_DIR` no longer count. shipshape keeps them, deliberately: this rule is about the\nsize of the layer, and without a cache there is nothing to keep out of it.\n\npip is recognised by name, version or path, the one reader every pip rule shares (`src/lint/commands.ts`): `pip`, `pip3`, `pip3.12`, `/venv/bin/pip`, `/opt/venv/bin/pip3`, `/usr/local/bin/pip`, and `python -m pip` by any interpreter (`python3.12 -m pip`, `/venv/bin/python -m pip`). hadolint knows only the bare names, so it misses the rest: a deliberate difference.\n\n## Ignore it\n\n`# shipshape ignore=pip-no-cache-dir` (or `# hadolint ignore=DL3042`) on the line before the RUN;\n`lint: { rules: { pip-no-cache-dir: off } }` in `.shipshape.yml`.\n",
    "rules/pip-pin-versions.md": "# pip-pin-versions\n\nPin versions in `pip install` (`pkg==1.2.3`, or install from a requirements file) · default severity: warning · hadolint: DL3013\n\n## Why\n\nPractice 26 (`pip install --no-cache-dir`, pinned versions): an unpinned `pip install flask` installs\nwhatever is newest on the day of the build, so two builds of the same commit can differ and a\nrelease of a dependency can break an image nobody changed. Pinning makes the build reproducible\nand the dependency layer cacheable.\n\n## Bad\n\n```dockerfile\nRUN pip install --no-cache-dir flask gunicorn\n```\n\n## Good\n\n```dockerfile\nRUN pip install --no-cache-dir flask==3.0.3 gunicorn==22.0.0\n# or, better: COPY requirements.txt . && RUN pip install --no-cache-dir -r requirements.txt\n```\n\n## Exceptions\n\nAs hadolint: not reported for `-r`/`--requirement` files, `-c`/`--constraint` files, the local\nproject (`pip install .`, `-e .`), local archives (`*.whl`, `*.tar.gz`), paths and URLs (a word\nwith `/`), VCS URLs with a ref (`git+https://…@v1.2`), and any version specifier (`==`, `>=`,\n`<=`, `<`, `>`, `!=`, `~=`, `===`). The values of options such as `--index-url`, `-i`,\n`--target`, `--prefix`, `--trusted-host`, `--root-user-action` and pipx's `--python` are not read\nas packages. `pipx install` is checked like pip (it installs a tool at whatever version is newest;\nhadolint 2.14 and later agree); `pipenv` installs from its lock file and is not checked. Also checked in `ONBUILD RUN`. (One deliberate difference: `--index-url=URL pkg` reports\n`pkg`; hadolint drops the word after any such option even when the value is joined with `=`.)\n\npip is recognised by name, version or path, the one reader every pip rule shares (`src/lint/commands.ts`): `pip`, `pip3`, `pip3.12`, `/venv/bin/pip`, `/opt/venv/bin/pip3`, `/usr/local/bin/pip`, and `python -m pip` by any interpreter (`python3.12 -m pip`, `/venv/bin/python -m pip`). hadolint knows only the bare names, so it misses the rest: a deliberate difference.\n\nARG and ENV defaults are expanded before the packages are read: `ARG PKGS=\"flask gunicorn==22.0\"` then `pip install $PKGS` names `flask` unpinned, and a variable holding an option (`${PIP_INDEX_OPTION}` = `--index-url …`) is an option. A word whose variable has no known value is not taken for a package name (hadolint reports it as unpinned).\n\n## Ignore it\n\n`# shipshape ignore=pip-pin-versions` (or `# hadolint ignore=DL3013`) on the line before the RUN;\n`lint: { rules: { pip-pin-versions: off } }` in `.shipshape.yml`.\n",
    "rules/pipefail-before-pipe.md": "# pipefail-before-pipe\n\nSet `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` before a RUN with a pipe · default severity: warning · hadolint: DL4006\n\n## Why\n\n`curl … | tar x` succeeds when curl fails, because a pipeline's status is its last command's: the build goes on with a half-downloaded file. `pipefail` makes the failure fail the build.\n\n## Bad\n\n```dockerfile\nRUN curl -fsSL https://example.com/app.tar.gz | tar -xz\n```\n\n## Good\n\n```dockerfile\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl -fsSL https://example.com/app.tar.gz | tar -xz\n```\n\n## Exceptions\n\nSHELL with bash, zsh or ash (any path) and `-o pipefail` (also clustered, `-eo pipefail`, and also after `-c`, where bash still applies it) satisfies it until the next FROM or SHELL. Non-POSIX shells (PowerShell, cmd) are not checked. A pipe inside a quoted `sh -c '…'` string is not seen, as in hadolint. `ONBUILD RUN` is not checked: it runs under the child image's SHELL.\n\n## Ignore it\n\n`# shipshape ignore=pipefail-before-pipe` (or `# hadolint ignore=DL4006`) on the line before the instruction;\n`lint: { rules: { pipefail-before-pipe: off } }` in `.shipshape.yml`.\n",
    "rules/poetry-install-without-dev.md": "# poetry-install-without-dev\n\nInstall only production dependencies in the final stage: `poetry install --only main` (or `--without dev`) · default severity: warning · hadolint: none\n\n## Why\n\nPractice 17: a plain `poetry install` also installs the dev group — test runners, linters, type\ncheckers, debuggers. In the final image they are dead weight and extra attack surface, and they\ncan change behaviour (pytest plugins, debug toolbars).\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nRUN pip install --no-cache-dir poetry\nCOPY pyproject.toml poetry.lock ./\nRUN poetry install --no-root\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nRUN pip install --no-cache-dir poetry\nCOPY pyproject.toml poetry.lock ./\nRUN poetry install --only main --no-root\n```\n\n## Exceptions\n\nOnly `RUN`s of the final stage are checked (a builder or test stage may install everything).\nAccepted: `--only <groups>` without `dev`, any `--without <groups>` (the author chose the groups),\n`--no-dev` (Poetry < 1.2), `--only-root`. `poetry sync` is read like `poetry install`. A RUN\nthat also has a `poetry install` leaving dev out is a build-time choice and is not reported:\n`if [ \"$INSTALL_DEV\" = true ]; then poetry install; else poetry install --only main; fi`.\n`ONBUILD RUN` counts.\n\n## Ignore it\n\n`# shipshape ignore=poetry-install-without-dev` on the line before the `RUN`;\n`lint: { rules: { poetry-install-without-dev: off } }` in `.shipshape.yml`.\n",
    "rules/prefer-slim-base-image.md": "# prefer-slim-base-image\n\nBuild the final image on the `-slim` variant of an official base image that has one · default severity: warning · hadolint: none\n\n## Why\n\nPractice 1: start from a small base. The full `python:3.11` image is about 1 GB (compilers,\nheaders, documentation), `python:3.11-slim` about 150 MB (seed 003 measures 1.03 GB vs 149 MB).\nEverything in the base is pulled on every deploy and is attack surface for every CVE scanner.\n\n## Bad\n\n```dockerfile\nFROM python:3.12\nCOPY . /app\nCMD [\"gunicorn\", \"app:app\"]\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nCOPY . /app\nCMD [\"gunicorn\", \"app:app\"]\n```\n\n## Exceptions\n\nOnly the image the final stage is made of is checked (also through `FROM <stage>` and through a\n`FROM ${BASE}` whose global `ARG` default names the image); a full image in a builder stage is the\npoint of a multi-stage build. Only official Docker Hub images that really publish a slim tag for\nevery full tag are suggested: `python`, `pypy`, `ruby`, `rust`, `node`, `debian`. `ubuntu` and\n`golang` have no slim variant and are never reported. Tags that are already small (`-slim`,\n`-alpine`, distroless) or not Linux (`windowsservercore`) are left alone.\n\nA slim tag is suggested only when the tag is of a family known to have one: a version and/or a Debian codename for `python`, `pypy`, `ruby` and `rust` (`3.12`, `3.12-bookworm`, `3.13.0rc1`), a version or LTS line with an optional codename for `node` (`20`, `iron-bookworm`), a version, suite or codename with an optional date for `debian`. Any other word in the tag (`3-onbuild`, `1-bookworm-nightly`) is another variant family, and no tag is invented for it (there is no `python:3-onbuild-slim`).\n\nA final image with no `ENTRYPOINT` or `CMD` of its own (in it or the stages it builds on) runs no app: it is a dev container, toolchain or base image that wants the full image's compilers and tools, and is not reported.\n\n## Ignore it\n\n`# shipshape ignore=prefer-slim-base-image` on the line before the `FROM`;\n`lint: { rules: { prefer-slim-base-image: off } }` in `.shipshape.yml`.\n",
    "rules/python-unbuffered.md": "# python-unbuffered\n\nSet `ENV PYTHONUNBUFFERED=1` in Python images so logs are not lost when the process dies · default severity: info · hadolint: none\n\n## Why\n\nPractice 12: when stdout is not a terminal (always, in a container), Python buffers it. If the\nprocess crashes or is killed, the last buffered lines — usually the ones explaining why — never\nreach `docker logs`. `PYTHONUNBUFFERED=1` (or `python -u`) writes them at once.\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nCOPY . /app\nCMD [\"python\", \"/app/app.py\"]\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nENV PYTHONUNBUFFERED=1\nCOPY . /app\nCMD [\"python\", \"/app/app.py\"]\n```\n\n## Exceptions\n\nOnly the final image is checked. It counts as Python when its base image name contains `python`\n(`python:*`, `cgr.dev/chainguard/python`, `gcr.io/distroless/python3`, also through\n`FROM <stage>` and a `FROM ${BASE}` with a global ARG default) or when the image installs the\ninterpreter with a package manager (`python3`, `python3.11`, `python3-pip`, …) and keeps it — an interpreter installed only as a\nbuild dependency and removed again (`apk del .build-deps`, as `node:alpine` does) or a library\nsuch as `python3-yaml` does not count. An interpreter kept in a non-Python base counts only when\nthe image also `pip install`s its own code (a requirements file, `.`, an editable or another\nlocal path; a named tool such as `pip install awscli` does not count) or its process runs Python (`python…`, `gunicorn`, `uvicorn`,\n`celery`, `flask`, a `*.py` script) or it sets no process at all: a Node image that keeps\n`python3` for node-gyp and runs `node server.js` is not a Python app. Any non-empty value counts, as Python reads it; an ENV in a stage\nthe final one builds on counts; `python -u` in the ENTRYPOINT/CMD counts. The finding points at\nthe final `FROM`.\n\n## Ignore it\n\n`# shipshape ignore=python-unbuffered` on the line before the final `FROM`;\n`lint: { rules: { python-unbuffered: off } }` in `.shipshape.yml`.\n",
    "rules/run-consecutive.md": "# run-consecutive\n\nConsecutive single-command `RUN` instructions: consider one RUN with `&&` · default severity: info · hadolint: DL3059\n\n## Why\n\nPractice 25: every `RUN` is a layer. Two RUNs in a row that each run one command add a layer\n(and a cache step) for nothing, and split work such as `apt-get update` and `apt-get install`\nthat must happen together.\n\n## Bad\n\n```dockerfile\nFROM debian:bookworm\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n```\n\n## Good\n\n```dockerfile\nFROM debian:bookworm\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n```\n\n## Exceptions\n\nhadolint's exceptions: a RUN that already chains several commands (`&&`, `;`, pipes) is taken\nas deliberate, so it is neither reported nor makes the next one reported; RUNs with different\nflags (`--mount`, `--network`, `--security`) are not merged candidates; a mount's options are\ncompared as parsed, so their order and spellings (`dest=`/`target=`, `readonly`/`ro`) do not\nmatter. Comments between RUNs do not break the sequence; any other instruction does, `ONBUILD`\nincluded.\n\n## Ignore it\n\n`# shipshape ignore=run-consecutive` (or `# hadolint ignore=DL3059`) on the line before the instruction\n(for a stage-level finding: before the stage's `FROM`); `# shipshape global ignore=run-consecutive` for the\nwhole file; `lint: { rules: { run-consecutive: off } }` in `.shipshape.yml`.\n",
    "rules/run-no-pointless-commands.md": "# run-no-pointless-commands\n\nDo not RUN commands that make no sense in an image build · default severity: info · hadolint: DL3001\n\n## Why\n\nA build step has no terminal, no init system and no running services: `ssh`, `vim`, `service`, `shutdown`, `ps`, `top`, `free`, `kill` and `mount` either hang, fail, or do nothing that survives into the image. Their presence usually means a script written for a VM was pasted into a Dockerfile (practice 10: the container's process model is not a VM's).\n\n## Bad\n\n```dockerfile\nRUN service nginx start && ps aux\n```\n\n## Good\n\n```dockerfile\n# start the server as the container's command instead\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n```\n\n## Exceptions\n\nOnly command names are checked (also after `sudo`, inside `sh -c` and `$(…)`); the words as arguments (`apt-get install vim`) are fine. CMD and ENTRYPOINT are not checked.\n\n## Ignore it\n\n`# shipshape ignore=run-no-pointless-commands` (or `# hadolint ignore=DL3001`) on the line before the instruction;\n`lint: { rules: { run-no-pointless-commands: off } }` in `.shipshape.yml`.\n",
    "rules/single-cmd.md": "# single-cmd\n\nUse at most one CMD per stage · default severity: warning · hadolint: DL4003\n\n## Why\n\nOnly the last CMD takes effect; earlier ones mislead whoever reads the file.\n\n## Bad\n\n```dockerfile\nCMD [\"flask\", \"run\"]\nCMD [\"gunicorn\", \"app:app\"]\n```\n\n## Good\n\n```dockerfile\nCMD [\"gunicorn\", \"app:app\"]\n```\n\n## Exceptions\n\nEach stage may have one. `ONBUILD CMD` is not counted.\n\n## Ignore it\n\n`# shipshape ignore=single-cmd` (or `# hadolint ignore=DL4003`) on the line before the instruction;\n`lint: { rules: { single-cmd: off } }` in `.shipshape.yml`.\n",
    "rules/single-entrypoint.md": "# single-entrypoint\n\nUse at most one ENTRYPOINT per stage · default severity: error · hadolint: DL4004\n\n## Why\n\nOnly the last ENTRYPOINT takes effect; an earlier one (say, the init from practice 10) silently disappears.\n\n## Bad\n\n```dockerfile\nENTRYPOINT [\"/usr/bin/tini\", \"--\"]\nENTRYPOINT [\"python3\"]\n```\n\n## Good\n\n```dockerfile\nENTRYPOINT [\"/usr/bin/tini\", \"--\"]\nCMD [\"python3\", \"app.py\"]\n```\n\n## Exceptions\n\nEach stage may have one.\n\n## Ignore it\n\n`# shipshape ignore=single-entrypoint` (or `# hadolint ignore=DL4004`) on the line before the instruction;\n`lint: { rules: { single-entrypoint: off } }` in `.shipshape.yml`.\n",
    "rules/single-healthcheck.md": "# single-healthcheck\n\nUse at most one HEALTHCHECK per stage · default severity: error · hadolint: DL3012\n\n## Why\n\nOnly the last HEALTHCHECK of a stage takes effect; an earlier one is dead text that readers will trust.\n\n## Bad\n\n```dockerfile\nHEALTHCHECK CMD curl -f http://localhost/\nHEALTHCHECK CMD wget -q -O- http://localhost/\n```\n\n## Good\n\n```dockerfile\nHEALTHCHECK --interval=30s CMD [\"python3\", \"-c\", \"import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz')\"]\n```\n\n## Exceptions\n\nEach stage may have one. The second and later ones are reported.\n\n## Ignore it\n\n`# shipshape ignore=single-healthcheck` (or `# hadolint ignore=DL3012`) on the line before the instruction;\n`lint: { rules: { single-healthcheck: off } }` in `.shipshape.yml`.\n",
    "rules/stage-name-not-reserved.md": "# stage-name-not-reserved\n\nA stage name (`AS …`) should not be a reserved word (`scratch`, `context`) · default severity: warning · hadolint: DL3063\n\n## Why\n\n`scratch` already means the empty image and `context` names the build context in BuildKit\n(`COPY --from=context`, named contexts); a stage called either is confusing at best and, depending\non the BuildKit version, refused or shadowed.\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim AS context\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim AS build\n```\n\n## Exceptions\n\nThe alias is compared as written.\n\n## Ignore it\n\n`# shipshape ignore=stage-name-not-reserved` (or `# hadolint ignore=DL3063`) on the line before the instruction\n(for a stage-level finding: before the stage's `FROM`); `# shipshape global ignore=stage-name-not-reserved` for the\nwhole file; `lint: { rules: { stage-name-not-reserved: off } }` in `.shipshape.yml`.\n",
    "rules/stage-names-unique.md": "# stage-names-unique\n\n`FROM` aliases (stage names) must be unique · default severity: error · hadolint: DL3024\n\n## Why\n\nPractice 5 (multi-stage builds): `COPY --from=<name>` and `--target <name>` pick a stage by name.\nBuildKit refuses a file where two stages share a name (\"duplicate stage name\"), and older builders\nsilently used one of them.\n\n## Bad\n\n```dockerfile\nFROM python:3.12 AS build\nFROM node:22 AS build\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12 AS build-python\nFROM node:22 AS build-assets\n```\n\n## Exceptions\n\nStages without `AS` are not compared. Each repeat is reported at its FROM.\n\n## Ignore it\n\n`# shipshape ignore=stage-names-unique` (or `# hadolint ignore=DL3024`) on the line before the FROM;\n`lint: { rules: { stage-names-unique: off } }` in `.shipshape.yml`.\n",
    "rules/trusted-registry.md": "# trusted-registry\n\nUse only images from the trusted registries (`trustedRegistries` in the config) · default severity: error · hadolint: DL3026\n\n## Why\n\nPractice 3 (pin the base image) and supply-chain hygiene: an organisation that mirrors or vets its\nbase images wants every `FROM`, `COPY --from=<image>` and `RUN --mount=…,from=<image>` to come from\nits own registries, not from an arbitrary one. The rule only runs when trusted registries are\nconfigured.\n\n## Bad\n\n```dockerfile\n# .shipshape.yml: lint: { trustedRegistries: [ghcr.io/acme, registry.acme.dev] }\nFROM quay.io/someone/python:3.12\n```\n\n## Good\n\n```dockerfile\nFROM registry.acme.dev/python:3.12-slim\n```\n\n## Exceptions\n\nNothing is checked unless `trustedRegistries` is set (`.shipshape.yml`, or `trustedRegistries` in\n`.hadolint.yaml`). `FROM scratch` and earlier stages (`FROM builder`, `COPY --from=builder`) are\nfine. An image without a registry is a Docker Hub image: trusted only when `docker.io` or\n`hub.docker.com` is listed. Patterns: `*` trusts everything, `*.example.com` a suffix,\n`registry.*` a prefix. One deliberate difference from hadolint: a numeric `COPY --from=0` is a\nstage index, never an image, and is not reported. Like hadolint, ONBUILD triggers are not checked.\n\n## Ignore it\n\n`# shipshape ignore=trusted-registry` (or `# hadolint ignore=DL3026`) on the line before the instruction;\n`lint: { rules: { trusted-registry: off } }` in `.shipshape.yml`.\n",
    "rules/use-shell-to-change-shell.md": "# use-shell-to-change-shell\n\nUse SHELL to change the default shell, not `ln -s … /bin/sh` · default severity: warning · hadolint: DL4005\n\n## Why\n\nRelinking `/bin/sh` changes the shell for every program in the image, including system scripts that expect a POSIX sh; SHELL changes it only for the RUN instructions that follow.\n\n## Bad\n\n```dockerfile\nRUN ln -sf /bin/bash /bin/sh\n```\n\n## Good\n\n```dockerfile\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n```\n\n## Exceptions\n\nAny `ln` with the argument `/bin/sh` is reported.\n\n## Ignore it\n\n`# shipshape ignore=use-shell-to-change-shell` (or `# hadolint ignore=DL4005`) on the line before the instruction;\n`lint: { rules: { use-shell-to-change-shell: off } }` in `.shipshape.yml`.\n",
    "rules/use-workdir-not-cd.md": "# use-workdir-not-cd\n\nUse WORKDIR to switch to a directory, not `cd` in RUN · default severity: warning · hadolint: DL3003\n\n## Why\n\n`cd` lasts for one RUN; the next instruction is back where it was, which surprises readers and breaks copy-pasted sequences. WORKDIR states the directory once for every later instruction and creates it if needed (practice 15).\n\n## Bad\n\n```dockerfile\nRUN cd /usr/src/app && make\n```\n\n## Good\n\n```dockerfile\nWORKDIR /usr/src/app\nRUN make\n```\n\n## Exceptions\n\nAny `cd` command is reported, including in subshells (as hadolint does) and inside `sh -c '…'` (which hadolint does not read). `ONBUILD RUN` is checked like `RUN` (hadolint skips ONBUILD for this rule; shipshape checks every RUN a child image will run). `make -C dir`, `git -C dir` and `tar -C dir` are the per-command alternative.\n\n## Ignore it\n\n`# shipshape ignore=use-workdir-not-cd` (or `# hadolint ignore=DL3003`) on the line before the instruction;\n`lint: { rules: { use-workdir-not-cd: off } }` in `.shipshape.yml`.\n",
    "rules/user-numeric-id.md": "# user-numeric-id\n\nGive USER a numeric user id: a name may not be resolvable by the host or the orchestrator (runAsNonRoot) · default severity: info · hadolint: DL3066\n\n## Why\n\nA user name is resolved inside the image, from its `/etc/passwd`. Anything outside the image that\nmust know the user before it starts (Kubernetes' `runAsNonRoot`, a pod security policy, a volume's\nownership on the host) sees only the name and cannot tell whether it is uid 0. A numeric uid (and\ngid) says what the process will run as (practice 8: be explicit about users).\n\n## Bad\n\n```dockerfile\nFROM debian:bookworm-slim\nRUN useradd --uid 10001 app\nUSER app\n```\n\n## Good\n\n```dockerfile\nFROM debian:bookworm-slim\nRUN useradd --uid 10001 app\nUSER 10001:10001\n```\n\n## Exceptions\n\nOnly the user part is judged (`USER 10001:app` is fine). A user given by a variable declared\nearlier in the file (`ARG APP_UID` then `USER ${APP_UID}`) is chosen at build time and not\nreported, as in hadolint; shipshape also accepts an ENV-declared variable. `ONBUILD USER` is for\nchild images and not checked.\n\n**Deliberate differences** (hadolint reports all three): a user that is only a variable declared\nnowhere in the file (`USER $APP_UID`, `USER ${NB_UID}`) comes from the base image's ENV, which\ncannot be seen, so it is not judged; `USER root` is uid 0 on every system (whether the image should\nrun as root is `last-user-not-root`'s question); Windows images (`USER ContainerUser`) have no\nnumeric user ids at all.\n\n## Ignore it\n\n`# shipshape ignore=user-numeric-id` (or `# hadolint ignore=DL3066`) on the line before the instruction;\n`lint: { rules: { user-numeric-id: off } }` in `.shipshape.yml`.\n",
    "rules/useradd-high-uid-log-init.md": "# useradd-high-uid-log-init\n\nPass `-l` (`--no-log-init`) to `useradd` with a high UID, or the lastlog file bloats the image · default severity: warning · hadolint: DL3046\n\n## Why\n\nPractice 8 (a non-root user with a fixed id) meets a trap: `useradd` writes the user's entry into\n`/var/log/lastlog` and `/var/log/faillog` at an offset proportional to the UID. These are sparse\nfiles on disk, but an image layer stores them in full: a UID of 100000000 adds gigabytes. `-l`\nskips the log entries.\n\n## Bad\n\n```dockerfile\nRUN useradd -u 100000 app\n```\n\n## Good\n\n```dockerfile\nRUN useradd -l -u 100000 app\n# or a UID of five digits or fewer:\nRUN useradd -u 10001 app\n```\n\n## Exceptions\n\nAs in hadolint: only a `-u` value longer than five characters is reported. A variable counts as\nsuch (`-u ${APP_UID}` is read as `${VAR}`, six characters), and the value of `--uid` is not read.\n\n## Ignore it\n\n`# shipshape ignore=useradd-high-uid-log-init` (or `# hadolint ignore=DL3046`) on the line before the RUN;\n`lint: { rules: { useradd-high-uid-log-init: off } }` in `.shipshape.yml`.\n",
    "rules/wget-progress.md": "# wget-progress\n\nPass `--progress=dot:giga` (or `-q`/`-nv`) to `wget`, or its progress bar bloats the build log · default severity: info · hadolint: DL3047\n\n## Why\n\nWithout a terminal, wget's default progress output prints a line per few kilobytes: downloading a\nlarge file writes megabytes into the build log, which CI truncates, hiding the errors that matter.\n\n## Bad\n\n```dockerfile\nRUN wget https://example.com/release.tar.gz\n```\n\n## Good\n\n```dockerfile\nRUN wget --progress=dot:giga https://example.com/release.tar.gz\n# or quiet:\nRUN wget -q https://example.com/release.tar.gz\n```\n\n## Exceptions\n\nAny `--progress=…`, `-q`/`--quiet`, `-nv`/`--no-verbose`, or a log file (`-o`/`--output-file`,\n`-a`/`--append-output`) is fine. `-O` (the download's name) is not a log option. Applies to\n`ONBUILD RUN` too.\n\nThe advice fits the wget at hand. On an Alpine image (`alpine`, an `-alpine` tag, or any image whose RUNs use `apk`) where no `apk add wget` came first, `wget` is busybox's, which rejects `--progress`: the message then asks for `-q` only. hadolint gives the `--progress=dot:giga` advice everywhere. wget run by path (`/usr/bin/wget`) is checked too.\n\n## Ignore it\n\n`# shipshape ignore=wget-progress` (or `# hadolint ignore=DL3047`) on the line before the RUN;\n`lint: { rules: { wget-progress: off } }` in `.shipshape.yml`.\n",
    "rules/workdir-absolute.md": "# workdir-absolute\n\nUse an absolute WORKDIR · default severity: error · hadolint: DL3000\n\n## Why\n\nPractice 15: `WORKDIR app` is relative to whatever WORKDIR the base image (or an earlier line) set,\nso the same Dockerfile puts files in different places when the base image changes. An absolute\npath says where the application lives.\n\n## Bad\n\n```dockerfile\nFROM python:3.12-slim\nWORKDIR app\n```\n\n## Good\n\n```dockerfile\nFROM python:3.12-slim\nWORKDIR /app\n```\n\n## Exceptions\n\nA path starting with a variable (`WORKDIR $APP_HOME`) and Windows drive paths (`C:\\app`) are\naccepted, as hadolint does. `ONBUILD WORKDIR` is not checked (hadolint does not either).\n\n## Ignore it\n\n`# shipshape ignore=workdir-absolute` (or `# hadolint ignore=DL3000`) on the line before the\ninstruction; `lint: { rules: { workdir-absolute: off } }` in `.shipshape.yml`.\n",
    "rules/yarn-cache-clean.md": "# yarn-cache-clean\n\nRun `yarn cache clean` after `yarn install` (or use a cache mount) in the image you ship · default severity: info · hadolint: DL3060\n\n## Why\n\nPractice 27 (know the size): yarn keeps every downloaded package in its cache, often hundreds of\nmegabytes, and a cache written in a `RUN` stays in that layer forever. Clean it in the same RUN, or\nkeep it out of the layer with a BuildKit cache mount.\n\n## Bad\n\n```dockerfile\nFROM node:22-slim\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile\n```\n\n## Good\n\n```dockerfile\nFROM node:22-slim\nCOPY package.json yarn.lock ./\nRUN --mount=type=cache,target=/root/.cache/yarn yarn install --frozen-lockfile\n# or: RUN yarn install --frozen-lockfile && yarn cache clean\n```\n\n## Exceptions\n\nAs hadolint: only stages that end up in an image matter, the last stage and stages another\nstage is built `FROM` (a builder stage only copied from is fine). A `--mount=type=cache` or\n`type=tmpfs` whose target contains `.cache/yarn` makes the cleanup moot. `yarn cache clean` must\ncome after the install. `ONBUILD RUN` triggers are always checked (they run in child images).\n\n## Ignore it\n\n`# shipshape ignore=yarn-cache-clean` (or `# hadolint ignore=DL3060`) on the line before the instruction\n(for a stage-level finding: before the stage's `FROM`); `# shipshape global ignore=yarn-cache-clean` for the\nwhole file; `lint: { rules: { yarn-cache-clean: off } }` in `.shipshape.yml`.\n",
    "rules/yum-assume-yes.md": "# yum-assume-yes\n\nPass `-y` to `yum install` so the build never waits for an answer · default severity: warning · hadolint: DL3030\n\n## Why\n\nA build has no one to answer yum's \"Is this ok [y/N]\" prompt. Without `-y` (`--assumeyes`) yum reads\nend-of-input as \"no\" and the RUN fails, or a build with a terminal attached hangs.\n\n## Bad\n\n```dockerfile\nRUN yum install httpd-2.4.6 && yum clean all\n```\n\n## Good\n\n```dockerfile\nRUN yum install -y httpd-2.4.6 && yum clean all\n```\n\n## Exceptions\n\nChecked for `yum install`, `yum groupinstall` and `yum localinstall`; `-y` may be written anywhere\non the command (`yum -y install`, `-qy`). Other subcommands are not checked. Applies to\n`ONBUILD RUN` too.\n\n## Ignore it\n\n`# shipshape ignore=yum-assume-yes` (or `# hadolint ignore=DL3030`) on the line before the RUN;\n`lint: { rules: { yum-assume-yes: off } }` in `.shipshape.yml`.\n",
    "rules/yum-cache-cleaned.md": "# yum-cache-cleaned\n\nRun `yum clean all` in the RUN that runs `yum install` (or mount a cache at /var/cache/yum) · default severity: warning · hadolint: DL3032\n\n## Why\n\nPractice 27 (know your layers): `yum install` leaves repository metadata and downloaded packages in\n`/var/cache/yum`, often tens of megabytes. Only a clean in the same RUN keeps them out of the layer;\na later RUN can hide them but the bytes stay in the image.\n\n## Bad\n\n```dockerfile\nRUN yum install -y httpd-2.4.6\n```\n\n## Good\n\n```dockerfile\nRUN yum install -y httpd-2.4.6 && yum clean all\n# or, with BuildKit:\nRUN --mount=type=cache,target=/var/cache/yum yum install -y httpd-2.4.6\n```\n\n## Exceptions\n\nFine when, after the last `yum install` of the RUN, it runs `yum clean all` (`yum clean` alone or\n`yum clean metadata` leaves packages behind) or removes the cache with `rm -r` (`rm -rf\n/var/cache/yum/*`; hadolint accepts only that spelling, shipshape also `rm -fr`, `rm -r -f` and the\ndirectory without `/*`) or with `find /var/cache/yum … -delete`, from the cleanup table shared\nwith the apt, dnf and zypper rules (`src/lint/rules/_cleanup/`); a clean before the install cleans nothing the install leaves. Also fine with a\ncache or tmpfs mount whose target contains `/var/cache/yum` — or `/var/cache/dnf`, where `yum` on\nRHEL 8 and later keeps its cache (hadolint knows only the first; the same two paths count for\n`rm`). Applies to `ONBUILD RUN` too.\n\nhadolint's development branch has turned DL3032 into \"use a cache mount\": there, `yum clean all`\nno longer counts. shipshape keeps the clean, deliberately: this rule is about the size of the\nlayer, and a clean in the same RUN keeps the cache out of it as surely as a mount does.\n\n## Ignore it\n\n`# shipshape ignore=yum-cache-cleaned` (or `# hadolint ignore=DL3032`) on the line before the RUN;\n`lint: { rules: { yum-cache-cleaned: off } }` in `.shipshape.yml`.\n",
    "rules/yum-pin-versions.md": "# yum-pin-versions\n\nPin versions in `yum install` (`<package>-<version>`, modules as `<module>:<stream>`) · default severity: warning · hadolint: DL3033\n\n## Why\n\nPractice 3 and 26 (pin what you install): an unpinned package installs whatever the repository\nholds on the day of the build, so two builds of one commit can differ and a rebuild can break.\n\n## Bad\n\n```dockerfile\nRUN yum install -y httpd && yum clean all\nRUN yum module install -y nodejs && yum clean all\n```\n\n## Good\n\n```dockerfile\nRUN yum install -y httpd-2.4.6-99.el7 && yum clean all\nRUN yum module install -y nodejs:18 && yum clean all\n```\n\n## Exceptions\n\nAs in hadolint, a package counts as pinned when, after its first `-`, every `-`-separated part is\nmade of version characters (`0-9 A-Z a-z . ~ ^ _ : +`) and one of them starts with a digit:\n`gcc-c++-11.3`, `openssl-1:1.1.1k`, `rpm-sign-4.16` are pinned, `rpm-sign` and `python3-devel` are\nnot. A module needs a `:stream`. Two deliberate differences from hadolint, both cases where it\nasks for a version that cannot be given: groups (`yum group install …`) have no version and are\nskipped (hadolint reads `group` and the group names as packages; its dnf rule skips them), and a\n`.rpm` file is accepted even without a `-` in its name (hadolint reports `/tmp/app.rpm`). A version\ngiven by a variable\n(`tomcat-${VERSION}`, `tomcat-$VERSION`) is accepted when the Dockerfile declares the variable, as\nhadolint reads it: an ENV of the stage or of the stage it builds on, or an ARG anywhere before\n(hadolint does not scope ARGs to their stage). An undeclared variable, or a bare `$PACKAGES`, is\nnot a version. Applies to `ONBUILD RUN` too.\n\n## Ignore it\n\n`# shipshape ignore=yum-pin-versions` (or `# hadolint ignore=DL3033`) on the line before the RUN;\n`lint: { rules: { yum-pin-versions: off } }` in `.shipshape.yml`.\n",
    "rules/zypper-cache-cleaned.md": "# zypper-cache-cleaned\n\nRun `zypper clean` in the RUN that runs `zypper install` (or mount a cache at /var/cache/zypp) · default severity: warning · hadolint: DL3036\n\n## Why\n\nPractice 27 (know your layers): zypper keeps repository metadata and packages in `/var/cache/zypp`.\nOnly a clean in the same RUN keeps them out of the layer.\n\n## Bad\n\n```dockerfile\nRUN zypper -n install mariadb=10.6.16\n```\n\n## Good\n\n```dockerfile\nRUN zypper -n install mariadb=10.6.16 && zypper clean --all\n# or, with BuildKit:\nRUN --mount=type=cache,target=/var/cache/zypp zypper -n install mariadb=10.6.16\n```\n\n## Exceptions\n\n`zypper clean` or `zypper cc` after the last `zypper install`/`zypper in` of the RUN (a clean\nbefore the install cleans nothing it leaves), an `rm -r` of `/var/cache/zypp` (or `find … -delete`;\nthe cleanup table shared with the apt, yum and dnf rules, `src/lint/rules/_cleanup/`), or a cache or tmpfs mount whose target contains\n`/var/cache/zypp`. Applies to `ONBUILD RUN` too.\n\nhadolint's development branch has turned DL3036 into \"use a cache mount\": there, `zypper clean`\nno longer counts. shipshape keeps the clean, deliberately: this rule is about the size of the\nlayer, and a clean in the same RUN keeps the cache out of it as surely as a mount does.\n\n## Ignore it\n\n`# shipshape ignore=zypper-cache-cleaned` (or `# hadolint ignore=DL3036`) on the line before the RUN;\n`lint: { rules: { zypper-cache-cleaned: off } }` in `.shipshape.yml`.\n",
    "rules/zypper-no-dist-upgrade.md": "# zypper-no-dist-upgrade\n\nDo not run `zypper dist-upgrade` in a build; use a newer base image instead · default severity: warning · hadolint: DL3035\n\n## Why\n\nPractice 1 and 3 (start from a known base): a distribution upgrade inside the build turns a pinned\nbase image into whatever the repositories hold that day, adds a large layer on top of the base\n(practice 27) and can break the image in ways the base's maintainers never tested.\n\n## Bad\n\n```dockerfile\nFROM opensuse/leap:15.5\nRUN zypper -n dup\n```\n\n## Good\n\n```dockerfile\nFROM opensuse/leap:15.6\n```\n\n## Exceptions\n\nOnly `dist-upgrade`/`dup`; hadolint no longer reports `zypper update`.\nApplies to `ONBUILD RUN` too.\n\n## Ignore it\n\n`# shipshape ignore=zypper-no-dist-upgrade` (or `# hadolint ignore=DL3035`) on the line before the RUN;\n`lint: { rules: { zypper-no-dist-upgrade: off } }` in `.shipshape.yml`.\n",
    "rules/zypper-non-interactive.md": "# zypper-non-interactive\n\nPass `-n`/`--non-interactive` (or `-y`) to `zypper install` so the build never waits for an answer · default severity: warning · hadolint: DL3034\n\n## Why\n\nA build has no one to answer zypper's prompts; without a non-interactive switch the RUN fails or\nhangs.\n\n## Bad\n\n```dockerfile\nRUN zypper install httpd=2.4.51 && zypper clean\n```\n\n## Good\n\n```dockerfile\nRUN zypper --non-interactive install httpd=2.4.51 && zypper clean\n```\n\n## Exceptions\n\nChecked for `install`/`in`, `remove`/`rm`, `source-install`/`si` and `patch`. Any of `-n`,\n`--non-interactive`, `-y`, `--no-confirm` anywhere on the command satisfies it. Applies to\n`ONBUILD RUN` too.\n\n## Ignore it\n\n`# shipshape ignore=zypper-non-interactive` (or `# hadolint ignore=DL3034`) on the line before the RUN;\n`lint: { rules: { zypper-non-interactive: off } }` in `.shipshape.yml`.\n",
    "rules/zypper-pin-versions.md": "# zypper-pin-versions\n\nPin versions in `zypper install` (`<package>=<version>` or a comparison such as `>=`) · default severity: warning · hadolint: DL3037\n\n## Why\n\nPractice 3 and 26 (pin what you install): an unpinned package installs whatever the repository\nholds on the day of the build, so two builds of one commit can differ.\n\n## Bad\n\n```dockerfile\nRUN zypper -n install tomcat && zypper clean\n```\n\n## Good\n\n```dockerfile\nRUN zypper -n install tomcat=9.0.85 && zypper clean\nRUN zypper -n install 'tomcat>=9.0' && zypper clean\n```\n\n## Exceptions\n\nAny of `=`, `>=`, `>`, `<=`, `<` in the package word (quoted or escaped so the shell does not\nread it as a redirection) or a `.rpm` file counts as pinned. Applies to `ONBUILD RUN` too.\n\n## Ignore it\n\n`# shipshape ignore=zypper-pin-versions` (or `# hadolint ignore=DL3037`) on the line before the RUN;\n`lint: { rules: { zypper-pin-versions: off } }` in `.shipshape.yml`.\n",
};

// EXTERNAL MODULE: ./src/lint/rule.ts
var rule = __webpack_require__(5619);
;// CONCATENATED MODULE: ./src/lint/rule-help.ts
// The help code scanning shows on an alert page, taken from the rule's own page in docs/ (why,
// bad and good examples, exceptions, how to ignore). The pages are embedded at build time in
// rule-docs.generated.ts, because the action's bundle and the npm package do not ship docs/;
// __tests__/lint/rule-help.test.ts fails when that file is not the docs as they are.


/** Where docs/ lives on the web: relative links in a page are resolved against it. */
const DOCS_BASE_URL = rule/* RULE_DOCS_BASE_URL */.t1.replace(/\/rules$/, '');
function docUrl(docPath) {
    return `${DOCS_BASE_URL}/${docPath}`;
}
/** The help of a page in docs/ (`rules/<id>.md`, `checks/<name>.md`); null when there is none. */
function ruleHelp(docPath) {
    const page = RULE_DOCS[docPath];
    return page === undefined ? null : helpFromPage(page, docUrl(docPath));
}
/** Splits a page into its summary, the why, and the help body (everything after the summary line). */
function helpFromPage(page, url) {
    const lines = page.replace(/\r\n?/g, '\n').split('\n');
    let k = lines[0]?.startsWith('# ') ? 1 : 0;
    while (k < lines.length && lines[k].trim() === '')
        k++;
    const summaryLine = k < lines.length && !lines[k].startsWith('#') ? lines[k++] : '';
    const summary = plain(summaryLine.split(' · ')[0].trim());
    const body = absoluteLinks(lines.slice(k).join('\n').trim(), url);
    const markdown = `${body}\n\n[Full documentation](${url})\n`;
    return { summary, why: plain(firstParagraph(body, '## Why')), markdown, text: markdownToText(markdown) };
}
function firstParagraph(markdown, heading) {
    const at = markdown.split('\n').findIndex((l) => l.trim() === heading);
    if (at < 0)
        return '';
    const rest = markdown.split('\n').slice(at + 1);
    const start = rest.findIndex((l) => l.trim() !== '');
    if (start < 0)
        return '';
    const end = rest.findIndex((l, i) => i > start && (l.trim() === '' || l.startsWith('#')));
    return rest.slice(start, end < 0 ? undefined : end).join(' ');
}
/** `[a](foo.md)` in a page at `url` becomes `[a](<url of foo.md>)`: an alert page has no relative base. */
function absoluteLinks(markdown, url) {
    return markdown.replace(/\]\(([^)\s]+)\)/g, (whole, target) => {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#'))
            return whole;
        return `](${new URL(target, url).href})`;
    });
}
/** Inline Markdown to plain words: links keep their text and URL, code keeps its text. */
function plain(markdown) {
    return markdown
        .replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, '$1 ($2)')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/\*\*([^*]+)\*\*/g, '$1')
        .replace(/\s+/g, ' ')
        .trim();
}
/** The help as plain text, for viewers that do not render Markdown: headings as lines, code indented. */
function markdownToText(markdown) {
    const out = [];
    let inCode = false;
    for (const line of markdown.split('\n')) {
        if (/^\s*```/.test(line)) {
            inCode = !inCode;
            continue;
        }
        if (inCode)
            out.push(`    ${line}`);
        else if (/^#+ /.test(line))
            out.push(line.replace(/^#+ /, '').toUpperCase());
        else
            out.push(plainKeepingSpacing(line));
    }
    return (out
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim() + '\n');
}
function plainKeepingSpacing(line) {
    return line
        .replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, '$1 ($2)')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/\*\*([^*]+)\*\*/g, '$1');
}
/** The source of rule-docs.generated.ts for the given pages (path under docs/ → text). */
function renderRuleDocsModule(pages) {
    const entries = Object.keys(pages)
        .sort()
        .map((path) => `  ${JSON.stringify(path)}: ${JSON.stringify(pages[path])},`);
    return [
        '// Generated from docs/rules/*.md and docs/checks/*.md by',
        '// `UPDATE_RULE_DOCS=1 npx vitest run --project unit __tests__/lint/rule-help.test.ts`. Do not edit.',
        'export const RULE_DOCS: Readonly<Record<string, string>> = {',
        ...entries,
        '};',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/lint/rule-tags.ts
// What each lint rule is about, for code scanning: its tags (GitHub filters alerts by them) and,
// for the rules about security, a `security-severity` (GitHub ranks security alerts by it:
// 9.0-10 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low). Kept in one table rather than in
// each rule's meta so the scale is read and reviewed in one place; a registry test makes every
// rule appear here. The scale and the reasons are in docs/code-scanning.md.
const security = (securitySeverity, ...more) => ({
    categories: ['security', ...more],
    securitySeverity,
});
const size = { categories: ['size'] };
const cache = { categories: ['cache'] };
const reliability = { categories: ['reliability'] };
const maintainability = { categories: ['maintainability'] };
const RULE_CLASSES = {
    // A literal credential is readable by anyone who can pull the image, for ever: high.
    'no-secrets-in-env-or-arg': security(8.5),
    // The container runs as root by its Dockerfile (not yet observed; the runtime check may prove it).
    'last-user-not-root': security(6.5),
    'no-user-in-final-stage': security(6.5),
    // A download that is not verified can be swapped under the build.
    'add-remote-checksum': security(5.5),
    // A debug server or debugger in production executes what a request tells it to.
    'dev-server-in-final-stage': security(5.5, 'reliability'),
    // A name that suggests a secret; the value may be harmless.
    'arg-env-sensitive-name': security(5.0),
    // Only when a registry allow-list is configured: the base comes from elsewhere.
    'trusted-registry': security(4.0),
    // A tag can be moved to other content; reproducibility more than an attack.
    'base-image-digest': security(2.0, 'reliability'),
    'add-to-extract-archives': size,
    'apk-no-cache': size,
    'apt-lists-cleaned': size,
    'apt-no-install-recommends': size,
    'build-toolchain-in-final-stage': size,
    'curl-or-wget-not-both': size,
    'dnf-cache-cleaned': size,
    'pip-install-into-venv': size,
    'pip-no-cache-dir': size,
    'poetry-install-without-dev': size,
    'prefer-slim-base-image': size,
    'run-consecutive': size,
    'useradd-high-uid-log-init': size,
    'yarn-cache-clean': size,
    'yum-cache-cleaned': size,
    'zypper-cache-cleaned': size,
    'dockerignore-present': { categories: ['size', 'cache'] },
    'copy-from-not-whole-filesystem': { categories: ['size', 'reliability'] },
    'copy-context-before-dependency-install': cache,
    'apk-pin-versions': reliability,
    'apt-get-assume-yes': reliability,
    'apt-get-not-apt': reliability,
    'apt-pin-versions': reliability,
    'avoid-alpine-for-python': reliability,
    'cmd-entrypoint-json-form': reliability,
    'copy-from-defined-stage': reliability,
    'copy-from-not-own-stage': reliability,
    'copy-relative-needs-workdir': reliability,
    'copy-target-dir-slash': reliability,
    'debian-frontend-as-arg': reliability,
    'dnf-assume-yes': reliability,
    'dnf-pin-versions': reliability,
    'env-no-same-statement-reference': reliability,
    'expose-valid-port': reliability,
    'gem-pin-versions': reliability,
    'go-install-pinned': reliability,
    'healthcheck-present': reliability,
    'image-tag-explicit': reliability,
    'image-tag-not-latest': reliability,
    'init-process-in-entrypoint': reliability,
    'instruction-order-from-first': reliability,
    'no-fixed-platform': reliability,
    'no-sudo': reliability,
    'npm-pin-versions': reliability,
    'onbuild-trigger-valid': reliability,
    'pip-pin-versions': reliability,
    'pipefail-before-pipe': reliability,
    'python-unbuffered': reliability,
    'single-cmd': reliability,
    'single-entrypoint': reliability,
    'single-healthcheck': reliability,
    'stage-name-not-reserved': reliability,
    'stage-names-unique': reliability,
    'use-shell-to-change-shell': reliability,
    // An orchestrator cannot check a user name for uid 0 (runAsNonRoot) before the container starts.
    'user-numeric-id': reliability,
    'workdir-absolute': reliability,
    'yum-assume-yes': reliability,
    'yum-pin-versions': reliability,
    'zypper-no-dist-upgrade': reliability,
    'zypper-non-interactive': reliability,
    'zypper-pin-versions': reliability,
    'base-image-from-arg': maintainability,
    'copy-instead-of-add': maintainability,
    'expose-server-port': maintainability,
    'final-image-labels': maintainability,
    'from-platform-not-targetplatform': maintainability,
    'label-email-valid': maintainability,
    'label-git-hash-valid': maintainability,
    'label-key-valid': maintainability,
    'label-not-empty': maintainability,
    'label-not-in-schema': maintainability,
    'label-required': maintainability,
    'label-rfc3339-valid': maintainability,
    'label-semver-valid': maintainability,
    'label-spdx-valid': maintainability,
    'label-url-valid': maintainability,
    'no-maintainer': maintainability,
    'package-list-sorted': maintainability,
    'run-no-pointless-commands': maintainability,
    'use-workdir-not-cd': maintainability,
    'wget-progress': maintainability,
};
/** ShellCheck findings: problems in a RUN script, which can make the build or the container misbehave. */
const SHELLCHECK_CLASS = { categories: ['reliability'] };

;// CONCATENATED MODULE: ./src/lint/sarif.ts
// SARIF 2.1.0 for GitHub code scanning, complete enough that GitHub treats shipshape as a
// first-class tool (checked by the SARIF Multitool with GitHub's rule kind, see
// __tests__/lint/sarif-multitool.itg.test.ts):
// - every rule that reported carries a short and a full description, help as text and Markdown
//   taken from its page in docs/, a help URI, a human name, tags, and for the security rules a
//   `security-severity` (docs/code-scanning.md has the scale);
// - results point at repository-relative paths under `%SRCROOT%`, carry the fingerprint GitHub's
//   upload action would compute, and runs carry `automationDetails.id` when the caller names one.
// Pure apart from reading the Dockerfiles it fingerprints when their text is not given.








const LEVEL = {
    error: 'error',
    warning: 'warning',
    info: 'note',
    style: 'note',
};
/** The base every result URI is relative to: the repository root. */
const SRCROOT = '%SRCROOT%';
/** The nearest directory at or above `start` that holds `.git` (a directory or a worktree file); else `start`. */
function findRepoRoot(start) {
    let dir = (0,external_node_path_.resolve)(start);
    for (;;) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(dir, '.git')))
            return dir;
        const up = (0,external_node_path_.dirname)(dir);
        if (up === dir)
            return (0,external_node_path_.resolve)(start);
        dir = up;
    }
}
/** `no-user-in-final-stage` → `NoUserInFinalStage`: SARIF wants a name readers understand, not the id again. */
function pascalName(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter((w) => w !== '')
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
function tagsOf(cls, extra) {
    return [...cls.categories, ...extra];
}
function classProperties(cls, tags) {
    const props = { tags };
    if (cls.categories.includes('security') && cls.securitySeverity !== undefined)
        props['security-severity'] = cls.securitySeverity.toFixed(1);
    return props;
}
/** A sentence ends with a period (GitHub and SARIF show descriptions as sentences). */
function sentence(text) {
    const t = text.trim();
    return /[.!?]$/.test(t) ? t : `${t}.`;
}
function fromHelp(base, help, properties) {
    const short = sentence(base.description);
    const markdown = help?.markdown ?? `[Documentation](${base.helpUri})\n`;
    return {
        id: base.id,
        ...(base.name && base.name !== base.id ? { name: base.name } : {}),
        shortDescription: { text: short },
        fullDescription: { text: help?.why ? sentence(`${short} ${help.why}`) : short },
        help: { text: help?.text ?? `${short} ${base.helpUri}\n`, markdown },
        helpUri: base.helpUri,
        defaultConfiguration: { level: LEVEL[base.severity] },
        properties,
    };
}
function describeLintRule(f) {
    const meta = (0,registry/* findRule */.I)(f.rule)?.meta;
    const cls = RULE_CLASSES[f.rule] ?? { categories: [] };
    const aliases = meta?.aliases ?? f.aliases;
    const tags = tagsOf(cls, ['dockerfile', ...aliases.map((a) => `hadolint:${a}`)]);
    return fromHelp({
        id: f.rule,
        name: pascalName(f.rule),
        description: meta?.description ?? f.message,
        severity: meta?.severity ?? f.severity,
        helpUri: meta?.docs ?? f.docs,
    }, meta ? ruleHelp(`rules/${meta.id}.md`) : null, { ...classProperties(cls, tags), aliases });
}
/** ShellCheck codes keep their own rule, with the ShellCheck wiki as help. */
function describeShellcheck(f) {
    const url = f.docs || `https://www.shellcheck.net/wiki/${f.rule}`;
    const short = sentence(`ShellCheck ${f.rule}: ${f.message}`);
    const markdown = [
        `ShellCheck reported **${f.rule}** in the shell script of a \`RUN\` instruction: ${f.message}`,
        '',
        `The ShellCheck wiki page [${f.rule}](${url}) explains the problem, shows problematic and correct code, and the exceptions.`,
        '',
        '## Ignore it',
        '',
        `\`# hadolint ignore=${f.rule}\` (or \`# shipshape ignore=${f.rule}\`) on the line before the \`RUN\`; \`lint: { rules: { ${f.rule}: off } }\` in \`.shipshape.yml\`; \`shellcheck: false\` turns ShellCheck off.`,
        '',
    ].join('\n');
    const text = markdown
        .replace(/\*\*|`/g, '')
        .replace(/## /g, '')
        .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)');
    return {
        id: f.rule,
        shortDescription: { text: short },
        fullDescription: {
            text: sentence(`ShellCheck ${f.rule} in the shell script of a RUN instruction: ${f.message}`),
        },
        help: { text, markdown },
        helpUri: url,
        defaultConfiguration: { level: LEVEL[f.severity] },
        properties: classProperties(SHELLCHECK_CLASS, tagsOf(SHELLCHECK_CLASS, ['dockerfile', 'shellcheck'])),
    };
}
function describeCheck(rule) {
    const tags = tagsOf(rule.class, ['dockerfile', 'image']);
    return fromHelp({ ...rule, helpUri: docUrl(rule.docPath) }, ruleHelp(rule.docPath), classProperties(rule.class, tags));
}
function formatSarif(input, options) {
    const cwd = options.cwd ?? options.repoRoot;
    const checks = new Map((options.checks ?? []).map((c) => [c.id, c]));
    const rules = [];
    const ruleIndex = new Map();
    const results = [];
    const hashesByFile = new Map();
    const location = (file) => {
        const abs = (0,external_node_path_.resolve)(cwd, file);
        const rel = (0,external_node_path_.relative)(options.repoRoot, abs);
        // A file outside the repository cannot be relative to it: an absolute file URI then.
        if (rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
            return { uri: (0,external_node_url_.pathToFileURL)(abs).href };
        return { uri: encodeURI(rel.split(external_node_path_.sep).join('/')), uriBaseId: SRCROOT };
    };
    const hashes = (file) => {
        if (!hashesByFile.has(file)) {
            let text = options.sources?.[file] ?? null;
            if (text === null) {
                try {
                    text = (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(cwd, file), 'utf8');
                }
                catch {
                    text = null; // no text, no fingerprint: the upload action could not compute one either
                }
            }
            hashesByFile.set(file, text === null ? null : lineHashes(text));
        }
        return hashesByFile.get(file);
    };
    const region = (line, column = 1, endLine = line) => ({
        startLine: Math.max(1, line),
        startColumn: Math.max(1, column),
        endLine: Math.max(1, line, endLine),
    });
    for (const file of input.files) {
        for (const f of file.findings) {
            if (!ruleIndex.has(f.rule)) {
                const check = checks.get(f.rule);
                ruleIndex.set(f.rule, rules.length);
                rules.push(check ? describeCheck(check) : /^SC\d+$/.test(f.rule) ? describeShellcheck(f) : describeLintRule(f));
            }
            const hash = hashes(f.file)?.[Math.max(1, f.line) - 1];
            const related = (f.related ?? []).map((r, i) => ({
                id: i + 1,
                physicalLocation: { artifactLocation: location(f.file), region: region(r.line) },
                message: { text: sentence(r.message) },
            }));
            results.push({
                ruleId: f.rule,
                ruleIndex: ruleIndex.get(f.rule),
                level: LEVEL[f.severity],
                message: {
                    text: sentence(f.aliases.length > 0 ? `${f.message} (${f.aliases.join(', ')})` : f.message),
                },
                locations: [
                    {
                        physicalLocation: {
                            artifactLocation: location(f.file),
                            region: region(f.line, f.column, f.endLine),
                        },
                    },
                ],
                ...(related.length ? { relatedLocations: related } : {}),
                ...(hash ? { partialFingerprints: { primaryLocationLineHash: hash } } : {}),
            });
        }
    }
    const notifications = input.files.flatMap((file) => file.errors.map((e) => ({
        level: 'error',
        message: { text: sentence(e.message) },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: location(file.file),
                    region: { startLine: Math.max(1, e.line) },
                },
            },
        ],
    })));
    const root = (0,external_node_url_.pathToFileURL)(options.repoRoot).href;
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'shipshape',
                        version: version/* VERSION */.x,
                        semanticVersion: version/* VERSION */.x,
                        informationUri: 'https://github.com/shipshape/shipshape',
                        rules,
                    },
                },
                ...(options.automationId ? { automationDetails: { id: options.automationId } } : {}),
                originalUriBaseIds: {
                    [SRCROOT]: {
                        uri: root.endsWith('/') ? root : `${root}/`,
                        description: { text: 'The root of the repository the Dockerfiles are in.' },
                    },
                },
                invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
                results,
                columnKind: 'utf16CodeUnits',
            },
        ],
    };
    return JSON.stringify(log, null, 2) + '\n';
}


/***/ }),

/***/ 6383:
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
