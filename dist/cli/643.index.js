export const id = 643;
export const ids = [643];
export const modules = {

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CHECK_RULES: () => (/* binding */ CHECK_RULES),
/* harmony export */   automationId: () => (/* binding */ automationId),
/* harmony export */   checkFindings: () => (/* binding */ checkFindings),
/* harmony export */   formatReportSarif: () => (/* binding */ formatReportSarif)
/* harmony export */ });
/* harmony import */ var _dockerfile_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4011);
/* harmony import */ var _lint_sarif_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6792);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1996);
// The whole report as SARIF: the lint findings, and what the build, measure and verify stages
// observed about the image, as results on the Dockerfile line each comes from, so code scanning
// holds the same truth as the comment. The runtime and size findings have rules of their own
// (`runtime/…`, `size/…`), documented in docs/checks/. Pure.



const RUNS_AS_ROOT = {
    id: 'runtime/runs-as-root',
    name: 'RunsAsRootObserved',
    description: 'The container ran a process as root (effective uid 0), seen from the host',
    docPath: 'checks/runs-as-root.md',
    severity: 'error',
    // Proven by observation, not inferred from the Dockerfile: ranked above the static root rules.
    class: { categories: ['security'], securitySeverity: 7.5 },
};
const APT_LISTS_LEFT = {
    id: 'size/apt-lists-left',
    name: 'AptListsLeftInImage',
    description: 'The image carries apt package lists (/var/lib/apt/lists) that no running container needs',
    docPath: 'checks/apt-lists-left.md',
    severity: 'warning',
    class: { categories: ['size'] },
};
const JUNK_LEFT = {
    id: 'size/junk-left',
    name: 'JunkLeftInImage',
    description: 'The image carries caches, build toolchains or build-context leftovers it does not need',
    docPath: 'checks/junk-left.md',
    severity: 'info',
    class: { categories: ['size'] },
};
const WASTE_OVER_BUDGET = {
    id: 'size/waste-over-budget',
    name: 'WasteOverBudget',
    description: 'Bytes written by one instruction and deleted or overwritten by a later one exceed the max-waste budget',
    docPath: 'checks/waste-over-budget.md',
    severity: 'error',
    class: { categories: ['size', 'cache'] },
};
/** The rules of the runtime and size findings, for the SARIF driver. */
const CHECK_RULES = [RUNS_AS_ROOT, APT_LISTS_LEFT, JUNK_LEFT, WASTE_OVER_BUDGET];
/** Junk below this is not worth an alert (a lock file, an empty cache directory's metadata). */
const MIN_JUNK_BYTES = 1024;
function observedFacts(report) {
    const runtime = report.runtime;
    const privileges = runtime?.privileges ?? null;
    return {
        junk: report.image?.junk ?? [],
        waste: report.image?.waste ?? [],
        // Only what the host saw: a verdict read from the image config alone is the lint rules' job.
        rootObserved: runtime?.nonRoot === false && (runtime.source === 'runtime' || privileges === 'dropped'),
        userOrigin: runtime?.userOrigin ?? null,
    };
}
/** The stage that was built: `--target`, else the last. */
function builtStage(model, target) {
    if (!model || model.stages.length === 0)
        return null;
    if (target) {
        const named = model.stages.find((s) => s.alias?.toLowerCase() === target.toLowerCase());
        if (named)
            return named;
    }
    return model.stages[model.stages.length - 1];
}
/** The USER that decides the image's user (the built stage's, else the stages it builds on); else its FROM. */
function userLine(stage) {
    for (let s = stage; s; s = s.from.parentStage) {
        const users = s.instructions.filter((i) => i.keyword === 'USER' && !i.onbuild);
        if (users.length)
            return { line: users[users.length - 1].line, isUser: true };
    }
    return { line: stage?.fromInstruction.line ?? 1, isUser: false };
}
function parse(text) {
    if (!text)
        return null;
    try {
        return (0,_dockerfile_model_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDockerfile */ .Ai)(text);
    }
    catch {
        return null; // the lint errors already say why; findings then point at line 1
    }
}
const levelOf = (status) => (status === 'fail' ? 'error' : 'warning');
/** The runtime and size findings of a report, on the Dockerfile lines they come from (pure). */
function checkFindings(report) {
    const facts = observedFacts(report);
    const file = report.subject.dockerfile;
    const stage = builtStage(parse(report.lint.dockerfileText), report.subject.target);
    const fromLine = stage?.fromInstruction.line ?? 1;
    const out = [];
    const add = (rule, severity, line, message, related = []) => out.push({
        rule: rule.id,
        aliases: [],
        severity,
        file,
        line,
        column: 1,
        endLine: line,
        message,
        docs: '',
        related,
    });
    const root = report.reasons.find((r) => r.code === 'runs-as-root');
    if (facts.rootObserved && root) {
        const at = userLine(stage);
        const where = facts.userOrigin === 'input'
            ? '; the user was set by the `user` input'
            : at.isUser
                ? ''
                : '; no USER in the built stage, so the base image decides';
        add(RUNS_AS_ROOT, levelOf(root.status), at.line, `${root.message}${where}`);
    }
    for (const j of facts.junk) {
        if (j.bytes < MIN_JUNK_BYTES)
            continue;
        const rule = j.kind === 'apt-lists' ? APT_LISTS_LEFT : JUNK_LEFT;
        const origin = j.fromBase ? ' It came with the base image.' : '';
        add(rule, rule.severity, j.line ?? fromLine, `${j.description}: ${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(j.bytes)} in ${j.files} file${j.files === 1 ? '' : 's'} under /${j.path}, left in the image.${origin}`);
    }
    const wasteBudget = report.budgets.find((b) => b.name === 'max-waste' && b.status !== 'pass' && b.actual !== null);
    if (wasteBudget && wasteBudget.status !== 'pass') {
        const biggest = facts.waste.find((w) => w.writtenLine !== null) ?? null;
        const related = biggest && biggest.removedLine !== null
            ? [
                {
                    line: biggest.removedLine,
                    message: `line ${biggest.removedLine} deleted or overwrote /${biggest.path}`,
                },
            ]
            : [];
        const detail = biggest
            ? ` The biggest: /${biggest.path}, ${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(biggest.bytes)} written here and ${biggest.how} ${biggest.removedLine !== null ? `on line ${biggest.removedLine}` : 'later'}.`
            : '';
        add(WASTE_OVER_BUDGET, levelOf(wasteBudget.status), biggest?.writtenLine ?? fromLine, `${wasteBudget.message}.${detail}`, related);
    }
    return out;
}
/** `runs[].automationDetails.id`: one code-scanning category per report key, so matrix jobs keep their own alerts. */
function automationId(report) {
    return `shipshape/${report.key}/`;
}
/** The report as a SARIF log: lint, runtime and size findings of the one Dockerfile it is about. */
function formatReportSarif(report, options) {
    const file = report.subject.dockerfile;
    const text = report.lint.dockerfileText;
    return (0,_lint_sarif_js__WEBPACK_IMPORTED_MODULE_1__.formatSarif)({
        files: [
            { file, findings: [...report.lint.findings, ...checkFindings(report)], errors: report.lint.errors },
        ],
    }, {
        repoRoot: options.repoRoot,
        cwd: options.cwd,
        automationId: automationId(report),
        checks: CHECK_RULES,
        ...(text ? { sources: { [file]: text } } : {}),
    });
}


/***/ }),

/***/ 1996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VD: () => (/* binding */ formatBytesBeside),
/* harmony export */   z3: () => (/* binding */ formatBytes),
/* harmony export */   z_: () => (/* binding */ parseBytes)
/* harmony export */ });
// Byte units, parsed strictly and printed the way Docker prints them (SI: 1 MB = 10^6 B).
const UNITS = {
    B: 1,
    kB: 1e3,
    MB: 1e6,
    GB: 1e9,
    KiB: 1024,
    MiB: 1024 ** 2,
    GiB: 1024 ** 3,
};
/**
 * Parses "200MB", "1.5 GiB", "512B". Units are case-sensitive as Docker and the SI write them
 * ("mb" or "Mb" could mean megabits); a bare number is refused because its unit would be a guess.
 * "KB" is refused too: people write it for both 1000 and 1024 bytes, so the error asks which.
 */
function parseBytes(text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]+)\s*$/.exec(text);
    if (!m)
        throw new Error(`"${text}" is not a size: write a number and a unit (${Object.keys(UNITS).join(', ')}), e.g. 200MB`);
    const factor = UNITS[m[2]];
    if (m[2] === 'KB')
        throw new Error(`"${text}": unit "KB" is ambiguous; write kB (1000 bytes) or KiB (1024 bytes)`);
    if (factor === undefined)
        throw new Error(`"${text}": unknown unit "${m[2]}"; use one of ${Object.keys(UNITS).join(', ')}`);
    return Math.round(Number(m[1]) * factor);
}
/** Like `docker image ls`: SI units, three significant digits, e.g. "184 MB", "1.03 GB", "812 kB". */
function formatBytes(bytes) {
    const sign = bytes < 0 ? '-' : '';
    let n = Math.abs(bytes);
    const units = ['B', 'kB', 'MB', 'GB', 'TB'];
    let i = 0;
    while (n >= 1000 && i < units.length - 1) {
        n /= 1000;
        i++;
    }
    const digits = i === 0 ? 0 : n < 10 ? 2 : n < 100 ? 1 : 0;
    let text = n.toFixed(digits);
    // 999.6 kB rounds to "1000 kB": carry into the next unit as Docker does.
    if (Number(text) >= 1000 && i < units.length - 1) {
        n /= 1000;
        i++;
        text = n.toFixed(2);
    }
    return `${sign}${text.replace(/\.0+$|(\.\d*?)0+$/, '$1')} ${units[i]}`;
}
/**
 * formatBytes, with the exact byte count added when the rounded text would read the same as
 * `other`'s: "400 MB is over the budget of 400 MB" tells a reader nothing.
 */
function formatBytesBeside(bytes, other) {
    const text = formatBytes(bytes);
    if (bytes === other || text !== formatBytes(other))
        return text;
    return `${text} (${bytes.toLocaleString('en-US')} B)`;
}


/***/ })

};
