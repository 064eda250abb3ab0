export const id = 743;
export const ids = [743];
export const modules = {

/***/ 6124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runShellcheck: () => (/* binding */ runShellcheck),
/* harmony export */   shellcheckJobs: () => (/* binding */ shellcheckJobs)
/* harmony export */ });
/* unused harmony exports PREDEFINED_VARS, EXCLUDED, dialectOf, parseShellcheckJson */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4981);
/* harmony import */ var _tempdir_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9270);
// ShellCheck on RUN scripts, the way hadolint runs it: per stage the script gets a shebang from the
// SHELL in effect and `export NAME=1` for every ARG/ENV declared so far (so SC2154 does not fire on
// build variables), SC2187 (ash), SC1090 and SC1091 (sourced files) are excluded, and findings are
// reported at the RUN's line. Every script of a run goes to ONE shellcheck process (it takes many
// files and prints JSON), not one process per instruction.




/**
 * The variables Docker predefines (the proxy ARGs), known in every stage as in hadolint. Docker
 * also predefines ALL_PROXY/all_proxy, which hadolint's list lacks; they are known here too.
 */
const PREDEFINED_VARS = [
    'HTTP_PROXY',
    'http_proxy',
    'HTTPS_PROXY',
    'https_proxy',
    'FTP_PROXY',
    'ftp_proxy',
    'NO_PROXY',
    'no_proxy',
    'ALL_PROXY',
    'all_proxy',
];
/** SC2187: ash is checked as dash; SC1090/SC1091: a sourced file cannot be followed from a Dockerfile. */
const EXCLUDED = ['SC2187', 'SC1090', 'SC1091'];
const DEFAULT_SHELL = ['/bin/sh', '-c'];
/** Interpreters ShellCheck can check, by executable name, and the dialect they are checked as. */
const DIALECTS = {
    sh: 'sh',
    bash: 'bash',
    dash: 'dash',
    ash: 'ash',
    ksh: 'ksh',
    ksh88: 'ksh',
    ksh93: 'ksh',
    mksh: 'ksh',
};
function exeName(word) {
    return (word ?? '')
        .split(/[\\/]/)
        .pop()
        .replace(/\.exe$/i, '')
        .toLowerCase();
}
/**
 * The ShellCheck dialect of a shell command line (a SHELL array, a `hadolint shell=` pragma, a
 * heredoc shebang), or null when ShellCheck cannot check it: PowerShell, cmd.exe, zsh, fish…
 * `env bash` and `busybox sh` are looked through.
 */
function dialectOf(words) {
    let i = 0;
    let exe = exeName(words[0]);
    if (exe === 'env') {
        i = 1;
        while (i < words.length && (words[i].startsWith('-') || words[i].includes('=')))
            i++;
        exe = exeName(words[i]);
    }
    if (exe === 'busybox')
        exe = ['sh', 'ash'].includes(exeName(words[i + 1])) ? 'ash' : '';
    return DIALECTS[exe] ?? null;
}
/** `bash -e` in `RUN bash -e <<EOF` / `RUN <<EOF bash`: a shell reading the heredoc on stdin. */
function stdinShell(words) {
    const dialect = dialectOf(words.slice(0, 1));
    if (!dialect)
        return null;
    for (let k = 1; k < words.length; k++) {
        const w = words[k];
        if (!/^[-+]/.test(w) || /^-[^-]*c/.test(w))
            return null; // an operand or a command string
        if (/^[-+][^-]*o$/.test(w))
            k++; // `-o pipefail`
    }
    return dialect;
}
const HEREDOC_MARKER = /^<<-?(["']?)[^\s"'<>|&;]+\1$/;
/** The script ShellCheck should read for a RUN and its dialect, or null when there is none to check. */
function runScript(ins, shell) {
    const dialect = dialectOf(shell);
    // Exec form runs no shell, so there is nothing for ShellCheck to check (hadolint 2.15 skips it too).
    if (ins.json)
        return null;
    if (ins.heredocs.length === 0)
        return dialect ? { dialect, text: ins.args } : null;
    const words = ins.args.split(/\s+/).filter((w) => w !== '');
    const rest = words.filter((w) => !HEREDOC_MARKER.test(w));
    const first = ins.heredocs[0];
    if (rest.length === 0) {
        // `RUN <<EOF`: BuildKit runs the body as the script, with the interpreter of its shebang line
        // when it has one (a Python body is not ShellCheck's), else with the SHELL.
        const shebang = /^#!(.*)(?:\n|$)/.exec(first.body);
        if (!shebang)
            return dialect ? { dialect, text: first.body } : null;
        const own = dialectOf(shebang[1].trim().split(/\s+/));
        return own ? { dialect: own, text: first.body.slice(shebang[0].length) } : null;
    }
    if (!dialect)
        return null;
    const reader = ins.heredocs.length === 1 && rest.length < words.length ? stdinShell(rest) : null;
    if (reader)
        return { dialect: reader, text: first.body };
    // A heredoc fed to a command (`cat <<EOF > file`): the command line followed by the bodies and
    // their delimiters, as the shell reads them.
    return { dialect, text: [ins.args, ...ins.heredocs.flatMap((h) => [h.body, h.name])].join('\n') };
}
const fresh = (shell) => ({ shell, vars: new Set(PREDEFINED_VARS) });
const copy = (s) => ({ shell: s.shell, vars: new Set(s.vars) });
function declare(state, ins) {
    if (ins.keyword === 'ARG' || ins.keyword === 'ENV')
        for (const p of ins.pairs)
            state.vars.add(p.key);
    else if (ins.keyword === 'SHELL' && ins.json && ins.json.length > 0)
        state.shell = ins.json;
}
function job(file, at, state, script) {
    if (!script || script.text.trim() === '')
        return null;
    const exports = [...state.vars]
        .filter((v) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(v))
        .sort()
        .map((v) => `export ${v}=1\n`)
        .join('');
    return { file, instruction: at, script: `#!/bin/${script.dialect}\n${exports}${script.text}\n` };
}
/**
 * The scripts of one file (pure), with hadolint's state per stage: the ARG/ENV names, reset by
 * FROM unless the stage is built on an earlier one, whose names it takes over. The shell of each
 * RUN is the model's (`ins.shell`: SHELL, the `# hadolint shell=…` pragma, a parent stage's). ONBUILD
 * RUN triggers are checked as hadolint checks them, with a state of their own made only of the
 * stage's earlier ONBUILD ARG/ENV/SHELL triggers (/bin/sh by default); not at all when the stage's
 * shell is one ShellCheck cannot check.
 */
function shellcheckJobs(file, model) {
    const jobs = [];
    let state = fresh(DEFAULT_SHELL);
    let onbuild = fresh(DEFAULT_SHELL);
    const stageStates = new Map();
    for (const ins of model.instructions) {
        if (ins.keyword === 'FROM') {
            const parent = ins.stage?.from.parentStage;
            const base = parent ? stageStates.get(parent) : undefined;
            state = base ? copy(base) : fresh(DEFAULT_SHELL);
            onbuild = fresh(DEFAULT_SHELL);
            if (ins.stage)
                stageStates.set(ins.stage, state);
        }
        else if (ins.keyword === 'RUN') {
            const j = job(file, ins, state, runScript(ins, ins.shell));
            if (j)
                jobs.push(j);
        }
        else if (ins.keyword === 'ONBUILD' && ins.trigger) {
            const trigger = ins.trigger;
            if (trigger.keyword !== 'RUN')
                declare(onbuild, trigger);
            else if (dialectOf(ins.shell)) {
                const j = job(file, ins, onbuild, runScript(trigger, onbuild.shell));
                if (j)
                    jobs.push(j);
            }
        }
        else
            declare(state, ins);
    }
    return jobs;
}
const LEVELS = { error: 'error', warning: 'warning', info: 'info', style: 'style' };
/** Turns shellcheck's json1 output into findings per job index (pure). Duplicates per RUN collapse, as in hadolint. */
function parseShellcheckJson(stdout, jobs, fileOfJob) {
    const out = jobs.map(() => []);
    const index = new Map(jobs.map((_, i) => [fileOfJob(i), i]));
    const parsed = JSON.parse(stdout || '{"comments":[]}');
    const seen = new Set();
    for (const c of parsed.comments ?? []) {
        const i = index.get(c.file);
        if (i === undefined)
            continue;
        const job = jobs[i];
        const rule = `SC${c.code}`;
        const key = `${i}|${rule}|${c.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out[i].push({
            rule,
            aliases: [],
            severity: LEVELS[c.level] ?? 'error',
            file: job.file,
            line: job.instruction.line,
            column: job.instruction.column,
            endLine: job.instruction.endLine,
            message: c.message,
            docs: `https://www.shellcheck.net/wiki/${rule}`,
        });
    }
    return out;
}
/** Runs one shellcheck process over every job. A missing binary is an outcome, not an error. */
async function runShellcheck(jobs, logger, binary = 'shellcheck') {
    if (jobs.length === 0)
        return { ran: true, findings: [] };
    const dir = await (0,_tempdir_js__WEBPACK_IMPORTED_MODULE_3__/* .makeTempDir */ .mk)('shipshape-shellcheck-');
    try {
        const names = jobs.map((_, i) => `run-${i}.sh`);
        await Promise.all(jobs.map((job, i) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, names[i]), job.script)));
        let result;
        try {
            result = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m0)(binary, ['--format=json1', '--severity=style', `--exclude=${EXCLUDED.join(',')}`, '--', ...names], {
                cwd: dir,
                allowFailure: true,
                timeoutMs: 120_000,
                maxOutputBytes: 64 * 1024 * 1024,
            });
        }
        catch (e) {
            const reason = e instanceof _exec_js__WEBPACK_IMPORTED_MODULE_2__/* .ExecError */ .cI ? e.message : String(e);
            logger.debug(`shellcheck not run (${reason}); RUN scripts are checked by shipshape's own rules only`);
            return { ran: false, reason };
        }
        // 0 = clean, 1 = findings; anything else is shellcheck failing.
        if (result.code !== 0 && result.code !== 1) {
            const reason = `shellcheck exited with ${result.code}: ${result.stderr.trim().split('\n')[0] ?? ''}`;
            logger.debug(reason);
            return { ran: false, reason };
        }
        return { ran: true, findings: parseShellcheckJson(result.stdout, jobs, (i) => names[i]) };
    }
    finally {
        await (0,_tempdir_js__WEBPACK_IMPORTED_MODULE_3__/* .removeTempDir */ .CT)(dir);
    }
}


/***/ })

};
