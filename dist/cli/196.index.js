export const id = 196;
export const ids = [196];
export const modules = {

/***/ 1196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writeCommentBodyFile: () => (/* binding */ writeCommentBodyFile),
  writeReportFile: () => (/* binding */ writeReportFile),
  writeSarifFile: () => (/* binding */ writeSarifFile)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/lint/sarif.ts + 4 modules
var sarif = __webpack_require__(6792);
// EXTERNAL MODULE: ./src/dockerfile/model.ts
var model = __webpack_require__(4011);
// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(1996);
// EXTERNAL MODULE: ./src/report/evaluate.ts
var evaluate = __webpack_require__(8323);
;// CONCATENATED MODULE: ./src/report/sarif.ts
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
        return (0,model/* parseDockerfile */.Ai)(text);
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
        // The comment's threshold, so code scanning and the comment name the same junk.
        if (j.bytes < evaluate/* SIZE_PROBLEM_THRESHOLDS */.Fo.junkBytes)
            continue;
        const rule = j.kind === 'apt-lists' ? APT_LISTS_LEFT : JUNK_LEFT;
        const origin = j.fromBase ? ' It came with the base image.' : '';
        add(rule, rule.severity, j.line ?? fromLine, `${j.description}: ${(0,units/* formatBytes */.z3)(j.bytes)} in ${j.files} file${j.files === 1 ? '' : 's'} under /${j.path}, left in the image.${origin}`);
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
            ? ` The biggest: /${biggest.path}, ${(0,units/* formatBytes */.z3)(biggest.bytes)} written here and ${biggest.how} ${biggest.removedLine !== null ? `on line ${biggest.removedLine}` : 'later'}.`
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
    return (0,sarif.formatSarif)({
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

;// CONCATENATED MODULE: ./src/report/write.ts
// The files a run leaves for later steps, written by both front doors: the JSON report, the SARIF
// log for code scanning and the comment body (for the two-phase fork workflow and debugging).




async function write(path, text) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, text);
    return path;
}
/** The report as JSON, as docs/schema/report.schema.json describes it. */
function writeReportFile(report, path) {
    return write(path, JSON.stringify(report, null, 2) + '\n');
}
/**
 * Lint, runtime and size findings as SARIF, paths relative to the repository root that holds
 * `cwd` (the workspace, or the CLI's working directory), as code scanning expects.
 */
function writeSarifFile(report, path, cwd) {
    return write(path, formatReportSarif(report, { repoRoot: (0,sarif.findRepoRoot)(cwd), cwd }));
}
/** The comment body in `dir`, named after the report's key so matrix jobs keep theirs apart. */
function writeCommentBodyFile(report, dir, body) {
    const name = `shipshape-comment-${report.key.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 100)}.md`;
    return write((0,external_node_path_.join)(dir, name), body);
}


/***/ })

};
