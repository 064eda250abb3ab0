#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7318:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7990);

process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .cli */ .x)(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7990:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ cli)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/log.ts
var log = __nccwpck_require__(5625);
;// CONCATENATED MODULE: ./src/options.ts
// Parsers for option values shared by the action's inputs and the CLI's flags (pure).
/**
 * An argv from user text: a JSON array (`["serve", "--port", "8080"]`) when it starts with `[`,
 * otherwise words split on whitespace. Never handed to a shell.
 */
function parseArgv(text, what) {
    const t = (text ?? '').trim();
    if (!t)
        return null;
    if (t.startsWith('[')) {
        let parsed;
        try {
            parsed = JSON.parse(t);
        }
        catch {
            throw new Error(`${what}: starts with "[" but is not a JSON array of strings`);
        }
        if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === 'string') || parsed.length === 0) {
            throw new Error(`${what}: must be a non-empty JSON array of strings`);
        }
        return parsed;
    }
    return t.split(/\s+/);
}
/** A duration in seconds: "10", "10s", "1.5s", "500ms". Returns milliseconds. */
function parseDuration(text, what) {
    const t = (text ?? '').trim();
    if (!t)
        return null;
    const m = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(t);
    if (!m)
        throw new Error(`${what}: "${t}" is not a duration such as 10s or 500ms`);
    return Math.round(Number(m[1]) * (m[2] === 'ms' ? 1 : 1000));
}
/** A TCP port number. */
function parsePort(text, what) {
    const t = (text ?? '').trim();
    if (!t)
        return null;
    const n = Number(t);
    if (!/^\d+$/.test(t) || n < 1 || n > 65535)
        throw new Error(`${what}: "${t}" is not a port number (1-65535)`);
    return n;
}
/** An HTTP path for the smoke probe. */
function parseHttpPath(text, what) {
    const t = (text ?? '').trim();
    if (!t)
        return null;
    if (!t.startsWith('/'))
        throw new Error(`${what}: "${t}" must start with "/"`);
    return t;
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/cli.ts
// The CLI front door: `shipshape check` runs the same pipeline as the action on a local
// Dockerfile and context; `shipshape lint` lints only. Modules are imported lazily so `lint`
// does not pay for the build/measure/verify code at start-up.






const USAGE = `shipshape ${version/* VERSION */.x}: keep container images in good order

Usage:
  shipshape check [options]            lint, build, measure and run the image; print the report
  shipshape lint <files|globs…> [opts] lint Dockerfiles only (see \`shipshape lint --help\`)

check options:
  -f, --file PATH            Dockerfile (default: Dockerfile)
  -c, --context DIR          build context (default: .)
      --target STAGE         build stage to stop at
      --build-arg K=V        build argument (repeatable)
  -t, --tag REF              image tag (repeatable)
      --platform P           target platform (repeatable)
      --cache-from SPEC      cache source (repeatable)
      --cache-to SPEC        cache export (repeatable; default type=inline)
      --push                 push the image after building
      --pull                 always pull a newer base image
      --no-cache             build without cache
      --max-size V           budget, e.g. 200MB or warn=150MB,fail=200MB
      --max-compressed-size V
      --max-layers V
      --max-waste V          bytes or % of own bytes
      --max-size-increase V  growth over the baseline: bytes or %, e.g. warn=5%,fail=10%
      --max-layers-increase V
      --no-regression MODE   fail|warn|false: any key figure growing over the baseline
      --baseline MODE        auto|report|image|rebuild|none (default: auto)
      --baseline-report PATH the base branch's report (file or directory)
      --baseline-image REF   the base branch's image in a registry
      --baseline-ref REF     base commit or branch (for rebuild and the base's lint findings)
      --user USER            run the image as this user
      --run-command ARGS     arguments replacing CMD for the runtime check (JSON array or words)
      --smoke-path PATH      HTTP path to probe while the container runs, e.g. /healthz
      --smoke-port PORT      container port to probe (default: first EXPOSEd)
      --smoke-timeout DUR    how long the app may take to answer (default: 10s)
      --smoke-command ARGS   command run inside with docker exec; must exit 0
      --hardening            also try --read-only, --cap-drop ALL, no-new-privileges
      --allow-root           do not fail when the image runs as root
      --config FILE          project configuration (default: .shipshape.yml when present)
      --lint-fail-on SEV     error|warning|info|style|none (default: error)
      --no-shellcheck        do not run ShellCheck on RUN scripts
      --no-compressed-size   do not compute the compressed size of an image that was not pushed
      --report-file PATH     write the JSON report here
      --sarif-file PATH      write lint, runtime and size findings as SARIF 2.1.0 here
      --format FMT           markdown (default) or json
  -h, --help                 this help
  -v, --version              the version
`;
async function check(argv, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: false,
        options: {
            file: { type: 'string', short: 'f', default: 'Dockerfile' },
            context: { type: 'string', short: 'c', default: '.' },
            target: { type: 'string' },
            'build-arg': { type: 'string', multiple: true, default: [] },
            tag: { type: 'string', short: 't', multiple: true, default: [] },
            platform: { type: 'string', multiple: true, default: [] },
            'cache-from': { type: 'string', multiple: true, default: [] },
            'cache-to': { type: 'string', multiple: true, default: [] },
            push: { type: 'boolean', default: false },
            pull: { type: 'boolean', default: false },
            'no-cache': { type: 'boolean', default: false },
            'max-size': { type: 'string' },
            'max-compressed-size': { type: 'string' },
            'max-layers': { type: 'string' },
            'max-waste': { type: 'string' },
            'max-size-increase': { type: 'string' },
            'max-layers-increase': { type: 'string' },
            'no-regression': { type: 'string' },
            baseline: { type: 'string', default: 'auto' },
            'baseline-report': { type: 'string' },
            'baseline-image': { type: 'string' },
            'baseline-ref': { type: 'string' },
            user: { type: 'string' },
            'run-command': { type: 'string' },
            'smoke-path': { type: 'string' },
            'smoke-port': { type: 'string' },
            'smoke-timeout': { type: 'string' },
            'smoke-command': { type: 'string' },
            hardening: { type: 'boolean', default: false },
            'allow-root': { type: 'boolean', default: false },
            config: { type: 'string' },
            'lint-fail-on': { type: 'string', default: 'error' },
            'no-shellcheck': { type: 'boolean', default: false },
            'no-compressed-size': { type: 'boolean', default: false },
            'report-file': { type: 'string' },
            'sarif-file': { type: 'string' },
            format: { type: 'string', default: 'markdown' },
        },
    });
    if (values.format !== 'markdown' && values.format !== 'json')
        throw new UsageFault(`--format: "${values.format}" is not markdown or json`);
    const [{ parseTiered, parseNoRegression }, { runPipeline }, { renderMarkdown }, { cleanupAll }, decider] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 664).then(__nccwpck_require__.bind(__nccwpck_require__, 6664)),
        Promise.all(/* import() */[__nccwpck_require__.e(839), __nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(118), __nccwpck_require__.e(10), __nccwpck_require__.e(11), __nccwpck_require__.e(874), __nccwpck_require__.e(323), __nccwpck_require__.e(745), __nccwpck_require__.e(41), __nccwpck_require__.e(177)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5177)),
        Promise.all(/* import() */[__nccwpck_require__.e(839), __nccwpck_require__.e(11), __nccwpck_require__.e(703)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3703)),
        Promise.all(/* import() */[__nccwpck_require__.e(118), __nccwpck_require__.e(745)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1745)),
        __nccwpck_require__.e(/* import() */ 323).then(__nccwpck_require__.bind(__nccwpck_require__, 8323)),
    ]);
    let failOn;
    try {
        failOn = decider.parseThreshold(values['lint-fail-on'], '--lint-fail-on');
    }
    catch (e) {
        throw new UsageFault(e.message);
    }
    const { checkPolicy } = decider;
    let budgets;
    let runtime;
    let changeBudgets;
    const baselineMode = values.baseline;
    if (!['auto', 'report', 'image', 'rebuild', 'none'].includes(baselineMode))
        throw new UsageFault(`--baseline: "${baselineMode}" is not one of auto, report, image, rebuild, none`);
    try {
        runtime = {
            user: values.user ?? null,
            runCommand: parseArgv(values['run-command'], '--run-command'),
            smoke: {
                path: parseHttpPath(values['smoke-path'], '--smoke-path'),
                port: parsePort(values['smoke-port'], '--smoke-port'),
                timeoutMs: parseDuration(values['smoke-timeout'], '--smoke-timeout'),
                exec: parseArgv(values['smoke-command'], '--smoke-command'),
            },
            hardening: values.hardening,
        };
        budgets = {
            maxSize: parseTiered(values['max-size'], 'bytes', '--max-size'),
            maxCompressedSize: parseTiered(values['max-compressed-size'], 'bytes', '--max-compressed-size'),
            maxLayers: parseTiered(values['max-layers'], 'count', '--max-layers'),
            maxWaste: parseTiered(values['max-waste'], 'bytes-or-percent', '--max-waste'),
        };
        changeBudgets = {
            maxSizeIncrease: parseTiered(values['max-size-increase'], 'bytes-or-percent', '--max-size-increase'),
            maxLayersIncrease: parseTiered(values['max-layers-increase'], 'count-or-percent', '--max-layers-increase'),
            noRegression: parseNoRegression(values['no-regression'], '--no-regression'),
        };
    }
    catch (e) {
        throw new UsageFault(e.message);
    }
    const abort = new AbortController();
    const onSignal = () => {
        abort.abort();
        void cleanupAll().finally(() => process.exit(130));
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
        const report = await runPipeline({
            cwd: io.cwd,
            build: {
                file: values.file,
                context: values.context,
                target: values.target ?? null,
                buildArgs: values['build-arg'],
                tags: values.tag,
                labels: [],
                platforms: values.platform,
                push: values.push,
                load: true,
                pull: values.pull,
                noCache: values['no-cache'],
                builder: null,
                cacheFrom: values['cache-from'],
                cacheTo: values['cache-to'],
                network: null,
                secrets: [],
            },
            budgets,
            policy: checkPolicy(failOn, !values['allow-root']),
            runtime,
            configFile: values.config ?? null,
            shellcheck: !values['no-shellcheck'],
            computeCompressedSize: !values['no-compressed-size'],
            signal: abort.signal,
            baseline: {
                mode: baselineMode,
                reportPath: values['baseline-report'] ?? null,
                image: values['baseline-image'] ?? null,
                baseRef: values['baseline-ref'] ?? null,
            },
            changeBudgets,
        }, (0,log/* consoleLogger */.kS)(io.stderr));
        if (values['report-file']) {
            const path = (0,external_node_path_.resolve)(io.cwd, values['report-file']);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
            await (0,promises_.writeFile)(path, JSON.stringify(report, null, 2) + '\n');
        }
        if (values['sarif-file']) {
            const path = (0,external_node_path_.resolve)(io.cwd, values['sarif-file']);
            const [{ formatReportSarif }, { findRepoRoot }] = await Promise.all([
                Promise.all(/* import() */[__nccwpck_require__.e(839), __nccwpck_require__.e(11), __nccwpck_require__.e(874), __nccwpck_require__.e(704), __nccwpck_require__.e(643)]).then(__nccwpck_require__.bind(__nccwpck_require__, 643)),
                Promise.all(/* import() */[__nccwpck_require__.e(839), __nccwpck_require__.e(11), __nccwpck_require__.e(874), __nccwpck_require__.e(704)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6792)),
            ]);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
            await (0,promises_.writeFile)(path, formatReportSarif(report, { repoRoot: findRepoRoot(io.cwd), cwd: io.cwd }));
        }
        io.stdout.write(values.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : renderMarkdown(report));
        return report.status === 'fail' ? 1 : 0;
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
class UsageFault extends Error {
}
async function cli(argv, io) {
    const [command, ...rest] = argv;
    try {
        switch (command) {
            case 'check':
                if (rest.includes('-h') || rest.includes('--help'))
                    break;
                return await check(rest, io);
            case 'lint': {
                const { lintCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(323), __nccwpck_require__.e(365)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1365));
                return await lintCommand(rest, io);
            }
            case '-v':
            case '--version':
                io.stdout.write(`${version/* VERSION */.x}\n`);
                return 0;
            case undefined:
            case '-h':
            case '--help':
            case 'help':
                break;
            default:
                io.stderr.write(`shipshape: unknown command "${command}"\n\n${USAGE}`);
                return 2;
        }
        io.stdout.write(USAGE);
        return 0;
    }
    catch (e) {
        const err = e;
        if (e instanceof UsageFault || err.code?.startsWith('ERR_PARSE_ARGS')) {
            io.stderr.write(`shipshape: ${err.message}\n`);
            return 2;
        }
        if (err.name === 'UsageError') {
            io.stderr.write(`shipshape: ${err.message}\n`);
            return 1;
        }
        io.stderr.write(`shipshape: ${err.message}\n`);
        if (process.env.SHIPSHAPE_DEBUG)
            io.stderr.write(`${err.stack}\n`);
        return 1;
    }
}


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gi: () => (/* binding */ nullLogger),
/* harmony export */   SP: () => (/* binding */ deferredLogger),
/* harmony export */   kS: () => (/* binding */ consoleLogger),
/* harmony export */   kc: () => (/* binding */ errorText)
/* harmony export */ });
const nullLogger = {
    debug: () => undefined,
    info: () => undefined,
    warning: () => undefined,
    group: (_name, fn) => fn(),
};
/** A logger for terminals: warnings to stderr, debug only when SHIPSHAPE_DEBUG is set. */
function consoleLogger(stream = process.stderr) {
    return {
        debug: (m) => {
            if (process.env.SHIPSHAPE_DEBUG)
                stream.write(`debug: ${m}\n`);
        },
        info: (m) => stream.write(`${m}\n`),
        warning: (m) => stream.write(`warning: ${m}\n`),
        group: async (name, fn) => {
            stream.write(`▸ ${name}\n`);
            return fn();
        },
    };
}
/** An error as one line of text, for a reason or a warning; the full error goes to the debug log. */
function errorText(e) {
    const message = e instanceof Error ? e.message : String(e);
    const oneLine = message.replace(/\s+/g, ' ').trim();
    return oneLine.length > 500 ? `${oneLine.slice(0, 499)}…` : oneLine;
}
/**
 * A logger that keeps its lines until `replay`, so a stage can run beside another one (the runtime
 * check while the image is measured) without their lines interleaving in the log's groups.
 */
function deferredLogger() {
    const lines = [];
    const self = {
        debug: (message) => void lines.push({ level: 'debug', message }),
        info: (message) => void lines.push({ level: 'info', message }),
        warning: (message) => void lines.push({ level: 'warning', message }),
        group: async (name, fn) => {
            lines.push({ level: 'info', message: `${name}:` });
            return fn();
        },
        replay(into) {
            for (const line of lines.splice(0))
                into[line.level](line.message);
        },
    };
    return self;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// Kept equal to package.json's version by a unit test; a constant keeps the bundles from
// reading package.json at run time.
const VERSION = '0.1.0';


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(7318);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
