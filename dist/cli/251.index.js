export const id = 251;
export const ids = [251];
export const modules = {

/***/ 8251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_RUNTIME: () => (/* binding */ DEFAULT_RUNTIME),
  runPipeline: () => (/* binding */ runPipeline)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/baseline/index.ts + 2 modules
var baseline = __webpack_require__(6769);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/exec.ts + 1 modules
var exec = __webpack_require__(4981);
;// CONCATENATED MODULE: ./src/engine.ts
// Which image store the Docker engine keeps images in. The two stores name and size images
// differently, so the build (which reference the engine knows) and measure (what the engine's own
// size figure means, whether the layers are held compressed) both need to know.

/** The store a `docker info` DriverStatus describes: the containerd store names its snapshotter. */
function storeFromDriverStatus(driverStatus) {
    const pairs = Array.isArray(driverStatus) ? driverStatus : [];
    const snapshotter = pairs.some((pair) => Array.isArray(pair) &&
        pair.some((v) => typeof v === 'string' && v.startsWith('io.containerd.snapshotter')));
    return snapshotter ? 'containerd' : 'classic';
}
let cached;
/** The running engine's image store, asked once per process. */
function imageStore() {
    cached ??= (0,exec/* docker */.T3)(['info', '--format', '{{json .DriverStatus}}'], { timeoutMs: 30_000 }).then((r) => storeFromDriverStatus(JSON.parse(r.stdout.trim() || 'null')));
    cached.catch(() => (cached = undefined));
    return cached;
}

// EXTERNAL MODULE: ./src/dockerfile/model.ts
var model = __webpack_require__(4011);
// EXTERNAL MODULE: ./src/tempdir.ts
var tempdir = __webpack_require__(9270);
;// CONCATENATED MODULE: ./src/build/args.ts
/** Inline cache by default, so a pushed image carries the cache the next CI run pulls. */
const DEFAULT_CACHE_TO = 'type=inline';
function repeated(flag, values) {
    return values.flatMap((value) => [flag, value]);
}
function buildxArgs(request, files, options = {}) {
    const args = ['buildx', 'build'];
    if (request.builder)
        args.push('--builder', request.builder);
    if (request.file)
        args.push('--file', request.file);
    if (request.target)
        args.push('--target', request.target);
    args.push(...repeated('--build-arg', request.buildArgs));
    args.push(...repeated('--tag', request.tags));
    args.push(...repeated('--label', request.labels));
    if (request.platforms.length)
        args.push('--platform', request.platforms.join(','));
    if (request.push)
        args.push('--push');
    if (request.load)
        args.push('--load');
    if (request.pull)
        args.push('--pull');
    if (request.noCache)
        args.push('--no-cache');
    args.push(...repeated('--cache-from', request.cacheFrom));
    args.push(...repeated('--cache-to', request.cacheTo.length ? request.cacheTo : [DEFAULT_CACHE_TO]));
    if (request.network)
        args.push('--network', request.network);
    args.push(...repeated('--secret', request.secrets));
    args.push('--iidfile', files.iidFile);
    args.push('--metadata-file', files.metadataFile);
    args.push(`--progress=${options.progress ?? 'plain'}`);
    args.push(request.context);
    return args;
}

;// CONCATENATED MODULE: ./src/build/cache.ts

/** The cache backend type of a `--cache-from`/`--cache-to` value; a bare ref means a registry. */
function cacheType(spec) {
    for (const field of spec.split(',')) {
        const [key, value] = field.split('=', 2);
        if (key?.trim() === 'type' && value !== undefined)
            return value.trim();
    }
    // buildx reads a value without "=" as a registry ref; one with fields but no type it rejects.
    return spec.includes('=') ? '' : 'registry';
}
// What the docker driver's embedded BuildKit can do, per buildx's cache backend docs. On the classic
// image store exporting anything but inline fails the build ("Cache export is not supported for
// the docker driver"), type=gha is accepted and silently does nothing, and only registry (incl.
// inline cache carried by an image) can be imported. On the containerd image store the docker
// driver exports and imports inline, local, registry and gha cache (buildx 0.29 on Docker 28.5
// exports type=local here).
const DOCKER_DRIVER_EXPORTS = {
    classic: new Set(['inline']),
    containerd: new Set(['inline', 'local', 'registry', 'gha']),
};
const DOCKER_DRIVER_IMPORTS = {
    classic: new Set(['registry']),
    containerd: new Set(['local', 'registry', 'gha']),
};
const NEEDS_BUILDER = 'create a builder with the docker-container driver (docker/setup-buildx-action does) and pass it as `builder`';
function planCache(request, context) {
    const warnings = [];
    const notes = [];
    let cacheFrom = request.cacheFrom;
    let cacheTo = request.cacheTo.length ? request.cacheTo : [DEFAULT_CACHE_TO];
    if (!cacheFrom.length && context.fallbackRef) {
        cacheFrom = [`type=registry,ref=${context.fallbackRef}`];
    }
    if (context.driver === 'docker') {
        const store = context.imageStore ?? 'classic';
        const exports = DOCKER_DRIVER_EXPORTS[store];
        const imports = DOCKER_DRIVER_IMPORTS[store];
        const droppedTo = cacheTo.filter((c) => !exports.has(cacheType(c)));
        const droppedFrom = cacheFrom.filter((c) => !imports.has(cacheType(c)));
        const on = `the builder uses the docker driver on the ${store} image store`;
        for (const c of droppedTo) {
            warnings.push(`cache-to ${c} ignored: ${on}, which can only export ${[...exports].join(', ')} cache; ${NEEDS_BUILDER}`);
        }
        for (const c of droppedFrom) {
            warnings.push(`cache-from ${c} ignored: ${on}, which can only import ${[...imports].join(', ')} cache; ${NEEDS_BUILDER}`);
        }
        cacheTo = cacheTo.filter((c) => !droppedTo.includes(c));
        cacheFrom = cacheFrom.filter((c) => !droppedFrom.includes(c));
    }
    if (!request.push && cacheTo.some((c) => cacheType(c) === 'inline')) {
        const why = 'inline cache is stored in the image, and this image is not pushed: no later build on another machine can use it; ' +
            'push the image (e.g. on the base branch) or export the cache elsewhere with cache-to';
        // Asked for explicitly, it is a misconfiguration. As the default on a pull request build that
        // does not push (the usual case, while the base branch build pushes), it is only worth a note.
        if (request.cacheTo.length)
            warnings.push(why);
        else
            notes.push(why);
    }
    if (request.noCache && cacheFrom.length) {
        warnings.push('no-cache is set, so the cache-from sources are not used for this build');
    }
    return { cacheFrom, cacheTo, warnings, notes };
}
/**
 * BuildKit reports a cache source it could not read as a failed "importing cache manifest from …"
 * step and builds on without it; that deserves a warning, not silence.
 */
function unreadableCacheSources(steps) {
    return steps
        .filter((s) => s.error !== null && s.name.startsWith('importing cache manifest from '))
        .map((s) => `cache-from ${s.name.slice('importing cache manifest from '.length)} could not be read (${s.error}); built without it`);
}

// EXTERNAL MODULE: ./src/build/lists.ts + 9 modules
var lists = __webpack_require__(6456);
;// CONCATENATED MODULE: ./src/build/outputs.ts
function planOutputs(request, driver) {
    if (driver === 'docker') {
        // The docker driver writes the image into the engine in any case (pushing too), and the
        // BuildKit of Docker < 23 refuses a second output ("multiple outputs currently unsupported"),
        // so --load next to --push only breaks the build.
        return { push: request.push, load: request.load && !request.push, notes: [] };
    }
    if (request.platforms.length <= 1 && !request.load) {
        // Other drivers keep the result inside the builder unless told to load it.
        return {
            push: request.push,
            load: true,
            notes: [
                `the ${driver} builder keeps images to itself, so the image is also loaded into the engine to be measured`,
            ],
        };
    }
    return { push: request.push, load: request.load, notes: [] };
}

;// CONCATENATED MODULE: ./src/build/platforms.ts
// Pure helpers for multi-platform builds: which manifest of a pushed index belongs to which
// platform, and the repository part of a tag.
/** "linux/arm64/v8" → its parts; buildx accepts the same spelling. */
function parts(platform) {
    const [os = '', architecture = '', variant = null] = platform.split('/');
    return { os, architecture, variant };
}
/**
 * The manifest digest for one platform in an OCI index / Docker manifest list. A missing variant
 * on either side matches any (arm64 is written both with and without "v8").
 */
function manifestDigestFor(index, platform) {
    const want = parts(platform);
    const match = (index.manifests ?? []).find((m) => {
        const p = m.platform;
        if (!p || p.os !== want.os || p.architecture !== want.architecture)
            return false;
        return !want.variant || !p.variant || p.variant === want.variant;
    });
    return match?.digest ?? null;
}
/** "127.0.0.1:5000/team/app:1.2" → "127.0.0.1:5000/team/app" (a registry port is not a tag). */
function repositoryOf(ref) {
    const withoutDigest = ref.split('@', 1)[0];
    const lastSlash = withoutDigest.lastIndexOf('/');
    const lastColon = withoutDigest.lastIndexOf(':');
    return lastColon > lastSlash ? withoutDigest.slice(0, lastColon) : withoutDigest;
}
const DOCKER_DRIVER_MULTI_PLATFORM = 'a multi-platform build needs a builder with the docker-container (or kubernetes/remote) driver, or an engine ' +
    'that uses the containerd image store: the default docker driver builds and stores one platform per image. ' +
    'Set one up with docker/setup-qemu-action and docker/setup-buildx-action and pass its name as `builder`, ' +
    'or build each platform in its own matrix job with a single `platforms` value';

;// CONCATENATED MODULE: ./src/build/identity.ts
const DIGEST = /^sha256:[0-9a-f]{64}$/;
function digestOr(value) {
    return typeof value === 'string' && DIGEST.test(value) ? value : null;
}
function imageIdentity(store, iidFile, metadata) {
    const iid = digestOr(iidFile.trim());
    const configDigest = digestOr(metadata['containerimage.config.digest']) ?? iid;
    const manifestDigest = digestOr(metadata['containerimage.digest']);
    const imageId = store === 'containerd' ? (manifestDigest ?? iid) : (configDigest ?? iid);
    if (!imageId) {
        throw new Error('buildx wrote neither an image digest to its --iidfile nor containerimage.digest to its metadata file');
    }
    return { imageId, configDigest, manifestDigest };
}

// EXTERNAL MODULE: ./src/dockerfile/stages.ts
var stages = __webpack_require__(9931);
;// CONCATENATED MODULE: ./src/build/locate.ts

/** Instructions BuildKit turns into a vertex of their own (and so into a numbered step). */
const VERTEX_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'WORKDIR']);
function normalize(s) {
    return s.replace(/\s+/g, ' ').trim();
}
function stageFor(stages, label) {
    if (label === null)
        return stages.length === 1 ? [...stages] : [...stages].reverse();
    const named = stages.find((s) => s.alias?.toLowerCase() === label.toLowerCase());
    if (named)
        return [named];
    const numbered = /^stage-(\d+)$/.exec(label);
    const byIndex = numbered ? stages[Number(numbered[1])] : undefined;
    return byIndex ? [byIndex] : [...stages].reverse();
}
function locateStep(model, step) {
    const keyword = step.command.split(/\s/, 1)[0].toUpperCase();
    const found = (i) => ({ line: i.line, instruction: (0,stages/* instructionText */.sr)(model, i) });
    const candidates = stageFor(model.stages, step.stage);
    for (const stage of candidates) {
        const numbered = stage.instructions.filter((i) => VERTEX_KEYWORDS.has(i.keyword));
        const byPosition = numbered[step.index - 1];
        if (numbered.length === step.total && byPosition?.keyword === keyword)
            return found(byPosition);
    }
    // Numbering did not line up (ONBUILD triggers, another BuildKit version): match the text instead.
    // Variables are expanded in BuildKit's name, so this only finds instructions without them.
    const wanted = normalize(step.command);
    for (const stage of candidates) {
        const match = stage.instructions.find((i) => normalize((0,stages/* instructionText */.sr)(model, i)) === wanted);
        if (match)
            return found(match);
    }
    return null;
}
/**
 * Newer BuildKit prints the failing source itself ("Dockerfile:12" above a framed excerpt), and the
 * frontend names the line of a syntax error; when either is present it is authoritative.
 */
function lineFromErrorOutput(output) {
    const m = /^\s*\S*?Dockerfile[^\s:]*:(\d+)\s*$/m.exec(output) ??
        /dockerfile parse error (?:on )?line (\d+)/i.exec(output);
    return m ? Number(m[1]) : null;
}

;// CONCATENATED MODULE: ./src/build/progress.ts
// Parses what BuildKit reports while it builds, from either progress format buildx can write to
// stderr, into one record per vertex (a step of the build graph). BuildKit sends a vertex many
// times as its state changes, so records are merged by vertex id.
//
// `rawjson` is a stream of pretty-printed JSON objects (client.SolveStatus) with plain text lines
// such as "ERROR: failed to solve: …" in between; no JSON-lines splitter handles that mix, hence the
// small brace-depth scanner below. `plain` is the "#N …" text format older buildx only offers.
const MAX_STEP_LOG_CHARS = 64 * 1024;
class LineParser {
    byId = new Map();
    messages = [];
    partial = '';
    get steps() {
        return [...this.byId.values()];
    }
    push(chunk) {
        const text = this.partial + chunk;
        const lines = text.split('\n');
        this.partial = lines.pop() ?? '';
        return lines.flatMap((line) => this.line(line.replace(/\r$/, '')));
    }
    end() {
        const rest = this.partial;
        this.partial = '';
        return rest ? this.line(rest) : [];
    }
    record(id, name) {
        let step = this.byId.get(id);
        if (!step) {
            step = { id, name, cached: false, started: false, completed: false, error: null, log: '' };
            this.byId.set(id, step);
        }
        return step;
    }
    /** Keeps the tail of a step's output only: a compiler can print far more than a report needs. */
    appendLog(step, text) {
        step.log += text;
        if (step.log.length > MAX_STEP_LOG_CHARS)
            step.log = step.log.slice(-MAX_STEP_LOG_CHARS);
    }
}
class RawJsonParser extends LineParser {
    pendingLog = new Map();
    buffer = [];
    depth = 0;
    inString = false;
    escaped = false;
    line(line) {
        if (this.depth === 0 && !line.trimStart().startsWith('{')) {
            if (line.trim())
                this.messages.push(line);
            return line.trim() ? [line] : [];
        }
        this.buffer.push(line);
        this.scan(line);
        if (this.depth > 0)
            return [];
        const json = this.buffer.join('\n');
        this.buffer = [];
        let status;
        try {
            status = JSON.parse(json);
        }
        catch {
            this.messages.push(json);
            return [json];
        }
        return this.apply(status);
    }
    scan(line) {
        for (const ch of line) {
            if (this.inString) {
                if (this.escaped)
                    this.escaped = false;
                else if (ch === '\\')
                    this.escaped = true;
                else if (ch === '"')
                    this.inString = false;
            }
            else if (ch === '"')
                this.inString = true;
            else if (ch === '{')
                this.depth++;
            else if (ch === '}')
                this.depth--;
        }
    }
    apply(status) {
        const shown = [];
        for (const v of status.vertexes ?? []) {
            const step = this.record(v.digest, v.name ?? '');
            if (v.name)
                step.name = v.name;
            if (v.started && !step.started) {
                step.started = true;
                shown.push(step.name);
            }
            if (v.cached && !step.cached) {
                step.cached = true;
                shown.push(`${step.name}: CACHED`);
            }
            if (v.error && !step.error) {
                step.error = v.error;
                shown.push(`${step.name}: ERROR: ${v.error}`);
            }
            if (v.completed && !step.completed) {
                step.completed = true;
            }
        }
        for (const l of status.logs ?? []) {
            const step = this.record(l.vertex, '');
            const text = Buffer.from(l.data ?? '', 'base64').toString('utf8');
            this.appendLog(step, text);
            // Show whole lines only: a secret split over two log messages is then redacted as one line.
            const lines = ((this.pendingLog.get(l.vertex) ?? '') + text).split('\n');
            this.pendingLog.set(l.vertex, lines.pop() ?? '');
            shown.push(...lines.filter((s) => s.trim()));
        }
        return shown;
    }
    end() {
        const shown = super.end();
        for (const rest of this.pendingLog.values())
            if (rest.trim())
                shown.push(rest);
        this.pendingLog.clear();
        return shown;
    }
}
const PLAIN_LINE = /^#(\d+) (.*)$/;
const PLAIN_TIMED_LOG = /^\d+\.\d+ (.*)$/;
const PLAIN_STATUS = /^(DONE \d|CACHED$|ERROR: |CANCELED$|transferring |sha256:|extracting |exporting |writing |naming |resolve |preparing )/;
class PlainParser extends LineParser {
    line(line) {
        const m = PLAIN_LINE.exec(line);
        if (!m) {
            if (line.trim() && !/^-+$/.test(line.trim()))
                this.messages.push(line);
            return line.trim() ? [line] : [];
        }
        const id = `#${m[1]}`;
        const rest = m[2];
        const known = this.byId.has(id);
        const step = this.record(id, rest);
        if (!known) {
            step.started = true;
            return [line];
        }
        if (rest === 'CACHED') {
            step.cached = true;
            step.completed = true;
        }
        else if (rest.startsWith('DONE ')) {
            step.completed = true;
        }
        else if (rest.startsWith('ERROR: ')) {
            step.error = rest.slice('ERROR: '.length);
        }
        else {
            const timed = PLAIN_TIMED_LOG.exec(rest);
            if (timed)
                this.appendLog(step, `${timed[1]}\n`);
            else if (!PLAIN_STATUS.test(rest))
                this.appendLog(step, `${rest}\n`);
        }
        return [line];
    }
}
function progressParser(mode) {
    return mode === 'rawjson' ? new RawJsonParser() : new PlainParser();
}
const STEP_NAME = /^\[([^\]]*?)\s*(\d+)\/(\d+)\] ([\s\S]*)$/;
function parseStepName(name) {
    const m = STEP_NAME.exec(name);
    if (!m)
        return null;
    const labels = m[1].trim().split(/\s+/).filter(Boolean);
    const platform = labels.find((l) => l.includes('/')) ?? null;
    const stage = labels.filter((l) => !l.includes('/')).pop() ?? null;
    return { stage, platform, index: Number(m[2]), total: Number(m[3]), command: m[4] };
}
/** The Dockerfile's own steps BuildKit ran (FROM excluded, see cacheSummary), in the order it reported them. */
function ownSteps(steps) {
    return steps.filter((s) => {
        const parsed = parseStepName(s.name);
        return parsed !== null && !/^FROM\s/i.test(parsed.command);
    });
}
/**
 * Cache hits over the Dockerfile's own steps. FROM is left out: pulling a base image is never
 * "cached" in BuildKit's sense, and counting it would make a fully cached rebuild look partial.
 */
function cacheSummary(steps) {
    const own = ownSteps(steps);
    return { cachedSteps: own.filter((s) => s.cached).length, totalSteps: own.length };
}

;// CONCATENATED MODULE: ./src/build/buildx.ts
// Runs `docker buildx build` for one BuildRequest and turns what it wrote (iid file, metadata
// file, progress stream) into a BuildResult, or into a BuildError that names the failing
// instruction and its Dockerfile line.
















const DEFAULT_BUILD_TIMEOUT_MS = 60 * 60_000;
const LOG_TAIL_LINES = 30;
class BuildError extends Error {
    instruction;
    line;
    logTail;
    durationMs;
    name = 'BuildError';
    constructor(message, 
    /** The failing instruction as written in the Dockerfile, or as BuildKit named it. */
    instruction, 
    /** 1-based Dockerfile line of that instruction, when it could be found. */
    line, 
    /** Last lines of the failing step's output (or of buildx's own output), redacted. */
    logTail, durationMs) {
        super(message);
        this.instruction = instruction;
        this.line = line;
        this.logTail = logTail;
        this.durationMs = durationMs;
    }
}
let progressMode;
/**
 * Whether this buildx accepts `--progress=rawjson`. buildx validates the mode before it looks at the
 * context, so asking it to build a path that does not exist answers without building anything.
 */
function detectProgressMode() {
    progressMode ??= (async () => {
        const missing = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `shipshape-no-context-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        try {
            const probe = await (0,exec/* docker */.T3)(['buildx', 'build', '--progress=rawjson', missing], {
                allowFailure: true,
                timeoutMs: 30_000,
            });
            return /invalid progress mode/i.test(probe.stderr) ? 'plain' : 'rawjson';
        }
        catch {
            return 'plain';
        }
    })();
    return progressMode;
}
function describeSteps(records, dockerfile) {
    return ownSteps(records).map((record) => {
        const parsed = parseStepName(record.name);
        const located = parsed && dockerfile !== null ? locateStep(dockerfile, parsed) : null;
        return {
            name: (0,exec/* redact */.E$)(record.name),
            instruction: located ? (0,exec/* redact */.E$)(located.instruction) : null,
            line: located?.line ?? null,
            cached: record.cached,
        };
    });
}
const builderDrivers = new Map();
/** The driver of the builder a build will use ("docker", "docker-container", …), looked up once. */
function builderDriver(builder) {
    const key = builder ?? '';
    let driver = builderDrivers.get(key);
    if (!driver) {
        driver = (0,exec/* docker */.T3)(['buildx', 'inspect', ...(builder ? [builder] : [])], { timeoutMs: 30_000 }).then((r) => {
            const m = /^Driver:\s*(\S+)/m.exec(r.stdout);
            if (!m)
                throw new Error(`docker buildx inspect${builder ? ` ${builder}` : ''} reported no driver`);
            return m[1];
        });
        builderDrivers.set(key, driver);
        driver.catch(() => builderDrivers.delete(key));
    }
    return driver;
}
// Secret files larger than this are not scanned for redaction (certificates, keyrings); a token
// or .npmrc is far smaller.
const MAX_SECRET_FILE_TO_REDACT = 64 * 1024;
/**
 * Turns the request's secrets into `--secret` values, registering every secret value with the
 * exec wrapper so it is redacted from all output. `NAME=value` secrets go to a 0600 file in the
 * build's private temp dir, which is removed with it.
 */
async function resolveSecrets(secrets, dir) {
    const args = [];
    for (const [index, spec] of secrets.entries()) {
        const secret = (0,lists/* parseSecret */.o7)(spec);
        if (secret.kind === 'value') {
            (0,exec/* registerSecret */.cl)(secret.value);
            const file = (0,external_node_path_.join)(dir, `secret-${index}`);
            await (0,promises_.writeFile)(file, secret.value, { mode: 0o600 });
            args.push(`id=${secret.id},src=${file}`);
            continue;
        }
        if (secret.env)
            (0,exec/* registerSecret */.cl)(process.env[secret.env]);
        if (secret.src) {
            const size = await (0,promises_.stat)(secret.src).then((s) => s.size, () => null);
            if (size !== null && size <= MAX_SECRET_FILE_TO_REDACT) {
                const content = await (0,promises_.readFile)(secret.src, 'utf8');
                (0,exec/* registerSecret */.cl)(content);
                (0,exec/* registerSecret */.cl)(content.trim());
            }
        }
        args.push(secret.arg);
    }
    return args;
}
function tail(text, lines = LOG_TAIL_LINES) {
    return text.replace(/\s+$/, '').split('\n').slice(-lines).join('\n');
}
function dockerfilePath(request) {
    return request.file || (0,external_node_path_.join)(request.context, 'Dockerfile');
}
async function readDockerfile(path) {
    try {
        return (0,model/* parseDockerfile */.Ai)(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch {
        return null; // unreadable or unparsable: the steps keep BuildKit's names
    }
}
async function failure(request, dockerfile, steps, messages, stderr, durationMs) {
    const failed = steps.find((s) => s.error !== null && parseStepName(s.name)) ?? steps.find((s) => s.error !== null);
    const summary = [...messages].reverse().find((m) => /^ERROR:/.test(m)) ??
        (tail(stderr, 1) || 'docker buildx build failed');
    if (!failed) {
        return new BuildError((0,exec/* redact */.E$)(summary), null, lineFromErrorOutput(stderr), (0,exec/* redact */.E$)(tail(messages.join('\n'))), durationMs);
    }
    const step = parseStepName(failed.name);
    const model = step ? (dockerfile ?? (await readDockerfile(dockerfilePath(request)))) : null;
    const located = step && model ? locateStep(model, step) : null;
    const line = lineFromErrorOutput(stderr) ?? located?.line ?? null;
    const instruction = located?.instruction ?? step?.command ?? failed.name;
    const where = line !== null ? ` (Dockerfile line ${line})` : '';
    const message = `build failed at ${instruction}${where}: ${failed.error}`;
    const logTail = tail(failed.log) || tail(messages.join('\n'));
    return new BuildError((0,exec/* redact */.E$)(message), (0,exec/* redact */.E$)(instruction), line, (0,exec/* redact */.E$)(logTail) || null, durationMs);
}
async function readResult(iidFile, metadataFile, store) {
    const iid = await (0,promises_.readFile)(iidFile, 'utf8').catch(() => '');
    let metadata = {};
    try {
        metadata = JSON.parse(await (0,promises_.readFile)(metadataFile, 'utf8'));
    }
    catch {
        // buildx writes no metadata file for some outputs; the iid file then names the image.
    }
    return { ...imageIdentity(store, iid, metadata), metadata };
}
/**
 * Builds the request and returns one result per platform (one result when no or one platform is
 * asked for), so each platform's image can be measured on its own.
 *
 * With several platforms the builder must be able to build them (not the plain docker driver);
 * when pushing, the multi-platform image is built and pushed once under the tags, then each
 * platform is loaded into the engine from the same builder's cache to be measured.
 */
async function buildImages(request, log, opts = {}) {
    if (request.platforms.length <= 1)
        return [await buildOne(request, log, opts)];
    const driver = await builderDriver(request.builder);
    // The containerd image store lets even the docker driver keep multi-platform images.
    if (driver === 'docker' && (await imageStore()) !== 'containerd') {
        throw new BuildError(`cannot build ${request.platforms.join(', ')}: ${DOCKER_DRIVER_MULTI_PLATFORM}`, null, null, null, null);
    }
    let pushed = null;
    if (request.push)
        pushed = await buildOne(request, log, opts);
    const results = [];
    for (const platform of request.platforms) {
        const single = { ...request, platforms: [platform], push: false, load: true, tags: [] };
        const result = await buildOne(single, log, opts, platform);
        const digest = pushed?.digest ? await platformDigest(request.tags[0], pushed.digest, platform) : null;
        // The per-platform load builds never push, so their "inline cache is not pushed" note is moot
        // once the multi-platform image was pushed.
        const own = pushed ? result.warnings.filter((w) => !w.startsWith('inline cache')) : result.warnings;
        const warnings = [...new Set([...(pushed?.warnings ?? []), ...own])];
        results.push({ ...result, tags: request.tags, digest, warnings });
    }
    return results;
}
async function platformDigest(tag, indexDigest, platform) {
    if (!tag)
        return null;
    const raw = await (0,exec/* docker */.T3)(['buildx', 'imagetools', 'inspect', '--raw', `${repositoryOf(tag)}@${indexDigest}`], {
        timeoutMs: 60_000,
        allowFailure: true,
    });
    if (raw.code !== 0)
        return null;
    try {
        return manifestDigestFor(JSON.parse(raw.stdout), platform);
    }
    catch {
        return null;
    }
}
/**
 * Builds one image. A request for several platforms is built for all of them (see buildImages);
 * the result is the first platform's, with a warning, because a BuildResult describes one image.
 */
async function buildImage(request, log, opts = {}) {
    const results = await buildImages(request, log, opts);
    if (results.length === 1)
        return results[0];
    const [first, ...rest] = results;
    const others = rest.map((r, i) => `${request.platforms[i + 1]} (${r.imageId})`).join(', ');
    return {
        ...first,
        warnings: [
            ...first.warnings,
            `built ${request.platforms.join(', ')}; this report shows ${request.platforms[0]} only; also built: ${others}`,
        ],
    };
}
async function buildOne(request, log, opts, platformLabel) {
    const progress = opts.progress ?? (await detectProgressMode());
    const driver = await builderDriver(request.builder);
    const what = `${request.target ? `${request.file} (target ${request.target})` : request.file}${platformLabel ? ` for ${platformLabel}` : ''}`;
    return log.group(`Build ${what}`, async () => {
        // Holds the build's secret files: tracked so a cancelled run removes it first.
        const dir = await (0,tempdir/* makeTempDir */.mk)('shipshape-build-', { secret: true });
        const files = { iidFile: (0,external_node_path_.join)(dir, 'iid'), metadataFile: (0,external_node_path_.join)(dir, 'metadata.json') };
        const parser = progressParser(progress);
        const show = (lines) => lines.forEach((l) => log.info((0,exec/* redact */.E$)(l)));
        const started = performance.now();
        try {
            const secrets = await resolveSecrets(request.secrets, dir).catch((e) => {
                throw new BuildError(e.message, null, null, null, null);
            });
            const store = await imageStore();
            const cache = planCache(request, {
                driver,
                imageStore: store,
                fallbackRef: opts.cacheFromFallback ?? null,
            });
            // The pipeline turns result.warnings into warnings; here they only give context in the group.
            for (const w of [...cache.warnings, ...cache.notes])
                log.info(`cache: ${w}`);
            const outputs = planOutputs(request, driver);
            for (const note of outputs.notes)
                log.info(note);
            const effective = {
                ...request,
                push: outputs.push,
                load: outputs.load,
                secrets,
                cacheFrom: cache.cacheFrom,
                cacheTo: cache.cacheTo,
            };
            const args = buildxArgs(effective, files, { progress });
            log.debug((0,exec/* redact */.E$)(`docker ${args.join(' ')}`));
            const run = await (0,exec/* docker */.T3)(args, {
                timeoutMs: opts.timeoutMs ?? DEFAULT_BUILD_TIMEOUT_MS,
                signal: opts.signal,
                allowFailure: true,
                env: { ...process.env, BUILDX_NO_DEFAULT_ATTESTATIONS: '1' },
                onStderr: (chunk) => show(parser.push(chunk)),
            });
            show(parser.end());
            const durationMs = Math.round(performance.now() - started);
            if (run.code !== 0 && opts.signal?.aborted) {
                throw new BuildError('the build was cancelled', null, null, null, durationMs);
            }
            if (run.code !== 0)
                throw await failure(request, opts.dockerfile, parser.steps, parser.messages, run.stderr, durationMs);
            const { imageId, configDigest, manifestDigest, metadata } = await readResult(files.iidFile, files.metadataFile, store);
            const pushedDigest = metadata['containerimage.digest'];
            const { cachedSteps, totalSteps } = cacheSummary(parser.steps);
            const unreadable = unreadableCacheSources(parser.steps);
            for (const w of unreadable)
                log.info(`cache: ${w}`);
            log.info(`built ${imageId} in ${(durationMs / 1000).toFixed(1)} s, ${cachedSteps} of ${totalSteps} steps from cache`);
            return {
                imageId,
                configDigest,
                manifestDigest,
                imageStore: store,
                digest: request.push && typeof pushedDigest === 'string' ? pushedDigest : null,
                tags: request.tags,
                durationMs,
                cachedSteps,
                totalSteps,
                cacheFrom: cache.cacheFrom,
                cacheTo: cache.cacheTo,
                warnings: [...cache.warnings, ...unreadable].map(exec/* redact */.E$),
                steps: describeSteps(parser.steps, opts.dockerfile ?? (await readDockerfile(dockerfilePath(request)))),
            };
        }
        catch (e) {
            if (e instanceof exec/* ExecError */.cI && e.result.timedOut) {
                throw new BuildError((0,exec/* redact */.E$)(e.message), null, null, (0,exec/* redact */.E$)(tail(parser.messages.join('\n'))) || null, Math.round(performance.now() - started));
            }
            throw e;
        }
        finally {
            await (0,tempdir/* removeTempDir */.CT)(dir);
        }
    });
}

// EXTERNAL MODULE: ./src/lint/index.ts + 3 modules
var src_lint = __webpack_require__(9041);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/units.ts
var units = __webpack_require__(1996);
;// CONCATENATED MODULE: ./src/measure/config.ts
function summarizeConfig(config) {
    const c = config ?? {};
    return {
        user: c.User ?? '',
        entrypoint: c.Entrypoint ?? null,
        cmd: c.Cmd ?? null,
        exposedPorts: Object.keys(c.ExposedPorts ?? {}).sort(),
        envNames: (c.Env ?? []).map((e) => e.split('=')[0]),
        labels: c.Labels ?? {},
        workingDir: c.WorkingDir ?? '',
        healthcheck: c.Healthcheck?.Test ?? null,
    };
}
function platformOf(config) {
    return [config.os, config.architecture, config.variant].filter(Boolean).join('/');
}
/**
 * For each layer, the index of the history entry that produced it. History also lists
 * instructions that only changed the config (`empty_layer`); skipping them lines the rest up with
 * the layers. When the counts disagree (hand-edited or squashed images) nothing is attributed
 * rather than something wrong.
 */
function layerHistoryIndexes(history, layerCount) {
    const indexes = [];
    (history ?? []).forEach((h, i) => {
        if (!h.empty_layer)
            indexes.push(i);
    });
    if (indexes.length !== layerCount)
        return Array.from({ length: layerCount }, () => null);
    return indexes;
}

;// CONCATENATED MODULE: ./src/measure/history.ts
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

// EXTERNAL MODULE: ./src/dockerfile/history-key.ts
var history_key = __webpack_require__(220);
;// CONCATENATED MODULE: ./src/measure/filesystem.ts
class Node {
    children = null;
    /** Layer that wrote this path as a non-directory; -1 for a directory. */
    layer = -1;
    bytes = 0;
    child(name) {
        this.children ??= new Map();
        let node = this.children.get(name);
        if (!node) {
            node = new Node();
            this.children.set(name, node);
        }
        return node;
    }
}
function split(path) {
    return path.split('/').filter((p) => p !== '');
}
class LayeredFilesystem {
    root = new Node();
    hidden = [];
    /** Applies one layer (index `layer`, bottom = 0) on top of those applied before. */
    apply(layer, entries) {
        // Whiteouts and opaque markers refer to the layers below, never to this layer's own entries,
        // so they go first.
        for (const e of entries) {
            if (e.kind === 'whiteout')
                this.remove(e.path, layer);
            else if (e.kind === 'opaque')
                this.clear(e.path, layer);
        }
        for (const e of entries) {
            if (e.kind !== 'whiteout' && e.kind !== 'opaque')
                this.write(e, layer);
        }
    }
    find(path) {
        const parts = split(path);
        let parent = this.root;
        for (let i = 0; i < parts.length - 1; i++) {
            const next = parent.children?.get(parts[i]);
            if (!next)
                return null;
            parent = next;
        }
        const name = parts[parts.length - 1];
        const node = name === undefined ? undefined : parent.children?.get(name);
        return node && name !== undefined ? { parent, name, node } : null;
    }
    remove(path, layer) {
        const found = this.find(path);
        if (!found)
            return;
        this.hideSubtree(path, found.node, layer, 'deleted', true);
        found.parent.children.delete(found.name);
    }
    clear(path, layer) {
        const found = path === '' ? { node: this.root } : this.find(path);
        if (!found?.node.children)
            return;
        for (const [name, child] of found.node.children) {
            this.hideSubtree(path ? `${path}/${name}` : name, child, layer, 'deleted', true);
        }
        found.node.children = null;
    }
    write(entry, layer) {
        const parts = split(entry.path);
        let node = this.root;
        for (const part of parts)
            node = node.child(part);
        if (node.layer >= 0 && node.layer < layer) {
            this.hidden.push({
                path: entry.path,
                bytes: node.bytes,
                files: 1,
                writtenBy: node.layer,
                hiddenBy: layer,
                how: 'overwritten',
            });
        }
        if (entry.kind === 'directory') {
            node.layer = -1;
            node.bytes = 0;
            return;
        }
        if (node.children) {
            // A file replacing a directory hides everything under it.
            this.hideSubtree(entry.path, node, layer, 'overwritten', false);
            node.children = null;
        }
        node.layer = layer;
        node.bytes = entry.bytes;
    }
    /** Records everything under `node` as hidden, one record per writing layer. */
    hideSubtree(path, node, layer, how, includeSelf) {
        const byLayer = new Map();
        const add = (n) => {
            if (n.layer < 0 || n.layer >= layer)
                return;
            const t = byLayer.get(n.layer) ?? { bytes: 0, files: 0 };
            t.bytes += n.bytes;
            t.files++;
            byLayer.set(n.layer, t);
        };
        if (includeSelf)
            add(node);
        const stack = node.children ? [...node.children.values()] : [];
        while (stack.length) {
            const n = stack.pop();
            add(n);
            if (n.children)
                for (const c of n.children.values())
                    stack.push(c);
        }
        for (const [writtenBy, t] of [...byLayer].sort((a, b) => a[0] - b[0])) {
            this.hidden.push({ path, bytes: t.bytes, files: t.files, writtenBy, hiddenBy: layer, how });
        }
    }
    /** Every non-directory path visible in the final image, depth first. */
    *visible() {
        const stack = [['', this.root]];
        while (stack.length) {
            const [path, node] = stack.pop();
            if (node.layer >= 0)
                yield { path, bytes: node.bytes, layer: node.layer };
            if (node.children)
                for (const [name, child] of node.children)
                    stack.push([path ? `${path}/${name}` : name, child]);
        }
    }
}
function replayLayers(layers) {
    const fs = new LayeredFilesystem();
    layers.forEach((entries, index) => fs.apply(index, entries));
    return fs;
}

;// CONCATENATED MODULE: ./src/measure/junk.ts
const JUNK_DESCRIPTIONS = {
    'apt-lists': 'apt package lists (rm -rf /var/lib/apt/lists/* in the same RUN)',
    'apt-cache': 'apt package cache (apt-get clean in the same RUN)',
    'pip-cache': 'pip cache (pip install --no-cache-dir)',
    'npm-cache': 'npm cache (npm ci --omit=dev && npm cache clean --force)',
    pycache: 'Python bytecode copied from the build context (.dockerignore __pycache__)',
    git: 'a .git directory (.dockerignore .git)',
    venv: 'a virtualenv copied from the build context (.dockerignore .venv)',
    tests: 'tests copied from the build context (.dockerignore tests)',
    dockerfile: 'the Dockerfile or .dockerignore copied into the image',
    'build-toolchain': 'a compiler toolchain (build in a builder stage, copy only the result)',
};
const MAX_PATHS = 5;
const FROM_CONTEXT = new Set(['COPY', 'ADD']);
const TOOLCHAIN_DIRS = ['usr/lib/gcc', 'usr/libexec/gcc', 'usr/include', 'usr/share/build-essential'];
const TOOLCHAIN_BINARY = /^usr\/bin\/((?:[a-z0-9_]+-linux-gnu[a-z]*-)?(?:gcc|g\+\+|c\+\+|cpp|ld|ld\.bfd|ld\.gold|as)(?:-\d+)?|make|cc)$/;
const LIBRARY_DIRS = /(^|\/)(site-packages|dist-packages|node_modules)\//;
/** The junk kind of a path and the directory (or file) that makes it so; null when not junk. */
function classifyJunk(path, contextCopied) {
    const under = (dir) => path === dir || path.startsWith(`${dir}/`);
    if (under('var/lib/apt/lists'))
        return { kind: 'apt-lists', root: 'var/lib/apt/lists' };
    if (under('var/cache/apt'))
        return { kind: 'apt-cache', root: 'var/cache/apt' };
    const pip = /^((?:root|home\/[^/]+)\/\.cache\/pip)(\/|$)/.exec(path);
    if (pip)
        return { kind: 'pip-cache', root: pip[1] };
    const npm = /^((?:root|home\/[^/]+)\/\.npm)(\/|$)/.exec(path);
    if (npm)
        return { kind: 'npm-cache', root: npm[1] };
    const git = /^(.*?(?:^|\/)\.git)(\/|$)/.exec(path);
    if (git)
        return { kind: 'git', root: git[1] };
    for (const dir of TOOLCHAIN_DIRS)
        if (under(dir))
            return { kind: 'build-toolchain', root: dir };
    if (TOOLCHAIN_BINARY.test(path))
        return { kind: 'build-toolchain', root: path };
    if (!contextCopied)
        return null;
    const venv = /^(.*?(?:^|\/)\.venv)(\/|$)/.exec(path);
    if (venv)
        return { kind: 'venv', root: venv[1] };
    const pycache = /^(.*(?:^|\/)__pycache__)\//.exec(path);
    if (pycache)
        return { kind: 'pycache', root: pycache[1] };
    if (!LIBRARY_DIRS.test(path)) {
        const tests = /^(.*?(?:^|\/)tests?)\//.exec(path);
        if (tests)
            return { kind: 'tests', root: tests[1] };
    }
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (/^(Dockerfile|Containerfile)([.-].*)?$|\.(Dockerfile|Containerfile)$|^\.dockerignore$/.test(name)) {
        return { kind: 'dockerfile', root: path };
    }
    return null;
}
/** Groups the junk among the visible files by kind and layer, biggest first; empty groups dropped. */
function findJunk(files, layerKeywords) {
    const groups = new Map();
    for (const file of files) {
        const keyword = layerKeywords[file.layer] ?? null;
        const found = classifyJunk(file.path, keyword !== null && FROM_CONTEXT.has(keyword));
        if (!found)
            continue;
        const key = `${found.kind}\0${file.layer}`;
        let group = groups.get(key);
        if (!group) {
            group = { kind: found.kind, layer: file.layer, bytes: 0, files: 0, paths: [] };
            groups.set(key, group);
        }
        group.bytes += file.bytes;
        group.files++;
        if (group.paths.length < MAX_PATHS && !group.paths.includes(found.root))
            group.paths.push(found.root);
    }
    // Empty leftovers (apt's lock file, an empty cache dir) cost nothing and would only be noise.
    return [...groups.values()]
        .filter((g) => g.bytes > 0)
        .sort((a, b) => b.bytes - a.bytes || a.layer - b.layer);
}

;// CONCATENATED MODULE: ./src/measure/tar-headers.ts
// A push parser that reads only the headers of a tar stream and skips the file contents.
//
// Why not tar-stream here: tar-stream makes a stream object for every entry and waits for it to be
// drained; a Debian base layer has ~7,000 entries and that alone made the analysis twice as slow
// as `docker save` itself. A layer's analysis needs the headers only (path, type, size, link),
// so this parser walks the 512-byte blocks and counts content bytes without copying them.
// tar-stream still reads the outer `docker save` archive, which has few, large entries.
//
// Supported: ustar (with the 155-byte prefix), POSIX pax extended headers (`x`, and `g` ignored),
// GNU long names (`L`) and long link names (`K`), base-256 sizes. Sparse files are not produced
// by image layers (Docker writes them plain), so `S` entries are reported as files of their size.
const BLOCK = 512;
class TarFormatError extends Error {
    name = 'TarFormatError';
}
function readString(block, offset, length) {
    const end = block.indexOf(0, offset);
    return block.toString('utf8', offset, end === -1 || end > offset + length ? offset + length : end);
}
function readNumber(block, offset, length) {
    // GNU base-256: the high bit of the first byte is set; the rest is a big-endian number.
    if (block[offset] & 0x80) {
        let value = block[offset] & 0x7f;
        for (let i = 1; i < length; i++)
            value = value * 256 + block[offset + i];
        return value;
    }
    const text = readString(block, offset, length).trim();
    return text ? parseInt(text, 8) : 0;
}
function checksumOk(block) {
    let sum = 8 * 32; // the checksum field itself counts as spaces
    for (let i = 0; i < BLOCK; i++)
        if (i < 148 || i >= 156)
            sum += block[i];
    return sum === readNumber(block, 148, 8);
}
function typeOf(flag) {
    switch (String.fromCharCode(flag)) {
        case '\0':
        case '0':
        case '7':
        case 'S':
            return 'file';
        case '1':
            return 'hardlink';
        case '2':
            return 'symlink';
        case '5':
            return 'directory';
        default:
            return 'other';
    }
}
/** Parses pax records ("<len> key=value\n"); only the keys a layer analysis needs. */
function parsePax(data) {
    const out = {};
    let pos = 0;
    while (pos < data.length) {
        const space = data.indexOf(0x20, pos);
        if (space === -1)
            break;
        const length = parseInt(data.toString('ascii', pos, space), 10);
        if (!Number.isFinite(length) || length <= 0)
            break;
        const record = data.toString('utf8', space + 1, pos + length - 1);
        const eq = record.indexOf('=');
        if (eq > 0)
            out[record.slice(0, eq)] = record.slice(eq + 1);
        pos += length;
    }
    return out;
}
/**
 * Feed it chunks with `write`, call `end` after the last one. `onEntry` runs for every real entry
 * (meta headers are folded into the entry they describe).
 */
class TarHeaderParser {
    onEntry;
    state = { kind: 'header' };
    pending = null;
    pax = {};
    gnuName = null;
    gnuLink = null;
    finished = false;
    /** Bytes consumed so far, i.e. the tar size once ended. */
    bytes = 0;
    constructor(onEntry) {
        this.onEntry = onEntry;
    }
    write(chunk) {
        this.bytes += chunk.length;
        const buf = chunk;
        let pos = 0;
        while (pos < buf.length) {
            const state = this.state;
            if (state.kind === 'skip') {
                const n = Math.min(state.remaining, buf.length - pos);
                state.remaining -= n;
                pos += n;
                if (state.remaining === 0)
                    this.state = { kind: 'header' };
                continue;
            }
            if (state.kind === 'meta') {
                const n = Math.min(state.remaining, buf.length - pos);
                state.parts.push(buf.subarray(pos, pos + n));
                state.remaining -= n;
                pos += n;
                if (state.remaining === 0)
                    this.finishMeta(state);
                continue;
            }
            // Header: need one whole block, which may straddle chunks.
            if (this.pending || buf.length - pos < BLOCK) {
                const have = this.pending ?? Buffer.alloc(0);
                const need = BLOCK - have.length;
                const take = buf.subarray(pos, pos + need);
                this.pending = Buffer.concat([have, take]);
                pos += take.length;
                if (this.pending.length < BLOCK)
                    return;
                const block = this.pending;
                this.pending = null;
                this.header(block);
                continue;
            }
            this.header(buf.subarray(pos, pos + BLOCK));
            pos += BLOCK;
        }
    }
    /** Call after the last chunk; throws when the archive stopped in the middle of an entry. */
    end() {
        if (this.pending || this.state.kind !== 'header') {
            throw new TarFormatError('the layer archive ends in the middle of an entry');
        }
    }
    get sawEndMarker() {
        return this.finished;
    }
    header(block) {
        if (this.finished)
            return;
        if (block.every((b) => b === 0)) {
            // Two zero blocks end the archive; one is enough to know no entry follows in practice.
            this.finished = true;
            return;
        }
        if (!checksumOk(block))
            throw new TarFormatError('bad tar header checksum in a layer');
        const flag = block[156];
        const size = readNumber(block, 124, 12);
        const padded = Math.ceil(size / BLOCK) * BLOCK;
        const flagChar = String.fromCharCode(flag);
        const meta = flagChar === 'x'
            ? 'pax'
            : flagChar === 'g'
                ? 'pax-global'
                : flagChar === 'L'
                    ? 'gnu-name'
                    : flagChar === 'K'
                        ? 'gnu-link'
                        : null;
        if (meta) {
            this.state =
                padded === 0 ? { kind: 'header' } : { kind: 'meta', meta, remaining: padded, parts: [], size };
            return;
        }
        let name = readString(block, 0, 100);
        const magic = block.toString('ascii', 257, 262);
        if (magic === 'ustar') {
            const prefix = readString(block, 345, 155);
            if (prefix)
                name = `${prefix}/${name}`;
        }
        const header = {
            name: this.pax.path ?? this.gnuName ?? name,
            type: typeOf(flag),
            size: this.pax.size !== undefined ? Number(this.pax.size) : size,
            linkname: this.pax.linkpath ?? this.gnuLink ?? readString(block, 157, 100),
            mode: readNumber(block, 100, 8),
        };
        this.pax = {};
        this.gnuName = null;
        this.gnuLink = null;
        const contentBytes = header.type === 'file' || header.type === 'other' ? header.size : 0;
        const skip = Math.ceil(contentBytes / BLOCK) * BLOCK;
        this.state = skip === 0 ? { kind: 'header' } : { kind: 'skip', remaining: skip };
        this.onEntry(header);
    }
    finishMeta(state) {
        const data = Buffer.concat(state.parts).subarray(0, state.size);
        if (state.meta === 'pax')
            this.pax = parsePax(data);
        else if (state.meta === 'gnu-name')
            this.gnuName = readString(data, 0, data.length);
        else if (state.meta === 'gnu-link')
            this.gnuLink = readString(data, 0, data.length);
        this.state = { kind: 'header' };
    }
}

;// CONCATENATED MODULE: ./src/measure/layer.ts
// One layer's file list, read from its tar headers, and its size counted the ways Docker counts it.

const WHITEOUT_PREFIX = '.wh.';
const OPAQUE_MARKER = '.wh..wh..opq';
function normalizePath(name) {
    let path = name;
    while (path.startsWith('./'))
        path = path.slice(2);
    path = path.replace(/^\/+/, '').replace(/\/+$/, '');
    return path === '.' ? '' : path;
}
/** Bytes an entry holds: a file its length, a symlink its target's length (what lstat reports). */
function entryBytes(header) {
    if (header.type === 'file')
        return header.size;
    if (header.type === 'symlink')
        return Buffer.byteLength(header.linkname);
    return 0;
}
function toLayerEntry(header) {
    const path = normalizePath(header.name);
    if (path === '')
        return null;
    const slash = path.lastIndexOf('/');
    const dir = slash === -1 ? '' : path.slice(0, slash);
    const base = slash === -1 ? path : path.slice(slash + 1);
    if (base === OPAQUE_MARKER)
        return { path: dir, kind: 'opaque', bytes: 0 };
    if (base.startsWith(WHITEOUT_PREFIX)) {
        const target = base.slice(WHITEOUT_PREFIX.length);
        return { path: dir ? `${dir}/${target}` : target, kind: 'whiteout', bytes: 0 };
    }
    const kind = header.type === 'file' ||
        header.type === 'hardlink' ||
        header.type === 'symlink' ||
        header.type === 'directory'
        ? header.type
        : 'other';
    return { path, kind, bytes: entryBytes(header) };
}
/**
 * The uncompressed payload of a layer: the bytes of every regular file its tar records (a file
 * written twice counts twice; links, directories and whiteouts add nothing). It is read from the
 * content alone, so it is the same on either image store, which each count their own way: the
 * classic store walks the unpacked directory (symlink targets count, each path once) or sums the
 * payload of layers it committed itself; the containerd store reports the compressed content.
 */
function payloadBytes(entries) {
    let total = 0;
    for (const e of entries)
        if (e.kind === 'file')
            total += e.bytes;
    return total;
}
/** Streams a layer tar in (`write` each chunk, then `end`) and keeps only its entry list. */
class LayerScanner {
    entries = [];
    parser = new TarHeaderParser((header) => {
        const entry = toLayerEntry(header);
        if (entry)
            this.entries.push(entry);
    });
    write(chunk) {
        this.parser.write(chunk);
    }
    end() {
        this.parser.end();
        return { tarBytes: this.parser.bytes, entries: this.entries };
    }
}

;// CONCATENATED MODULE: ./src/measure/analysis.ts
// From a resolved archive (and what the engine and the Dockerfile say) to the figures the report
// shows. Pure: no process, no file, so every rule here is unit-tested on synthetic archives.







const NO_ENGINE_FACTS = {
    imageId: null,
    sizeBytes: null,
    store: null,
    baseDiffIds: null,
    baseImage: null,
};
const TOP_WASTE = 20;
/**
 * Base layers are the leading layers equal to the base image's, in order. null when the image does
 * not start with them (built from another version of the base): then nothing is known.
 */
function baseLayerCount(imageDiffIds, baseDiffIds) {
    let n = 0;
    while (n < baseDiffIds.length && n < imageDiffIds.length && imageDiffIds[n] === baseDiffIds[n])
        n++;
    return n === baseDiffIds.length ? n : null;
}
function sum(values) {
    let total = 0;
    for (const v of values)
        total += v;
    return total;
}
function analyse(resolved, input = {}) {
    const engine = input.engine ?? NO_ENGINE_FACTS;
    const chain = input.chain ?? null;
    const history = resolved.config.history ?? [];
    const historyIndex = layerHistoryIndexes(history, resolved.layers.length);
    const alignment = chain ? alignHistory(history, chain.steps) : null;
    const stepOf = (index) => {
        const h = historyIndex[index];
        return h == null || !alignment ? null : (alignment.steps[h] ?? null);
    };
    // Base layers: by the base image's diff IDs when the engine has it; else by the history
    // entries that come before this Dockerfile's own; a chain FROM scratch has none.
    const diffIds = resolved.layers.map((l) => l.diffId);
    let baseCount = engine.baseDiffIds ? baseLayerCount(diffIds, engine.baseDiffIds) : null;
    let baseMatchedBy = baseCount === null ? null : 'diff-ids';
    if (baseCount === null && chain?.baseImage === 'scratch') {
        baseCount = 0;
        baseMatchedBy = 'history';
    }
    else if (baseCount === null && alignment?.baseEntries != null && !historyIndex.includes(null)) {
        const baseEntries = alignment.baseEntries;
        baseCount = historyIndex.filter((h) => h < baseEntries).length;
        baseMatchedBy = 'history';
    }
    const fs = replayLayers(resolved.layers.map((l) => l.scan.entries));
    const wasted = new Array(resolved.layers.length).fill(0);
    const hides = new Array(resolved.layers.length).fill(0);
    for (const h of fs.hidden) {
        wasted[h.writtenBy] += h.bytes;
        hides[h.hiddenBy] += h.bytes;
    }
    const layers = resolved.layers.map(({ diffId, scan }, index) => {
        const origin = baseCount === null ? 'unknown' : index < baseCount ? 'base' : 'own';
        const h = historyIndex[index];
        const step = stepOf(index);
        const createdBy = h == null ? null : (history[h]?.created_by ?? null);
        return {
            index,
            diffId,
            sizeBytes: payloadBytes(scan.entries),
            tarBytes: scan.tarBytes,
            entryCount: scan.entries.length,
            addsContent: scan.entries.length > 0,
            createdBy,
            line: step?.line ?? null,
            instruction: step?.text ?? (createdBy ? (0,history_key/* readableCreatedBy */._D)(createdBy) : null),
            instructionKey: (0,history_key/* layerKey */.n3)(createdBy, step?.key ?? null),
            stage: step?.stage ?? null,
            fromBase: origin === 'base',
            origin,
            wastedBytes: wasted[index],
            hidesBytes: hides[index],
            compressedSizeBytes: input.compressed?.layers[index]?.sizeBytes ?? null,
            digest: input.compressed?.layers[index]?.digest ?? null,
        };
    });
    const compressedKnown = layers.every((l) => l.compressedSizeBytes !== null);
    const compressedSizeBytes = input.compressed && compressedKnown ? sum(layers.map((l) => l.compressedSizeBytes)) : null;
    const ref = (index) => {
        const l = layers[index];
        return { layer: index, line: l.line, instruction: l.instruction, stage: l.stage };
    };
    const waste = topWaste(fs.hidden, ref);
    const keywords = layers.map((_, i) => stepOf(i)?.keyword ?? null);
    const junk = findJunk(fs.visible(), keywords).map((g) => ({
        kind: g.kind,
        description: JUNK_DESCRIPTIONS[g.kind],
        path: g.paths[0] ?? '',
        paths: g.paths,
        bytes: g.bytes,
        files: g.files,
        layer: ref(g.layer),
        line: layers[g.layer].line,
        fromBase: layers[g.layer].fromBase,
    }));
    const sizeBytes = sum(layers.map((l) => l.sizeBytes));
    const baseBytes = baseCount === null ? null : sum(layers.filter((l) => l.origin === 'base').map((l) => l.sizeBytes));
    return {
        id: engine.imageId ?? resolved.id,
        configDigest: resolved.id,
        manifestDigest: resolved.manifestDigest,
        sizeBytes,
        engineSizeBytes: engine.sizeBytes,
        engineStore: engine.sizeBytes === null ? null : (engine.store ?? null),
        compressedSizeBytes,
        compressedSource: compressedSizeBytes === null ? null : input.compressed.source,
        layerCount: layers.length,
        contentLayerCount: layers.filter((l) => l.addsContent).length,
        reclaimableBytes: sum(fs.hidden.map((h) => h.bytes)),
        layers,
        ownBytes: baseBytes === null ? null : sizeBytes - baseBytes,
        baseBytes,
        baseImage: baseCount === null ? null : (engine.baseImage ?? chain?.baseImage ?? null),
        baseMatchedBy,
        config: summarizeConfig(resolved.config.config),
        platform: platformOf(resolved.config),
        source: resolved.format,
        waste,
        junk,
        junkBytes: sum(junk.map((j) => j.bytes)),
        biggestContributor: biggestContributor(layers, baseBytes, engine.baseImage ?? chain?.baseImage ?? null),
    };
}
function topWaste(hidden, ref) {
    return [...hidden]
        .sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path))
        .slice(0, TOP_WASTE)
        .map((h) => {
        const written = ref(h.writtenBy);
        const removed = ref(h.hiddenBy);
        return {
            path: h.path,
            bytes: h.bytes,
            files: h.files,
            how: h.how,
            written,
            removed,
            writtenLine: written.line,
            removedLine: removed.line,
        };
    });
}
/** The one thing that adds the most bytes: the base image as a whole, or one of the own layers. */
function biggestContributor(layers, baseBytes, baseImage) {
    const candidates = layers.filter((l) => l.origin !== 'base' && l.sizeBytes > 0);
    const top = candidates.reduce((best, l) => (!best || l.sizeBytes > best.sizeBytes ? l : best), null);
    if (baseBytes !== null && baseBytes > 0 && (!top || baseBytes >= top.sizeBytes)) {
        return `the base image${baseImage ? ` ${baseImage}` : ''}: ${(0,units/* formatBytes */.z3)(baseBytes)}`;
    }
    if (!top)
        return null;
    const what = top.instruction ?? `layer ${top.index + 1}`;
    return `${what}${top.line !== null ? ` (line ${top.line})` : ''}: ${(0,units/* formatBytes */.z3)(top.sizeBytes)}`;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
;// CONCATENATED MODULE: ./src/measure/archive.ts



const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
const GZIP_MAGIC = [0x1f, 0x8b];
/** Larger output chunks than zlib's 16 KiB default: fewer callbacks through the tar scanner. */
const GUNZIP_CHUNK_BYTES = 256 * 1024;
class ArchiveError extends Error {
    name = 'ArchiveError';
}
function isLegacyLayer(name) {
    return name === 'layer.tar' || name.endsWith('/layer.tar');
}
async function* chunksOf(stream, first) {
    if (first)
        yield first;
    for await (const chunk of stream)
        yield chunk;
}
async function scanLayer(path, chunks, first, options) {
    const scanner = new LayerScanner();
    if (first && first[0] === GZIP_MAGIC[0] && first[1] === GZIP_MAGIC[1]) {
        // The containerd image store (and skopeo with compression) saves layers as the gzip blobs it
        // keeps. Their size is the exact compressed size, so nothing is tapped to recompress them; the
        // tar inside is what the figures are about, so it is decompressed on the fly.
        const sink = options.tap?.open(path, { gzip: true }) ?? null;
        let gzipBytes = 0;
        const gunzip = (0,external_node_zlib_.createGunzip)({ chunkSize: GUNZIP_CHUNK_BYTES });
        const feeding = (async () => {
            for await (const chunk of chunksOf(chunks, first)) {
                gzipBytes += chunk.length;
                if (!gunzip.write(chunk))
                    await new Promise((r) => gunzip.once('drain', r));
            }
            gunzip.end();
        })();
        feeding.catch((e) => gunzip.destroy(e));
        for await (const chunk of gunzip) {
            scanner.write(chunk);
            if (sink)
                await sink.write(chunk);
        }
        await feeding;
        if (sink)
            await sink.end();
        return { ...scanner.end(), gzipBytes };
    }
    const sink = options.tap?.open(path, { gzip: false }) ?? null;
    for await (const chunk of chunksOf(chunks, first)) {
        scanner.write(chunk);
        if (sink)
            await sink.write(chunk);
    }
    if (sink)
        await sink.end();
    return { ...scanner.end(), gzipBytes: null };
}
async function readAll(chunks, first, path) {
    const parts = first ? [first] : [];
    let size = first?.length ?? 0;
    for await (const chunk of chunks) {
        size += chunk.length;
        if (size > MAX_DOCUMENT_BYTES)
            throw new ArchiveError(`${path} is larger than a metadata document can be`);
        parts.push(chunk);
    }
    return Buffer.concat(parts);
}
async function readImageArchive(source, options = {}) {
    const documents = new Map();
    const layers = new Map();
    const extract = tar_stream.extract();
    source.on('error', (e) => extract.destroy(e));
    source.pipe(extract);
    for await (const entry of extract) {
        const name = entry.header.name.replace(/^\.\//, '');
        if (entry.header.type !== 'file') {
            entry.resume();
            continue;
        }
        const chunks = entry;
        if (isLegacyLayer(name)) {
            layers.set(name, await scanLayer(name, chunks, null, options));
            continue;
        }
        if (name.startsWith('blobs/')) {
            const known = options.reuse?.(name);
            if (known) {
                entry.resume();
                layers.set(name, known);
                continue;
            }
            // A blob is a JSON document (manifest, index, config) or a layer; look at its first bytes.
            const iterator = chunks[Symbol.asyncIterator]();
            const firstResult = await iterator.next();
            const first = firstResult.done ? null : firstResult.value;
            const rest = { [Symbol.asyncIterator]: () => iterator };
            if (first && first[0] === 0x7b /* { */)
                documents.set(name, await readAll(rest, first, name));
            else
                layers.set(name, await scanLayer(name, rest, first, options));
            continue;
        }
        if ((entry.header.size ?? 0) <= MAX_DOCUMENT_BYTES)
            documents.set(name, await readAll(chunks, null, name));
        else
            entry.resume();
    }
    return { documents, layers };
}

// EXTERNAL MODULE: ./src/registry/client.ts
var client = __webpack_require__(2440);
;// CONCATENATED MODULE: ./src/measure/compressed.ts
// Compressed size: what a pull downloads. From the gzip blobs the containerd image store keeps
// (exact, `stored`, read in archive.ts), from the registry's manifest when the image was pushed
// (exact, `registry`); otherwise by gzip-compressing each layer tar at zlib's default level as
// `docker push` does (`computed`: another gzip implementation makes slightly different bytes, and
// large layers are estimated from level 1, so it is within a fraction of a percent, never exact).


/** gzip's fixed framing: 10-byte header, 8-byte trailer (CRC32 and length). */
const GZIP_FRAMING_BYTES = 18;
const BLOCK_BYTES = 1024 * 1024;
/** deflate's window: each block is primed with the previous 32 KiB, as pigz does. */
const DICTIONARY_BYTES = 32 * 1024;
function deflateBlock(block, dictionary, last, level) {
    return new Promise((resolve, reject) => {
        (0,external_node_zlib_.deflateRaw)(block, {
            level,
            ...(dictionary ? { dictionary } : {}),
            finishFlush: last ? external_node_zlib_.constants.Z_FINISH : external_node_zlib_.constants.Z_SYNC_FLUSH,
        }, (error, out) => (error ? reject(error) : resolve(out.length)));
    });
}
/**
 * Counts the gzip size of a byte stream without keeping it. One deflate stream runs on one core,
 * so the stream is cut into 1 MiB blocks compressed in parallel on libuv's thread pool, each
 * primed with the 32 KiB before it (pigz's method): the output is a valid gzip member whose size
 * is within a few bytes per block of a single-threaded gzip's. At most `parallel` blocks are in
 * flight, which bounds memory and gives the producer back-pressure.
 *
 * The default level costs two to four times level 1 in zlib. So the first `exactBlocks` MiB of a
 * layer (all of most layers) are compressed at the default level, exactly; past them every block
 * is compressed at level 1 and one in `calibrateEvery` also at the default level, and the level-1
 * total is scaled by the ratio those sampled blocks show (a ratio estimate over a systematic
 * sample). On a 200 MB toolchain layer this was 0.22 % below compressing everything at the
 * default level, for 28 % less CPU (docs/measure.md).
 */
class GzipSizer {
    // Chunks are copied into one block buffer (one allocation per MiB, no concatenation), which
    // keeps the garbage, and so the peak RSS, low while gigabytes stream through.
    block = Buffer.allocUnsafe(BLOCK_BYTES);
    filled = 0;
    blocks = 0;
    previousTail = null;
    inFlight = [];
    exact = 0;
    fastest = 0;
    sampledFastest = 0;
    sampledDefault = 0;
    parallel;
    exactBlocks;
    calibrateEvery;
    constructor(options = {}) {
        this.parallel = options.parallel ?? 4;
        this.exactBlocks = options.exactBlocks ?? 8;
        this.calibrateEvery = options.calibrateEvery ?? 4;
    }
    async write(chunk) {
        let offset = 0;
        while (offset < chunk.length) {
            const n = Math.min(BLOCK_BYTES - this.filled, chunk.length - offset);
            chunk.copy(this.block, this.filled, offset, offset + n);
            this.filled += n;
            offset += n;
            // A full block is sent only once more bytes arrive, so the last block is always sent by end().
            if (this.filled === BLOCK_BYTES && offset < chunk.length)
                await this.flushBlock(false);
        }
    }
    /** The gzip size of everything written (estimated past `exactBlocks` MiB, see above). */
    async end() {
        await this.flushBlock(true);
        for (const p of this.inFlight.splice(0))
            this.add(await p);
        const scaled = this.fastest === 0 ? 0 : Math.round((this.fastest * this.sampledDefault) / this.sampledFastest);
        return this.exact + scaled + GZIP_FRAMING_BYTES;
    }
    add(sizes) {
        if (sizes.atFastest === null) {
            this.exact += sizes.atDefault;
            return;
        }
        this.fastest += sizes.atFastest;
        if (sizes.atDefault !== null) {
            this.sampledFastest += sizes.atFastest;
            this.sampledDefault += sizes.atDefault;
        }
    }
    async flushBlock(last) {
        if (!last && this.filled < BLOCK_BYTES)
            return;
        if (this.inFlight.length >= this.parallel)
            this.add(await this.inFlight.shift());
        const block = this.block.subarray(0, this.filled);
        const dictionary = this.previousTail;
        const index = this.blocks++;
        const exact = index < this.exactBlocks;
        const sampled = exact || (index - this.exactBlocks) % this.calibrateEvery === 0;
        this.inFlight.push(Promise.all([
            sampled ? deflateBlock(block, dictionary, last, external_node_zlib_.constants.Z_DEFAULT_COMPRESSION) : null,
            exact ? null : deflateBlock(block, dictionary, last, external_node_zlib_.constants.Z_BEST_SPEED),
        ]).then(([atDefault, atFastest]) => ({ atDefault, atFastest })));
        this.previousTail = block.subarray(Math.max(0, block.length - DICTIONARY_BYTES));
        this.block = Buffer.allocUnsafe(BLOCK_BYTES);
        this.filled = 0;
    }
}
/** Taps every layer of an archive as it streams past and computes its gzip size. */
class CompressionTap {
    sizes = new Map();
    open(path, layer = { gzip: false }) {
        // A layer that came as a gzip blob has its exact compressed size already.
        if (layer.gzip)
            return null;
        const sizer = new GzipSizer();
        let resolveSize;
        let rejectSize;
        const size = new Promise((res, rej) => {
            resolveSize = res;
            rejectSize = rej;
        });
        size.catch(() => undefined);
        this.sizes.set(path, size);
        return {
            write: (chunk) => sizer.write(chunk).catch((e) => (rejectSize(e), Promise.reject(e))),
            end: () => sizer.end().then(resolveSize, (e) => (rejectSize(e), Promise.reject(e))),
        };
    }
    /** The computed size of the layer at an archive path; null when it never streamed past. */
    async sizeOf(path) {
        const size = this.sizes.get(path);
        return size ? await size : null;
    }
}
/** The registry's record of `ref`, or why there is none. */
async function readRegistryLayers(ref, platform, timeoutMs) {
    try {
        return await (0,client/* readRegistryImage */.Jz)(ref, platform, { timeoutMs });
    }
    catch (e) {
        return { reason: `could not read ${ref} from its registry: ${e.message}` };
    }
}
/**
 * The registry's compressed sizes, when it holds exactly these layers (same diff IDs in the same
 * order); otherwise the reason, since another image's sizes would be a wrong answer.
 */
function matchRegistryLayers(image, diffIds) {
    const theirs = image.layers.map((l) => l.diffId);
    if (theirs.length !== diffIds.length || theirs.some((d, i) => d !== diffIds[i])) {
        return {
            reason: `${image.reference.registry}/${image.reference.repository} holds other layers than this image`,
        };
    }
    return {
        totalBytes: image.compressedSizeBytes,
        layers: image.layers.map((l) => ({ digest: l.digest, sizeBytes: l.compressedSizeBytes ?? 0 })),
    };
}

;// CONCATENATED MODULE: ./src/measure/resolve.ts
// Decides, once an archive was read, which config and which layers (in order) make the image.


const INDEX_TYPES = new Set([
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
]);
function parseJson(archive, path) {
    const bytes = archive.documents.get(path);
    if (!bytes)
        throw new ArchiveError(`the image archive has no ${path}`);
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch (e) {
        throw new ArchiveError(`${path} in the image archive is not JSON: ${e.message}`);
    }
}
/** "sha256:…" of a blob path ("blobs/sha256/…"); null for a path that names no blob. */
function digestOfBlobPath(path) {
    const m = /^blobs\/([a-z0-9]+)\/([0-9a-f]+)$/.exec(path);
    return m ? `${m[1]}:${m[2]}` : null;
}
function blobPath(digest) {
    const [algorithm, hex] = digest.split(':');
    if (!algorithm || !hex)
        throw new ArchiveError(`"${digest}" is not a digest`);
    return `blobs/${algorithm}/${hex}`;
}
function assemble(archive, format, configPath, layerPaths, manifestDigest) {
    const configBytes = archive.documents.get(configPath);
    if (!configBytes)
        throw new ArchiveError(`the image archive has no config ${configPath}`);
    const config = parseJson(archive, configPath);
    const diffIds = config.rootfs?.diff_ids ?? [];
    if (diffIds.length !== layerPaths.length) {
        throw new ArchiveError(`the image config lists ${diffIds.length} layers but the manifest ${layerPaths.length}; the archive is inconsistent`);
    }
    const layers = layerPaths.map((path, i) => {
        const scan = archive.layers.get(path);
        if (!scan)
            throw new ArchiveError(`the image archive has no layer ${path}`);
        return { diffId: diffIds[i], path, scan };
    });
    const id = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(configBytes).digest('hex')}`;
    return { format, id, manifestDigest, config, layers };
}
function isAttestation(d) {
    return d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest';
}
function pickManifest(archive, descriptors, platform) {
    const candidates = [];
    for (const d of descriptors) {
        if (isAttestation(d))
            continue;
        if (d.mediaType && INDEX_TYPES.has(d.mediaType)) {
            const nested = parseJson(archive, blobPath(d.digest));
            candidates.push(pickManifest(archive, nested.manifests ?? [], platform));
        }
        else
            candidates.push(d);
    }
    if (platform) {
        const match = candidates.find((d) => d.platform &&
            [d.platform.os, d.platform.architecture, d.platform.variant].filter(Boolean).join('/') === platform);
        if (match)
            return match;
    }
    const first = candidates[0];
    if (!first)
        throw new ArchiveError('the OCI index of the image archive lists no image manifest');
    return first;
}
/**
 * Legacy archives are resolved through manifest.json (Docker 25+ writes it next to the OCI
 * layout, so it serves both); otherwise through index.json. `platform` ("linux/amd64") picks
 * one image out of a multi-platform OCI index.
 */
function resolveImage(archive, platform = null) {
    if (archive.documents.has('manifest.json')) {
        const manifest = parseJson(archive, 'manifest.json');
        const entry = manifest[0];
        if (!entry)
            throw new ArchiveError('manifest.json in the image archive lists no image');
        const oci = archive.documents.has('index.json');
        const manifestDigest = oci
            ? pickManifest(archive, parseJson(archive, 'index.json').manifests ?? [], platform).digest
            : null;
        return assemble(archive, oci ? 'oci-layout' : 'docker-archive', entry.Config, entry.Layers, manifestDigest);
    }
    if (archive.documents.has('index.json')) {
        const index = parseJson(archive, 'index.json');
        const descriptor = pickManifest(archive, index.manifests ?? [], platform);
        const manifest = parseJson(archive, blobPath(descriptor.digest));
        return assemble(archive, 'oci-layout', blobPath(manifest.config.digest), manifest.layers.map((l) => blobPath(l.digest)), descriptor.digest);
    }
    throw new ArchiveError('not an image archive: neither manifest.json nor index.json found');
}

;// CONCATENATED MODULE: ./src/measure/layer-cache.ts
class LayerCache {
    layers = new Map();
    /** Layers read in full, and layers whose earlier reading served again. */
    analysed = 0;
    reused = 0;
    /**
     * The earlier reading of a blob, when it has what is wanted now: a layer read without its gzip
     * size computed is read again by a measurement that wants it.
     */
    reuse(blobDigest, wantComputedGzip) {
        const cached = this.layers.get(blobDigest);
        if (!cached)
            return null;
        if (wantComputedGzip && cached.scan.gzipBytes == null && cached.computedGzipBytes === null)
            return null;
        this.reused++;
        return cached;
    }
    remember(blobDigest, scan, computedGzipBytes) {
        this.analysed++;
        const known = this.layers.get(blobDigest);
        this.layers.set(blobDigest, {
            scan,
            computedGzipBytes: computedGzipBytes ?? known?.computedGzipBytes ?? null,
        });
    }
}

;// CONCATENATED MODULE: ./src/measure/index.ts
// Measures an image from its content: `docker save` is streamed through a tar parser, so the
// figures do not depend on the engine's image store and memory stays bounded by the number of
// files, not their bytes. Figures that were not measured are null, never guessed.











const DEFAULT_TIMEOUT_MS = 15 * 60_000;
const READ_AHEAD_BYTES = 16 * 1024 * 1024;
const INSPECT_TIMEOUT_MS = 60_000;
function dockerBinary() {
    return process.env.SHIPSHAPE_DOCKER ?? 'docker';
}
/** Streams `docker save <image>` into the archive reader; stops docker when reading fails. */
async function saveAndRead(image, timeoutMs, options = {}) {
    const abort = new AbortController();
    const saved = (0,exec/* execStream */.U1)(dockerBinary(), ['save', image], { timeoutMs, signal: abort.signal });
    // A read-ahead buffer lets the engine keep streaming while a layer is being decompressed and
    // scanned, instead of stalling on a full 64 KiB pipe: the two then overlap on two cores.
    const readAhead = new external_node_stream_.PassThrough({ highWaterMark: READ_AHEAD_BYTES });
    saved.stdout.on('error', (e) => readAhead.destroy(e));
    saved.stdout.pipe(readAhead);
    const reading = readImageArchive(readAhead, options);
    const [read, done] = await Promise.allSettled([
        reading.catch((e) => {
            abort.abort();
            throw e;
        }),
        saved.done,
    ]);
    // docker's own error (no such image, timeout) explains a truncated archive better than the
    // parser, unless docker died because reading failed and we stopped it.
    const stoppedByUs = abort.signal.aborted &&
        done.status === 'rejected' &&
        done.reason.result?.signal === 'SIGKILL';
    if (done.status === 'rejected' && !stoppedByUs)
        throw done.reason;
    if (read.status === 'rejected')
        throw read.reason;
    return read.value;
}
/** ID, size and diff IDs of an image as the engine reports them; null when it is not in the engine. */
async function inspectLocal(image, timeoutMs) {
    const res = await (0,exec/* docker */.T3)(['image', 'inspect', '--format', '{{json .Id}} {{json .Size}} {{json .RootFS.Layers}}', image], {
        timeoutMs,
        allowFailure: true,
    });
    if (res.code !== 0)
        return null;
    const [id, size, layers] = res.stdout.trim().split(' ');
    return {
        id: JSON.parse(id ?? 'null'),
        size: Number(size),
        layers: JSON.parse(layers ?? 'null') ?? [],
    };
}
async function compressedFacts(resolved, registry, tap, reused, log) {
    // Blobs the engine keeps compressed are the exact figure, free, and the same bytes a push sends.
    if (resolved.layers.length > 0 && resolved.layers.every((l) => l.scan.gzipBytes != null)) {
        return {
            source: 'stored',
            layers: resolved.layers.map((l) => ({
                sizeBytes: l.scan.gzipBytes,
                digest: digestOfBlobPath(l.path),
            })),
        };
    }
    if (registry) {
        const matched = matchRegistryLayers(registry, resolved.layers.map((l) => l.diffId));
        if (!('reason' in matched))
            return { source: 'registry', layers: matched.layers };
        // Computing now would mean reading the whole image again; say so rather than guess.
        log.warning(`compressed size not measured: ${matched.reason}`);
        return null;
    }
    if (!tap)
        return null;
    const layers = await Promise.all(resolved.layers.map(async (l) => ({
        sizeBytes: reused.get(l.path)?.computedGzipBytes ?? (await tap.sizeOf(l.path)),
        digest: null,
    })));
    return { source: 'computed', layers };
}
async function measureImage(image, options) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const inspectTimeout = Math.min(timeoutMs, INSPECT_TIMEOUT_MS);
    const { log } = options;
    let registry = null;
    const store = await imageStore().catch(() => null);
    // On the containerd store the saved layers are the very blobs a push sent: no registry to ask.
    if (options.pushedRef && store !== 'containerd') {
        const read = await readRegistryLayers(options.pushedRef, options.platform ?? null, inspectTimeout);
        if ('reason' in read)
            log.info(`compressed size not from the registry: ${read.reason}`);
        else
            registry = read;
    }
    // The tap only ever sees layers the archive holds uncompressed (the classic store's).
    const tap = !registry && options.compressed !== false ? new CompressionTap() : null;
    const cache = options.layerCache ?? null;
    const reused = new Map();
    const reuse = (path) => {
        const digest = digestOfBlobPath(path);
        const known = cache && digest ? cache.reuse(digest, tap !== null) : null;
        if (known)
            reused.set(path, known);
        return known?.scan ?? null;
    };
    const [archive, engineImage] = await Promise.all([
        saveAndRead(image, timeoutMs, { ...(tap ? { tap } : {}), ...(cache ? { reuse } : {}) }),
        inspectLocal(image, inspectTimeout),
    ]);
    const resolved = resolveImage(archive, options.platform ?? null);
    const compressed = await compressedFacts(resolved, registry, tap, reused, log);
    if (cache) {
        resolved.layers.forEach((l, i) => {
            const digest = digestOfBlobPath(l.path);
            if (!digest || reused.has(l.path))
                return;
            cache.remember(digest, l.scan, compressed?.source === 'computed' ? (compressed.layers[i]?.sizeBytes ?? null) : null);
        });
        if (reused.size)
            log.info(`${reused.size} of ${resolved.layers.length} layers were already read in this run`);
    }
    const chain = options.chain ?? null;
    const baseImage = options.baseImage === undefined ? (chain?.baseImage ?? null) : options.baseImage;
    let base = null;
    if (baseImage && baseImage !== 'scratch' && !baseImage.includes('$')) {
        base = await inspectLocal(baseImage, inspectTimeout);
        if (!base)
            log.info(`base image ${baseImage} is not in the engine; base layers are told apart by the image history`);
    }
    const analysis = analyse(resolved, {
        engine: {
            imageId: engineImage?.id ?? null,
            sizeBytes: engineImage?.size ?? null,
            store,
            baseDiffIds: base?.layers ?? null,
            baseImage: base ? baseImage : null,
        },
        chain,
        compressed,
    });
    if (analysis.engineSizeBytes !== null) {
        const counts = analysis.engineStore === 'containerd'
            ? 'stored content (compressed layers, manifest and config)'
            : 'unpacked layers';
        log.info(`the engine (${analysis.engineStore ?? 'unknown'} image store) reports ${analysis.engineSizeBytes} bytes, its ${counts}; shipshape's size is the uncompressed payload, ${analysis.sizeBytes} bytes`);
    }
    log.info(`${(0,units/* formatBytes */.z3)(analysis.sizeBytes)} uncompressed in ${analysis.layerCount} layers (${analysis.contentLayerCount} add content); reclaimable ${(0,units/* formatBytes */.z3)(analysis.reclaimableBytes ?? 0)}, junk ${(0,units/* formatBytes */.z3)(analysis.junkBytes)}`);
    return analysis;
}

;// CONCATENATED MODULE: ./src/report/files.ts
// Reading report files back: a baseline from the base branch's run, or the reports a fork's
// pull_request job uploaded for `mode: post`. Both accept the same shapes.


let validator = null;
/**
 * The report schema's validator. ajv, its formats and the schema are loaded (and the schema
 * compiled) the first time a report is read back: most runs read none, and should not pay for them
 * at start-up.
 */
function reportValidator() {
    validator ??= (async () => {
        // Both are CommonJS, whose module.exports is what a dynamic import gives as `default` in Node
        // and in the bundle alike (named exports are Node's guess, which the bundle does not make):
        // ajv's is the class, which also carries itself as `Ajv`; ajv-formats' is the plugin.
        const [{ default: ajvModule }, { default: formatsModule }, { default: schema }] = await Promise.all([
            __webpack_require__.e(/* import() */ 463).then(__webpack_require__.t.bind(__webpack_require__, 2463, 23)),
            Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(196)]).then(__webpack_require__.t.bind(__webpack_require__, 2815, 23)),
            __webpack_require__.e(/* import() */ 69).then(__webpack_require__.t.bind(__webpack_require__, 5450, 19)),
        ]);
        const { Ajv } = ajvModule;
        const ajv = new Ajv({ allErrors: false, strict: false });
        formatsModule(ajv);
        const validate = ajv.compile(schema);
        return (value) => validate(value);
    })();
    return validator;
}
const isObject = (v) => typeof v === 'object' && v !== null;
/**
 * What an earlier release wrote that this one no longer does, rewritten to what it means now,
 * before the schema (which describes only what is written today) is asked. Releases before the
 * runtime verdict came only from observed processes wrote `source: "static"` with the image
 * configuration's verdict in `nonRoot` and `uid`: that is no runtime verdict (both null), and the
 * static one is still in `runtime.static`.
 */
function fromEarlierReleases(value) {
    if (!isObject(value) || !isObject(value.runtime) || value.runtime.source !== 'static')
        return value;
    return { ...value, runtime: { ...value.runtime, source: null, nonRoot: null, uid: null } };
}
/**
 * A report read back from disk, checked once against the schema users read
 * (docs/schema/report.schema.json) and upgraded to this version's shape: fields a version-1
 * report from an earlier release may lack get their "not recorded" value, so nothing downstream
 * guesses at shapes again. null for anything that is not a valid report.
 */
async function upgradeReport(value) {
    const current = fromEarlierReleases(value);
    if (!(await reportValidator())(current))
        return null;
    // The schema has just said it is a report; only the optional parts need filling in.
    const report = current;
    return {
        ...report,
        lint: { ...report.lint, dockerfileText: report.lint.dockerfileText ?? null },
        // Reports from before the image stores were told apart name the image by one ID only.
        build: report.build && {
            ...report.build,
            configDigest: report.build.configDigest ?? null,
            manifestDigest: report.build.manifestDigest ?? null,
            imageStore: report.build.imageStore ?? null,
        },
        timings: { ...report.timings, baseline: report.timings.baseline ?? null },
        // Reports from before the baseline's key was recorded say nothing of it.
        baseline: report.baseline && { ...report.baseline, otherKey: report.baseline.otherKey ?? null },
    };
}
/**
 * Reports in a file (one report or an array) or anywhere under a directory (a restored cache or
 * a downloaded artifact), in path order. Files that are not JSON reports are skipped.
 */
async function readReports(path) {
    const info = await (0,promises_.stat)(path);
    const files = info.isDirectory()
        ? (await (0,promises_.readdir)(path, { recursive: true }))
            .map(String)
            .filter((f) => f.endsWith('.json'))
            .sort()
            .map((f) => (0,external_node_path_.join)(path, f))
        : [path];
    const out = [];
    for (const f of files) {
        let parsed;
        try {
            parsed = JSON.parse(await (0,promises_.readFile)(f, 'utf8'));
        }
        catch {
            continue;
        }
        for (const candidate of Array.isArray(parsed) ? parsed : [parsed]) {
            const report = await upgradeReport(candidate);
            if (report)
                out.push(report);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/report/snapshot.ts
var snapshot = __webpack_require__(9540);
;// CONCATENATED MODULE: ./src/baseline-stages.ts






function baselineStages(context) {
    const { request, displayFile, log, signal } = context;
    return {
        lint: async (text, dockerfile) => {
            const linted = await (0,src_lint.lintText)(displayFile, text, {
                cwd: context.cwd,
                contextDir: request.context,
                config: context.lintConfig,
                shellcheck: context.shellcheck,
                model: dockerfile,
            });
            return linted.findings;
        },
        build: async (build, dockerfile) => (await buildImage(build, log, { signal, dockerfile })).imageId,
        measure: async (imageId, dockerfile, compressed) => {
            const measured = await measureImage(imageId, {
                log,
                compressed: compressed && context.computeCompressedSize,
                layerCache: context.layerCache,
                chain: dockerfile ? (0,stages/* stageChain */.ap)(dockerfile, request.target, (0,stages/* buildArgMap */.fR)(request.buildArgs)) : null,
            });
            return (0,snapshot/* imageFacts */.JC)(measured, measured.platform ?? null);
        },
        readReports: readReports,
        snapshotOfReport: snapshot/* snapshotOfReport */.ss,
    };
}

// EXTERNAL MODULE: ./src/cancel.ts
var cancel = __webpack_require__(833);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./docs/schema/shipshape-config.schema.json
const shipshape_config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/shipshape/shipshape/docs/schema/shipshape-config.schema.json","title":".shipshape.yml","description":"Project configuration for shipshape. Action inputs and CLI flags override what is set here. The `lint` section is described by lint-config.schema.json.","type":"object","additionalProperties":false,"properties":{"lint":{"type":"object","description":"Lint configuration: see lint-config.schema.json."},"budgets":{"type":"object","additionalProperties":false,"properties":{"max-size":{"$ref":"#/definitions/bytesBudget"},"max-compressed-size":{"$ref":"#/definitions/bytesBudget"},"max-layers":{"$ref":"#/definitions/countBudget"},"max-waste":{"$ref":"#/definitions/wasteBudget"}}}},"definitions":{"bytes":{"type":"string","pattern":"^\\\\s*\\\\d+(\\\\.\\\\d+)?\\\\s*(B|kB|MB|GB|KiB|MiB|GiB)\\\\s*$","description":"A size with its unit, e.g. 200MB (1 MB = 10^6 B) or 1.5GiB."},"waste":{"type":"string","pattern":"^\\\\s*(\\\\d+(\\\\.\\\\d+)?\\\\s*(B|kB|MB|GB|KiB|MiB|GiB)|\\\\d+(\\\\.\\\\d+)?%)\\\\s*$"},"bytesBudget":{"description":"A fail level (\\"200MB\\") or both tiers.","oneOf":[{"$ref":"#/definitions/bytes"},{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"warn":{"$ref":"#/definitions/bytes"},"fail":{"$ref":"#/definitions/bytes"}}}]},"countBudget":{"oneOf":[{"type":"integer","minimum":0},{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"warn":{"type":"integer","minimum":0},"fail":{"type":"integer","minimum":0}}}]},"wasteBudget":{"oneOf":[{"$ref":"#/definitions/waste"},{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"warn":{"$ref":"#/definitions/waste"},"fail":{"$ref":"#/definitions/waste"}}}]}}}');
// EXTERNAL MODULE: ./src/report/budgets.ts
var report_budgets = __webpack_require__(6664);
;// CONCATENATED MODULE: ./src/config.ts
// `.shipshape.yml`: read once, validated against docs/schema/shipshape-config.schema.json, with
// errors that name the file, the key's path and its line. Sections belong to their stages:
// `budgets` is read here; `lint` is handed to the lint stage as it is.





const CONFIG_FILE = '.shipshape.yml';
const EMPTY_CONFIG = { path: null, budgets: {}, lint: undefined };
class ConfigError extends Error {
    name = 'ConfigError';
}
let config_validator = null;
/**
 * The config schema's validator, loaded and compiled when a `.shipshape.yml` is first read: a
 * project without one does not pay for ajv at start-up. ajv is CommonJS: a dynamic import gives its
 * module.exports (the class, which carries itself as `Ajv`) as `default`, in Node and the bundle.
 */
function configValidator() {
    config_validator ??= __webpack_require__.e(/* import() */ 463).then(__webpack_require__.t.bind(__webpack_require__, 2463, 23)).then(({ default: ajv }) => new ajv.Ajv({ allErrors: true, strict: false }).compile(shipshape_config_schema_namespaceObject));
    return config_validator;
}
function lineOf(node, path, lines) {
    let current = node;
    for (const key of path) {
        if ((0,dist/* isMap */.jh)(current))
            current = current.items.find((p) => p.key?.value === key)?.value;
        else if ((0,dist/* isSeq */.oP)(current))
            current = current.items[Number(key)];
        else
            break;
    }
    const range = current?.range;
    return range ? lines.linePos(range[0]).line : null;
}
function describe(error) {
    if (error.keyword === 'additionalProperties')
        return 'unknown key';
    if (error.keyword === 'pattern')
        return ('must be a size with a unit (B, kB, MB, GB, KiB, MiB, GiB)' +
            (error.schemaPath.includes('waste') ? ' or a percentage' : ''));
    return error.message ?? error.keyword;
}
function tier(raw, unit, what) {
    if (raw === undefined)
        return null;
    if (typeof raw !== 'object')
        return (0,report_budgets/* parseTiered */.tW)(String(raw), unit, what);
    const parts = ['warn', 'fail'].filter((k) => raw[k] !== undefined).map((k) => `${k}=${raw[k]}`);
    return (0,report_budgets/* parseTiered */.tW)(parts.join(','), unit, what);
}
/** Reads `.shipshape.yml` from `dir` (or `file` when given); no file is not an error. */
async function loadProjectConfig(dir, file) {
    const path = file ? file : (0,external_node_path_.join)(dir, CONFIG_FILE);
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT' && !file)
            return EMPTY_CONFIG;
        throw new ConfigError(`cannot read ${path}: ${e.code ?? e.message}`);
    }
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: true });
    if (doc.errors.length) {
        const e = doc.errors[0];
        throw new ConfigError(`${path}:${e.linePos?.[0]?.line ?? 1}: ${e.message.split('\n')[0]}`);
    }
    const data = (doc.toJS() ?? {});
    const validate = await configValidator();
    if (!validate(data)) {
        // oneOf failures repeat each branch's complaint: report the most specific error per key.
        const seen = new Set();
        const messages = [];
        for (const err of validate.errors ?? []) {
            if (err.keyword === 'oneOf' ||
                (err.keyword === 'type' &&
                    (validate.errors ?? []).some((o) => o !== err && o.instancePath === err.instancePath && o.keyword !== 'type')))
                continue;
            const keyPath = err.instancePath.split('/').filter(Boolean);
            if (err.keyword === 'additionalProperties')
                keyPath.push(err.params.additionalProperty);
            const key = keyPath.join('.') || '(top level)';
            if (seen.has(key))
                continue;
            seen.add(key);
            const line = lineOf(doc.contents, keyPath, lines);
            messages.push(`${path}${line ? `:${line}` : ''}: ${key}: ${describe(err)}`);
        }
        throw new ConfigError(messages.join('\n') || `${path}: invalid configuration`);
    }
    const b = (data.budgets ?? {});
    const budgets = {};
    const set = (key, name, unit) => {
        const t = tier(b[name], unit, `${path}: budgets.${name}`);
        if (t)
            budgets[key] = t;
    };
    set('maxSize', 'max-size', 'bytes');
    set('maxCompressedSize', 'max-compressed-size', 'bytes');
    set('maxLayers', 'max-layers', 'count');
    set('maxWaste', 'max-waste', 'bytes-or-percent');
    return { path, budgets, lint: data.lint };
}
/** Inputs and flags win over the file; a budget given in neither is absent. */
function mergeBudgets(fromInputs, fromFile) {
    return {
        maxSize: fromInputs.maxSize ?? fromFile.maxSize ?? null,
        maxCompressedSize: fromInputs.maxCompressedSize ?? fromFile.maxCompressedSize ?? null,
        maxLayers: fromInputs.maxLayers ?? fromFile.maxLayers ?? null,
        maxWaste: fromInputs.maxWaste ?? fromFile.maxWaste ?? null,
    };
}

// EXTERNAL MODULE: ./src/lint/config.ts
var lint_config = __webpack_require__(4315);
// EXTERNAL MODULE: ./src/log.ts
var src_log = __webpack_require__(5625);
// EXTERNAL MODULE: ./src/report/evaluate.ts
var evaluate = __webpack_require__(8323);
;// CONCATENATED MODULE: ./src/report/types.ts
const REPORT_VERSION = 1;

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/dockerfile/text.ts
// A Dockerfile's bytes to text, or one clear error: a binary file or a file without a single
// instruction is not linted, built or reported line by line (it would fill the comment with
// raw bytes and dozens of meaningless findings).

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return, and DEL. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;
function lineAt(text, index) {
    let line = 1;
    for (let i = 0; i < index; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
/**
 * The text of a Dockerfile read from `bytes`; throws a UsageError naming `display` and the line
 * when the file is not UTF-8 text or holds no instruction at all.
 */
function dockerfileText(bytes, display) {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        // Invalid bytes decode to U+FFFD in the lossy text, and line breaks stay where they were.
        const line = lineAt(lossy, lossy.indexOf('\ufffd'));
        throw new errors/* UsageError */.e(`the Dockerfile ${display} is not UTF-8 text (line ${line} holds bytes that are not UTF-8); give the Dockerfile itself with file`);
    }
    const control = CONTROL.exec(text);
    if (control) {
        const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(2, '0');
        throw new errors/* UsageError */.e(`the Dockerfile ${display} is not text (line ${lineAt(text, control.index)} holds the control character 0x${code}); give the Dockerfile itself with file`);
    }
    // Every instruction starts a line that is neither blank nor a comment (parser directives are
    // comments too, and continuation lines only ever follow an instruction), so this needs no parser.
    if (text.split(/\r?\n/).every((line) => /^\s*(#.*)?$/.test(line)))
        throw new errors/* UsageError */.e(`the Dockerfile ${display} has no instruction (only blank lines and comments); it needs at least a FROM line`);
    return text;
}

// EXTERNAL MODULE: ./src/verify/index.ts + 15 modules
var verify = __webpack_require__(1694);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/workspace.ts
// Where the user's paths may lead. `file` and `context` must resolve, symlinks included, inside
// the workspace (the action) or the working directory (the CLI): a pull request must not be able
// to point shipshape at /etc/passwd or at a runner's secrets and have them linted into a comment.



/** Whether `inner` is `root` or below it (both real, absolute paths). */
function isInside(root, inner) {
    const rel = (0,external_node_path_.relative)(root, inner);
    // `..x` is a name inside; only `..` itself or `../…` climbs out.
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel));
}
/**
 * The real path of `path` (relative to `root`), checked to exist, to be of the right kind and,
 * unless `allowOutside`, to lie inside `root` once every symlink is followed. Throws a UsageError
 * naming the option and what a valid value looks like.
 */
async function resolveInside(root, path, rule, allowOutside, rootName) {
    const hint = `give a ${rule.kind} inside the ${rootName}, e.g. ${rule.example}`;
    let real;
    try {
        real = await (0,promises_.realpath)((0,external_node_path_.resolve)(root, path));
    }
    catch (e) {
        const code = e.code;
        const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? e.message})`;
        throw new errors/* UsageError */.e(`${rule.label}: "${path}" ${why}; ${hint}`);
    }
    const info = await (0,promises_.stat)(real);
    if (rule.kind === 'file' ? !info.isFile() : !info.isDirectory())
        throw new errors/* UsageError */.e(`${rule.label}: "${path}" is not a ${rule.kind}; ${hint}`);
    if (!allowOutside && !isInside(await (0,promises_.realpath)(root), real))
        throw new errors/* UsageError */.e(`${rule.label}: "${path}" resolves to ${real}, outside the ${rootName}; ${hint} (or allow it with allow-outside-workspace)`);
    return real;
}
/**
 * Checks the build's `file` and `context` against `root` (the workspace, or the CLI's working
 * directory) and returns their real paths, the ones that were checked, for the run to use.
 */
async function checkBuildPaths(build, root, options) {
    const file = await resolveInside(root, build.file, { label: options.label('file'), kind: 'file', example: 'Dockerfile or app/Dockerfile' }, options.allowOutside, options.rootName);
    const context = await resolveInside(root, build.context, { label: options.label('context'), kind: 'directory', example: '. or app' }, options.allowOutside, options.rootName);
    return { file, context };
}

;// CONCATENATED MODULE: ./src/pipeline.ts
// lint → build → measure → verify → evaluate, for one Dockerfile. Both front doors (the action
// and the CLI) call this; it never touches @actions/core and never decides the exit code itself.























const DEFAULT_RUNTIME = {
    user: null,
    runCommand: null,
    smoke: { path: null, port: null, timeoutMs: null, exec: null },
    hardening: false,
};
const INSIDE_CWD = { allowOutside: false, label: (name) => name, rootName: 'working directory' };
/** The key pairing a report with its comment and baseline: `comment-key`, else file#target@platforms. */
function reportKey(build, explicit) {
    if (explicit)
        return explicit;
    const platform = build.platforms.join(',');
    return `${build.file}${build.target ? `#${build.target}` : ''}${platform ? `@${platform}` : ''}`;
}
async function timed(fn) {
    const start = performance.now();
    const value = await fn();
    return [value, Math.round(performance.now() - start)];
}
async function stage(name, { failures, log, timings, signal }, fn) {
    const start = performance.now();
    try {
        const value = await fn();
        timings[name] = Math.round(performance.now() - start);
        return value;
    }
    catch (e) {
        if (signal?.aborted)
            throw e instanceof cancel.RunCancelled ? e : new cancel.RunCancelled(name);
        const message = (0,src_log/* errorText */.kc)(e);
        log.warning(`The ${name} stage failed: ${message}`);
        if (e instanceof Error && e.stack)
            log.debug(e.stack);
        failures.push({ stage: name, message });
        return null;
    }
}
async function runPipeline(options, log) {
    const at = (p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(options.cwd, p));
    // The one check of where the paths lead, for both front doors; every stage then uses the real
    // paths it checked (symlinks already followed), not the ones the user wrote.
    const real = await checkBuildPaths(options.build, options.cwd, options.paths ?? INSIDE_CWD);
    const request = { ...options.build, file: real.file, context: real.context };
    const displayFile = options.build.file;
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(request.file);
    }
    catch (e) {
        // Found and a file, as checked above: only its permissions or the disk can be in the way.
        throw new errors/* UsageError */.e(`cannot read the Dockerfile ${displayFile}: ${(0,src_log/* errorText */.kc)(e)}`);
    }
    const text = dockerfileText(bytes, displayFile);
    // Parsed once: lint, build, measure, verify, baseline and the SARIF writer all read this one model.
    const dockerfile = (0,model/* parseDockerfile */.Ai)(text);
    const built = (0,stages/* builtDockerfile */.tM)(dockerfile, request.target, (0,stages/* buildArgMap */.fR)(request.buildArgs));
    const config = await loadProjectConfig(options.cwd, options.configFile ? at(options.configFile) : null).catch((e) => {
        throw e instanceof ConfigError ? new errors/* UsageError */.e(e.message) : e;
    });
    // The file is read once for every stage: its lint section goes to the linter from here.
    // Without a .shipshape.yml the linter still honours a .hadolint.yaml, as users migrating expect.
    const lintConfig = await (config.path
        ? (0,src_lint.lintConfigFromSection)(config.lint, config.path)
        : (0,src_lint.loadConfigFor)({ cwd: options.cwd, configFile: undefined })).catch((e) => {
        throw e instanceof lint_config/* LintConfigError */.ak ? new errors/* UsageError */.e(e.message) : e;
    });
    const timings = { lint: null, build: null, measure: null, verify: null, baseline: null };
    const [lintResult, lintMs] = await timed(() => log.group(`Lint ${displayFile}`, () => (0,src_lint.lintText)(displayFile, text, {
        cwd: options.cwd,
        contextDir: request.context,
        config: lintConfig,
        shellcheck: options.shellcheck ?? true,
        logger: log,
        model: dockerfile,
    })));
    timings.lint = lintMs;
    if (options.signal?.aborted)
        throw new cancel.RunCancelled('lint');
    for (const f of lintResult.findings)
        log.info(`${f.file}:${f.line} ${f.severity} ${f.rule}: ${f.message}`);
    let build;
    let imageId = null;
    let pushedRef = null;
    try {
        const [result, ms] = await timed(() => buildImage(request, log, {
            signal: options.signal,
            cacheFromFallback: options.baseline?.image ?? null,
            dockerfile,
        }));
        timings.build = ms;
        imageId = result.imageId;
        if (result.digest && request.tags[0])
            pushedRef = `${repositoryOf(request.tags[0])}@${result.digest}`;
        build = {
            ok: true,
            imageId: result.imageId,
            configDigest: result.configDigest,
            manifestDigest: result.manifestDigest,
            imageStore: result.imageStore,
            digest: result.digest,
            durationMs: result.durationMs,
            cachedSteps: result.cachedSteps,
            totalSteps: result.totalSteps,
            steps: result.steps,
            warnings: result.warnings,
            error: null,
        };
        for (const w of result.warnings)
            log.warning(w);
    }
    catch (e) {
        // Not only BuildError: buildx that cannot be started at all is a failed build too, reported
        // with the lint findings rather than thrown past them.
        const known = e instanceof BuildError ? e : null;
        build = {
            ok: false,
            imageId: null,
            configDigest: null,
            manifestDigest: null,
            imageStore: null,
            digest: null,
            durationMs: known?.durationMs ?? null,
            cachedSteps: null,
            totalSteps: null,
            steps: [],
            warnings: [],
            error: {
                message: known ? known.message : (0,src_log/* errorText */.kc)(e),
                line: known?.line ?? null,
                instruction: known?.instruction ?? null,
                logTail: known?.logTail ?? null,
            },
        };
    }
    if (options.signal?.aborted)
        throw new cancel.RunCancelled('build');
    let image = null;
    let runtime = null;
    let analysis = null;
    const failures = [];
    // Shared by the head's measurement and the baseline's: each distinct layer is read once.
    const layerCache = new LayerCache();
    const stageRun = { failures, log, timings, signal: options.signal };
    if (imageId) {
        // The runtime check does not need the measurement: it runs beside it, and its log lines are
        // kept and written after the measurement's group, so the two never interleave. Either may
        // fail without the other: each failure is recorded and the report still tells the rest.
        const verifyLog = (0,src_log/* deferredLogger */.SP)();
        const rt = options.runtime ?? DEFAULT_RUNTIME;
        const smoke = rt.smoke.path || rt.smoke.exec
            ? {
                path: rt.smoke.path,
                port: rt.smoke.port,
                exec: rt.smoke.exec,
                ...(rt.smoke.timeoutMs ? { timeoutMs: rt.smoke.timeoutMs } : {}),
            }
            : null;
        const verifying = stage('verify', { ...stageRun, log: verifyLog }, () => (0,verify/* verifyImage */.ZG)(imageId, {
            log: verifyLog,
            declaredUser: (0,stages/* declaredUser */.cT)(built.chain),
            user: rt.user,
            runCommand: rt.runCommand,
            smoke,
            hardening: rt.hardening,
            signal: options.signal,
        }));
        // Rejects only on cancellation; then the check still ends (and removes its container) first.
        verifying.catch(() => undefined);
        const measured = await stage('measure', stageRun, () => log.group('Measure the image', () => measureImage(imageId, {
            log,
            chain: built.chain,
            pushedRef,
            platform: request.platforms[0] ?? null,
            compressed: options.computeCompressedSize ?? true,
            layerCache,
        }))).catch(async (e) => {
            await verifying.catch(() => undefined);
            throw e;
        });
        if (measured) {
            analysis = measured;
            image = measured;
        }
        runtime = await log.group('Run the image', async () => {
            try {
                return await verifying;
            }
            finally {
                verifyLog.replay(log);
            }
        });
    }
    const lint = { findings: lintResult.findings, errors: lintResult.errors, dockerfileText: text };
    const key = reportKey(options.build, options.key);
    const head = (0,snapshot/* snapshotOfReport */.ss)({ image, runtime, lint, build }, dockerfile);
    const compared = (await stage('baseline', stageRun, () => log.group('Compare with the baseline', () => (0,baseline/* baselineStep */.IL)({
        options: options.baseline ?? baseline/* NO_BASELINE */.gN,
        cwd: options.cwd,
        dockerfile: displayFile,
        key,
        build: request,
        head,
        headImageId: imageId,
        signal: options.signal,
        stages: baselineStages({
            request,
            displayFile,
            cwd: options.cwd,
            lintConfig,
            shellcheck: options.shellcheck ?? true,
            computeCompressedSize: options.computeCompressedSize ?? true,
            layerCache,
            signal: options.signal,
            log,
        }),
    }, log)))) ?? baseline/* NOTHING_COMPARED */.W3;
    const { status, reasons, budgets } = (0,evaluate/* evaluate */._3)({
        lint,
        build,
        runtime,
        budgets: {
            settings: mergeBudgets(options.budgets ?? report_budgets/* NO_BUDGETS */.tz, config.budgets),
            figures: {
                sizeBytes: image?.sizeBytes ?? null,
                compressedSizeBytes: image?.compressedSizeBytes ?? null,
                layerCount: image?.layerCount ?? null,
                reclaimableBytes: image?.reclaimableBytes ?? null,
                ownBytes: analysis?.ownBytes ?? null,
                biggestContributor: analysis?.biggestContributor ?? null,
            },
        },
        change: compared.deltas
            ? {
                settings: options.changeBudgets ?? report_budgets/* NO_CHANGE_BUDGETS */.QI,
                deltas: compared.deltas,
                imageCompared: compared.imageCompared,
            }
            : null,
        failures,
        leftovers: analysis
            ? { junk: analysis.junk, waste: analysis.waste, reclaimableBytes: analysis.reclaimableBytes }
            : null,
    }, options.policy ?? evaluate/* DEFAULT_POLICY */.zj);
    const report = {
        version: REPORT_VERSION,
        tool: { name: 'shipshape', version: version/* VERSION */.x },
        generatedAt: new Date().toISOString(),
        key,
        subject: {
            dockerfile: displayFile,
            context: options.build.context,
            target: options.build.target,
            platform: options.build.platforms.length ? options.build.platforms.join(',') : null,
        },
        status,
        reasons,
        image,
        build,
        runtime,
        lint,
        budgets,
        baseline: compared.baseline,
        deltas: compared.deltas,
        timings,
        ...(options.context ? { context: options.context } : {}),
    };
    return { report, dockerfile: built };
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
