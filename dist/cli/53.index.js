export const id = 53;
export const ids = [53];
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
// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(1996);
// EXTERNAL MODULE: ./src/report/evaluate.ts
var evaluate = __webpack_require__(8323);
;// CONCATENATED MODULE: ./src/report/sarif.ts



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
    description: 'The image carries caches or build-context leftovers it does not need',
    docPath: 'checks/junk-left.md',
    severity: 'info',
    class: { categories: ['size'] },
};
const WASTE_OVER_BUDGET = {
    id: 'size/waste-over-budget',
    name: 'WasteOverBudget',
    description: 'Bytes written by one instruction and deleted or overwritten by a later one exceed the max-waste budget, or 10 MB',
    docPath: 'checks/waste-over-budget.md',
    severity: 'error',
    class: { categories: ['size', 'cache'] },
};
/** The rules of the runtime and size findings, for the SARIF driver. */
const CHECK_RULES = [RUNS_AS_ROOT, APT_LISTS_LEFT, JUNK_LEFT, WASTE_OVER_BUDGET];
function observedFacts(report) {
    const runtime = report.runtime;
    return {
        junk: report.image?.junk ?? [],
        waste: report.image?.waste ?? [],
        reclaimable: report.image?.reclaimableBytes ?? null,
        // nonRoot is only ever decided by processes seen from the host; the image config alone is
        // the lint rules' job.
        rootObserved: runtime?.nonRoot === false,
        userOrigin: runtime?.userOrigin ?? null,
    };
}
/**
 * The USER that decides the image's user: the last one in the built stages (as the verify stage
 * was told); else the built stage's FROM, where no-user-in-final-stage points too.
 */
function userLine(dockerfile) {
    const user = dockerfile?.chain.steps.filter((s) => s.keyword === 'USER').pop();
    if (user)
        return { line: user.line, isUser: true };
    return { line: dockerfile?.stages.at(-1)?.fromInstruction.line ?? 1, isUser: false };
}
const levelOf = (status) => (status === 'fail' ? 'error' : 'warning');
/**
 * The runtime and size findings of a report, on the Dockerfile lines they come from (pure).
 * `dockerfile` is the pipeline's own reading of the file for this build (target, build args);
 * without it (a report read back from disk) the findings point at line 1.
 */
function checkFindings(report, dockerfile) {
    const facts = observedFacts(report);
    const file = report.subject.dockerfile;
    const fromLine = dockerfile?.stages.at(-1)?.fromInstruction.line ?? 1;
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
        const at = userLine(dockerfile);
        const where = facts.userOrigin === 'input'
            ? '; the user was set by the `user` input'
            : at.isUser
                ? ''
                : '; no USER in the built stage, so the base image decides';
        add(RUNS_AS_ROOT, levelOf(root.status), at.line, `${root.message}${where}`);
    }
    // The decider's selector names the junk and waste that are problems; a result only where the
    // decider also made it a reason (size-problems may say `none`), so code scanning and the
    // comment never disagree.
    const problems = (0,evaluate/* sizeProblems */.s5)({
        junk: facts.junk,
        waste: facts.waste,
        reclaimableBytes: facts.reclaimable,
    });
    for (const problem of problems.junk) {
        if (!report.reasons.some((r) => r.code === `junk:${problem.kind}`))
            continue;
        const rule = problem.kind === 'apt-lists' ? APT_LISTS_LEFT : JUNK_LEFT;
        for (const j of problem.found) {
            if (j.bytes === 0)
                continue; // nothing to remove at this line (apt's empty lock)
            add(rule, rule.severity, j.line ?? fromLine, `${j.description}: ${(0,units/* formatBytes */.z3)(j.bytes)} in ${j.files} file${j.files === 1 ? '' : 's'} under /${j.path}, left in the image.`);
        }
    }
    // A broken max-waste budget, else waste the decider made a reason of.
    const wasteBudget = report.budgets.find((b) => b.name === 'max-waste' && b.status !== 'pass' && b.actual !== null);
    const wasteReason = report.reasons.find((r) => r.code === 'waste');
    const wasteVerdict = wasteBudget
        ? { status: wasteBudget.status, message: `${wasteBudget.message}.` }
        : wasteReason && problems.waste
            ? {
                status: wasteReason.status,
                message: `${(0,units/* formatBytes */.z3)(problems.waste.bytes)} written and then deleted or overwritten in a later layer.`,
            }
            : null;
    if (wasteVerdict) {
        const biggest = problems.waste?.biggest ?? [...facts.waste].sort((a, b) => b.bytes - a.bytes)[0] ?? null;
        const related = biggest && biggest.removedLine !== null && biggest.writtenLine !== null
            ? [
                {
                    line: biggest.removedLine,
                    message: `line ${biggest.removedLine} deleted or overwrote /${biggest.path}`,
                },
            ]
            : [];
        const written = biggest?.writtenLine === null ? ' written by the base image and' : ' written here and';
        const detail = biggest
            ? ` The biggest: /${biggest.path}, ${(0,units/* formatBytes */.z3)(biggest.bytes)}${written} ${biggest.how} ${biggest.removedLine !== null ? `on line ${biggest.removedLine}` : 'later'}.`
            : '';
        // The line that wrote it; for what the base image wrote, the line that hid it.
        add(WASTE_OVER_BUDGET, levelOf(wasteVerdict.status), biggest?.writtenLine ?? biggest?.removedLine ?? fromLine, `${wasteVerdict.message}${detail}`, related);
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
            {
                file,
                findings: [...report.lint.findings, ...checkFindings(report, options.dockerfile)],
                errors: report.lint.errors,
            },
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
 * `cwd` (the workspace, or the CLI's working directory), as code scanning expects; `dockerfile`
 * is the pipeline's reading of the file for this build, which places the results on their lines.
 */
function writeSarifFile(report, path, cwd, dockerfile) {
    return write(path, formatReportSarif(report, { repoRoot: (0,sarif.findRepoRoot)(cwd), cwd, dockerfile }));
}
/** The comment body in `dir`, named after the report's key so matrix jobs keep theirs apart. */
function writeCommentBodyFile(report, dir, body) {
    const name = `shipshape-comment-${report.key.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 100)}.md`;
    return write((0,external_node_path_.join)(dir, name), body);
}


/***/ })

};
