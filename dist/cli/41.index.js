export const id = 41;
export const ids = [41];
export const modules = {

/***/ 9504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ LintConfigError)
/* harmony export */ });
// Its own module so the config reader and the lazily loaded schema validator can both raise it
// without importing each other.
/** A lint config that cannot be used: the message names the file and the key. */
class LintConfigError extends Error {
    constructor(message) {
        super(message);
        this.name = 'LintConfigError';
    }
}


/***/ }),

/***/ 4315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J6: () => (/* binding */ defaultLintConfig),
/* harmony export */   ak: () => (/* reexport safe */ _config_error_js__WEBPACK_IMPORTED_MODULE_0__.a),
/* harmony export */   j6: () => (/* binding */ fromShipshapeYaml),
/* harmony export */   nr: () => (/* binding */ fromHadolintYaml),
/* harmony export */   qh: () => (/* binding */ loadLintConfig)
/* harmony export */ });
/* harmony import */ var _config_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9504);

function defaultLintConfig() {
    return {
        rules: {},
        ignored: [],
        settings: { trustedRegistries: [], labelSchema: {}, strictLabels: false },
        failureThreshold: null,
        disableIgnorePragma: false,
        source: null,
    };
}

const SEVERITY_WORDS = new Set(['error', 'warning', 'info', 'style']);
/**
 * Turns the `lint:` value of `.shipshape.yml` into a LintConfig. `where` names the file for
 * messages. Shape errors name the key's path (`lint.rules.DL3008`).
 */
function fromShipshapeYaml(lint, where) {
    const config = defaultLintConfig();
    config.source = where;
    if (lint === undefined || lint === null)
        return config;
    const obj = lint;
    const rules = (obj.rules ?? {});
    for (const [key, value] of Object.entries(rules)) {
        config.rules[key] = ruleSettingFrom(value, `lint.rules.${key}`, where);
    }
    config.ignored = (obj.ignored ?? []).map(String);
    config.settings.trustedRegistries = (obj.trustedRegistries ?? []).map(String);
    config.settings.labelSchema = { ...(obj.labelSchema ?? {}) };
    config.settings.strictLabels = obj.strictLabels === true;
    config.failureThreshold = obj.failureThreshold ?? null;
    config.disableIgnorePragma = obj.disableIgnorePragma === true;
    return config;
}
function ruleSettingFrom(value, path, where) {
    if (value === false || value === 'off')
        return { enabled: false };
    if (value === true || value === 'on')
        return { enabled: true };
    if (typeof value === 'string' && SEVERITY_WORDS.has(value))
        return { enabled: true, severity: value };
    if (value && typeof value === 'object' && !Array.isArray(value)) {
        const v = value;
        const out = {};
        if (v.enabled !== undefined)
            out.enabled = v.enabled === true;
        if (typeof v.severity === 'string') {
            if (v.severity === 'off')
                out.enabled = false;
            else
                out.severity = v.severity;
        }
        if (v.options && typeof v.options === 'object')
            out.options = v.options;
        return out;
    }
    throw new _config_error_js__WEBPACK_IMPORTED_MODULE_0__/* .LintConfigError */ .a(`${where}: ${path}: expected off, on, a severity or { severity, enabled, options }`);
}
const LABEL_TYPES = new Set(['text', 'url', 'spdx', 'hash', 'rfc3339', 'semver', 'email']);
/**
 * Reads a parsed `.hadolint.yaml` as hadolint does: ignored, override, trustedRegistries,
 * label-schema, strict-labels, disable-ignore-pragma, failure-threshold, no-fail (no-color,
 * verbose and format are output settings of hadolint's own and are accepted unread). A value of
 * the wrong kind is a LintConfigError naming the file and key; unknown keys are skipped.
 */
function fromHadolintYaml(doc, where) {
    const config = defaultLintConfig();
    config.source = where;
    if (doc === null || doc === undefined)
        return config;
    const bad = (key, what) => {
        throw new _config_error_js__WEBPACK_IMPORTED_MODULE_0__/* .LintConfigError */ .a(`${where}: ${key}: ${what}`);
    };
    if (typeof doc !== 'object' || Array.isArray(doc))
        bad('(top level)', 'expected a mapping of hadolint settings');
    const obj = doc;
    // Keys hadolint does not know are skipped, as hadolint skips them, so its users switch without
    // edits; a known key with a value of the wrong kind is an error, as it is in hadolint.
    // hadolint reads a key set to nothing (`ignored:`) as absent.
    const codes = (key, value) => {
        if (value === null || value === undefined)
            return [];
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' && typeof v !== 'number'))
            bad(key, 'expected a list of rule codes');
        return value.map(String);
    };
    const flag = (key) => {
        const value = obj[key];
        if (value === null || value === undefined)
            return false;
        if (typeof value !== 'boolean')
            bad(key, 'expected true or false');
        return value;
    };
    config.ignored = codes('ignored', obj.ignored);
    const override = obj.override;
    if (override !== null && override !== undefined) {
        if (typeof override !== 'object' || Array.isArray(override))
            bad('override', 'expected error, warning, info and/or style lists');
        for (const [severity, list] of Object.entries(override)) {
            if (!SEVERITY_WORDS.has(severity))
                bad(`override.${severity}`, 'unknown severity (error, warning, info, style)');
            for (const code of codes(`override.${severity}`, list))
                config.rules[code] = { severity: severity };
        }
    }
    for (const key of ['trustedRegistries', 'trusted-registries']) {
        const value = obj[key];
        // hadolint documents a single registry as well as a list.
        if (typeof value === 'string')
            config.settings.trustedRegistries.push(value);
        else
            config.settings.trustedRegistries.push(...codes(key, value));
    }
    const schema = obj['label-schema'];
    if (schema !== null && schema !== undefined) {
        if (typeof schema !== 'object' || Array.isArray(schema))
            bad('label-schema', 'expected label: type pairs');
        for (const [label, type] of Object.entries(schema)) {
            // An empty type is hadolint's `text`.
            const t = type === '' ? 'text' : type;
            if (typeof t !== 'string' || !LABEL_TYPES.has(t))
                bad(`label-schema.${label}`, `unknown label type (${[...LABEL_TYPES].join(', ')})`);
            config.settings.labelSchema[label] = t;
        }
    }
    config.settings.strictLabels = flag('strict-labels');
    config.disableIgnorePragma = flag('disable-ignore-pragma');
    const threshold = obj['failure-threshold'];
    if (threshold !== null && threshold !== undefined) {
        if (typeof threshold === 'string' && SEVERITY_WORDS.has(threshold))
            config.failureThreshold = threshold;
        // hadolint's `ignore` and `none` are the lowest bar: any finding fails, as `style` does here.
        else if (threshold === 'ignore' || threshold === 'none')
            config.failureThreshold = 'style';
        else
            bad('failure-threshold', 'expected error, warning, info, style, ignore or none');
    }
    if (flag('no-fail'))
        config.failureThreshold = 'none';
    return config;
}
const SHIPSHAPE_FILES = ['.shipshape.yml', '.shipshape.yaml'];
const HADOLINT_FILES = ['.hadolint.yaml', '.hadolint.yml'];
/**
 * The config for a run: `configFile` null = defaults; a path = that file (`.hadolint.y*ml` read
 * the hadolint way); undefined = `.shipshape.yml` in cwd, else `.hadolint.yaml`, else defaults.
 * Throws LintConfigError with the file and the bad key's path.
 */
async function loadLintConfig(cwd, configFile) {
    if (configFile === null)
        return defaultLintConfig();
    const { readFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
    const { resolve, basename } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6760, 23));
    const read = async (path) => {
        try {
            return await readFile(resolve(cwd, path), 'utf8');
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return null;
            throw new _config_error_js__WEBPACK_IMPORTED_MODULE_0__/* .LintConfigError */ .a(`${path}: cannot read: ${e.message}`);
        }
    };
    const candidates = configFile !== undefined ? [configFile] : [...SHIPSHAPE_FILES, ...HADOLINT_FILES];
    for (const path of candidates) {
        const text = await read(path);
        if (text === null) {
            if (configFile !== undefined)
                throw new _config_error_js__WEBPACK_IMPORTED_MODULE_0__/* .LintConfigError */ .a(`${path}: no such file`);
            continue;
        }
        const { parse } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
        let doc;
        try {
            doc = parse(text);
        }
        catch (e) {
            throw new _config_error_js__WEBPACK_IMPORTED_MODULE_0__/* .LintConfigError */ .a(`${path}: not valid YAML: ${e.message}`);
        }
        if (/hadolint/i.test(basename(path)))
            return fromHadolintYaml(doc, path);
        const { validateLintSection } = await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(25)]).then(__webpack_require__.bind(__webpack_require__, 2025));
        const lint = doc && typeof doc === 'object' ? doc.lint : undefined;
        validateLintSection(lint, path);
        return fromShipshapeYaml(lint, path);
    }
    return defaultLintConfig();
}


/***/ }),

/***/ 9041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LintConfigError: () => (/* reexport */ config/* LintConfigError */.ak),
  defaultLintConfig: () => (/* reexport */ config/* defaultLintConfig */.J6),
  defineRule: () => (/* reexport */ rule/* defineRule */.Km),
  expandPatterns: () => (/* binding */ expandPatterns),
  failingFindings: () => (/* binding */ failingFindings),
  formatJson: () => (/* binding */ formatJson),
  formatText: () => (/* binding */ formatText),
  fromHadolintYaml: () => (/* reexport */ config/* fromHadolintYaml */.nr),
  fromShipshapeYaml: () => (/* reexport */ config/* fromShipshapeYaml */.j6),
  lintConfigFromSection: () => (/* binding */ lintConfigFromSection),
  lintFiles: () => (/* binding */ lintFiles),
  lintText: () => (/* binding */ lintText),
  loadConfigFor: () => (/* binding */ loadConfigFor),
  severityRank: () => (/* binding */ severityRank)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/types.ts
// The shapes that flow between shipshape's stages. Every stage reads these and returns its own;
// nothing flows backwards. `null` always means "not measured", never zero.
const SEVERITIES = ['error', 'warning', 'info', 'style'];
/** A request with docker's own defaults (load, no push, no cache options) and the given changes. */
function buildRequest(overrides = {}) {
    return {
        file: 'Dockerfile',
        context: '.',
        target: null,
        buildArgs: [],
        tags: [],
        labels: [],
        platforms: [],
        push: false,
        load: false,
        pull: false,
        noCache: false,
        builder: null,
        cacheFrom: [],
        cacheTo: [],
        network: null,
        secrets: [],
        ...overrides,
    };
}

// EXTERNAL MODULE: ./src/lint/config.ts
var config = __webpack_require__(4315);
;// CONCATENATED MODULE: ./src/lint/pragmas.ts
// hadolint's grammar (Hadolint/Pragma.hs): case-sensitive words; codes made only of D, L, S, C
// and digits, comma-separated; an optional `# comment` after. A list with anything else in it
// (`ignore=crazy,DL3002`, a trailing comma, a second code without a comma) is no pragma at all.
const HADOLINT = /^hadolint[ \t]+(?:(global|stage)[ \t]+)?ignore[ \t]*=[ \t]*([DLSC0-9]+(?:[ \t]*,[ \t]*[DLSC0-9]+)*)[ \t]*(?:#.*)?$/;
// shipshape's own: rule ids as well as codes.
const SHIPSHAPE = /^shipshape\s+(?:(global|stage)\s+)?ignore\s*=\s*([A-Za-z0-9_,\s-]+?)\s*(?:#.*)?$/;
function readPragmas(model) {
    const global = new Set();
    const ranges = [];
    const stageKeys = new Map();
    const starts = model.instructions;
    for (const c of model.comments) {
        const text = c.text.trim();
        const m = HADOLINT.exec(text) ?? SHIPSHAPE.exec(text);
        if (!m)
            continue;
        const hadolint = text.startsWith('hadolint');
        const codes = m[2]
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== '');
        if (m[1] === 'global') {
            for (const code of codes)
                global.add(code);
            continue;
        }
        if (m[1] === 'stage' && hadolint) {
            stageKeys.set(c.line + 1, new Set(codes));
            continue;
        }
        const k = starts.findIndex((s) => s.line > c.line);
        const next = starts[k];
        // hadolint's pragma covers only the line right after it; ours, the next instruction whatever
        // blank lines or comments stand between.
        if (!next || (hadolint && next.line !== c.line + 1))
            continue;
        let endLine = next.endLine;
        if (m[1] === 'stage') {
            const nextFrom = starts.slice(k + 1).find((s) => s.keyword === 'FROM');
            endLine = nextFrom ? nextFrom.line - 1 : model.lines.length;
        }
        ranges.push({ line: next.line, endLine, codes: new Set(codes) });
    }
    if (stageKeys.size > 0) {
        for (const ins of starts)
            if (ins.keyword === 'FROM' && !stageKeys.has(ins.line))
                stageKeys.set(ins.line, new Set());
    }
    const stages = [...stageKeys].map(([line, codes]) => ({ line, codes })).sort((a, b) => a.line - b.line);
    return { global, ranges, stages };
}
/** True when any of `codes` (a rule's id and aliases, or an SC code) is suppressed at `line`. */
function isSuppressed(s, codes, line) {
    if (codes.some((c) => s.global.has(c)))
        return true;
    if (s.ranges.some((r) => line >= r.line && line <= r.endLine && codes.some((c) => r.codes.has(c))))
        return true;
    let stage;
    for (const entry of s.stages) {
        if (entry.line >= line)
            break;
        stage = entry.codes;
    }
    return stage !== undefined && codes.some((c) => stage.has(c));
}

;// CONCATENATED MODULE: ./src/lint/engine.ts

/** The config entry for a rule: by id first, then by any of its aliases. */
function settingFor(rule, config) {
    // Looked up for every rule of every file: cached per (immutable-by-contract) config.
    let perRule = settingsCache.get(config);
    if (!perRule)
        settingsCache.set(config, (perRule = new Map()));
    const cached = perRule.get(rule);
    if (cached)
        return cached;
    const merged = {};
    for (const key of [...rule.meta.aliases].reverse().concat(rule.meta.id))
        Object.assign(merged, config.rules[key]);
    perRule.set(rule, merged);
    return merged;
}
const settingsCache = new WeakMap();
function isEnabled(rule, config) {
    const setting = settingFor(rule, config);
    if (setting.enabled !== undefined)
        return setting.enabled;
    return rule.meta.defaultOn;
}
function runRules(input) {
    const { file, model, config } = input;
    const findings = [];
    const errors = [];
    const active = [];
    for (const rule of input.rules) {
        if (!isEnabled(rule, config))
            continue;
        const setting = settingFor(rule, config);
        const severity = setting.severity ?? rule.meta.severity;
        const ctx = {
            file,
            model,
            options: setting.options ?? {},
            settings: config.settings,
            contextDir: input.contextDir,
            report(target, message) {
                const { line, endLine, column } = locate(target);
                findings.push({
                    rule: rule.meta.id,
                    aliases: [...rule.meta.aliases],
                    severity,
                    file,
                    line,
                    column,
                    endLine,
                    message: message ?? rule.meta.description,
                    docs: rule.meta.docs,
                });
            },
        };
        try {
            active.push({ rule, visitor: rule.create(ctx), severity });
        }
        catch (e) {
            errors.push({ message: `rule ${rule.meta.id} failed to start: ${e.message}`, line: 1 });
        }
    }
    const call = (rule, fn, line) => {
        try {
            fn();
        }
        catch (e) {
            // A rule bug must not take the other rules (or other files) down with it.
            errors.push({ message: `rule ${rule.meta.id} crashed: ${e.message}`, line });
        }
    };
    const everyInstruction = [];
    const byKeyword = new Map();
    for (const { rule, visitor } of active) {
        for (const key of Object.keys(visitor)) {
            const fn = visitor[key];
            if (typeof fn !== 'function' || key === 'stageEnd' || key === 'end')
                continue;
            if (key === 'instruction') {
                everyInstruction.push({ rule, fn: fn });
                continue;
            }
            let list = byKeyword.get(key);
            if (!list)
                byKeyword.set(key, (list = []));
            list.push({ rule, fn: fn });
        }
    }
    const run = (list, ins) => {
        if (!list)
            return;
        for (const { rule, fn } of list) {
            if (ins.onbuild && !rule.meta.onbuild)
                continue;
            try {
                fn(ins);
            }
            catch (e) {
                errors.push({ message: `rule ${rule.meta.id} crashed: ${e.message}`, line: ins.line });
            }
        }
    };
    const visit = (ins) => {
        // A FROM without an image is a file error already; the image rules would only say it again
        // about an empty name.
        if (ins.keyword === 'FROM' && ins.args === '')
            return;
        run(everyInstruction, ins);
        run(byKeyword.get(ins.keyword), ins);
    };
    for (let k = 0; k < model.instructions.length; k++) {
        const ins = model.instructions[k];
        visit(ins);
        if (ins.trigger)
            visit(ins.trigger);
        const next = model.instructions[k + 1];
        if (ins.stage && (!next || next.stage !== ins.stage)) {
            const stage = ins.stage;
            for (const { rule, visitor } of active)
                if (visitor.stageEnd)
                    call(rule, () => visitor.stageEnd(stage), ins.line);
        }
    }
    for (const { rule, visitor } of active)
        if (visitor.end)
            call(rule, () => visitor.end(), model.lines.length);
    return { findings: suppress(findings, model, config), errors };
}
/**
 * Applies what rules must not decide themselves: `ignored` codes, pragmas (unless config disables
 * them), and for findings of outside tools (ShellCheck's `SC####`) the per-code
 * `enabled`/`severity` of config. Sorted by line.
 */
function suppress(findings, model, config) {
    // hadolint's disable-ignore-pragma: inline pragmas cannot overrule the central config.
    const suppressions = config.disableIgnorePragma ? null : readPragmas(model);
    const ignored = new Set(config.ignored);
    const kept = [];
    for (const f of findings) {
        const codes = [f.rule, ...f.aliases];
        if (codes.some((c) => ignored.has(c)))
            continue;
        if (suppressions && isSuppressed(suppressions, codes, f.line))
            continue;
        if (/^SC\d+$/.test(f.rule)) {
            const setting = config.rules[f.rule];
            if (setting?.enabled === false)
                continue;
            kept.push(setting?.severity ? { ...f, severity: setting.severity } : f);
        }
        else
            kept.push(f);
    }
    return sortFindings(kept);
}
function locate(target) {
    if ('keyword' in target)
        return { line: target.line, endLine: target.endLine, column: target.column };
    if ('argv' in target)
        return { line: target.line, endLine: target.line, column: 1 };
    return { line: target.line, endLine: target.endLine ?? target.line, column: target.column ?? 1 };
}
function sortFindings(findings) {
    return [...findings].sort((a, b) => a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

// EXTERNAL MODULE: ./src/dockerfile/model.ts
var dockerfile_model = __webpack_require__(4011);
// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/lint/registry.ts + 98 modules
var registry = __webpack_require__(4552);
// EXTERNAL MODULE: ./src/lint/rule.ts
var rule = __webpack_require__(5619);
;// CONCATENATED MODULE: ./src/lint/index.ts
// Lint Dockerfiles: the surface the CLI, the action's pipeline and the benchmark use.










/** The config a run uses: see loadLintConfig for the lookup order. Throws LintConfigError. */
async function loadConfigFor(options) {
    return (0,config/* loadLintConfig */.qh)(options.cwd ?? process.cwd(), options.configFile);
}
/**
 * A LintConfig from the `lint:` value of an already-read `.shipshape.yml` (the pipeline reads the
 * file once for all stages): validated, errors naming `where` and the key path.
 */
async function lintConfigFromSection(lint, where) {
    const { validateLintSection } = await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(25)]).then(__webpack_require__.bind(__webpack_require__, 2025));
    validateLintSection(lint, where);
    return (0,config/* fromShipshapeYaml */.j6)(lint, where);
}
async function resolveConfig(options) {
    return options.config ?? loadConfigFor(options);
}
/** Lints one file's text. Never throws for bad Dockerfile text: problems go to `errors`. */
async function lintText(file, text, options = {}) {
    const config = await resolveConfig(options);
    const linted = lintWithConfig(file, text, options, config, options.model ?? null);
    const [result] = await finish([linted], options, config);
    return result;
}
function lintWithConfig(file, text, options, config, parsed = null) {
    // Never throws: what BuildKit would refuse is in model.problems, reported below with its line.
    const model = parsed ?? (0,dockerfile_model/* parseDockerfile */.Ai)(text);
    const contextDir = options.contextDir ? (0,external_node_path_.resolve)(options.cwd ?? process.cwd(), options.contextDir) : null;
    const out = runRules({ file, model, rules: options.rules ?? registry/* RULES */.y, config, contextDir });
    const errors = [...model.problems, ...out.errors].sort((a, b) => a.line - b.line);
    return { result: { file, findings: out.findings, errors }, model };
}
/** Adds ShellCheck's findings (one process for all files) and returns the results. */
async function finish(linted, options, config) {
    if (options.shellcheck === false)
        return linted.map((l) => l.result);
    const { shellcheckJobs, runShellcheck } = await __webpack_require__.e(/* import() */ 743).then(__webpack_require__.bind(__webpack_require__, 6124));
    const perFile = linted.map((l) => (l.model ? shellcheckJobs(l.result.file, l.model) : []));
    const jobs = perFile.flat();
    if (jobs.length === 0)
        return linted.map((l) => l.result);
    const outcome = await runShellcheck(jobs, options.logger ?? log/* nullLogger */.Gi);
    if (!outcome.ran)
        return linted.map((l) => l.result);
    let offset = 0;
    return linted.map((l, i) => {
        const count = perFile[i].length;
        const found = outcome.findings.slice(offset, offset + count).flat();
        offset += count;
        if (!l.model || found.length === 0)
            return l.result;
        return { ...l.result, findings: suppress([...l.result.findings, ...found], l.model, config) };
    });
}
/** Lints files given as paths or globs (`**\/Dockerfile*`, hidden folders included), in the order given. */
async function lintFiles(patterns, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const config = await resolveConfig(options);
    const files = await expandPatterns(patterns, cwd);
    const linted = [];
    for (const entry of files) {
        if ('missing' in entry) {
            linted.push({
                result: {
                    file: entry.missing,
                    findings: [],
                    errors: [{ message: 'no file matches this path or glob', line: 1 }],
                },
                model: null,
            });
            continue;
        }
        let text;
        try {
            // Sync on purpose: one file after another, a threadpool round trip per file costs more than the read.
            text = (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(cwd, entry.file), 'utf8');
        }
        catch (e) {
            const err = e;
            linted.push({
                result: {
                    file: entry.file,
                    findings: [],
                    errors: [{ message: `cannot read: ${err.code ?? err.message}`, line: 1 }],
                },
                model: null,
            });
            continue;
        }
        const done = lintWithConfig(entry.file, text, options, config);
        // Models are only needed for ShellCheck; without it, do not hold hundreds of them.
        linted.push(options.shellcheck === false ? { result: done.result, model: null } : done);
    }
    return { files: await finish(linted, options, config) };
}
const GLOB_CHARS = /[*?[\]{}]/;
/** Paths stay as given; globs expand (sorted, dot folders included); a pattern matching nothing is reported. */
async function expandPatterns(patterns, cwd) {
    const out = [];
    const seen = new Set();
    for (const pattern of patterns) {
        if (!GLOB_CHARS.test(pattern)) {
            if (!seen.has(pattern))
                out.push({ file: pattern });
            seen.add(pattern);
            continue;
        }
        const { glob } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 3382));
        const matches = (await glob(pattern, { cwd, dot: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] })).sort();
        if (matches.length === 0)
            out.push({ missing: pattern });
        for (const m of matches) {
            if (seen.has(m))
                continue;
            seen.add(m);
            out.push({ file: m });
        }
    }
    return out;
}
function severityRank(s) {
    return SEVERITIES.length - SEVERITIES.indexOf(s);
}
/** Findings at or above the threshold (error > warning > info > style); none for 'none'. */
function failingFindings(run, threshold) {
    if (threshold === 'none')
        return [];
    const min = severityRank(threshold);
    return run.files.flatMap((f) => f.findings.filter((x) => severityRank(x.severity) >= min));
}
/** `file:line:col severity rule message`, one finding per line; file errors as `error dockerfile-error`. */
function formatText(run) {
    const lines = [];
    for (const f of run.files) {
        for (const e of f.errors)
            lines.push(`${f.file}:${e.line}:1 error dockerfile-error ${e.message}`);
        for (const x of f.findings) {
            const alias = x.aliases.length > 0 ? ` (${x.aliases.join(', ')})` : '';
            lines.push(`${f.file}:${x.line}:${x.column} ${x.severity} ${x.rule} ${x.message}${alias}`);
        }
    }
    return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
/** The public JSON contract (docs/schema/lint-output.schema.json). */
function formatJson(run) {
    const doc = {
        version: 1,
        files: run.files.map((f) => ({
            file: f.file,
            findings: f.findings.map((x) => ({
                rule: x.rule,
                aliases: x.aliases,
                severity: x.severity,
                line: x.line,
                column: x.column,
                endLine: x.endLine,
                message: x.message,
                docs: x.docs,
            })),
            errors: f.errors.map((e) => ({ message: e.message, line: e.line })),
        })),
    };
    return JSON.stringify(doc, null, 2) + '\n';
}


/***/ })

};
