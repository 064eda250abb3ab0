export const id = 655;
export const ids = [655];
export const modules = {

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   hC: () => (/* binding */ escapeMessage),
/* harmony export */   kU: () => (/* binding */ stripControl),
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
// Anything that came from a Dockerfile, a log or an image goes through these before it enters
// Markdown, so it cannot break a table, inject HTML, close our hidden marker or @mention anyone.
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '|': '&#124;' };
// Terminal escape sequences (colours, cursor moves) as build logs and containers print them, then
// any other C0/C1 control character but tab and newline.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ANSI_SEQUENCE = /\u001b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Text without terminal escape sequences or control characters (tab and newline kept). */
function stripControl(text) {
    return text.replace(ANSI_SEQUENCE, '').replace(/\r\n?/g, '\n').replace(CONTROL, '');
}
/** For text inside HTML elements such as <code> or <summary>. */
function escapeHtml(text) {
    return stripControl(text)
        .replace(/[&<>"|]/g, (c) => HTML[c])
        .replace(/@/g, '@&#8203;');
}
/** For plain Markdown text, including table cells: one line, no formatting, no mentions. */
function escapeMarkdown(text) {
    // Markdown first, HTML second: the other way round would break the entities escapeHtml writes.
    const markdown = text
        .replace(/\r?\n/g, ' ')
        .replace(/([\\`*_[\]{}()#+!~])/g, '\\$1')
        .replace(/^(\s*)([-=])/, '$1\\$2');
    return escapeHtml(markdown);
}
/**
 * For messages (lint findings, reasons, notes) that mark commands and names as `code`: each
 * backtick span becomes safe inline code and the rest plain escaped text, so the comment shows
 * code where the message meant it instead of literal backticks. Whatever a Dockerfile put into
 * the message is escaped either way; a stray backtick only stays literal.
 */
function escapeMessage(text) {
    return text
        .split(/`([^`\n]+)`/)
        .map((part, i) => (i % 2 === 1 ? inlineCode(part, Infinity) : escapeMarkdown(part)))
        .join('');
}
/** Inline code that stays safe in table cells (a Markdown code span cannot escape `|` or backticks). */
function inlineCode(text, max = 120) {
    const one = stripControl(text).replace(/\s+/g, ' ').trim();
    const cut = one.length > max ? `${one.slice(0, max - 1)}…` : one;
    // Markdown stays live inside inline HTML: backticks would open code spans, `*`/`_` emphasis.
    const inert = cut
        .replace(/[&<>"|`*_~[\]\\!#]/g, (c) => HTML[c] ?? `&#${c.charCodeAt(0)};`)
        .replace(/@/g, '@&#8203;');
    return `<code>${inert}</code>`;
}
/** A fenced block for logs: the fence is longer than any backtick run inside. */
function codeBlock(raw, lang = '') {
    const text = stripControl(raw);
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    // Literal inside a fence already; neutralised anyway, so a cut fence could never open a comment.
    const safe = text
        .replace(/@/g, '@\u200b')
        .replace(/<!--/g, '<\u200b!--')
        .replace(/--!?>/g, (m) => `--\u200b${m.slice(2)}`);
    return `${fence}${lang}\n${safe}\n${fence}`;
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderText: () => (/* binding */ renderText),
/* harmony export */   terminalSafe: () => (/* binding */ terminalSafe)
/* harmony export */ });
/* harmony import */ var _dockerfile_history_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(220);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1996);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
// The report for a terminal (pure): what `shipshape check` prints by default. The same typed
// report as the comment, in plain text: the headline, the reasons, the findings and the largest
// instructions; ANSI colours only when asked for (the CLI asks on a TTY without NO_COLOR).



const STATUS_WORD = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' };
const STATUS_COLOR = { pass: 32, warn: 33, fail: 31 };
const SEVERITY_COLOR = { error: 31, warning: 33, info: 36, style: 2 };
/**
 * Text from a Dockerfile, a log or an image, safe for a terminal: escape sequences and control
 * characters (which could move the cursor, retitle the window or hide lines) removed as for the
 * comment, on one line, and anything longer than `max` cut.
 */
function terminalSafe(text, max = 300) {
    const flat = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .stripControl */ .kU)(text).replace(/\s+/g, ' ').trim();
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
            : `${l.line != null ? `line ${l.line}: ` : ''}${l.instruction ?? (l.createdBy ? (0,_dockerfile_history_key_js__WEBPACK_IMPORTED_MODULE_2__/* .readableCreatedBy */ ._D)(l.createdBy) : `layer ${l.index + 1}`)}`;
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
