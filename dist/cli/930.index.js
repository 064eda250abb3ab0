export const id = 930;
export const ids = [930,520,139];
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
/* harmony import */ var _lint_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24);
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
        return (0,_lint_model_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDockerfile */ .Ai)(text);
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


/***/ }),

/***/ 3389:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-2.0","GPL-2.0-with-GCC-exception","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-3.0","GPL-3.0-with-GCC-exception","GPL-3.0-with-autoconf-exception","LGPL-2.0","LGPL-2.1","LGPL-3.0","Net-SNMP","Nunit","StandardML-NJ","bzip2-1.0.5","eCos-2.0","wxWindows"]');

/***/ }),

/***/ 5204:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');

/***/ })

};
