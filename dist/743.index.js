export const id = 743;
export const ids = [743];
export const modules = {

/***/ 6124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runShellcheck: () => (/* binding */ runShellcheck),
/* harmony export */   shellcheckJobs: () => (/* binding */ shellcheckJobs)
/* harmony export */ });
/* unused harmony exports PREDEFINED_VARS, EXCLUDED, parseShellcheckJson */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4981);
// ShellCheck on RUN scripts, the way hadolint runs it: per stage the script gets a shebang from the
// SHELL in effect and `export NAME=1` for every ARG/ENV declared so far (so SC2154 does not fire on
// build variables), SC2187 (ash) and SC1090 (source) are excluded, and findings are reported at the
// RUN's line. Every script of a run goes to ONE shellcheck process (it takes many files and prints
// JSON), not one process per instruction.




/** Exported for hadolint parity: the proxy variables Docker predefines. */
const PREDEFINED_VARS = [
    'HTTP_PROXY',
    'http_proxy',
    'HTTPS_PROXY',
    'https_proxy',
    'FTP_PROXY',
    'ftp_proxy',
    'NO_PROXY',
    'no_proxy',
];
const EXCLUDED = ['SC2187', 'SC1090'];
/** The scripts of one file (pure). ONBUILD triggers and non-POSIX shells are skipped, as in hadolint. */
function shellcheckJobs(file, model) {
    const jobs = [];
    let vars = new Set(PREDEFINED_VARS);
    for (const ins of model.instructions) {
        if (ins.keyword === 'FROM')
            vars = new Set(PREDEFINED_VARS);
        else if (ins.keyword === 'ARG' || ins.keyword === 'ENV')
            for (const p of ins.pairs)
                vars.add(p.key);
        else if (ins.keyword === 'RUN' && ins.shellKind === 'posix') {
            const script = ins.script();
            if (!script || script.text.trim() === '')
                continue;
            const shell = ins.shell[0] ?? '/bin/sh';
            const exports = [...vars].sort().map((v) => `export ${v}=1`);
            jobs.push({ file, instruction: ins, script: `#!${shell}\n${exports.join('\n')}\n${script.text}\n` });
        }
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
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'shipshape-shellcheck-'));
    try {
        const names = jobs.map((_, i) => `run-${i}.sh`);
        await Promise.all(jobs.map((job, i) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, names[i]), job.script)));
        let result;
        try {
            result = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .exec */ .m0)(binary, ['--format=json1', '--severity=style', `--exclude=${EXCLUDED.join(',')}`, '--', ...names], {
                cwd: dir,
                allowFailure: true,
                timeoutMs: 120_000,
                maxOutputBytes: 64 * 1024 * 1024,
            });
        }
        catch (e) {
            const reason = e instanceof _exec_js__WEBPACK_IMPORTED_MODULE_3__/* .ExecError */ .cI ? e.message : String(e);
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}


/***/ })

};
