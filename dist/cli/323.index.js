export const id = 323;
export const ids = [323,664];
export const modules = {

/***/ 6664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NO_BUDGETS: () => (/* binding */ NO_BUDGETS),
/* harmony export */   NO_CHANGE_BUDGETS: () => (/* binding */ NO_CHANGE_BUDGETS),
/* harmony export */   checkBudgets: () => (/* binding */ checkBudgets),
/* harmony export */   checkChangeBudgets: () => (/* binding */ checkChangeBudgets),
/* harmony export */   formatQuantity: () => (/* binding */ formatQuantity),
/* harmony export */   parseNoRegression: () => (/* binding */ parseNoRegression),
/* harmony export */   parseTiered: () => (/* binding */ parseTiered)
/* harmony export */ });
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1996);
// Budget settings: parsing the user's text (pure) and holding figures against them (pure).
// Syntax of one budget value: `200MB` (a fail level) or `warn=150MB,fail=200MB` (either part
// optional). Waste budgets may also be a percentage of the image's own bytes: `fail=10%`.

const NO_CHANGE_BUDGETS = {
    maxSizeIncrease: null,
    maxLayersIncrease: null,
    noRegression: 'off',
};
const NO_BUDGETS = {
    maxSize: null,
    maxCompressedSize: null,
    maxLayers: null,
    maxWaste: null,
};
function parseQuantity(text, unit, what) {
    const t = text.trim();
    if ((unit === 'bytes-or-percent' || unit === 'count-or-percent') && t.endsWith('%')) {
        const n = Number(t.slice(0, -1));
        if (!Number.isFinite(n) || n < 0 || t.length === 1)
            throw new Error(`${what}: "${text}" is not a percentage`);
        return { kind: 'percent', value: n };
    }
    if (unit === 'count' || unit === 'count-or-percent') {
        if (!/^\d+$/.test(t))
            throw new Error(`${what}: "${text}" is not a whole number`);
        return { kind: 'count', value: Number(t) };
    }
    try {
        return { kind: 'bytes', value: (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBytes */ .z_)(t) };
    }
    catch (e) {
        throw new Error(`${what}: ${e.message}`, { cause: e });
    }
}
/** Parses one budget value; empty text means "no budget". Throws with `what` in the message. */
function parseTiered(text, unit, what) {
    const t = (text ?? '').trim();
    if (!t)
        return null;
    if (!t.includes('='))
        return { warn: null, fail: parseQuantity(t, unit, what) };
    const tiered = { warn: null, fail: null };
    for (const part of t.split(',')) {
        const m = /^\s*(warn|fail)\s*=\s*(.+?)\s*$/.exec(part);
        if (!m)
            throw new Error(`${what}: "${part.trim()}" is not "warn=<value>" or "fail=<value>"`);
        tiered[m[1]] = parseQuantity(m[2], unit, what);
    }
    return tiered;
}
function formatQuantity(q) {
    if (q.kind === 'bytes')
        return (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(q.value);
    if (q.kind === 'percent')
        return `${q.value}%`;
    return String(q.value);
}
function limitValue(q, percentOf) {
    if (q.kind !== 'percent')
        return q.value;
    return percentOf == null ? null : (q.value / 100) * percentOf;
}
function measured(c, limit) {
    return c.formatBeside ? c.formatBeside(c.actual, Math.round(limit)) : c.format(c.actual);
}
/** Holds the measured figures against the budgets; one check per configured tier. */
function checkBudgets(budgets, figures) {
    const checks = [
        {
            name: 'max-size',
            label: 'image size',
            tiered: budgets.maxSize,
            actual: figures.sizeBytes,
            format: _units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3,
            formatBeside: _units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytesBeside */ .VD,
            explain: figures.biggestContributor,
        },
        {
            name: 'max-compressed-size',
            label: 'compressed size',
            tiered: budgets.maxCompressedSize,
            actual: figures.compressedSizeBytes,
            format: _units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3,
            formatBeside: _units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytesBeside */ .VD,
            explain: figures.biggestContributor,
        },
        {
            name: 'max-layers',
            label: 'layer count',
            tiered: budgets.maxLayers,
            actual: figures.layerCount,
            format: String,
        },
        {
            name: 'max-waste',
            label: 'reclaimable waste',
            tiered: budgets.maxWaste,
            actual: figures.reclaimableBytes,
            format: _units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3,
            formatBeside: _units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytesBeside */ .VD,
            percentOf: figures.ownBytes,
        },
    ];
    const results = [];
    for (const c of checks) {
        if (!c.tiered)
            continue;
        for (const level of ['fail', 'warn']) {
            const q = c.tiered[level];
            if (!q)
                continue;
            const limit = limitValue(q, c.percentOf);
            const limitText = q.kind === 'percent'
                ? `${q.value}% of own bytes${limit != null ? ` (${c.format(Math.round(limit))})` : ''}`
                : formatQuantity(q);
            let outcome = 'within';
            let message;
            if (c.actual == null) {
                message = `${c.name} (${level}): ${c.label} was not measured, so the budget of ${limitText} could not be checked`;
                outcome = 'unchecked';
            }
            else if (limit == null) {
                message = `${c.name} (${level}): the image's own bytes are unknown, so ${limitText} could not be checked`;
                outcome = 'unchecked';
            }
            else if (c.actual > limit) {
                outcome = 'over';
                message = `${c.name}: ${c.label} ${measured(c, limit)} is over the ${level} budget of ${limitText}`;
                if (c.explain)
                    message += `; biggest contributor: ${c.explain}`;
            }
            else {
                message = `${c.name}: ${c.label} ${measured(c, limit)} is within the ${level} budget of ${limitText}`;
            }
            results.push({
                name: c.name,
                limit: limitText,
                limitValue: limit ?? q.value,
                actual: c.actual,
                level,
                outcome,
                message,
            });
        }
    }
    return results;
}
/** `no-regression`: `true`/`fail`, `warn`, or `false`/`off`/empty. */
function parseNoRegression(text, what) {
    const t = (text ?? '').trim().toLowerCase();
    if (t === '' || t === 'false' || t === 'off')
        return 'off';
    if (t === 'true' || t === 'fail')
        return 'fail';
    if (t === 'warn')
        return 'warn';
    throw new Error(`${what}: "${text}" is not one of true, false, warn, fail`);
}
function signed(n, format) {
    return n > 0 ? `+${format(n)}` : n < 0 ? `−${format(-n)}` : `±${format(0)}`;
}
function percentText(p) {
    return p == null ? '' : ` (${p > 0 ? '+' : p < 0 ? '−' : '±'}${Math.abs(p)}%)`;
}
/**
 * Budgets on change: how much the image may grow over its baseline, and the ratchet. Only
 * called with deltas (no baseline yet is not a reason to warn); a delta that could not be
 * computed leaves its budget unchecked, with a warning that says why.
 */
function checkChangeBudgets(budgets, deltas) {
    const results = [];
    const why = deltas.refused ? `: ${deltas.refused}` : '';
    const growth = [
        {
            name: 'max-size-increase',
            label: 'image size',
            tiered: budgets.maxSizeIncrease,
            delta: deltas.size,
            format: _units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3,
        },
        {
            name: 'max-layers-increase',
            label: 'layer count',
            tiered: budgets.maxLayersIncrease,
            delta: deltas.layers,
            format: String,
        },
    ];
    for (const g of growth) {
        if (!g.tiered)
            continue;
        for (const level of ['fail', 'warn']) {
            const q = g.tiered[level];
            if (!q)
                continue;
            const limitText = q.kind === 'percent' ? `+${q.value}% of the baseline` : `+${formatQuantity(q)}`;
            const limit = q.kind === 'percent' ? (g.delta ? (q.value / 100) * g.delta.base : null) : q.value;
            let outcome = 'within';
            let message;
            if (!g.delta || limit == null) {
                outcome = 'unchecked';
                message = `${g.name} (${level}): the ${g.label} change over the baseline is unknown, so the budget of ${limitText} could not be checked${why}`;
            }
            else {
                const change = `${signed(g.delta.change, g.format)}${percentText(g.delta.percent)}`;
                if (g.delta.change > limit) {
                    outcome = 'over';
                    message = `${g.name}: ${g.label} grew ${change} over the baseline (${g.format(g.delta.base)} → ${g.format(g.delta.head)}), over the ${level} budget of ${limitText}`;
                }
                else {
                    message = `${g.name}: ${g.label} changed ${change} over the baseline, within the ${level} budget of ${limitText}`;
                }
            }
            results.push({
                name: g.name,
                limit: limitText,
                limitValue: limit ?? q.value,
                actual: g.delta?.change ?? null,
                level,
                outcome,
                message,
            });
        }
    }
    const mode = budgets.noRegression;
    if (mode !== 'off') {
        const grew = [];
        const figures = [
            ['image size', deltas.size, _units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3],
            ['compressed size', deltas.compressedSize, _units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3],
            ['layer count', deltas.layers, String],
            ['reclaimable waste', deltas.reclaimable, _units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3],
        ];
        for (const [label, d, format] of figures)
            if (d && d.change > 0)
                grew.push(`${label} ${signed(d.change, format)}`);
        if (deltas.lint?.new.length)
            grew.push(`${deltas.lint.new.length} new lint finding${deltas.lint.new.length === 1 ? '' : 's'}`);
        if (deltas.runtime?.change === 'became-root')
            grew.push('now runs as root');
        const compared = figures.filter(([, d]) => d).length + (deltas.lint ? 1 : 0) + (deltas.runtime ? 1 : 0);
        const outcome = grew.length ? 'over' : compared === 0 ? 'unchecked' : 'within';
        const message = grew.length
            ? `no-regression: worse than the baseline: ${grew.join(', ')}`
            : compared === 0
                ? `no-regression: nothing could be compared with the baseline${why}`
                : 'no-regression: no key figure grew over the baseline';
        results.push({
            name: 'no-regression',
            limit: 'no growth',
            limitValue: 0,
            actual: grew.length,
            level: mode,
            outcome,
            message,
        });
    }
    return results;
}


/***/ }),

/***/ 8323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_POLICY: () => (/* binding */ DEFAULT_POLICY),
/* harmony export */   THRESHOLDS: () => (/* binding */ THRESHOLDS),
/* harmony export */   checkPolicy: () => (/* binding */ checkPolicy),
/* harmony export */   evaluate: () => (/* binding */ evaluate),
/* harmony export */   lintOnlyPolicy: () => (/* binding */ lintOnlyPolicy),
/* harmony export */   parseThreshold: () => (/* binding */ parseThreshold),
/* harmony export */   reaches: () => (/* binding */ reaches),
/* harmony export */   stageFailureReason: () => (/* binding */ stageFailureReason),
/* harmony export */   withStageFailure: () => (/* binding */ withStageFailure)
/* harmony export */ });
/* harmony import */ var _budgets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6664);

/** Lint thresholds, most severe first; `none` never fails. The one list every front door uses. */
const THRESHOLDS = ['error', 'warning', 'info', 'style', 'none'];
/** A threshold from user text; throws naming `what` (the input or flag) when it is not one. */
function parseThreshold(text, what) {
    const t = text.trim();
    if (!THRESHOLDS.includes(t))
        throw new Error(`${what}: "${text}" is not one of ${THRESHOLDS.join(', ')}`);
    return t;
}
/** The check's policy: findings at `lintFailOn` fail, those one severity below warn. */
function checkPolicy(lintFailOn, requireNonRoot) {
    const lintWarnOn = lintFailOn === 'none' ? 'none' : (THRESHOLDS[THRESHOLDS.indexOf(lintFailOn) + 1] ?? 'none');
    return { requireNonRoot, lintFailOn, lintWarnOn, unlintable: 'warn' };
}
/**
 * `shipshape lint`'s policy, as hadolint's exit code: findings at the threshold fail, and so does
 * a file that cannot be linted, unless the threshold is `none`.
 */
function lintOnlyPolicy(failureThreshold) {
    return {
        requireNonRoot: false,
        lintFailOn: failureThreshold,
        lintWarnOn: 'none',
        unlintable: failureThreshold === 'none' ? 'warn' : 'fail',
    };
}
const DEFAULT_POLICY = checkPolicy('error', true);
const RANK = { error: 3, warning: 2, info: 1, style: 0 };
function reaches(severity, threshold) {
    return threshold !== 'none' && RANK[severity] >= RANK[threshold];
}
function runtimeReasons(rt, policy) {
    if (!rt)
        return [];
    const reasons = [];
    const who = rt.user ? `user "${rt.user}"` : 'no USER set (root by default)';
    const rootStatus = policy.requireNonRoot ? 'fail' : 'warn';
    const unknownUser = rt.static?.findings.find((f) => f.code === 'unknown-user' || f.code === 'unknown-group');
    if (unknownUser) {
        reasons.push({
            status: 'fail',
            code: 'unknown-user',
            message: `the engine cannot start the image as configured: ${unknownUser.message}`,
        });
    }
    else if (rt.nonRoot === false) {
        if (rt.privileges === 'dropped') {
            reasons.push({
                status: rootStatus,
                code: 'runs-as-root',
                message: `the container starts as root and only then drops to uid ${rt.uid ?? '?'} (${who}): a process had effective uid 0, seen from the host`,
            });
        }
        else {
            const how = rt.source === 'runtime'
                ? 'seen from the host'
                : 'from the image configuration; the container could not be observed running';
            const uid = rt.static?.uid ?? rt.uid ?? 0;
            reasons.push({
                status: rootStatus,
                code: 'runs-as-root',
                message: `the container runs as root: ${who} resolves to uid ${uid} (${how})`,
            });
        }
    }
    else if (rt.nonRoot === null && policy.requireNonRoot) {
        reasons.push({
            status: 'warn',
            code: 'root-unproven',
            message: `could not prove the container does not run as root (${who})`,
        });
    }
    if (rt.smoke && !rt.smoke.ok) {
        const what = rt.smoke.http && rt.smoke.http.error !== null
            ? `${rt.smoke.http.url}: ${rt.smoke.http.error}`
            : rt.smoke.http
                ? `${rt.smoke.http.url} answered ${rt.smoke.http.status}`
                : rt.smoke.exec
                    ? `\`${rt.smoke.exec.command.join(' ')}\` exited ${rt.smoke.exec.exitCode}`
                    : 'no probe answered';
        reasons.push({ status: 'fail', code: 'smoke-failed', message: `the smoke test failed: ${what}` });
    }
    if (rt.stop?.killed) {
        reasons.push({
            status: 'warn',
            code: 'ignores-sigterm',
            // The advice already tells the whole story (what happened, why, the fix); no preamble twice.
            message: rt.stop.advice ??
                `PID 1 did not exit on ${rt.stop.signal ?? 'the stop signal'} within ${Math.round(rt.stop.timeoutMs / 1000)} s and had to be killed`,
        });
    }
    const writable = rt.writable?.files ?? [];
    if (writable.length) {
        const first = writable
            .slice(0, 3)
            .map((f) => f.path)
            .join(', ');
        reasons.push({
            status: 'warn',
            code: 'writable-app-files',
            message: `the runtime user can write ${writable.length} application file${writable.length === 1 ? '' : 's'} (${first}${writable.length > 3 ? ', …' : ''})`,
        });
    }
    return reasons;
}
/**
 * How much a stage that could not finish weighs. Without measurements or a runtime check the image
 * cannot be called good, and an unposted comment must not pass silently; a baseline that cannot be
 * had is never more than a warning (the figures of this image stand on their own).
 */
const FAILURE_STATUS = {
    measure: 'fail',
    verify: 'fail',
    baseline: 'warn',
    comment: 'fail',
};
const FAILURE_CONSEQUENCE = {
    measure: 'its figures are not measured',
    verify: 'the runtime user is not proven',
    baseline: 'nothing is compared with the baseline',
    comment: 'the report is in the job summary and the report file only',
};
function stageFailureReason(failure) {
    return {
        status: FAILURE_STATUS[failure.stage],
        code: `${failure.stage}-failed`,
        message: `the ${failure.stage} stage failed (${FAILURE_CONSEQUENCE[failure.stage]}): ${failure.message}`,
    };
}
/** A figure over its limit weighs as the tier it broke; one that could not be checked warns. */
function decideBudget({ outcome, ...check }) {
    const status = outcome === 'over' ? check.level : outcome === 'unchecked' ? 'warn' : 'pass';
    return { ...check, status };
}
function budgetResults(input) {
    const checks = input.budgets ? (0,_budgets_js__WEBPACK_IMPORTED_MODULE_0__.checkBudgets)(input.budgets.settings, input.budgets.figures) : [];
    const change = input.change;
    if (change) {
        const settings = change.imageCompared
            ? change.settings
            : { ...change.settings, maxSizeIncrease: null, maxLayersIncrease: null };
        checks.push(...(0,_budgets_js__WEBPACK_IMPORTED_MODULE_0__.checkChangeBudgets)(settings, change.deltas));
    }
    return checks.map(decideBudget);
}
function failuresFirst(reasons) {
    return reasons.sort((a, b) => (a.status === b.status ? 0 : a.status === 'fail' ? -1 : 1));
}
/** A report decided before a later stage (the comment) failed, with that failure decided in. */
function withStageFailure(report, failure) {
    const reasons = failuresFirst([...report.reasons, stageFailureReason(failure)]);
    return { ...report, reasons, status: worst(reasons) };
}
function worst(reasons) {
    if (reasons.some((r) => r.status === 'fail'))
        return 'fail';
    return reasons.length ? 'warn' : 'pass';
}
function countBySeverity(findings) {
    const counts = new Map();
    for (const f of findings)
        counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
    return [...counts].map(([s, n]) => `${n} ${s}${n === 1 ? '' : 's'}`).join(', ');
}
function evaluate(input, policy = DEFAULT_POLICY) {
    const reasons = [];
    const budgets = budgetResults(input);
    if (input.build && !input.build.ok) {
        const e = input.build.error;
        const where = e?.line ? ` at line ${e.line}${e.instruction ? ` (${e.instruction})` : ''}` : '';
        reasons.push({
            status: 'fail',
            code: 'build-failed',
            message: `the build failed${where}: ${e?.message ?? 'unknown error'}`,
        });
    }
    // A stage that could not finish explains the figures missing below, so it comes before them.
    reasons.push(...(input.failures ?? []).map(stageFailureReason));
    for (const b of budgets) {
        if (b.status !== 'pass')
            reasons.push({ status: b.status, code: `budget:${b.name}`, message: b.message });
    }
    reasons.push(...runtimeReasons(input.runtime, policy));
    for (const e of input.lint.errors) {
        reasons.push({
            status: policy.unlintable,
            code: 'lint-error',
            message: `the Dockerfile could not be fully linted: line ${e.line}: ${e.message}`,
        });
    }
    const failing = input.lint.findings.filter((f) => reaches(f.severity, policy.lintFailOn));
    const warning = input.lint.findings.filter((f) => !reaches(f.severity, policy.lintFailOn) && reaches(f.severity, policy.lintWarnOn));
    if (failing.length) {
        reasons.push({
            status: 'fail',
            code: 'lint',
            message: `${failing.length} lint finding${failing.length === 1 ? '' : 's'} at or above "${policy.lintFailOn}" (${countBySeverity(failing)})`,
        });
    }
    if (warning.length) {
        reasons.push({
            status: 'warn',
            code: 'lint',
            message: `${warning.length} lint finding${warning.length === 1 ? '' : 's'} at or above "${policy.lintWarnOn}" (${countBySeverity(warning)})`,
        });
    }
    // Failures first, so the headline names what broke the check.
    failuresFirst(reasons);
    return { status: worst(reasons), reasons, budgets };
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
