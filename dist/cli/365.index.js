export const id = 365;
export const ids = [365];
export const modules = {

/***/ 1365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lintCommand: () => (/* binding */ lintCommand)
/* harmony export */ });
/* unused harmony export LINT_USAGE */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5625);
/* harmony import */ var _report_evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8323);
// `shipshape lint <files|globs…>`: exit 0 clean, 1 when a finding reaches the failure threshold
// (or a file cannot be linted), 2 on usage errors — as hadolint does.



const FORMATS = ['text', 'json', 'sarif'];
const LINT_USAGE = `Usage: shipshape lint <files|globs…> [options]

Lint Dockerfiles. Globs such as '**/Dockerfile*' or '*.Dockerfile' are expanded (quote them),
hidden folders included.

Options:
      --format F               text (default), json or sarif
      --config FILE            read lint settings from FILE (default: .shipshape.yml, else .hadolint.yaml)
      --no-config              ignore config files
      --no-shellcheck          do not run ShellCheck on RUN scripts
      --failure-threshold SEV  error|warning|info|style|none: exit 1 when a finding reaches it (default: info)
      --context DIR            build context, for rules about .dockerignore
  -h, --help                   show this help
`;
async function lintCommand(argv, io) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                format: { type: 'string', default: 'text' },
                config: { type: 'string' },
                'no-config': { type: 'boolean', default: false },
                'no-shellcheck': { type: 'boolean', default: false },
                'failure-threshold': { type: 'string' },
                context: { type: 'string' },
                help: { type: 'boolean', short: 'h', default: false },
            },
        });
    }
    catch (e) {
        io.stderr.write(`shipshape lint: ${e.message}\n\n${LINT_USAGE}`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout.write(LINT_USAGE);
        return 0;
    }
    const format = values.format;
    if (!FORMATS.includes(format))
        return usage(io, `--format: "${values.format}" is not one of ${FORMATS.join(', ')}`);
    let thresholdFlag;
    try {
        if (values['failure-threshold'] !== undefined)
            thresholdFlag = (0,_report_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .parseThreshold */ .B7)(values['failure-threshold'], '--failure-threshold');
    }
    catch (e) {
        return usage(io, e.message);
    }
    if (positionals.length === 0)
        return usage(io, 'no Dockerfile given');
    const lint = await Promise.all(/* import() */[__webpack_require__.e(552), __webpack_require__.e(41)]).then(__webpack_require__.bind(__webpack_require__, 9041));
    let config;
    try {
        config = await lint.loadConfigFor({
            cwd: io.cwd,
            configFile: values['no-config'] ? null : values.config,
        });
    }
    catch (e) {
        io.stderr.write(`shipshape lint: ${e.message}\n`);
        return 2;
    }
    const run = await lint.lintFiles(positionals, {
        cwd: io.cwd,
        config,
        contextDir: values.context ?? null,
        shellcheck: !values['no-shellcheck'],
        logger: (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .consoleLogger */ .kS)(io.stderr),
    });
    if (format === 'json')
        io.stdout.write(lint.formatJson(run));
    else if (format === 'sarif') {
        const { findRepoRoot, formatSarif } = await Promise.all(/* import() */[__webpack_require__.e(552), __webpack_require__.e(411)]).then(__webpack_require__.bind(__webpack_require__, 6792));
        io.stdout.write(formatSarif(run, { repoRoot: findRepoRoot(io.cwd), cwd: io.cwd }));
    }
    else
        io.stdout.write(lint.formatText(run));
    // The same decider as `shipshape check`, with lint's own policy (no image to judge).
    const threshold = thresholdFlag ?? config.failureThreshold ?? 'info';
    const { status } = (0,_report_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._3)({
        lint: { findings: run.files.flatMap((f) => f.findings), errors: run.files.flatMap((f) => f.errors) },
        build: null,
        runtime: null,
    }, (0,_report_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .lintOnlyPolicy */ .Ud)(threshold));
    return status === 'fail' ? 1 : 0;
}
function usage(io, message) {
    io.stderr.write(`shipshape lint: ${message}\n\n${LINT_USAGE}`);
    return 2;
}


/***/ })

};
