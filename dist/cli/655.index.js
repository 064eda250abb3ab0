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

/***/ 1349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $C: () => (/* binding */ instructionSizes),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Us: () => (/* binding */ largestInstructions),
/* harmony export */   pb: () => (/* binding */ subjectLabel),
/* harmony export */   x8: () => (/* binding */ signed)
/* harmony export */ });
/* unused harmony export BASE_IMAGE_LAYERS */
/* harmony import */ var _comparison_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2314);
/* harmony import */ var _dockerfile_history_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(220);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9540);
// What the renderers (Markdown for the comment and summary, plain text for a terminal) read off a
// report before any formatting (pure): the subject, the size each instruction added, counted
// words and signed changes. Each renderer escapes and lays these out in its own format.



/** "1 layer", "3 layers". */
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** "+9 MB", "-2 kB" (`minus` is the format's minus sign), "±0". */
function signed(n, format, minus = '-') {
    return n > 0 ? `+${format(n)}` : n < 0 ? `${minus}${format(-n)}` : '±0';
}
/**
 * What was checked: the Dockerfile, its target and platform, each part first made safe for the
 * format by `part`.
 */
function subjectLabel(report, part = (text) => text) {
    const s = report.subject;
    return [s.dockerfile, s.target ? `target ${s.target}` : '', s.platform ?? '']
        .filter(Boolean)
        .map(part)
        .join(' · ');
}
/** The label of the base image's layers, counted as one row. */
const BASE_IMAGE_LAYERS = 'base image layers';
/**
 * The size by instruction: against the baseline when compared (the comparison's order), else this
 * image's own layers, biggest first, below one row for the base image's.
 */
function instructionSizes(report) {
    const deltas = report.deltas?.instructions ?? [];
    if (deltas.length) {
        return deltas.map((d) => {
            const fromBase = d.instruction === _comparison_js__WEBPACK_IMPORTED_MODULE_1__/* .BASE_IMAGE_ROW */ .D;
            return {
                instruction: fromBase ? BASE_IMAGE_LAYERS : d.instruction,
                fromBase,
                line: d.line,
                baseLine: d.baseLine,
                layer: d.layer ?? d.baseLayer,
                head: d.headBytes,
                base: d.baseBytes,
                change: report.baseline ? d.change : null,
            };
        });
    }
    const layers = (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_0__/* .layerFacts */ .Dx)(report.image?.layers);
    const rows = layers
        .filter((l) => !l.fromBase && l.sizeBytes != null)
        .map((l) => ({
        instruction: (0,_dockerfile_history_key_js__WEBPACK_IMPORTED_MODULE_2__/* .layerName */ .Hn)(l),
        fromBase: false,
        line: l.line,
        baseLine: null,
        layer: l.position,
        head: l.sizeBytes,
        base: null,
        change: null,
    }));
    if (layers.some((l) => l.fromBase))
        rows.unshift({
            instruction: BASE_IMAGE_LAYERS,
            fromBase: true,
            line: null,
            baseLine: null,
            layer: null,
            head: layers.filter((l) => l.fromBase).reduce((n, l) => n + (l.sizeBytes ?? 0), 0),
            base: null,
            change: null,
        });
    return rows.sort((a, b) => (b.head ?? 0) - (a.head ?? 0));
}
/** The instructions that added the most bytes to this image, biggest first. */
function largestInstructions(report, max) {
    return instructionSizes(report)
        .filter((r) => (r.head ?? 0) > 0)
        .sort((a, b) => b.head - a.head)
        .slice(0, max);
}


/***/ }),

/***/ 9540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ layerFacts),
/* harmony export */   JC: () => (/* binding */ imageFacts),
/* harmony export */   ss: () => (/* binding */ snapshotOfReport)
/* harmony export */ });
/* harmony import */ var _dockerfile_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4011);

const str = (v) => (typeof v === 'string' ? v : null);
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
function layerFacts(raw) {
    if (!Array.isArray(raw))
        return [];
    return raw
        .filter((l) => !!l && typeof l === 'object')
        .map((l, i) => ({
        position: num(l.index) === null ? i + 1 : num(l.index) + 1,
        diffId: str(l.diffId),
        digest: str(l.digest),
        sizeBytes: num(l.sizeBytes),
        compressedSizeBytes: num(l.compressedSizeBytes),
        createdBy: str(l.createdBy),
        // Only the Dockerfile's words: a layer no line names is named by layerName, from created_by.
        instruction: num(l.line) === null ? null : str(l.instruction),
        // Older reports carry no key: their created_by stands in (src/baseline/compare.ts).
        instructionKey: str(l.instructionKey),
        line: num(l.line),
        stage: str(l.stage),
        fromBase: l.fromBase === true || l.origin === 'base',
    }));
}
function platformOf(report) {
    return str(report.image?.platform) ?? report.subject?.platform ?? null;
}
function imageFacts(image, platform) {
    if (!image)
        return null;
    const config = image.config;
    return {
        sizeBytes: image.sizeBytes,
        compressedSizeBytes: image.compressedSizeBytes,
        compressedSource: image.compressedSizeBytes === null ? null : (image.compressedSource ?? null),
        layerCount: image.layerCount,
        reclaimableBytes: image.reclaimableBytes,
        layers: layerFacts(image.layers),
        user: str(config?.user),
        platform,
    };
}
/**
 * The comparable facts of a report. `dockerfile` is the Dockerfile its findings were made on,
 * already parsed (this run's); absent, the text the report carries is parsed.
 */
function snapshotOfReport(report, dockerfile) {
    const findings = Array.isArray(report.lint?.findings) ? report.lint.findings : [];
    const text = report.lint?.dockerfileText ?? null;
    return {
        image: imageFacts(report.image, platformOf(report)),
        lint: report.lint
            ? { findings, dockerfile: dockerfile ?? (text === null ? null : (0,_dockerfile_model_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDockerfile */ .Ai)(text)) }
            : null,
        runtime: report.runtime
            ? { user: report.runtime.user, uid: report.runtime.uid, nonRoot: report.runtime.nonRoot }
            : null,
        cache: report.build?.ok
            ? { cachedSteps: report.build.cachedSteps, totalSteps: report.build.totalSteps }
            : null,
    };
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderText: () => (/* binding */ renderText),
/* harmony export */   terminalSafe: () => (/* binding */ terminalSafe)
/* harmony export */ });
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1996);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/* harmony import */ var _facts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1349);
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
/** The headline figures: size, compressed size, layers, the user, the findings. */
function figures(report) {
    const parts = [];
    const img = report.image;
    const d = report.deltas;
    if (img) {
        parts.push(`${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(img.sizeBytes)}${d?.size ? ` (${(0,_facts_js__WEBPACK_IMPORTED_MODULE_2__/* .signed */ .x8)(d.size.change, _units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)})` : ''}`);
        if (img.compressedSizeBytes != null)
            parts.push(`${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(img.compressedSizeBytes)} compressed`);
        if (img.layerCount != null)
            parts.push((0,_facts_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(img.layerCount, 'layer'));
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
    parts.push((0,_facts_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(report.lint.findings.length, 'lint finding'));
    return parts.join(' · ');
}
function renderText(report, options) {
    const paint = (code, text) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
    const bold = (text) => paint(1, text);
    const subject = (0,_facts_js__WEBPACK_IMPORTED_MODULE_2__/* .subjectLabel */ .pb)(report, (part) => terminalSafe(part, 200));
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
            out.push(`  ${terminalSafe(report.subject.dockerfile, 200)}:${e.line}  ${paint(31, 'cannot lint')}  ${terminalSafe(e.message)}`);
        for (const f of findings.slice(0, maxFindings))
            out.push(`  ${terminalSafe(f.file, 200)}:${f.line}  ${paint(SEVERITY_COLOR[f.severity], f.severity)}  ${terminalSafe(f.rule, 80)}  ${terminalSafe(f.message)}`);
        if (findings.length > maxFindings)
            out.push(`  …and ${(0,_facts_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(findings.length - maxFindings, 'more finding')}`);
    }
    const largest = (0,_facts_js__WEBPACK_IMPORTED_MODULE_2__/* .largestInstructions */ .Us)(report, options.maxInstructions ?? 5);
    if (largest.length) {
        out.push('', bold('Largest instructions'));
        const width = Math.max(...largest.map((r) => (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(r.head).length));
        for (const r of largest) {
            const label = `${r.line != null ? `line ${r.line}: ` : ''}${r.instruction}`;
            out.push(`  ${(0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(r.head).padStart(width)}  ${terminalSafe(label, 120)}`);
        }
    }
    return out.join('\n') + '\n';
}


/***/ })

};
