export const id = 703;
export const ids = [703];
export const modules = {

/***/ 9931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ stageLabel),
/* harmony export */   Q8: () => (/* binding */ parseDockerfileOrNull),
/* harmony export */   ap: () => (/* binding */ stageChain),
/* harmony export */   cT: () => (/* binding */ declaredUser),
/* harmony export */   fR: () => (/* binding */ buildArgMap),
/* harmony export */   sr: () => (/* binding */ instructionText)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4011);
// Questions the build, measure and baseline stages ask of the parsed model: which stages make a
// target, what an instruction says as written, which USER the image ends with. All of them read
// the one model, so the escape directive, heredocs and ARG expansion mean the same everywhere.

const MAX_STEP_TEXT = 160;
/**
 * The model of a Dockerfile text, or null when it cannot be read at all (a FROM without an image);
 * for stages that only use the model to name instructions, the linter reports why.
 */
function parseDockerfileOrNull(text) {
    try {
        return (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDockerfile */ .Ai)(text);
    }
    catch (e) {
        if (e instanceof _model_js__WEBPACK_IMPORTED_MODULE_0__/* .DockerfileParseError */ .uM)
            return null;
        throw e;
    }
}
/**
 * The instruction as written on one line: keyword and flags as typed, continuations joined with
 * the file's escape character (comment lines inside dropped, as BuildKit does), heredoc bodies
 * appended, runs of whitespace collapsed.
 */
function instructionText(model, ins) {
    const head = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .joinContinuations */ .L0)(model.lines, model.escape, ins.line - 1, ins.column - 1, ins.endLine - 1).text;
    const bodies = ins.heredocs.map((h) => `${h.body} ${h.name}`);
    return [head, ...bodies].join(' ').replace(/\s+/g, ' ').trim();
}
/** The stage's name as the build and the report show it: its alias, or its index when unnamed. */
function stageLabel(stage) {
    return stage.alias ?? String(stage.index);
}
/**
 * `--build-arg K=V` pairs as a map; a bare `K` takes its value from the environment, as docker does.
 */
function buildArgMap(buildArgs, env = process.env) {
    const map = new Map();
    for (const pair of buildArgs) {
        const eq = pair.indexOf('=');
        if (eq > 0)
            map.set(pair.slice(0, eq), pair.slice(eq + 1));
        else if (env[pair] !== undefined)
            map.set(pair, env[pair]);
    }
    return map;
}
/**
 * The global ARGs (before the first FROM) with their values for this build: only a declared ARG
 * takes a `--build-arg`, as in docker's own FROM expansion.
 */
function globalArgValues(model, buildArgs) {
    const values = new Map();
    for (const arg of model.globalArgs) {
        for (const { key, value } of arg.pairs) {
            values.set(key, buildArgs.get(key) ?? (value === null ? null : (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .expandVariables */ .i7)(value, values)));
        }
    }
    return values;
}
/** The image a stage is built FROM, with the global ARGs of this build substituted. */
function fromText(stage, globals) {
    return stage.from.hasVariables ? (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .expandVariables */ .i7)(stage.from.text, globals) : stage.from.text;
}
function parentOf(stages, stage, from) {
    const lower = from.toLowerCase();
    return stages
        .slice(0, stage.index)
        .find((s) => s.alias?.toLowerCase() === lower || String(s.index) === from);
}
/** The chain of stages that makes `target` (default: the last stage), FROM expanded with build args. */
function stageChain(model, target = null, buildArgs = new Map()) {
    const globals = globalArgValues(model, buildArgs);
    let stage = target
        ? model.stages.find((s) => s.alias?.toLowerCase() === target.toLowerCase())
        : model.stages[model.stages.length - 1];
    if (!stage)
        return { steps: [], baseImage: null };
    const chain = [];
    while (stage) {
        const from = fromText(stage, globals);
        chain.unshift({ stage, from });
        stage = parentOf(model.stages, stage, from);
    }
    const steps = chain.flatMap(({ stage: s }) => s.instructions
        .filter((ins) => ins !== s.fromInstruction)
        .map((ins) => {
        const text = instructionText(model, ins);
        return {
            keyword: ins.keyword,
            line: ins.line,
            text: text.length > MAX_STEP_TEXT ? `${text.slice(0, MAX_STEP_TEXT - 1)}…` : text,
            stage: stageLabel(s),
        };
    }));
    // A variable left in the name (declared without a value, no --build-arg) names no image we know.
    const base = chain[0].from;
    return { steps, baseImage: base && !base.includes('$') ? base : null };
}
/** The user the chain's last USER instruction names, as written; null when the chain has none. */
function declaredUser(chain) {
    const user = chain.steps.filter((s) => s.keyword === 'USER').pop();
    return user ? user.text.replace(/^\S+\s*/, '') || null : null;
}


/***/ }),

/***/ 4260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ normaliseCreatedBy),
/* harmony export */   I4: () => (/* binding */ alignHistory),
/* harmony export */   Pe: () => (/* binding */ normaliseInstruction)
/* harmony export */ });
/* unused harmony export historyKeyword */
/** The Dockerfile keyword a history entry was made by (BuildKit and the classic builder). */
function historyKeyword(createdBy) {
    if (!createdBy)
        return null;
    const text = createdBy.trim();
    const nop = /^\/bin\/sh -c #\(nop\)\s+([A-Za-z]+)/.exec(text);
    if (nop)
        return nop[1].toUpperCase();
    if (/^\/bin\/sh -c /.test(text))
        return 'RUN'; // the classic builder writes RUN without a keyword
    const word = /^([A-Za-z]+)\b/.exec(text);
    return word ? word[1].toUpperCase() : null;
}
/**
 * Aligns the steps to the end of the history, newest first, as long as the keywords agree. The
 * base is known only when every step found its entry (otherwise the history is not this file's).
 */
function alignHistory(history, steps) {
    const aligned = history.map(() => null);
    let h = history.length - 1;
    let s = steps.length - 1;
    while (h >= 0 && s >= 0 && historyKeyword(history[h].created_by) === steps[s].keyword) {
        aligned[h] = steps[s];
        h--;
        s--;
    }
    return { steps: aligned, baseEntries: s < 0 ? h + 1 : null };
}
/**
 * The instruction text a history entry records, in the form a Dockerfile shows it, so base and
 * head layers can be matched by what made them rather than by position or line.
 */
function normaliseCreatedBy(createdBy) {
    let t = createdBy.trim().replace(/\s+# buildkit$/, '');
    // Classic builder: "/bin/sh -c #(nop)  COPY file:… in /app" and "/bin/sh -c apt-get …".
    const nop = /^\/bin\/sh -c #\(nop\)\s+(.*)$/s.exec(t);
    if (nop)
        t = nop[1];
    else if (t.startsWith('/bin/sh -c '))
        t = `RUN ${t.slice('/bin/sh -c '.length)}`;
    // BuildKit prefixes RUN with the build args in scope: "RUN |2 A=1 B=2 /bin/sh -c …".
    t = t.replace(/^RUN \|\d+ (?:\S+=\S* )*/, 'RUN ');
    t = t.replace(/^RUN \/bin\/sh -c /, 'RUN ');
    return normaliseInstruction(t);
}
/** Whitespace, line continuations and keyword case do not change what an instruction does. */
function normaliseInstruction(text) {
    const one = text
        .replace(/\\\r?\n/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    const m = /^(\S+)(.*)$/.exec(one);
    return m ? `${m[1].toUpperCase()}${m[2]}` : one;
}


/***/ }),

/***/ 3703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMENT_BODY_LIMIT: () => (/* binding */ COMMENT_BODY_LIMIT),
  COMMENT_LIMIT: () => (/* binding */ COMMENT_LIMIT),
  STATUS_ICON: () => (/* binding */ STATUS_ICON),
  SUMMARY_LIMIT: () => (/* binding */ SUMMARY_LIMIT),
  headline: () => (/* binding */ headline),
  renderComment: () => (/* binding */ renderComment),
  renderMarkdown: () => (/* binding */ renderMarkdown)
});

// EXTERNAL MODULE: ./src/measure/history.ts
var measure_history = __webpack_require__(4260);
// EXTERNAL MODULE: ./src/report/snapshot.ts
var snapshot = __webpack_require__(9540);
// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(1996);
;// CONCATENATED MODULE: ./src/report/escape.ts
// Anything that came from a Dockerfile, a log or an image goes through these before it enters
// Markdown, so it cannot break a table, inject HTML, close our hidden marker or @mention anyone.
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '|': '&#124;' };
/** For text inside HTML elements such as <code> or <summary>. */
function escapeHtml(text) {
    return text.replace(/[&<>"|]/g, (c) => HTML[c]).replace(/@/g, '@&#8203;');
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
    const one = text.replace(/\s+/g, ' ').trim();
    const cut = one.length > max ? `${one.slice(0, max - 1)}…` : one;
    // Markdown stays live inside inline HTML: backticks would open code spans, `*`/`_` emphasis.
    const inert = cut
        .replace(/[&<>"|`*_~[\]\\!#]/g, (c) => HTML[c] ?? `&#${c.charCodeAt(0)};`)
        .replace(/@/g, '@&#8203;');
    return `<code>${inert}</code>`;
}
/** A fenced block for logs: the fence is longer than any backtick run inside. */
function codeBlock(text, lang = '') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    // Literal inside a fence already; neutralised anyway, so a cut fence could never open a comment.
    const safe = text
        .replace(/@/g, '@\u200b')
        .replace(/<!--/g, '<\u200b!--')
        .replace(/--!?>/g, (m) => `--\u200b${m.slice(2)}`);
    return `${fence}${lang}\n${safe}\n${fence}`;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts




/** GitHub refuses comment bodies over 65,536 characters; the marker line and a margin come off. */
const COMMENT_LIMIT = 65_536;
const COMMENT_BODY_LIMIT = COMMENT_LIMIT - 1_536;
/** The job summary may be 1 MiB; stay well under it. */
const SUMMARY_LIMIT = 900_000;
const STATUS_ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
const SEVERITY_ICON = { error: '🔴', warning: '🟠', info: '🔵', style: '⚪' };
const MINUS = '−';
function bytes(n) {
    return n == null ? 'not measured' : (0,units/* formatBytes */.z3)(n);
}
function signed(n, format) {
    return n > 0 ? `+${format(n)}` : n < 0 ? `${MINUS}${format(-n)}` : '±0';
}
function signedPercent(p) {
    return p > 0 ? `+${p}%` : p < 0 ? `${MINUS}${Math.abs(p)}%` : '±0%';
}
function deltaText(d, format, withPercent = true) {
    if (!d)
        return '';
    if (d.change === 0)
        return ' (±0)';
    return ` (${signed(d.change, format)}${withPercent && d.percent != null ? `, ${signedPercent(d.percent)}` : ''})`;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function runtimeFigure(report) {
    const rt = report.runtime;
    if (!rt)
        return null;
    const change = report.deltas?.runtime;
    const was = change && change.change !== 'unchanged' && change.change !== 'unproven'
        ? ` (was ${change.base.nonRoot ? `uid ${change.base.uid ?? '?'}` : 'root'})`
        : '';
    if (rt.nonRoot === true)
        return `runs as uid ${rt.uid ?? '?'}${was}`;
    if (rt.nonRoot === false)
        return `**runs as root**${was}`;
    return 'runtime user unproven';
}
/** The one line a reviewer reads: size, compressed size, layers, user, findings, with deltas. */
function headline(report) {
    const parts = [];
    const img = report.image;
    const d = report.deltas;
    if (img) {
        parts.push(`${bytes(img.sizeBytes)}${deltaText(d?.size, units/* formatBytes */.z3)}`);
        if (img.compressedSizeBytes != null)
            parts.push(`${(0,units/* formatBytes */.z3)(img.compressedSizeBytes)} compressed${deltaText(d?.compressedSize, units/* formatBytes */.z3)}`);
        if (img.layerCount != null)
            parts.push(`${plural(img.layerCount, 'layer')}${deltaText(d?.layers, String, false)}`);
    }
    else if (report.build && !report.build.ok) {
        parts.push('**build failed**');
    }
    else if (report.reasons.some((r) => r.code === 'measure-failed')) {
        parts.push('**not measured**');
    }
    const rt = runtimeFigure(report);
    if (rt)
        parts.push(rt);
    if (d?.lint) {
        parts.push(d.lint.new.length ? plural(d.lint.new.length, 'new finding') : 'no new findings');
        if (d.lint.fixed.length)
            parts.push(`${d.lint.fixed.length} fixed`);
    }
    else {
        parts.push(plural(report.lint.findings.length, 'lint finding'));
    }
    return parts.join(' · ');
}
function subjectLabel(report) {
    const s = report.subject;
    return [s.dockerfile, s.target ? `target ${s.target}` : '', s.platform ?? ''].filter(Boolean).join(' · ');
}
function baselineLine(report) {
    const b = report.baseline;
    if (!b)
        return '_No baseline to compare with yet: the first report for this key becomes the baseline of the next._';
    const parts = [`Compared with ${escapeMarkdown(b.description)}`];
    const d = report.deltas;
    if (b.refused)
        parts.push(`image figures not compared: ${escapeMarkdown(b.refused)}`);
    if (d?.newPull)
        parts.push(`${(0,units/* formatBytes */.z3)(d.newPull.bytes)} new to pull${d.newPull.basis === 'uncompressed' ? ' (uncompressed)' : ''} in ${plural(d.newPull.layers, 'layer')}`);
    if (d?.cache?.headRate != null)
        parts.push(`cache hits ${d.cache.headCachedSteps}/${d.cache.headTotalSteps} steps`);
    return `<sub>${parts.join(' · ')}</sub>`;
}
function urlPath(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}
function findingLink(f, blobUrl) {
    const where = `${escapeMarkdown(f.file)}:${f.line}`;
    return blobUrl ? `[${where}](${blobUrl}${urlPath(f.file)}#L${f.line})` : where;
}
function findingRow(f, blobUrl) {
    const message = f.message.length > 300 ? `${f.message.slice(0, 299)}…` : f.message;
    const docs = /^https?:\/\/[^\s()<>]+$/.test(f.docs)
        ? `[${escapeMarkdown(f.rule)}](${f.docs})`
        : escapeMarkdown(f.rule);
    return `| ${SEVERITY_ICON[f.severity] ?? ''} ${escapeMarkdown(f.severity)} | ${findingLink(f, blobUrl)} | ${docs} | ${escapeMessage(message)} |`;
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
function findingsSection(title, findings, blobUrl, open) {
    if (!findings.length)
        return null;
    return (room) => {
        const table = tableWithin(['| severity | where | rule | message |', '| --- | --- | --- | --- |'], findings.map((f) => findingRow(f, blobUrl)), room - 120, (n) => `…and ${n} more: see the job summary or the JSON report.`);
        return details(`${title} (${findings.length})`, table, open);
    };
}
function budgetValue(b) {
    if (b.actual == null)
        return 'not measured';
    if (b.name === 'max-layers' || b.name === 'no-regression')
        return String(b.actual);
    if (b.name === 'max-layers-increase')
        return signed(b.actual, String);
    if (b.name === 'max-size-increase')
        return signed(b.actual, units/* formatBytes */.z3);
    return (0,units/* formatBytesBeside */.VD)(b.actual, Math.round(b.limitValue));
}
function budgetsSection(report) {
    if (!report.budgets.length)
        return null;
    const failing = report.budgets.some((b) => b.status !== 'pass');
    const rows = report.budgets.map((b) => `| ${STATUS_ICON[b.status]} | ${b.name} (${b.level}) | ${escapeMarkdown(b.limit)} | ${budgetValue(b)} |`);
    return () => details('Budgets', ['| | budget | limit | measured |', '| --- | --- | --- | --- |', ...rows].join('\n'), failing);
}
function sizeRows(report) {
    const deltas = report.deltas?.instructions ?? [];
    const keyword = (text) => /^[A-Z]+/.exec(text)?.[0] ?? 'layer';
    const chartLabel = (d) => d.instruction === '(base image)'
        ? 'base image'
        : d.line != null
            ? `L${d.line} ${keyword(d.instruction)}`
            : `was L${d.baseLine ?? '?'} ${keyword(d.instruction)}`;
    if (deltas.length) {
        return deltas.map((d) => ({
            label: d.instruction === '(base image)' ? 'base image layers' : d.instruction,
            chartLabel: chartLabel(d),
            head: d.headBytes,
            base: d.baseBytes,
            change: report.baseline ? d.change : null,
        }));
    }
    const layers = (0,snapshot/* layerFacts */.Dx)(report.image?.layers);
    const baseBytes = layers.filter((l) => l.fromBase).reduce((s, l) => s + (l.sizeBytes ?? 0), 0);
    const own = layers.filter((l) => !l.fromBase && l.sizeBytes != null);
    const rows = own.map((l) => {
        const label = l.createdBy ? (0,measure_history/* normaliseCreatedBy */.CF)(l.createdBy) : `layer ${l.diffId ?? '?'}`;
        return {
            label,
            chartLabel: `L${l.line ?? '?'} ${keyword(label)}`,
            head: l.sizeBytes,
            base: null,
            change: null,
        };
    });
    if (layers.some((l) => l.fromBase))
        rows.unshift({
            label: 'base image layers',
            chartLabel: 'base image',
            head: baseBytes,
            base: null,
            change: null,
        });
    return rows.sort((a, b) => (b.head ?? 0) - (a.head ?? 0));
}
function mb(n) {
    return ((n ?? 0) / 1e6).toFixed(1);
}
/** Charts read in Dockerfile order: the base image first, then by line (a removed instruction where it was). */
function dockerfileOrder(rows) {
    const position = (r) => r.chartLabel === 'base image' ? -1 : Number(/L(\d+)/.exec(r.chartLabel)?.[1] ?? 1e9);
    return [...rows].sort((a, b) => position(a) - position(b));
}
/** Mermaid's xychart: bars for this image, a line for the baseline. Labels are ours (line + keyword), never Dockerfile text. */
function chart(rows, withBase) {
    const shown = dockerfileOrder(rows.slice(0, 12));
    const lines = [
        '```mermaid',
        'xychart-beta',
        `  title "Layer sizes (MB)${withBase ? ': bars = this PR, line = baseline' : ''}"`,
        `  x-axis [${shown.map((r) => `"${r.chartLabel}"`).join(', ')}]`,
        '  y-axis "MB"',
        `  bar [${shown.map((r) => mb(r.head)).join(', ')}]`,
    ];
    if (withBase)
        lines.push(`  line [${shown.map((r) => mb(r.base)).join(', ')}]`);
    lines.push('```');
    return lines.join('\n');
}
function bar(n, max) {
    if (max <= 0 || n <= 0)
        return '';
    return '█'.repeat(Math.max(1, Math.round((n / max) * 20)));
}
function instructionsSection(report) {
    const rows = sizeRows(report).filter((r) => (r.head ?? 0) > 0 || (r.base ?? 0) > 0);
    if (!rows.length)
        return null;
    const withBase = !!report.baseline && rows.some((r) => r.change != null);
    const max = Math.max(...rows.map((r) => Math.max(r.head ?? 0, r.base ?? 0)));
    const grown = withBase ? rows.filter((r) => (r.change ?? 0) > 0).slice(0, 3) : [];
    return (room) => {
        const table = tableWithin(withBase
            ? ['| instruction | size | change | |', '| --- | ---: | ---: | --- |']
            : ['| instruction | size | |', '| --- | ---: | --- |'], rows.map((r) => {
            const size = r.head == null ? 'removed' : (0,units/* formatBytes */.z3)(r.head);
            const cells = [
                inlineCode(r.label, 100),
                size,
                ...(withBase ? [r.change == null ? '' : signed(r.change, units/* formatBytes */.z3)] : []),
                bar(r.head ?? 0, max),
            ];
            return `| ${cells.join(' | ')} |`;
        }), room - 1_500, (n) => `…and ${plural(n, 'more instruction')}.`);
        const growth = grown.map((r) => `- ${inlineCode(r.label, 80)} ${r.chartLabel.startsWith('L') ? `line ${r.chartLabel.slice(1).split(' ')[0]}` : ''}: ${signed(r.change, units/* formatBytes */.z3)}`);
        const body = [
            ...(growth.length ? ['Grew the most:', ...growth, ''] : []),
            rows.length > 1 ? chart(rows, withBase) : '',
            '',
            table,
        ].join('\n');
        return details('Largest instructions', body.trim(), withBase && grown.length > 0);
    };
}
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
    // Zero-byte rewrites (lock files, passwd touched by useradd) are noise next to what costs bytes.
    const waste = wasteRows(img.waste ?? []).filter((r) => r.bytes !== 0);
    const junk = junkRows(img.junk ?? []).filter((r) => r.bytes !== 0);
    if (img.reclaimableBytes == null && !waste.length && !junk.length)
        return null;
    return (room) => {
        const parts = [
            `Reclaimable (written, then deleted or overwritten in a later layer): **${bytes(img.reclaimableBytes)}**${deltaText(report.deltas?.reclaimable, units/* formatBytes */.z3)}`,
        ];
        const table = (rows, title) => tableWithin([`**${title}**`, '', '| path | bytes | where |', '| --- | ---: | --- |'], rows
            .slice(0, SHOWN_PATHS)
            .map((r) => `| ${inlineCode(r.path, 100)} | ${bytes(r.bytes)} | ${r.where ? escapeMarkdown(r.where) : ''} |`), Math.floor((room - 400) / 2), (n) => `…and ${plural(n, 'more path')}.`);
        const rest = (rows) => {
            const more = rows.slice(SHOWN_PATHS);
            return more.length
                ? `\n\n…and ${plural(more.length, 'more path')} (${(0,units/* formatBytes */.z3)(more.reduce((n, r) => n + (r.bytes ?? 0), 0))}).`
                : '';
        };
        if (waste.length)
            parts.push(table(waste, 'Wasted space') + rest(waste));
        if (junk.length)
            parts.push(table(junk, 'Junk left in the image') + rest(junk));
        return details('Waste and junk', parts.join('\n\n'));
    };
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
function ms(n) {
    return n < 1000 ? `${Math.round(n)} ms` : `${(n / 1000).toFixed(n < 10_000 ? 2 : 1)} s`;
}
/** The static view (config and the image's /etc/passwd) beside what the host saw, then the rest. */
function runtimeSection(report) {
    const rt = report.runtime;
    if (!rt)
        return null;
    return () => {
        const st = rt.static ?? null;
        const evidence = rt.evidence;
        const processes = evidence.processes;
        const origin = rt.userOrigin ? escapeMessage(USER_ORIGIN[rt.userOrigin]) : null;
        const user = rt.user ? `${inlineCode(rt.user)}${origin ? `, ${origin}` : ''}` : (origin ?? 'none set');
        const staticUid = st
            ? st.uid === null
                ? escapeMarkdown(st.explanation)
                : `${st.uid}${st.userName ? ` (${escapeMarkdown(st.userName)})` : ''}, gid ${st.gid ?? '?'}${st.groupName ? ` (${escapeMarkdown(st.groupName)})` : ''}`
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
            `| verdict | ${st ? verdictWord(st.root === null ? null : !st.root) : 'not proven'} | ${runtimeVerdict} |`,
            '',
        ];
        const change = report.deltas?.runtime;
        if (change && change.change !== 'unchanged') {
            const who = (s) => `${s.user ? inlineCode(s.user) : 'no USER'} (uid ${s.uid ?? '?'}${s.nonRoot === false ? ', root' : ''})`;
            lines.push(`- compared with the baseline: ${RUNTIME_CHANGE[change.change]}: ${who(change.base)} → ${who(change.head)}`);
        }
        for (const p of processes.slice(0, 10)) {
            lines.push(`- pid ${p.pid} ${inlineCode(String(p.command), 80)}: uid ${escapeHtml((p.uids ?? []).join('/'))}, gid ${escapeHtml((p.gids ?? []).join('/'))} (real/effective/saved/fs, at ${p.observedAt === 'start' ? 'start' : 'settle'})`);
        }
        if (processes.length > 10)
            lines.push(`- …and ${processes.length - 10} more processes`);
        if (rt.stop) {
            lines.push(rt.stop.killed
                ? `- stop: PID 1 did not exit within ${ms(rt.stop.timeoutMs)} of ${escapeMarkdown(rt.stop.signal)} and was killed`
                : `- stop: exited on ${escapeMarkdown(rt.stop.signal)} in ${ms(rt.stop.ms)}`);
        }
        else if (rt.state && !rt.state.running && rt.state.exitCode !== null) {
            lines.push(`- exited on its own with code ${rt.state.exitCode} before it could be stopped`);
        }
        const smoke = rt.smoke;
        if (smoke?.http) {
            const h = smoke.http;
            lines.push(`- smoke: ${escapeMarkdown(h.url)} ${h.status !== null ? `answered ${h.status}` : `did not answer${h.error ? ` \\(${escapeMarkdown(h.error)}\\)` : ''}`} after ${ms(h.ms)} ${h.ok ? '✅' : '❌'}`);
        }
        if (smoke?.exec) {
            const e = smoke.exec;
            lines.push(`- smoke: ${inlineCode(e.command.join(' '), 80)} exited ${e.exitCode ?? '?'} after ${ms(e.ms)} ${e.ok ? '✅' : '❌'}`);
        }
        if (rt.hardening) {
            const flags = rt.hardening.combined.flags.join(' ');
            if (rt.hardening.combined.ok)
                lines.push(`- hardening: runs with ${inlineCode(flags, 200)} ✅`);
            else {
                const cannot = rt.hardening.each.filter((r) => !r.ok).map((r) => inlineCode(r.flags.join(' '), 80));
                lines.push(`- hardening (information): does not run with ${inlineCode(flags, 200)}${cannot.length ? `; cannot take ${cannot.join(', ')}` : ''}`);
            }
        }
        if (rt.writable) {
            const w = rt.writable;
            const files = w.files.slice(0, 5).map((f) => inlineCode(f.path, 80));
            lines.push(w.uid === 0
                ? '- writable app files: not checked, root can write every file'
                : w.files.length === 0
                    ? `- writable app files: none of ${w.checked} checked under ${inlineCode(w.workingDir || '/')}`
                    : `- writable app files: uid ${w.uid} can write ${w.files.length}${w.truncated ? '+' : ''} under ${inlineCode(w.workingDir || '/')}: ${files.join(', ')}${w.files.length > 5 ? ', …' : ''}`);
        }
        for (const n of (evidence?.notes ?? []).slice(0, 10))
            lines.push(`- ${escapeMessage(String(n).slice(0, 300))}`);
        if (rt.logTail && (rt.source !== 'runtime' || rt.state?.running === false)) {
            lines.push('', 'Last output:', '', codeBlock(rt.logTail.slice(-2_000), 'text'));
        }
        if (rt.timings?.length) {
            const steps = rt.timings.map((t) => `${escapeHtml(t.step)} ${ms(t.ms)}`).join(' · ');
            lines.push('', `<sub>${steps}${rt.totalMs != null ? ` · total ${ms(rt.totalMs)}` : ''}</sub>`);
        }
        return details(`Runtime evidence: ${rt.nonRoot === true ? 'non-root' : rt.nonRoot === false ? 'root' : 'unproven'}`, lines.join('\n'), rt.nonRoot === false);
    };
}
function lintSections(report, options) {
    const d = report.deltas?.lint;
    const all = report.lint.findings;
    if (!d)
        return [findingsSection('Lint findings', all, options.blobUrl, all.length <= 10)];
    return [
        findingsSection('New lint findings', d.new, options.blobUrl, d.new.length <= 20),
        findingsSection('Fixed lint findings', d.fixed, options.baseBlobUrl ?? null, false),
        all.length > d.new.length ? findingsSection('All lint findings', all, options.blobUrl, false) : null,
    ];
}
function buildFailureSection(report) {
    const tail = report.build && !report.build.ok ? report.build.error?.logTail : null;
    if (!tail)
        return null;
    return (room) => {
        const keep = Math.max(500, Math.min(8_000, room - 300));
        const text = tail.length > keep ? `…${tail.slice(tail.length - keep)}` : tail;
        return details('Build failure', codeBlock(text, 'text'), true);
    };
}
function renderMarkdown(report, options = {}) {
    const limit = options.maxLength ?? Infinity;
    const head = [];
    head.push(`### ${STATUS_ICON[report.status]} shipshape: ${inlineCode(subjectLabel(report))}`);
    head.push('');
    head.push(headline(report));
    head.push('');
    head.push(baselineLine(report));
    head.push('');
    const reasons = report.reasons.slice(0, 20);
    for (const r of reasons)
        head.push(`- ${STATUS_ICON[r.status]} ${escapeMessage(r.message.length > 600 ? `${r.message.slice(0, 599)}…` : r.message)}`);
    if (report.reasons.length > reasons.length)
        head.push(`- …and ${report.reasons.length - reasons.length} more reasons`);
    if (reasons.length)
        head.push('');
    const sections = [
        buildFailureSection(report),
        budgetsSection(report),
        ...lintSections(report, options),
        instructionsSection(report),
        wasteSection(report),
        runtimeSection(report),
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
    return renderMarkdown(report, { ...options, maxLength: COMMENT_BODY_LIMIT });
}


/***/ }),

/***/ 9540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ layerFacts),
/* harmony export */   JC: () => (/* binding */ imageFacts),
/* harmony export */   ss: () => (/* binding */ snapshotOfReport)
/* harmony export */ });
/* harmony import */ var _dockerfile_stages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9931);

const str = (v) => (typeof v === 'string' ? v : null);
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
function layerFacts(raw) {
    if (!Array.isArray(raw))
        return [];
    return raw
        .filter((l) => !!l && typeof l === 'object')
        .map((l) => ({
        diffId: str(l.diffId),
        digest: str(l.digest),
        sizeBytes: num(l.sizeBytes),
        compressedSizeBytes: num(l.compressedSizeBytes),
        createdBy: str(l.createdBy),
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
            ? { findings, dockerfile: dockerfile ?? (text === null ? null : (0,_dockerfile_stages_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDockerfileOrNull */ .Q8)(text)) }
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
