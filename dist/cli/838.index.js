export const id = 838;
export const ids = [838];
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

/***/ 5838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMENT_BODY_LIMIT: () => (/* binding */ COMMENT_BODY_LIMIT),
  COMMENT_LIMIT: () => (/* binding */ COMMENT_LIMIT),
  STATUS_ICON: () => (/* reexport */ STATUS_ICON),
  SUMMARY_LIMIT: () => (/* binding */ SUMMARY_LIMIT),
  caveats: () => (/* reexport */ caveats),
  changeChart: () => (/* reexport */ changeChart),
  chartLabel: () => (/* reexport */ chartLabel),
  renderComment: () => (/* binding */ renderComment),
  renderMarkdown: () => (/* binding */ renderMarkdown),
  verdict: () => (/* reexport */ verdict)
});

// EXTERNAL MODULE: ./src/report/facts.ts
var report_facts = __webpack_require__(1349);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(1996);
;// CONCATENATED MODULE: ./src/report/markdown/format.ts
// The small Markdown formatters and layout helpers every section uses: sizes that never wrap,
// changes with their sign and mark, tables cut to the room left, folded <details>.


const STATUS_ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
const MINUS = '−';
/** A no-break space: a size or percentage never wraps into "196 / MB" in a narrow column. */
const NBSP = '\u00a0';
/** Marks beside a change in the facts table: worse for the image, better for it. */
const WORSE = '🔴';
const BETTER = '🟢';
/** formatBytes that never wraps. */
function size(n) {
    return (0,units/* formatBytes */.z3)(n).replace(' ', NBSP);
}
function bytes(n) {
    return n == null ? 'not measured' : size(n);
}
/** A change with the typographic minus sign. */
function signed(n, format) {
    return (0,report_facts/* signed */.x8)(n, format, MINUS);
}
function signedPercent(p) {
    return `${p > 0 ? '+' : p < 0 ? MINUS : '±'}${Math.abs(p)}${NBSP}%`;
}
/** "+9 MB (+13.5 %)", "±0". */
function changeText(d, format, withPercent = true) {
    if (d.change === 0)
        return '±0';
    // A change that rounds to 0.0 % is left without a percentage rather than called "±0 %".
    const percent = withPercent && d.percent != null && d.percent !== 0 ? ` (${signedPercent(d.percent)})` : '';
    return `${signed(d.change, format)}${percent}`;
}
/** A change with its mark: growth of a figure where smaller is better is worse, and the reverse. */
function markedChange(d, format, withPercent = true) {
    if (!d)
        return '';
    const mark = d.change > 0 ? `${WORSE} ` : d.change < 0 ? `${BETTER} ` : '';
    return `${mark}${changeText(d, format, withPercent)}`;
}
/** A table cut to `room` characters, with a closing row that says what was left out. */
function tableWithin(header, rows, room, more) {
    const out = [...header];
    let length = out.join('\n').length;
    let i = 0;
    const reserve = 200;
    for (; i < rows.length; i++) {
        if (length + rows[i].length + 1 > room - reserve)
            break;
        out.push(rows[i]);
        length += rows[i].length + 1;
    }
    if (i < rows.length)
        out.push(`\n${more(rows.length - i)}`);
    return out.join('\n');
}
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

;// CONCATENATED MODULE: ./src/report/markdown/budget-table.ts
// The budgets section: each budget as a reader would write it, and what was measured.



function budgetValue(b) {
    if (b.actual == null)
        return 'not measured';
    if (b.name === 'max-layers' || b.name === 'no-regression')
        return String(b.actual);
    if (b.name === 'max-layers-increase')
        return signed(b.actual, String);
    if (b.name === 'max-size-increase')
        return signed(b.actual, size);
    return (0,units/* formatBytesBeside */.VD)(b.actual, Math.round(b.limitValue)).replace(' ', NBSP);
}
/** "max-size ≤ 400 MB": the rule as a reader would write it; its tier only when it was broken. */
function budgetRule(b) {
    const rule = b.name === 'no-regression' ? 'no-regression: no growth' : `${b.name} ≤ ${b.limit}`;
    const tier = b.status === 'pass' ? '' : b.level === 'fail' ? ' (fails the check)' : ' (warns)';
    return `${(0,report_escape/* escapeMarkdown */.FV)(rule).replace(/(\d) (\S)/g, `$1${NBSP}$2`)}${tier}`;
}
function budgetsSection(report) {
    if (!report.budgets.length)
        return null;
    const failing = report.budgets.some((b) => b.status !== 'pass');
    const rows = report.budgets.map((b) => `| ${STATUS_ICON[b.status]} | ${budgetRule(b)} | ${budgetValue(b)} |`);
    return () => details('Budgets', ['| | budget | measured |', '| --- | --- | ---: |', ...rows].join('\n'), failing);
}

;// CONCATENATED MODULE: ./src/report/markdown/findings.ts


const SEVERITY_ICON = { error: '🔴', warning: '🟠', info: '🔵', style: '⚪' };
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2, style: 3 };
function urlPath(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}
/** `L4` linked to the line; the file is named only when it is not the report's Dockerfile. */
function findingLink(f, blobUrl, dockerfile) {
    const where = f.file === dockerfile ? `L${f.line}` : `${(0,report_escape/* escapeMarkdown */.FV)(f.file)}:L${f.line}`;
    return blobUrl ? `[${where}](${blobUrl}${urlPath(f.file)}#L${f.line})` : where;
}
function findingRow(f, blobUrl, dockerfile) {
    const message = f.message.length > 300 ? `${f.message.slice(0, 299)}…` : f.message;
    const docs = /^https?:\/\/[^\s()<>]+$/.test(f.docs)
        ? `[${(0,report_escape/* escapeMarkdown */.FV)(f.rule)}](${f.docs})`
        : (0,report_escape/* escapeMarkdown */.FV)(f.rule);
    return `| ${SEVERITY_ICON[f.severity] ?? ''} ${(0,report_escape/* escapeMarkdown */.FV)(f.severity)} | ${findingLink(f, blobUrl, dockerfile)} | ${docs} | ${(0,report_escape/* escapeMessage */.hC)(message)} |`;
}
/** The most severe first, then in Dockerfile order. */
function bySeverity(findings) {
    return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.line - b.line);
}
function findingsSection(title, findings, blobUrl, open, dockerfile) {
    if (!findings.length)
        return null;
    return (room) => {
        const table = tableWithin(['| severity | line | rule | message |', '| --- | --- | --- | --- |'], bySeverity(findings).map((f) => findingRow(f, blobUrl, dockerfile)), room - 120, (n) => `…and ${n} more: see the job summary or the JSON report.`);
        return details(`${title} (${findings.length})`, table, open);
    };
}
function lintSections(report, options) {
    const d = report.deltas?.lint;
    const all = report.lint.findings;
    const file = report.subject.dockerfile;
    const title = (what) => `${what} in ${(0,report_escape/* inlineCode */.ti)(file)}`;
    if (!d)
        return [findingsSection(title('Lint findings'), all, options.blobUrl, all.length <= 10, file)];
    return [
        findingsSection(title('New lint findings'), d.new, options.blobUrl, d.new.length <= 20, file),
        findingsSection(title('Fixed lint findings'), d.fixed, options.baseBlobUrl ?? null, false, file),
        all.length > d.new.length
            ? findingsSection(title('All lint findings'), all, options.blobUrl, false, file)
            : null,
    ];
}
function buildFailureSection(report) {
    const tail = report.build && !report.build.ok ? report.build.error?.logTail : null;
    if (!tail)
        return null;
    return (room) => {
        const keep = Math.max(500, Math.min(8_000, room - 300));
        const text = tail.length > keep ? `…${tail.slice(tail.length - keep)}` : tail;
        return details('Build failure', (0,report_escape/* codeBlock */.DV)(text, 'text'), true);
    };
}

;// CONCATENATED MODULE: ./src/report/markdown/instructions.ts
// Size by instruction: the table with its bars, and the Mermaid chart of the PR's change.




/**
 * "L18 RUN head": made of the line, the keyword and the first word of the command, kept to
 * letters, digits and `._/-` so nothing from a Dockerfile can reach Mermaid's syntax. A layer no
 * line names is labelled by its position (`layer`), which its name starts with (layerName).
 */
function chartLabel(instruction, line, baseLine = null, layer = null) {
    const unnamed = line == null && baseLine == null && layer != null;
    const command = unnamed ? instruction.replace(`layer ${layer}`, '').replace(/^: /, '') : instruction;
    const [keyword = '', first = ''] = command.split(/\s+/);
    const word = first
        .replace(/^--\S*$/, '')
        .replace(/[^A-Za-z0-9._/-]/g, '')
        .slice(0, 14);
    const where = line != null ? `L${line}` : baseLine != null ? `was L${baseLine}` : unnamed ? `layer ${layer}` : '';
    return [where, keyword.replace(/[^A-Za-z]/g, '').toUpperCase(), word].filter(Boolean).join(' ') || 'layer';
}
function sizeRows(report) {
    return (0,report_facts/* instructionSizes */.$C)(report).map((r) => ({
        label: r.instruction,
        chartLabel: r.fromBase ? 'base image' : chartLabel(r.instruction, r.line, r.baseLine, r.layer),
        head: r.head,
        base: r.base,
        change: r.change,
    }));
}
/** The largest of 1, 2 and 5 × 10^k at or above `n`: a scale a reader can count in. */
function niceStep(n) {
    const power = 10 ** Math.floor(Math.log10(n));
    return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= n);
}
const BAR_CELLS = 16;
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
/** A bar in eighths of a cell: 1 kB beside 9 MB is a hair, never the same block. */
function bar(n, cell) {
    if (cell <= 0 || n <= 0)
        return '';
    const eighths = Math.round((n / cell) * 8);
    return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}
/** The scale of a bar column: each █ is a round figure, so the bars can be read as well as compared. */
function barScale(rows) {
    const max = Math.max(0, ...rows.map((r) => Math.max(r.head ?? 0, r.base ?? 0)));
    return max > 0 ? niceStep(max / BAR_CELLS) : 0;
}
/** The chart's unit: MB unless every change is smaller than one. */
function chartUnit(changes) {
    return Math.max(...changes.map(Math.abs)) >= 1e6
        ? { name: 'MB', factor: 1e6 }
        : { name: 'kB', factor: 1e3 };
}
const CHART_ROWS = 8;
const GREW_COLOUR = '#cf222e';
const SHRANK_COLOUR = '#1a7f37';
/**
 * The PR's change per instruction, as a Mermaid xychart: red bars for growth, green for
 * shrinking, largest change first, the base image left out (its size would set the scale and
 * hide the PR's own layers). Labels carry the value. null when nothing of the Dockerfile's own
 * changed by at least 1 kB.
 */
function changeChart(rows) {
    const changed = rows
        .filter((r) => r.chartLabel !== 'base image' && r.change != null && Math.abs(r.change) >= 1_000)
        .sort((a, b) => Math.abs(b.change) - Math.abs(a.change))
        .slice(0, CHART_ROWS);
    if (!changed.length)
        return null;
    const unit = chartUnit(changed.map((r) => r.change));
    const value = (n) => Number((n / unit.factor).toFixed(1));
    const top = Math.max(...changed.map((r) => value(Math.abs(r.change))));
    // One series per direction, so each gets its colour; a direction with no bar is left out.
    const series = [
        { colour: GREW_COLOUR, values: changed.map((r) => value(Math.max(r.change, 0))) },
        { colour: SHRANK_COLOUR, values: changed.map((r) => value(Math.max(-r.change, 0))) },
    ].filter((s) => s.values.some((v) => v > 0));
    const init = {
        themeVariables: { xyChart: { plotColorPalette: series.map((s) => s.colour).join(', ') } },
        xyChart: { height: Math.max(200, 60 + changed.length * 45), showDataLabel: true },
    };
    return [
        '```mermaid',
        `%%{init: ${JSON.stringify(init)}}%%`,
        'xychart-beta horizontal',
        `  title "Change per instruction (${unit.name}): red grew, green shrank"`,
        `  x-axis [${changed.map((r) => `"${r.chartLabel} ${signed(r.change, units/* formatBytes */.z3)}"`).join(', ')}]`,
        `  y-axis "${unit.name}" 0 --> ${Math.max(top, 0.1)}`,
        ...series.map((s) => `  bar [${s.values.join(', ')}]`),
        '```',
    ].join('\n');
}
function instructionsSection(report) {
    const rows = sizeRows(report).filter((r) => (r.head ?? 0) > 0 || (r.base ?? 0) > 0);
    if (!rows.length)
        return null;
    const withBase = !!report.baseline && rows.some((r) => r.change != null);
    const cell = barScale(rows);
    const barHeader = `${withBase ? 'PR size' : 'size'}, █${NBSP}=${NBSP}${size(cell)}`;
    const row = (r) => {
        const cells = [
            (0,report_escape/* inlineCode */.ti)(r.label, 100),
            ...(withBase ? [r.base == null ? 'added' : size(r.base)] : []),
            r.head == null ? 'removed' : size(r.head),
            ...(withBase
                ? [markedChange(r.change == null ? null : { change: r.change, percent: null }, size)]
                : []),
            bar(r.head ?? 0, cell),
        ];
        return `| ${cells.join(' | ')} |`;
    };
    const header = withBase
        ? [`| instruction | base | PR | change | ${barHeader} |`, '| --- | ---: | ---: | ---: | --- |']
        : [`| instruction | size | ${barHeader} |`, '| --- | ---: | --- |'];
    // In a PR, what did not change is folded away: the changed rows are the review.
    const changed = withBase ? rows.filter((r) => r.change !== 0) : rows;
    const unchanged = withBase ? rows.filter((r) => r.change === 0) : [];
    const chart = withBase ? changeChart(rows) : null;
    return (room) => {
        const table = changed.length
            ? tableWithin(header, changed.map(row), room - 1_500, (n) => `…and ${(0,report_facts/* plural */.LS)(n, 'more instruction')}.`)
            : 'No instruction changed size.';
        const folded = unchanged.length
            ? details(`${(0,report_facts/* plural */.LS)(unchanged.length, 'unchanged instruction')} (${size(unchanged.reduce((n, r) => n + (r.head ?? 0), 0))})`, tableWithin(header, unchanged.map(row), Math.max(0, room - table.length - 2_000), (n) => `…and ${(0,report_facts/* plural */.LS)(n, 'more instruction')}.`))
            : '';
        const body = [chart ?? '', table, folded].filter(Boolean).join('\n\n');
        return details(withBase ? 'Size by instruction' : 'Largest instructions', body, withBase && changed.length > 0);
    };
}

// EXTERNAL MODULE: ./src/report/evaluate.ts
var evaluate = __webpack_require__(8323);
;// CONCATENATED MODULE: ./src/report/markdown/junk-and-waste.ts
// The junk and waste section: bytes the image carries that it does not need.




const biggestFirst = (rows) => rows.sort((p, q) => (q.bytes ?? 0) - (p.bytes ?? 0));
/** Reclaimable paths: how they were hidden, and the lines that wrote and removed them. */
function wasteRows(waste) {
    return biggestFirst(waste.map((w) => {
        const where = [
            w.how,
            w.writtenLine !== null ? `written on line ${w.writtenLine}` : 'written in the base image',
        ];
        if (w.removedLine !== null)
            where.push(`then on line ${w.removedLine}`);
        return { path: w.path, bytes: w.bytes, where: where.join(', ') };
    }));
}
/** Junk in the final image: its kind and the line that added it. */
function junkRows(junk) {
    return biggestFirst(junk.map((j) => ({
        path: j.path,
        bytes: j.bytes,
        where: [j.kind, ...(j.line !== null ? [`line ${j.line}`] : [])].join(', '),
    })));
}
const SHOWN_PATHS = 15;
function wasteSection(report) {
    const img = report.image;
    if (!img)
        return null;
    // Rewrites of a few kB (lock files, passwd touched by useradd) are noise next to what costs bytes.
    const waste = wasteRows(img.waste ?? []).filter((r) => (r.bytes ?? 0) >= evaluate/* WASTE_ROW_MIN_BYTES */.Hx);
    const junk = junkRows(img.junk ?? []).filter((r) => r.bytes !== 0);
    const change = report.deltas?.reclaimable;
    const worthSaying = (img.reclaimableBytes ?? 0) >= evaluate/* WASTE_ROW_MIN_BYTES */.Hx || (change && change.change !== 0);
    if (!worthSaying && !waste.length && !junk.length)
        return null;
    return (room) => {
        const parts = [
            `Reclaimable (written, then deleted or overwritten in a later layer): ${bytes(img.reclaimableBytes)}${change && change.change !== 0 ? `, ${changeText(change, size)} against the baseline` : ''}`,
        ];
        const table = (rows, title) => tableWithin([`**${title}**`, '', '| path | bytes | where |', '| --- | ---: | --- |'], rows
            .slice(0, SHOWN_PATHS)
            .map((r) => `| ${(0,report_escape/* inlineCode */.ti)(r.path, 100)} | ${bytes(r.bytes)} | ${r.where ? (0,report_escape/* escapeMarkdown */.FV)(r.where) : ''} |`), Math.floor((room - 400) / 2), (n) => `…and ${(0,report_facts/* plural */.LS)(n, 'more path')}.`);
        const rest = (rows) => {
            const more = rows.slice(SHOWN_PATHS);
            return more.length
                ? `\n\n…and ${(0,report_facts/* plural */.LS)(more.length, 'more path')} (${size(more.reduce((n, r) => n + (r.bytes ?? 0), 0))}).`
                : '';
        };
        if (junk.length)
            parts.push(table(junk, 'Junk left in the image') + rest(junk));
        if (waste.length)
            parts.push(table(waste, 'Wasted space') + rest(waste));
        return details('Junk and waste', parts.join('\n\n'));
    };
}

;// CONCATENATED MODULE: ./src/report/markdown/runtime.ts


function ms(n) {
    return n < 1000 ? `${Math.round(n)}${NBSP}ms` : `${(n / 1000).toFixed(n < 10_000 ? 2 : 1)}${NBSP}s`;
}
const USER_ORIGIN = {
    input: 'from the `user` input',
    image: 'set by this Dockerfile',
    'base-image': 'inherited from the base image',
    default: 'none set: root by default',
};
const PRIVILEGES = {
    'never-root': 'never root',
    dropped: 'started as root, then dropped',
    'kept-root': 'a process kept effective uid 0',
    unknown: 'not observed',
};
const RUNTIME_CHANGE = {
    'became-root': '**became root**',
    'became-non-root': 'became non-root',
    'user-changed': 'the user changed',
    unchanged: 'unchanged',
    unproven: 'not comparable (one side unproven)',
};
function verdictWord(nonRoot) {
    return nonRoot === true ? 'non-root' : nonRoot === false ? '**root**' : 'not proven';
}
/**
 * The static view (config and the image's /etc/passwd) beside what the host saw. The comment
 * keeps that evidence; the job summary adds every process's uids, pids, timings and notes.
 */
function runtimeSection(report, audience) {
    const rt = report.runtime;
    if (!rt)
        return null;
    const full = audience !== 'comment';
    return () => {
        const st = rt.static ?? null;
        const evidence = rt.evidence;
        const processes = evidence.processes;
        const origin = rt.userOrigin ? (0,report_escape/* escapeMessage */.hC)(USER_ORIGIN[rt.userOrigin]) : null;
        const user = rt.user ? `${(0,report_escape/* inlineCode */.ti)(rt.user)}${origin ? `, ${origin}` : ''}` : (origin ?? 'none set');
        const staticUid = st
            ? st.uid === null
                ? (0,report_escape/* escapeMarkdown */.FV)(st.explanation)
                : `${st.uid}${st.userName ? ` (${(0,report_escape/* escapeMarkdown */.FV)(st.userName)})` : ''}, gid ${st.gid ?? '?'}${st.groupName ? ` (${(0,report_escape/* escapeMarkdown */.FV)(st.groupName)})` : ''}`
            : 'image files not readable';
        // Only what the host saw: no process listed means no uid to show, whatever the verdict says.
        const seenUids = [...new Set(processes.map((p) => p.uids[1]))];
        const runtimeUid = rt.source === 'runtime' && processes.length > 0
            ? `${seenUids.join(', ')} (effective, ${processes.length} process${processes.length === 1 ? '' : 'es'})`
            : 'not observed';
        const runtimeVerdict = rt.source === 'runtime'
            ? `${verdictWord(rt.nonRoot)}${rt.privileges ? `: ${PRIVILEGES[rt.privileges]}` : ''}`
            : `not observed: the verdict is the static one`;
        const lines = [
            '| | static: image config and its /etc/passwd | runtime: every process, seen from the host |',
            '| --- | --- | --- |',
            `| user | ${user} | ${rt.started === true ? 'started with this user' : rt.started === false ? 'did not start' : '—'} |`,
            `| uid | ${staticUid} | ${runtimeUid} |`,
            ...(full
                ? [
                    `| verdict | ${st ? verdictWord(st.root === null ? null : !st.root) : 'not proven'} | ${runtimeVerdict} |`,
                ]
                : []),
            '',
        ];
        const change = report.deltas?.runtime;
        if (full && change && change.change !== 'unchanged') {
            const who = (s) => `${s.user ? (0,report_escape/* inlineCode */.ti)(s.user) : 'no USER'} (uid ${s.uid ?? '?'}${s.nonRoot === false ? ', root' : ''})`;
            lines.push(`- compared with the baseline: ${RUNTIME_CHANGE[change.change]}: ${who(change.base)} → ${who(change.head)}`);
        }
        if (full) {
            for (const p of processes.slice(0, 10)) {
                lines.push(`- pid ${p.pid} ${(0,report_escape/* inlineCode */.ti)(String(p.command), 80)}: uid ${(0,report_escape/* escapeHtml */.ZD)((p.uids ?? []).join('/'))}, gid ${(0,report_escape/* escapeHtml */.ZD)((p.gids ?? []).join('/'))} (real/effective/saved/fs, at ${p.observedAt === 'start' ? 'start' : 'settle'})`);
            }
            if (processes.length > 10)
                lines.push(`- …and ${processes.length - 10} more processes`);
        }
        // A stop that needed a kill is a reason already; the comment does not say it twice.
        if (rt.stop?.signalled === false) {
            lines.push(`- stop: the engine refused to send ${(0,report_escape/* escapeMarkdown */.FV)(rt.stop.signal)}, so the stop was not tested${rt.stop.killed ? '; the container was killed' : ''}`);
        }
        else if (rt.stop) {
            if (full || !rt.stop.killed)
                lines.push(rt.stop.killed
                    ? `- stop: PID 1 did not exit within ${ms(rt.stop.timeoutMs)} of ${(0,report_escape/* escapeMarkdown */.FV)(rt.stop.signal)} and was killed`
                    : `- stop: exited on ${(0,report_escape/* escapeMarkdown */.FV)(rt.stop.signal)}${full ? ` in ${ms(rt.stop.ms)}` : ''}`);
        }
        else if (rt.exit) {
            const after = rt.exit.afterMs === null ? '' : ` after ${ms(rt.exit.afterMs)}`;
            lines.push(`- exited by itself with code ${rt.exit.code ?? '?'}${after}, ${rt.exit.afterSignal ? 'after the stop signal, which did not cause it: not a clean stop' : 'before it was asked to stop'}`);
        }
        else if (rt.state && !rt.state.running && rt.state.exitCode !== null) {
            lines.push(`- exited on its own with code ${rt.state.exitCode} before it could be stopped`);
        }
        const smoke = rt.smoke;
        if (smoke?.http) {
            const h = smoke.http;
            lines.push(`- smoke: ${(0,report_escape/* escapeMarkdown */.FV)(h.url)} ${h.status !== null ? `answered ${h.status}` : `did not answer${h.error ? ` \\(${(0,report_escape/* escapeMarkdown */.FV)(h.error)}\\)` : ''}`}${full ? ` after ${ms(h.ms)}` : ''} ${h.ok ? '✅' : '❌'}`);
        }
        if (smoke?.exec) {
            const e = smoke.exec;
            lines.push(`- smoke: ${(0,report_escape/* inlineCode */.ti)(e.command.join(' '), 80)} exited ${e.exitCode ?? '?'}${full ? ` after ${ms(e.ms)}` : ''} ${e.ok ? '✅' : '❌'}`);
        }
        if (full && rt.hardening) {
            const flags = rt.hardening.combined.flags.join(' ');
            if (rt.hardening.combined.ok)
                lines.push(`- hardening: runs with ${(0,report_escape/* inlineCode */.ti)(flags, 200)} ✅`);
            else {
                const cannot = rt.hardening.each.filter((r) => !r.ok).map((r) => (0,report_escape/* inlineCode */.ti)(r.flags.join(' '), 80));
                lines.push(`- hardening (information): does not run with ${(0,report_escape/* inlineCode */.ti)(flags, 200)}${cannot.length ? `; cannot take ${cannot.join(', ')}` : ''}`);
            }
        }
        if (full && rt.writable) {
            const w = rt.writable;
            const files = w.files.slice(0, 5).map((f) => (0,report_escape/* inlineCode */.ti)(f.path, 80));
            lines.push(w.uid === 0
                ? '- writable app files: not checked, root can write every file'
                : w.files.length === 0
                    ? `- writable app files: none of ${w.checked} checked under ${(0,report_escape/* inlineCode */.ti)(w.workingDir || '/')}`
                    : `- writable app files: uid ${w.uid} can write ${w.files.length}${w.truncated ? '+' : ''} under ${(0,report_escape/* inlineCode */.ti)(w.workingDir || '/')}: ${files.join(', ')}${w.files.length > 5 ? ', …' : ''}`);
        }
        if (full)
            for (const n of (evidence?.notes ?? []).slice(0, 10))
                lines.push(`- ${(0,report_escape/* escapeMessage */.hC)(String(n).slice(0, 300))}`);
        if (rt.logTail && (rt.source !== 'runtime' || rt.state?.running === false)) {
            lines.push('', 'Last output:', '', (0,report_escape/* codeBlock */.DV)(rt.logTail.slice(-2_000), 'text'));
        }
        if (full && rt.timings?.length) {
            const steps = rt.timings.map((t) => `${(0,report_escape/* escapeHtml */.ZD)(t.step)} ${ms(t.ms)}`).join(' · ');
            lines.push('', `<sub>${steps}${rt.totalMs != null ? ` · total ${ms(rt.totalMs)}` : ''}</sub>`);
        }
        return details('Runtime evidence', lines.join('\n').trimEnd(), full && rt.nonRoot === false);
    };
}

// EXTERNAL MODULE: ./src/comparison.ts
var comparison = __webpack_require__(2314);
;// CONCATENATED MODULE: ./src/report/markdown/verdict.ts
// The head of the report: the verdict sentence, the base → PR facts table, the caveats of the
// comparison and the line that names the baseline.





/** The figure a pull costs when known (compressed), else the unpacked one, with what it means. */
function sizeDelta(report) {
    const d = report.deltas;
    if (!d || report.baseline?.refused)
        return null;
    if (d.compressedSize && d.compressedSize.basis !== 'mixed')
        return { delta: d.compressedSize, what: 'to pull' };
    if (d.size)
        return { delta: d.size, what: 'unpacked' };
    return null;
}
/**
 * The instruction behind most of a size change, when one is: "line 18 `RUN head …`". Instructions
 * are measured unpacked: when the headline figure (what a pull costs) moved the other way than
 * the unpacked size, no instruction explains it and none is named.
 */
function mostlyFrom(report, headline) {
    const total = report.deltas?.size?.change ?? 0;
    if (total === 0 || Math.sign(total) !== Math.sign(headline))
        return null;
    // "Mostly" only when one instruction made at least half of the change in that direction.
    const same = (report.deltas?.instructions ?? []).filter((i) => Math.sign(i.change) === Math.sign(total));
    const top = same[0];
    const sum = same.reduce((n, i) => n + Math.abs(i.change), 0);
    if (!top || Math.abs(top.change) * 2 < sum)
        return null;
    if (top.instruction === comparison/* BASE_IMAGE_ROW */.D)
        return 'the base image';
    const where = top.line != null
        ? `line ${top.line}`
        : top.baseLine != null
            ? `removing line ${top.baseLine}`
            : 'removing';
    return `${where} ${(0,report_escape/* inlineCode */.ti)(top.instruction, 40)}`;
}
/** The runtime reason in the words of the change, when the baseline shows what changed. */
function runtimeStory(report) {
    const change = report.deltas?.runtime;
    if (change?.change === 'became-root') {
        const base = change.base.user;
        const head = change.head.user;
        if (base && !head)
            return `this PR removed ${(0,report_escape/* inlineCode */.ti)(`USER ${base}`)}, so the container now runs as root`;
        if (base && head)
            return `this PR changed ${(0,report_escape/* inlineCode */.ti)(`USER ${base}`)} to ${(0,report_escape/* inlineCode */.ti)(`USER ${head}`)}, so the container now runs as root`;
        return 'the container now runs as root';
    }
    if (change?.change === 'became-non-root')
        return `the container no longer runs as root (uid ${change.head.uid ?? '?'})`;
    return null;
}
/**
 * The first line a reviewer reads: the status, the reason that decided it (in the words of the
 * change when there is a baseline), and what the PR did to the size. Good news is said as plainly.
 * Returns the sentence and the reason it already said, so the list below does not say it again.
 */
function verdict(report) {
    const first = report.reasons[0] ?? null;
    const story = runtimeStory(report);
    const clauses = [];
    let said = null;
    if (first) {
        said = first;
        const isRoot = first.code === 'runs-as-root' && story?.includes('now runs as root');
        clauses.push(isRoot ? story : (0,report_escape/* escapeMessage */.hC)(first.message));
        // Good news is not lost behind a warning: "no longer runs as root" is said all the same.
        if (story && !isRoot && !story.includes('now runs as root'))
            clauses.push(story);
    }
    else if (story) {
        clauses.push(story);
    }
    const grew = sizeDelta(report);
    const img = report.image;
    if (grew) {
        const mostly = mostlyFrom(report, grew.delta.change);
        const amount = grew.delta.change === 0
            ? `same size ${grew.what}`
            : `${changeText(grew.delta, units/* formatBytes */.z3)} ${grew.what}`;
        clauses.push(`${amount}${mostly && grew.delta.change !== 0 ? `, mostly ${mostly}` : ''}`);
    }
    else if (img && !report.baseline) {
        clauses.push(img.compressedSizeBytes != null
            ? `${size(img.compressedSizeBytes)} to pull (${size(img.sizeBytes)} unpacked)`
            : `${size(img.sizeBytes)} unpacked`);
    }
    const d = report.deltas;
    if (!first && d?.lint?.fixed.length && !d.lint.new.length)
        clauses.push(`${(0,report_facts/* plural */.LS)(d.lint.fixed.length, 'lint finding')} fixed`);
    const smaller = report.status === 'pass' && (grew?.delta.change ?? 0) < 0;
    const word = report.status === 'fail' ? 'Fails' : report.status === 'warn' ? 'Warns' : smaller ? 'Smaller' : 'Passes';
    if (!clauses.length)
        clauses.push(report.image ? 'nothing to report' : 'not measured');
    return { sentence: `${STATUS_ICON[report.status]} **${word}**: ${clauses.join(' · ')}`, said };
}
function userText(s) {
    if (!s)
        return '';
    if (s.nonRoot === false)
        return '**root**';
    if (s.nonRoot === null)
        return 'unproven';
    return `uid ${s.uid ?? '?'}`;
}
/** base → PR → change: what a pull costs, the unpacked size, layers, user, findings. */
function factsTable(report) {
    const img = report.image;
    const d = report.deltas;
    const compared = !!report.baseline && !!d && !report.baseline.refused;
    const rt = report.runtime;
    const rows = [];
    if (img) {
        const pull = d?.newPull
            ? `${size(d.newPull.bytes)} new in ${(0,report_facts/* plural */.LS)(d.newPull.layers, 'layer')}${d.newPull.basis === 'uncompressed' ? ' (uncompressed)' : ''}`
            : '';
        if (img.compressedSizeBytes != null)
            rows.push([
                'to pull (compressed)',
                compared && d.compressedSize ? size(d.compressedSize.base) : '',
                size(img.compressedSizeBytes),
                compared
                    ? [
                        d.compressedSize
                            ? `${d.compressedSize.basis === 'mixed' ? `≈${NBSP}` : ''}${markedChange(d.compressedSize, units/* formatBytes */.z3)}`
                            : 'base not measured',
                        pull,
                    ]
                        .filter(Boolean)
                        .join('; ')
                    : '',
            ]);
        rows.push([
            'unpacked',
            compared && d.size ? size(d.size.base) : '',
            bytes(img.sizeBytes),
            compared ? markedChange(d.size, units/* formatBytes */.z3) : '',
        ]);
        if (img.layerCount != null)
            rows.push([
                'layers',
                compared && d.layers ? String(d.layers.base) : '',
                String(img.layerCount),
                compared ? markedChange(d.layers, String, false) : '',
            ]);
    }
    else {
        // No figures: say why where they would be.
        const why = report.build && !report.build.ok ? '**build failed**' : '**not measured**';
        rows.push(['image', '', why, '']);
    }
    if (rt) {
        const change = d?.runtime;
        const mark = change?.change === 'became-root'
            ? `${WORSE} became root`
            : change?.change === 'became-non-root'
                ? `${BETTER} no longer root`
                : change?.change === 'user-changed'
                    ? 'user changed'
                    : '';
        rows.push(['user', change ? userText(change.base) : '', userText(rt), mark]);
    }
    const lint = d?.lint;
    const findings = report.lint.findings.length;
    rows.push([
        'lint findings',
        lint ? String(lint.unchanged + lint.fixed.length) : '',
        String(findings),
        lint
            ? [
                lint.new.length ? `${WORSE} ${lint.new.length} new` : '',
                lint.fixed.length ? `${BETTER} ${lint.fixed.length} fixed` : '',
            ]
                .filter(Boolean)
                .join(', ') || '±0'
            : '',
    ]);
    const withBase = !!report.baseline && !!d;
    const header = withBase
        ? ['| | base | PR | change |', '| --- | ---: | ---: | --- |']
        : ['| | this image |', '| --- | ---: |'];
    const body = rows.map((r) => `| ${(withBase ? r : r.slice(0, 1).concat(r[2])).join(' | ')} |`);
    return [...header, ...body].join('\n');
}
/** What the comparison cannot vouch for, said where the figures are, not only in a log. */
function caveats(report) {
    const out = [];
    const b = report.baseline;
    if (b?.refused)
        out.push(`image figures not compared: ${(0,report_escape/* escapeMarkdown */.FV)(b.refused)}`);
    if (b?.otherKey)
        out.push(`the baseline may be another image: ${(0,report_escape/* escapeMessage */.hC)(`the baseline report's key "${b.otherKey}" is not "${report.key}"; compared anyway as it is the only one`)}`);
    const headPlatform = report.image?.platform ?? report.subject.platform;
    if (b && !b.refused && b.platform && headPlatform && b.platform !== headPlatform)
        out.push(`the baseline was built for ${(0,report_escape/* escapeMarkdown */.FV)(b.platform)}, this image for ${(0,report_escape/* escapeMarkdown */.FV)(headPlatform)}`);
    const compressed = report.deltas?.compressedSize;
    if (compressed?.basis === 'computed')
        out.push('compressed sizes are computed here (gzip of each layer) on both sides, not read from a registry: both are estimates of what a push stores');
    if (compressed?.basis === 'mixed')
        out.push(`the change to pull (≈) is approximate: ${(0,report_escape/* escapeMarkdown */.FV)(compressed.approximate ?? '')}`);
    if (report.deltas?.newPull?.basis === 'uncompressed')
        out.push('the bytes new to pull are uncompressed sizes: the compressed size of a new layer was not known');
    return out;
}
function baselineLine(report, options) {
    const b = report.baseline;
    if (!b)
        return '_No baseline to compare with yet: the first report for this key becomes the baseline of the next._';
    const parts = [`Compared with ${(0,report_escape/* escapeMarkdown */.FV)(b.description)}`];
    const d = report.deltas;
    if (options.audience !== 'comment' && d?.cache?.headRate != null)
        parts.push(`cache hits ${d.cache.headCachedSteps}/${d.cache.headTotalSteps} steps`);
    return `<sub>${parts.join(' · ')}</sub>`;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
// Report → Markdown, as a pure function. The same text goes to the PR comment, the job summary
// and the CLI; the comment module only adds the hidden marker. Everything that came from a
// Dockerfile, a log or an image goes through escape.ts; the comment is cut to fit GitHub's limit
// section by section (never mid-tag), with a pointer to the job summary.









// What other modules and tests import from here.



/** GitHub refuses comment bodies over 65,536 characters; the marker line and a margin come off. */
const COMMENT_LIMIT = 65_536;
const COMMENT_BODY_LIMIT = COMMENT_LIMIT - 1_536;
/** The job summary may be 1 MiB; stay well under it. */
const SUMMARY_LIMIT = 900_000;
function renderMarkdown(report, options = {}) {
    const limit = options.maxLength ?? Infinity;
    const head = [];
    head.push(`### ${STATUS_ICON[report.status]} shipshape: ${(0,report_escape/* inlineCode */.ti)((0,report_facts/* subjectLabel */.pb)(report))}`);
    head.push('');
    const { sentence, said } = verdict(report);
    head.push(sentence);
    head.push('');
    const facts = factsTable(report);
    if (facts)
        head.push(facts, '');
    const reasons = report.reasons.filter((r) => r !== said).slice(0, 20);
    for (const r of reasons)
        head.push(`- ${STATUS_ICON[r.status]} ${(0,report_escape/* escapeMessage */.hC)(r.message.length > 600 ? `${r.message.slice(0, 599)}…` : r.message)}`);
    const unsaid = report.reasons.length - (said ? 1 : 0);
    if (unsaid > reasons.length)
        head.push(`- …and ${unsaid - reasons.length} more reasons`);
    if (reasons.length)
        head.push('');
    const notes = caveats(report);
    if (notes.length)
        head.push('> [!NOTE]', ...notes.map((n) => `> ${n.charAt(0).toUpperCase()}${n.slice(1)}.`), '');
    head.push(baselineLine(report, options));
    head.push('');
    const sections = [
        buildFailureSection(report),
        budgetsSection(report),
        ...lintSections(report, options),
        instructionsSection(report),
        wasteSection(report),
        runtimeSection(report, options.audience),
    ].filter((s) => s !== null);
    const footerRoom = 400;
    let out = head.join('\n');
    let shortened = false;
    for (const section of sections) {
        const room = limit - out.length - footerRoom;
        if (room < 300) {
            shortened = true;
            continue;
        }
        const text = section(room);
        if (!text)
            continue;
        if (text.length + 2 > room) {
            shortened = true;
            continue;
        }
        if (text.includes('…and ') && text.includes('see the job summary'))
            shortened = true;
        out += `\n${text}\n`;
    }
    if (shortened && Number.isFinite(limit)) {
        const where = options.summaryUrl ? `[job summary](${options.summaryUrl})` : 'job summary';
        out += `\n> [!NOTE]\n> This comment was shortened to stay under GitHub's ${COMMENT_LIMIT.toLocaleString('en-US')}-character limit. The full report is in the ${where} and the JSON report.\n`;
    }
    return out.trimEnd() + '\n';
}
/** The PR comment body (without the marker): the Markdown report, cut to fit a comment. */
function renderComment(report, options = {}) {
    return renderMarkdown(report, { ...options, maxLength: COMMENT_BODY_LIMIT, audience: 'comment' });
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


/***/ })

};
