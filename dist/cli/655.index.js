export const id = 655;
export const ids = [655];
export const modules = {

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderText: () => (/* binding */ renderText),
/* harmony export */   terminalSafe: () => (/* binding */ terminalSafe)
/* harmony export */ });
/* harmony import */ var _measure_history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4260);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1996);
// The report for a terminal (pure): what `shipshape check` prints by default. The same typed
// report as the comment, in plain text: the headline, the reasons, the findings and the largest
// instructions; ANSI colours only when asked for (the CLI asks on a TTY without NO_COLOR).


const STATUS_WORD = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' };
const STATUS_COLOR = { pass: 32, warn: 33, fail: 31 };
const SEVERITY_COLOR = { error: 31, warning: 33, info: 36, style: 2 };
/**
 * Text from a Dockerfile, a log or an image, safe for a terminal: control characters (escape
 * sequences could move the cursor, retitle the window or hide lines) become spaces, and
 * anything longer than `max` is cut.
 */
function terminalSafe(text, max = 300) {
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    const flat = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function signedBytes(change) {
    return change === 0 ? '±0' : `${change > 0 ? '+' : '-'}${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(Math.abs(change))}`;
}
/** The headline figures: size, compressed size, layers, the user, the findings. */
function figures(report) {
    const parts = [];
    const img = report.image;
    const d = report.deltas;
    if (img) {
        parts.push(`${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(img.sizeBytes)}${d?.size ? ` (${signedBytes(d.size.change)})` : ''}`);
        if (img.compressedSizeBytes != null)
            parts.push(`${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(img.compressedSizeBytes)} compressed`);
        if (img.layerCount != null)
            parts.push(plural(img.layerCount, 'layer'));
    }
    else if (report.build && !report.build.ok)
        parts.push('build failed');
    const rt = report.runtime;
    if (rt)
        parts.push(rt.nonRoot === true
            ? `runs as ${terminalSafe(rt.user, 60)} (non-root)`
            : rt.nonRoot === false
                ? `runs as root`
                : 'user not proven');
    parts.push(plural(report.lint.findings.length, 'lint finding'));
    return parts.join(' · ');
}
/** The instructions that added the most bytes, biggest first (the base image's layers as one). */
function largestInstructions(report, max) {
    const layers = report.image?.layers ?? [];
    const rows = new Map();
    for (const l of layers) {
        if (!l.sizeBytes)
            continue;
        const label = l.fromBase
            ? 'base image layers'
            : `${l.line != null ? `line ${l.line}: ` : ''}${l.instruction ?? (l.createdBy ? (0,_measure_history_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseCreatedBy */ .CF)(l.createdBy) : 'layer')}`;
        rows.set(label, (rows.get(label) ?? 0) + l.sizeBytes);
    }
    return [...rows]
        .map(([label, bytes]) => ({ label, bytes }))
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, max);
}
function renderText(report, options) {
    const paint = (code, text) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
    const bold = (text) => paint(1, text);
    const s = report.subject;
    const subject = [s.dockerfile, s.target ? `target ${s.target}` : '', s.platform ?? '']
        .filter(Boolean)
        .map((p) => terminalSafe(p, 200))
        .join(' · ');
    const out = [];
    out.push(`${bold(paint(STATUS_COLOR[report.status], STATUS_WORD[report.status]))}  shipshape: ${subject}`);
    out.push(`      ${figures(report)}`);
    if (report.baseline)
        out.push(`      compared with ${terminalSafe(report.baseline.description, 200)}`);
    if (report.reasons.length) {
        out.push('', bold('Reasons'));
        for (const r of report.reasons)
            out.push(`  ${paint(STATUS_COLOR[r.status], STATUS_WORD[r.status])}  ${terminalSafe(r.message, 600)}`);
    }
    const error = report.build?.error;
    if (error) {
        out.push('', bold('Build failed'));
        out.push(`  ${error.line != null ? `line ${error.line}: ` : ''}${terminalSafe(error.message, 600)}`);
        for (const line of (error.logTail ?? '').split('\n').filter(Boolean).slice(-10))
            out.push(`  │ ${terminalSafe(line, 200)}`);
    }
    const findings = report.lint.findings;
    const maxFindings = options.maxFindings ?? 50;
    if (findings.length || report.lint.errors.length) {
        out.push('', bold(`Lint findings (${findings.length})`));
        for (const e of report.lint.errors)
            out.push(`  ${terminalSafe(s.dockerfile, 200)}:${e.line}  ${paint(31, 'cannot lint')}  ${terminalSafe(e.message)}`);
        for (const f of findings.slice(0, maxFindings))
            out.push(`  ${terminalSafe(f.file, 200)}:${f.line}  ${paint(SEVERITY_COLOR[f.severity], f.severity)}  ${terminalSafe(f.rule, 80)}  ${terminalSafe(f.message)}`);
        if (findings.length > maxFindings)
            out.push(`  …and ${plural(findings.length - maxFindings, 'more finding')}`);
    }
    const largest = largestInstructions(report, options.maxInstructions ?? 5);
    if (largest.length) {
        out.push('', bold('Largest instructions'));
        const width = Math.max(...largest.map((r) => (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(r.bytes).length));
        for (const r of largest)
            out.push(`  ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(r.bytes).padStart(width)}  ${terminalSafe(r.label, 120)}`);
    }
    return out.join('\n') + '\n';
}


/***/ })

};
