export const id = 833;
export const ids = [833];
export const modules = {

/***/ 833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RunCancelled: () => (/* binding */ RunCancelled),
/* harmony export */   installCancellation: () => (/* binding */ installCancellation)
/* harmony export */ });
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4981);
/* harmony import */ var _tempdir_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9270);
/* harmony import */ var _verify_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1694);
// SIGINT/SIGTERM for both front doors: stop every child, remove every temporary folder (secrets
// first) and every container at once, then let the run unwind so it can say which stage was
// cancelled. A second signal, or a run that does not unwind in time, exits at once.



/** A run stopped by SIGINT/SIGTERM; `stage` is the one that was in progress. */
class RunCancelled extends Error {
    stage;
    name = 'RunCancelled';
    constructor(stage) {
        super(`cancelled during the ${stage} stage`);
        this.stage = stage;
    }
}
/** How long the run gets to unwind and report after the signal (the runner kills at 7.5 s). */
const UNWIND_MS = 5_000;
/**
 * Installs the handlers. `exitCode` is what the process exits with when it has to exit before the
 * run has unwound (a second signal or UNWIND_MS passed).
 */
function installCancellation(exitCode) {
    const controller = new AbortController();
    let received = null;
    let containers = Promise.resolve();
    const onSignal = (signal) => {
        if (received) {
            (0,_tempdir_js__WEBPACK_IMPORTED_MODULE_1__/* .removeAllTempDirsNow */ .OV)();
            process.exit(exitCode);
        }
        received = signal;
        controller.abort();
        // Children first (a build reading a secret file), so the folders can go before anything else.
        (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .killAllChildren */ .Nr)();
        (0,_tempdir_js__WEBPACK_IMPORTED_MODULE_1__/* .removeAllTempDirsNow */ .OV)();
        containers = (0,_verify_index_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanupAll */ .Gt)();
        setTimeout(() => {
            (0,_tempdir_js__WEBPACK_IMPORTED_MODULE_1__/* .removeAllTempDirsNow */ .OV)();
            process.exit(exitCode);
        }, UNWIND_MS).unref();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        signal: controller.signal,
        received: () => received,
        cleanedUp: async () => {
            await containers;
            (0,_tempdir_js__WEBPACK_IMPORTED_MODULE_1__/* .removeAllTempDirsNow */ .OV)();
        },
        dispose: () => {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        },
    };
}


/***/ }),

/***/ 1694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gt: () => (/* reexport */ cleanupAll),
  ZG: () => (/* reexport */ verifyImage)
});

// UNUSED EXPORTS: CONTAINER_LABEL

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/exec.ts + 1 modules
var exec = __webpack_require__(4981);
;// CONCATENATED MODULE: ./src/verify/inspect.ts
function stringArray(value) {
    return Array.isArray(value) ? value.map(String) : null;
}
/** Parses `docker image inspect --format '{{json .Config}}'`. */
function parseImageConfig(json) {
    const config = (JSON.parse(json) ?? {});
    return {
        user: typeof config.User === 'string' ? config.User : '',
        entrypoint: stringArray(config.Entrypoint),
        cmd: stringArray(config.Cmd),
        exposedPorts: Object.keys(config.ExposedPorts ?? {}),
        workingDir: typeof config.WorkingDir === 'string' ? config.WorkingDir : '',
        env: stringArray(config.Env) ?? [],
        stopSignal: typeof config.StopSignal === 'string' && config.StopSignal ? config.StopSignal : null,
    };
}
/** The engine writes "0001-01-01T00:00:00Z" for a time that never happened. */
function engineTime(value) {
    return typeof value === 'string' && value && !value.startsWith('0001-') ? value : null;
}
/** Milliseconds between the engine's start and finish times; null when either is missing. */
function runMs(state) {
    if (!state.startedAt || !state.finishedAt)
        return null;
    const ms = Date.parse(state.finishedAt) - Date.parse(state.startedAt);
    return Number.isFinite(ms) && ms >= 0 ? ms : null;
}
/** Parses `docker container inspect --format '{{json .State}}'`. */
function parseContainerState(json) {
    const state = (JSON.parse(json) ?? {});
    const running = state.Running === true;
    const status = typeof state.Status === 'string' ? state.Status : 'unknown';
    return {
        status,
        running,
        // A container that was only created never ran, so its ExitCode 0 means nothing.
        exitCode: running || status === 'created' || typeof state.ExitCode !== 'number' ? null : state.ExitCode,
        error: typeof state.Error === 'string' && state.Error ? state.Error : null,
        oomKilled: state.OOMKilled === true,
        startedAt: engineTime(state.StartedAt),
        finishedAt: running ? null : engineTime(state.FinishedAt),
        pid: typeof state.Pid === 'number' ? state.Pid : 0,
    };
}
/**
 * Parses `docker info --format '{{json .SecurityOptions}}'`. With user-namespace remapping or a
 * rootless engine, the uids `ps` shows on the host are not the container's uids, so a host-side
 * reading cannot prove anything about uid 0 inside.
 */
function parseSecurityOptions(json) {
    const options = (JSON.parse(json) ?? []);
    const names = Array.isArray(options)
        ? options.map((o) => /(?:^|,)name=([^,]+)/.exec(String(o))?.[1] ?? '').filter(Boolean)
        : [];
    return { usernsRemap: names.includes('userns'), rootless: names.includes('rootless') };
}
/**
 * The engine's own reason from a failed docker CLI call, without the CLI's "Run 'docker run
 * --help'" trailer or its "docker: Error response from daemon:" prefix.
 */
function engineReason(stderr) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !/^(Run|See) 'docker .*--help'/.test(l) && !/^Error: failed to start containers:/.test(l));
    const reason = lines.find((l) => /^(docker: )?Error response from daemon: /.test(l)) ?? lines.pop() ?? '';
    const daemon = reason.replace(/^docker: /, '').replace(/^Error response from daemon: /, '');
    // runc wraps the one useful clause ("exec: \"app\": … no such file or directory") in shim layers.
    const runc = /unable to start container process: (.+?)(?:: unknown)?$/.exec(daemon);
    return runc ? runc[1] : daemon;
}

;// CONCATENATED MODULE: ./src/verify/top.ts
/** ps columns: pid, then real/effective/saved/fs uid, then the same for gid, then the command. */
const TOP_FORMAT = 'pid,ruid,euid,suid,fsuid,rgid,egid,sgid,fsgid,args';
function topArgs(container) {
    return ['top', container, '-eo', TOP_FORMAT];
}
const ROW = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*(.*)$/;
/**
 * Parses `docker top … -eo TOP_FORMAT` output. The header line and anything that is not a
 * complete row are skipped; the command keeps its inner spacing.
 */
function parseTop(output, observedAt) {
    const processes = [];
    for (const line of output.split('\n')) {
        const m = ROW.exec(line);
        if (!m)
            continue;
        const n = m.slice(1, 10).map(Number);
        processes.push({
            pid: n[0],
            uids: [n[1], n[2], n[3], n[4]],
            gids: [n[5], n[6], n[7], n[8]],
            command: m[10].trimEnd(),
            observedAt,
        });
    }
    return processes;
}
/** Credentials of a process, for spotting changes between observations (a privilege drop). */
function credentialKey(p) {
    return `${p.pid}|${p.uids.join(',')}|${p.gids.join(',')}|${p.command}`;
}
/**
 * Appends to `seen` the processes of a new snapshot whose pid/credentials/command were not seen
 * before, so the evidence lists every distinct state without repeating identical polls.
 */
function mergeEvidence(seen, snapshot) {
    const keys = new Set(seen.map(credentialKey));
    const merged = [...seen];
    for (const p of snapshot) {
        const key = credentialKey(p);
        if (keys.has(key))
            continue;
        keys.add(key);
        merged.push(p);
    }
    return merged;
}
/**
 * The runtime answer: non-root only when something was observed and no process ever had
 * effective uid 0. null means nothing was observed, which is not a proof either way.
 */
function runtimeNonRoot(processes) {
    if (processes.length === 0)
        return null;
    return processes.every((p) => p.uids[1] !== 0);
}
/**
 * Tells a privilege drop (gosu/su-exec/setpriv: root first, then only non-root processes) from an
 * entrypoint that keeps a root process around (e.g. `su` waiting for its child). `startedAsRoot`
 * is the static answer for the start user: when the engine starts PID 1 as uid 0, it was root even
 * if it dropped before the first observation.
 */
function privilegeStory(all, last, startedAsRoot) {
    if (all.length === 0)
        return 'unknown';
    if (last.some((p) => p.uids[1] === 0))
        return 'kept-root';
    if (startedAsRoot || all.some((p) => p.uids[1] === 0))
        return 'dropped';
    return 'never-root';
}
/**
 * The combined answer: non-root only if no process ever had effective uid 0, counting PID 1's
 * start as the configured user when that resolves to root.
 */
function combinedNonRoot(all, startedAsRoot) {
    if (all.length === 0)
        return null;
    if (startedAsRoot)
        return false;
    return runtimeNonRoot(all);
}
/**
 * `ps` columns to read which signals a process handles or waits for: the CAUGHT and BLOCKED hex
 * masks and the kernel function it sleeps in (WCHAN).
 */
function signalMaskArgs(container) {
    return ['top', container, '-eo', 'pid,caught,blocked,wchan:40'];
}
/** The masks of host pid `pid` from `docker top … signalMaskArgs`; null when it is not listed. */
function parseSignalMasks(output, pid) {
    for (const line of output.split('\n')) {
        const m = /^\s*(\d+)\s+([0-9a-fA-F]+)\s+([0-9a-fA-F]+)\s+(\S+)\s*$/.exec(line);
        if (m && Number(m[1]) === pid)
            return { caught: m[2], blocked: m[3], wchan: m[4] };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/verify/container.ts
// Container lifecycle: unique names, the managed label, removal that always happens, and the
// handle a check asks about one container through.




/** How many lines of a container's output the report keeps. */
const LOG_TAIL_LINES = 20;
/** Label on every container shipshape starts (kept equal to the one the tests look for). */
const CONTAINER_LABEL = 'dev.shipshape.managed';
/** Hard cap for `docker rm -f`; it must not inherit a spent deadline or an aborted signal. */
const REMOVE_TIMEOUT_MS = 30_000;
/** Containers started and not yet removed, so a cancelled run can remove them. */
const live = new Set();
function uniqueContainerName() {
    return `shipshape-verify-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
}
/**
 * `docker create` for the image exactly as a user would start it: its own ENTRYPOINT/CMD and
 * configured user, no shell, no init. `--user` only when the workflow runs the image as someone
 * else; `runCommand` replaces CMD (arguments to the ENTRYPOINT), as `docker run IMAGE ARGS…` does.
 * Created first and started separately so the image's files can be read before anything runs.
 */
function createArgs(image, options) {
    const args = ['create', '--name', options.name, '--label', `${CONTAINER_LABEL}=1`];
    if (options.user)
        args.push('--user', options.user);
    args.push(...(options.publish ?? []), ...(options.flags ?? []));
    args.push(image);
    if (options.runCommand?.length)
        args.push(...options.runCommand);
    return args;
}
/** Marks a container as ours before `docker run`, so even a half-started one gets removed. */
function track(name) {
    live.add(name);
}
/** Removals under way: the check's own and cleanupAll's remove a container once, not twice. */
const removing = new Map();
function removeContainer(name) {
    let removal = removing.get(name);
    if (!removal) {
        removal = removeOnce(name).finally(() => removing.delete(name));
        removing.set(name, removal);
    }
    return removal;
}
async function removeOnce(name) {
    const result = await (0,exec/* docker */.T3)(['rm', '--force', '--volumes', name], {
        timeoutMs: REMOVE_TIMEOUT_MS,
        allowFailure: true,
    });
    // "already in progress": another process's `docker rm` of the same container will finish it.
    if (result.code === 0 || /no such container|already in progress/i.test(result.stderr)) {
        live.delete(name);
        return;
    }
    throw new Error(`could not remove container ${name}: ${result.stderr.trim() || `exit ${result.code}`}`);
}
/** Containers cleanupAll removed: their check must not read the kill as the app's own exit. */
const removedOnCancel = new Set();
/** Removes every container this process started and has not removed yet (SIGINT/SIGTERM). */
async function cleanupAll() {
    for (const name of live)
        removedOnCancel.add(name);
    await Promise.allSettled([...live].map((name) => removeContainer(name)));
}
/** Whether cleanupAll removed this container while its check ran. */
function removedByCleanup(name) {
    return removedOnCancel.has(name);
}
/** Names still tracked; for tests and diagnostics. */
function liveContainers() {
    return [...live];
}
/** One container and the calls a check makes against it, each within the check's deadline. */
class Container {
    name;
    deadline;
    constructor(name, deadline) {
        this.name = name;
        this.deadline = deadline;
    }
    async state() {
        const result = await this.deadline.docker([
            'container',
            'inspect',
            '--format',
            '{{json .State}}',
            this.name,
        ]);
        return parseContainerState(result.stdout);
    }
    /** The processes now, or null when the container is not running. */
    async top(observedAt) {
        const top = await this.deadline.docker(topArgs(this.name), { allowFailure: true });
        return top.code === 0 ? parseTop(top.stdout, observedAt) : null;
    }
    /** The signal masks of host pid `pid`; null when they cannot be read. */
    async signalMasks(pid) {
        const top = await this.deadline.docker(signalMaskArgs(this.name), { allowFailure: true });
        return top.code === 0 ? parseSignalMasks(top.stdout, pid) : null;
    }
    async logTail() {
        const result = await this.deadline.docker(['logs', '--tail', String(LOG_TAIL_LINES), this.name], {
            allowFailure: true,
            maxOutputBytes: 16 * 1024,
        });
        const text = [result.stdout.trim(), result.stderr.trim()].filter(Boolean).join('\n');
        return text || null;
    }
    /** Polls until the container is no longer running or `ms` passed; the last state seen. */
    async waitStopped(ms, pollMs) {
        const until = Date.now() + ms;
        for (;;) {
            const state = await this.state();
            if (!state.running || Date.now() >= until)
                return state;
            await this.deadline.sleep(Math.min(pollMs, until - Date.now()));
        }
    }
}

;// CONCATENATED MODULE: ./src/verify/deadline.ts

/** No single docker call may take longer than this, whatever the overall deadline. */
const CALL_CAP_MS = 30_000;
class Cancelled extends Error {
    constructor() {
        super('runtime check cancelled');
        this.name = 'Cancelled';
    }
}
class DeadlineExceeded extends Error {
    constructor(timeoutMs, step) {
        super(`runtime check timed out after ${timeoutMs} ms (during ${step})`);
        this.name = 'DeadlineExceeded';
    }
}
class CheckDeadline {
    timeoutMs;
    outer;
    endsAt;
    controller = new AbortController();
    timer;
    /** The step in progress, named in a timeout message. */
    step = 'start';
    constructor(timeoutMs, outer) {
        this.timeoutMs = timeoutMs;
        this.outer = outer;
        this.endsAt = Date.now() + timeoutMs;
        this.timer = setTimeout(() => this.controller.abort(), timeoutMs);
        if (outer?.aborted)
            this.controller.abort();
        outer?.addEventListener('abort', this.onOuterAbort, { once: true });
    }
    onOuterAbort = () => this.controller.abort();
    get signal() {
        return this.controller.signal;
    }
    get cancelled() {
        return this.outer?.aborted === true;
    }
    remainingMs() {
        return Math.max(0, this.endsAt - Date.now());
    }
    dispose() {
        clearTimeout(this.timer);
        this.outer?.removeEventListener('abort', this.onOuterAbort);
    }
    /** Throws the right error when the deadline passed or the caller stopped us. */
    check() {
        if (this.cancelled)
            throw new Cancelled();
        if (this.controller.signal.aborted || Date.now() >= this.endsAt) {
            throw new DeadlineExceeded(this.timeoutMs, this.step);
        }
    }
    callTimeout(capMs = CALL_CAP_MS) {
        return Math.max(1, Math.min(capMs, this.remainingMs()));
    }
    async docker(args, options = {}) {
        this.check();
        const { capMs, ...rest } = options;
        let result;
        try {
            result = await (0,exec/* docker */.T3)(args, { ...rest, timeoutMs: this.callTimeout(capMs), signal: this.signal });
        }
        catch (e) {
            this.check();
            throw e;
        }
        // A call killed by the deadline "fails" with allowFailure too; its result means nothing.
        this.check();
        return result;
    }
    /** A docker call whose stdout is consumed as a stream; `stop` kills it early. */
    dockerStream(args) {
        this.check();
        const local = new AbortController();
        const { stdout, done } = (0,exec/* execStream */.U1)(process.env.SHIPSHAPE_DOCKER ?? 'docker', args, {
            timeoutMs: this.callTimeout(),
            signal: AbortSignal.any([this.signal, local.signal]),
            allowFailure: true,
        });
        return { stdout, done, stop: () => local.abort() };
    }
    /** Waits `ms` (cut short by the deadline or cancellation, which then throw). */
    async sleep(ms) {
        this.check();
        const signal = this.signal;
        const left = this.remainingMs();
        await new Promise((resolve) => {
            const done = () => {
                clearTimeout(t);
                signal.removeEventListener('abort', done);
                resolve();
            };
            const t = setTimeout(done, Math.max(0, Math.min(ms, left)));
            signal.addEventListener('abort', done, { once: true });
        });
        this.check();
        // Timers may fire a millisecond early: a wait the deadline cut short has used up the time.
        if (ms >= left)
            throw new DeadlineExceeded(this.timeoutMs, this.step);
    }
}

;// CONCATENATED MODULE: ./src/verify/verdict.ts


/** The verdict from what was observed, falling back to the static view and saying so. */
function conclude(evidence) {
    const { static: fromImage, started, remapped, containerPid } = evidence;
    const notes = [];
    const startedAsRoot = started && fromImage ? fromImage.root : null;
    let all = evidence.processes;
    let last = evidence.lastSeen;
    if (remapped && all.length) {
        // Kept as evidence, but not used for the verdict below.
        notes.push('the engine remaps user namespaces (userns-remap or rootless): the uids seen from the host are not the ' +
            "container's, so the observed processes prove nothing about uid 0 inside");
        all = [];
        last = [];
    }
    const privileges = privilegeStory(all, last, startedAsRoot);
    if (all.length) {
        const pid1 = (list) => list.find((p) => p.pid === containerPid);
        const main = pid1(last) ?? [...all].reverse().find((p) => p.pid === containerPid) ?? last[0] ?? all[0];
        const uid = main ? main.uids[1] : null;
        if (startedAsRoot && !all.some((p) => p.uids[1] === 0)) {
            notes.push(`PID 1 was started as root ("${evidence.user}" resolves to uid 0) and had already dropped to uid ` +
                `${uid} when first observed`);
        }
        if (privileges === 'dropped') {
            notes.push('the entrypoint starts as root and drops privileges; the image itself still starts as root');
        }
        return { uid, nonRoot: combinedNonRoot(all, startedAsRoot), source: 'runtime', privileges, notes };
    }
    // Nothing observed: no runtime verdict. The static one stays in report.static, shown as static.
    if (fromImage && fromImage.root !== null) {
        notes.push((remapped && started
            ? 'the host-side uids cannot be mapped to the container'
            : started
                ? 'no process could be observed before the container exited'
                : 'the container did not run, so nothing could be observed') +
            `: no runtime verdict; the image configuration and its /etc/passwd say ${fromImage.root ? 'root' : `uid ${fromImage.uid}`} (static, not proven)`);
    }
    else if (fromImage && fromImage.root === null) {
        notes.push(`no verdict: ${fromImage.explanation}`);
    }
    else {
        notes.push('no process could be observed and the image user could not be resolved: no verdict either way');
    }
    return { uid: null, nonRoot: null, source: null, privileges, notes };
}
/** Whether the stop signal ended the container: PID 1 obeyed it, or had to be killed after it. */
function isCleanStop(stop) {
    return stop !== null && (stop.exitedOnSignal || stop.killed);
}
/**
 * The app's own exit, from the engine's last state; `stop` is the signal that did not cause it
 * (null: none was sent).
 */
function appExitOf(state, stop, logTail) {
    return {
        code: state.exitCode,
        afterMs: runMs(state),
        afterSignal: stop?.signalled === true,
        oomKilled: state.oomKilled,
        error: state.error,
        logTail,
    };
}
/** The note that says how the app exited by itself and why that is not a clean stop. */
function exitNote(exit, stop) {
    const when = exit.afterMs === null ? '' : ` ${(exit.afterMs / 1000).toFixed(2)} s after it started`;
    const why = !exit.afterSignal
        ? 'before shipshape sent its stop signal'
        : stop?.handled === false
            ? `after ${stop.signal}, which PID 1 neither handles nor waits for, so the kernel dropped it`
            : `after ${stop?.signal ?? 'the stop signal'}, with a code the signal does not explain`;
    return (`the container exited by itself${exit.code === null ? '' : ` with code ${exit.code}`}${when}, ${why}` +
        (exit.oomKilled ? ' (killed: out of memory)' : '') +
        (exit.error ? `: ${exit.error}` : '') +
        '; not a clean stop');
}
/** The report of a check that took `totalMs`: the evidence, its verdict and the notes after it. */
function runtimeReport(evidence, totalMs) {
    const verdict = conclude(evidence);
    return {
        image: evidence.image,
        container: evidence.container,
        user: evidence.user,
        userOrigin: evidence.userOrigin,
        uid: verdict.uid,
        nonRoot: verdict.nonRoot,
        source: verdict.source,
        started: evidence.started,
        static: evidence.static,
        privileges: verdict.privileges,
        logTail: evidence.logTail,
        state: evidence.state,
        startFailure: evidence.startFailure,
        exit: evidence.exit,
        stop: evidence.stop,
        smoke: evidence.smoke,
        hardening: evidence.hardening,
        writable: evidence.writable,
        timings: evidence.timings,
        totalMs,
        evidence: {
            processes: evidence.processes,
            exitCode: evidence.exitCode,
            notes: [...evidence.notes, ...verdict.notes],
        },
    };
}
/** One line for the log: the verdict, where it came from and how long the check took. */
function summary(report) {
    const verdict = report.nonRoot === null ? 'no verdict' : report.nonRoot ? 'non-root' : 'ROOT';
    const user = report.user ? `user "${report.user}"` : 'no user set';
    const uid = report.uid === null ? '' : `, uid ${report.uid}`;
    const how = report.source ? ` (${report.source}, privileges ${report.privileges})` : '';
    const stop = report.stop
        ? report.stop.killed
            ? `; killed after ${report.stop.timeoutMs} ms`
            : `; stopped on ${report.stop.signal} in ${report.stop.ms} ms`
        : report.exit
            ? `; exited by itself with code ${report.exit.code ?? '?'}`
            : report.startFailure
                ? '; did not start'
                : '';
    return `${verdict}: ${user}${uid}${how}${stop}; ${report.totalMs} ms`;
}

;// CONCATENATED MODULE: ./src/verify/check.ts




const DEFAULT_TIMEOUT_MS = 120_000;
const DEFAULT_SETTLE_MS = 500;
const DEFAULT_STOP_TIMEOUT_MS = 10_000;
/** The text of a thrown value, for a note. */
function errorText(e) {
    return e instanceof Error ? e.message : String(e);
}
class Check {
    image;
    options;
    log;
    deadline;
    /** The container under test; hardened runs start their own. */
    container;
    settleMs;
    stopTimeoutMs;
    began = Date.now();
    /** Containers made and not removed yet: close() removes them, whatever happened. */
    created = [];
    evidence;
    constructor(image, options) {
        this.image = image;
        this.options = options;
        this.log = options.log;
        this.deadline = new CheckDeadline(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, options.signal);
        this.settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
        this.stopTimeoutMs = options.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS;
        this.container = new Container(uniqueContainerName(), this.deadline);
        this.evidence = {
            image,
            container: this.container.name,
            user: options.user ?? '',
            userOrigin: options.user ? 'input' : 'default',
            remapped: false,
            started: false,
            static: null,
            startFailure: null,
            processes: [],
            lastSeen: [],
            containerPid: 0,
            state: null,
            exitCode: null,
            logTail: null,
            exit: null,
            stop: null,
            smoke: null,
            hardening: null,
            writable: null,
            timings: [],
            notes: [],
        };
    }
    /** What the jobs so far recorded; read-only, record through the methods. */
    get seen() {
        return this.evidence;
    }
    /** PID 1 as last observed, if it was. */
    pid1() {
        return this.evidence.lastSeen.find((p) => p.pid === this.evidence.containerPid);
    }
    /** Runs one step of the check: named for a timeout message, and timed for the report. */
    async timed(step, fn) {
        const started = Date.now();
        this.deadline.step = step;
        try {
            return await fn();
        }
        finally {
            this.evidence.timings.push({ step, ms: Date.now() - started });
        }
    }
    note(text) {
        this.evidence.notes.push(text);
    }
    /** Marks a container as this check's before it is created, so even a half-made one is removed. */
    track(container) {
        track(container.name);
        this.created.push(container.name);
    }
    /** Removes a container now rather than at the end (a hardened run), so they never pile up. */
    async removeNow(container) {
        await removeContainer(container.name).then(() => this.created.splice(this.created.indexOf(container.name), 1), () => undefined);
    }
    /** Ends the check: stops the clock and removes every container it made, saying which could not be. */
    async close() {
        this.deadline.dispose();
        const started = Date.now();
        const removals = await Promise.allSettled(this.created.map((c) => removeContainer(c)));
        for (const r of removals) {
            if (r.status === 'rejected') {
                this.log.warning(errorText(r.reason));
                this.note(errorText(r.reason));
            }
        }
        this.evidence.timings.push({ step: 'remove', ms: Date.now() - started });
    }
    recordUser(user, origin) {
        this.evidence.user = user;
        this.evidence.userOrigin = origin;
    }
    recordEngine(engine) {
        this.evidence.remapped = engine.usernsRemap || engine.rootless;
    }
    recordStatic(verdict) {
        this.evidence.static = verdict;
    }
    /** Why the container was never made or never ran, in the engine's words (also a note). */
    recordStartFailure(reason) {
        this.evidence.startFailure = reason;
        this.note(reason);
    }
    recordStarted() {
        this.evidence.started = true;
    }
    /** One look at the processes: new distinct states join the evidence, and it is the last look. */
    recordProcesses(snapshot) {
        this.evidence.processes = mergeEvidence(this.evidence.processes, snapshot);
        this.evidence.lastSeen = snapshot;
    }
    recordContainerPid(pid) {
        this.evidence.containerPid = pid;
    }
    recordSmoke(smoke) {
        this.evidence.smoke = smoke;
    }
    /** The container's exit code once it stopped, whichever way it stopped. */
    recordExitCode(code) {
        this.evidence.exitCode = code;
    }
    /** PID 1 obeyed the stop signal, or had to be killed after it. */
    recordStop(stop) {
        this.evidence.stop = stop;
    }
    /** The app ended by itself: before the stop signal, or after it in a way the signal did not cause. */
    recordExit(state, stop, logTail) {
        this.evidence.logTail = logTail;
        this.evidence.exit = appExitOf(state, stop, logTail);
        this.note(exitNote(this.evidence.exit, stop));
    }
    recordLogTail(logTail) {
        this.evidence.logTail = logTail;
    }
    /** What the engine said about the container when it was last asked. */
    recordState(state) {
        this.evidence.state = state;
    }
    recordHardening(hardening) {
        this.evidence.hardening = hardening;
    }
    recordWritable(writable) {
        this.evidence.writable = writable;
    }
    /** The report from the evidence recorded so far, with the verdict drawn from it. */
    report() {
        return runtimeReport(this.evidence, Date.now() - this.began);
    }
}

;// CONCATENATED MODULE: ./src/verify/smoke.ts
const MAX_PUBLISHED_PORTS = 16;
/** Normalises "8080" / "8080/tcp" / "53/udp" to the engine's "port/proto" form. */
function portSpec(port) {
    const text = String(port);
    return text.includes('/') ? text : `${text}/tcp`;
}
/** The container port the HTTP probe targets, or null when there is none to probe. */
function smokePort(exposedPorts, port) {
    if (port)
        return portSpec(port);
    const tcp = exposedPorts.map(portSpec).filter((p) => p.endsWith('/tcp'));
    tcp.sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
    return tcp[0] ?? null;
}
/**
 * Publishes every EXPOSEd port (and the probe port) to a free port on the loopback interface
 * only, so a check never opens the runner to the network and never collides with another run.
 */
function publishArgs(exposedPorts, extraPort, maxPorts = MAX_PUBLISHED_PORTS) {
    // A port range in EXPOSE becomes one entry per port; publishing thousands would start as many
    // proxies, so only the probe port and the first few others are published.
    const ports = [...new Set([...(extraPort ? [extraPort] : []), ...exposedPorts.map(portSpec)])].slice(0, maxPorts);
    return ports.flatMap((p) => ['--publish', `127.0.0.1::${p}`]);
}
/** Parses `docker port <c> <port>` ("127.0.0.1:49153", maybe more lines) into host:port. */
function parseDockerPort(output) {
    for (const line of output.split('\n')) {
        const m = /^\s*(\[[^\]]+\]|[^:\s]+):(\d+)\s*$/.exec(line);
        if (!m)
            continue;
        const host = m[1] === '0.0.0.0' ? '127.0.0.1' : m[1];
        return { host, port: Number(m[2]) };
    }
    return null;
}
function isSmokeStatus(status) {
    return status >= 200 && status < 400;
}
const PROBE_INTERVAL_MS = 100;
const ATTEMPT_CAP_MS = 2_000;
/**
 * GETs `url` until it answers 2xx–3xx or `timeoutMs` passes. Redirects are not followed: a 3xx
 * is already a sign of life. Connection errors while the app is still starting are retried.
 */
async function httpProbe(url, containerPort, timeoutMs, signal) {
    const started = Date.now();
    const until = started + timeoutMs;
    let attempts = 0;
    let status = null;
    let error = null;
    while (!signal.aborted) {
        attempts += 1;
        const left = until - Date.now();
        try {
            const res = await fetch(url, {
                redirect: 'manual',
                signal: AbortSignal.any([signal, AbortSignal.timeout(Math.max(1, Math.min(ATTEMPT_CAP_MS, left)))]),
            });
            status = res.status;
            await res.body?.cancel();
            if (isSmokeStatus(res.status)) {
                return { url, containerPort, ok: true, status, ms: Date.now() - started, attempts, error: null };
            }
            error = `HTTP ${res.status}`;
        }
        catch (e) {
            const cause = e instanceof Error && e.cause instanceof Error ? e.cause.message : null;
            error = cause ?? (e instanceof Error ? e.message : String(e));
        }
        if (Date.now() + PROBE_INTERVAL_MS >= until)
            break;
        await new Promise((r) => setTimeout(r, PROBE_INTERVAL_MS));
    }
    return {
        url,
        containerPort,
        ok: false,
        status,
        ms: Date.now() - started,
        attempts,
        error: `no 2xx–3xx answer within ${timeoutMs} ms (last: ${error ?? 'no attempt'})`,
    };
}
const DEFAULT_SMOKE_TIMEOUT_MS = 10_000;
const OUTPUT_TAIL_BYTES = 4 * 1024;
function tail(text, bytes = OUTPUT_TAIL_BYTES) {
    return text.length > bytes ? text.slice(-bytes) : text;
}
/** Where the engine published `containerPort` of `container` on the host; null when it did not. */
async function hostPort(check, container, containerPort) {
    const result = await check.deadline.docker(['port', container.name, containerPort], { allowFailure: true });
    return result.code === 0 ? parseDockerPort(result.stdout) : null;
}
/** Probes `container` as `smoke` asks: HTTP on `probePort` and/or a command run inside. */
async function runSmoke(check, container, smoke, probePort) {
    const { deadline } = check;
    const timeoutMs = smoke.timeoutMs ?? DEFAULT_SMOKE_TIMEOUT_MS;
    let http = null;
    if (smoke.path != null && probePort) {
        const bound = await hostPort(check, container, probePort);
        const path = smoke.path.startsWith('/') ? smoke.path : `/${smoke.path}`;
        if (!bound) {
            http = {
                url: '',
                containerPort: probePort,
                ok: false,
                status: null,
                ms: 0,
                attempts: 0,
                error: `port ${probePort} is not published (the container may have exited)`,
            };
        }
        else {
            const url = `http://${bound.host}:${bound.port}${path}`;
            http = await httpProbe(url, probePort, Math.min(timeoutMs, deadline.remainingMs()), deadline.signal);
            deadline.check();
        }
    }
    else if (smoke.path != null) {
        http = {
            url: '',
            containerPort: '',
            ok: false,
            status: null,
            ms: 0,
            attempts: 0,
            error: 'no port to probe: the image EXPOSEs no TCP port and no smoke port was given',
        };
    }
    let exec = null;
    if (smoke.exec?.length) {
        const started = Date.now();
        const result = await deadline.docker(['exec', container.name, ...smoke.exec], {
            allowFailure: true,
            capMs: timeoutMs,
            maxOutputBytes: OUTPUT_TAIL_BYTES,
        });
        exec = {
            command: smoke.exec,
            ok: result.code === 0,
            exitCode: result.code,
            ms: Date.now() - started,
            outputTail: tail([result.stdout.trim(), result.stderr.trim()].filter(Boolean).join('\n')),
        };
    }
    return { http, exec, ok: (http?.ok ?? true) && (exec?.ok ?? true) };
}

;// CONCATENATED MODULE: ./src/verify/harden.ts



const HARDENING_FLAGS = [
    ['--read-only', '--tmpfs', '/tmp'],
    ['--cap-drop', 'ALL'],
    ['--security-opt', 'no-new-privileges'],
];
const POLL_MS = 100;
async function hardeningReport(check, ports) {
    const combined = await hardenedRun(check, { ...ports, flags: HARDENING_FLAGS.flat() });
    const each = [];
    if (!combined.ok) {
        for (const flags of HARDENING_FLAGS)
            each.push(await hardenedRun(check, { ...ports, flags: [...flags] }));
    }
    return { combined, each };
}
async function hardenedRun(check, { flags, publish, probePort }) {
    const { deadline, image, options } = check;
    const container = new Container(uniqueContainerName(), deadline);
    const run = {
        flags,
        started: false,
        running: false,
        smoke: null,
        exitCode: null,
        error: null,
        logTail: null,
        ok: false,
    };
    check.track(container);
    try {
        const create = await deadline.docker(createArgs(image, {
            name: container.name,
            user: options.user,
            runCommand: options.runCommand,
            publish,
            flags,
        }), { allowFailure: true });
        const start = create.code === 0 ? await deadline.docker(['start', container.name], { allowFailure: true }) : create;
        if (start.code !== 0) {
            run.error = engineReason(start.stderr) || `exit ${start.code}`;
            return run;
        }
        run.started = true;
        let state = await container.waitStopped(check.settleMs, POLL_MS);
        if (state.running && options.smoke) {
            run.smoke = await runSmoke(check, container, options.smoke, probePort);
            state = await container.state();
        }
        run.running = state.running;
        if (!state.running) {
            run.exitCode = state.exitCode;
            run.error = state.error;
            run.logTail = await container.logTail();
        }
        run.ok = run.running && (run.smoke?.ok ?? true);
    }
    finally {
        await check.removeNow(container);
    }
    return run;
}

;// CONCATENATED MODULE: ./src/verify/observe.ts
const observe_POLL_MS = 100;
/** How long to wait for a started container to show its first process. */
const FIRST_PROCESS_WINDOW_MS = 5_000;
/** Records the processes seen at the start and through the settle; the container's state after. */
async function observeProcesses(check) {
    const { container, deadline } = check;
    await check.timed('observe at start', async () => {
        const until = Date.now() + FIRST_PROCESS_WINDOW_MS;
        for (;;) {
            const snapshot = await container.top('start');
            if (snapshot?.length) {
                check.recordProcesses(snapshot);
                return;
            }
            const state = await container.state();
            if (!state.running || Date.now() >= until)
                return;
            await deadline.sleep(observe_POLL_MS);
        }
    });
    await check.timed('settle', async () => {
        if (check.seen.processes.length === 0)
            return;
        const until = Date.now() + check.settleMs;
        while (Date.now() < until) {
            await deadline.sleep(Math.min(observe_POLL_MS, until - Date.now()));
            const snapshot = await container.top('settled');
            if (!snapshot)
                return;
            check.recordProcesses(snapshot);
        }
    });
    const state = await check.timed('inspect container', () => container.state());
    check.recordContainerPid(state.pid);
    return state;
}

// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/verify/files.ts
// Reading files and ownership from the image content (docker cp's tar stream), never by running
// a shell inside: works for scratch and distroless images. The start job (passwd, group) and the
// writable-files job read through it.


function entryType(type) {
    if (type === 'file' || type === 'contiguous-file')
        return 'file';
    if (type === 'directory')
        return 'directory';
    if (type === 'symlink' || type === 'link')
        return 'symlink';
    return 'other';
}
/**
 * Streams `docker cp -L <container>:<path> -` (a tar of the path, ownership included) and lists
 * it. tar names are relative to the parent of `path`; they are turned back into image paths.
 */
async function readFromContainer(deadline, container, path, options = {}) {
    const maxEntries = options.maxEntries ?? 20_000;
    const parent = external_node_path_.posix.dirname(external_node_path_.posix.normalize(path));
    const proc = deadline.dockerStream(['cp', '--follow-link', `${container}:${path}`, '-']);
    const extract = tar_stream.extract();
    proc.stdout.pipe(extract);
    const result = { found: false, entries: [], contents: new Map(), truncated: false };
    let parseError = null;
    try {
        for await (const entry of extract) {
            const h = entry.header;
            const abs = external_node_path_.posix.join(parent, h.name).replace(/\/$/, '') || '/';
            if (result.entries.length >= maxEntries) {
                result.truncated = true;
                entry.resume();
                break;
            }
            result.entries.push({
                path: abs,
                type: entryType(h.type),
                mode: h.mode ?? 0,
                uid: h.uid ?? 0,
                gid: h.gid ?? 0,
            });
            if (options.keepContent?.(abs)) {
                const chunks = [];
                for await (const chunk of entry)
                    chunks.push(chunk);
                result.contents.set(abs, Buffer.concat(chunks));
            }
            else {
                entry.resume();
            }
        }
    }
    catch (e) {
        parseError = e;
    }
    // Stop docker cp when we quit reading early, or it blocks on a full pipe until its timeout.
    if (result.truncated || parseError)
        proc.stop();
    const done = await proc.done;
    deadline.check();
    if (done.code !== 0 && !result.truncated) {
        if (/no such container:path|could not find the file|not found/i.test(done.stderr))
            return result;
        throw new Error(`reading ${path} from the image failed: ${done.stderr.trim() || `exit ${done.code}`}`);
    }
    if (parseError && !result.truncated)
        throw parseError;
    result.found = true;
    return result;
}
/** Reads one small file's text; null when the image does not have it. */
async function readImageText(deadline, container, path) {
    const read = await readFromContainer(deadline, container, path, { maxEntries: 1, keepContent: () => true });
    if (!read.found)
        return null;
    const content = read.contents.get(path);
    return content ? content.toString('utf8') : null;
}

;// CONCATENATED MODULE: ./src/verify/users.ts
// The static side of the verdict: which uid/gid the engine will start the image's process with,
// resolved the way runc does (libcontainer/user.GetExecUser) against the image's own /etc/passwd
// and /etc/group. Pure: the caller reads the files from the image content.
const NUMERIC = /^\d+$/;
function fields(text) {
    return text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
        .map((l) => l.split(':'));
}
function parsePasswd(text) {
    const entries = [];
    for (const f of fields(text)) {
        if (f.length < 4 || !NUMERIC.test(f[2]) || !NUMERIC.test(f[3]))
            continue;
        entries.push({ name: f[0], uid: Number(f[2]), gid: Number(f[3]) });
    }
    return entries;
}
function parseGroup(text) {
    const entries = [];
    for (const f of fields(text)) {
        if (f.length < 3 || !NUMERIC.test(f[2]))
            continue;
        const members = (f[3] ?? '').split(',').filter(Boolean);
        entries.push({ name: f[0], gid: Number(f[2]), members });
    }
    return entries;
}
/**
 * Resolves `configUser` ("user", "user:group", numeric or named, "" for none) against the image's
 * passwd and group files (null when the file does not exist in the image). Root in every
 * spelling: "", "root", "0", "0:0", "root:root", or any name whose passwd uid is 0.
 */
function staticVerdict(configUser, passwd, group) {
    const users = passwd === null ? [] : parsePasswd(passwd);
    const groups = group === null ? [] : parseGroup(group);
    const user = configUser.trim();
    const findings = [];
    const verdict = {
        user: configUser,
        uid: null,
        gid: null,
        userName: null,
        groupName: null,
        supplementaryGids: [],
        root: null,
        explanation: '',
        findings,
        hasPasswd: passwd !== null,
    };
    const colon = user.indexOf(':');
    // The engine treats an empty user part ("" or ":grp") as root.
    const userPart = colon === -1 ? user : user.slice(0, colon);
    const groupPart = colon === -1 ? null : user.slice(colon + 1);
    // runc matches a passwd line by name, or by uid when the spec is numeric.
    const entry = userPart
        ? users.find((u) => u.name === userPart || (NUMERIC.test(userPart) && u.uid === Number(userPart)))
        : users.find((u) => u.uid === 0);
    let uid;
    if (!userPart) {
        uid = 0;
    }
    else if (entry) {
        uid = entry.uid;
    }
    else if (NUMERIC.test(userPart)) {
        uid = Number(userPart);
    }
    else {
        findings.push({
            code: 'unknown-user',
            severity: 'error',
            message: passwd === null
                ? `user "${userPart}" cannot be resolved: the image has no /etc/passwd, so only a numeric uid works; the engine refuses to start it`
                : `user "${userPart}" is not in the image's /etc/passwd; the engine refuses to start it`,
        });
        verdict.explanation = `"${user}" names a user the image does not have`;
        return verdict;
    }
    verdict.uid = uid;
    verdict.userName = entry?.name ?? null;
    verdict.root = uid === 0;
    let gid;
    if (groupPart) {
        const g = groups.find((x) => x.name === groupPart || (NUMERIC.test(groupPart) && x.gid === Number(groupPart)));
        if (g)
            gid = g.gid;
        else if (NUMERIC.test(groupPart))
            gid = Number(groupPart);
        else {
            findings.push({
                code: 'unknown-group',
                severity: 'error',
                message: `group "${groupPart}" is not in the image's /etc/group; the engine refuses to start it`,
            });
            verdict.explanation = `"${user}" names a group the image does not have`;
            verdict.root = null;
            return verdict;
        }
    }
    else {
        // No group given: the passwd entry's primary group, or 0 when the uid has no entry.
        gid = entry?.gid ?? 0;
    }
    verdict.gid = gid;
    verdict.groupName = groups.find((g) => g.gid === gid)?.name ?? null;
    if (entry && !groupPart) {
        verdict.supplementaryGids = groups
            .filter((g) => g.members.includes(entry.name) && g.gid !== gid)
            .map((g) => g.gid);
    }
    const resolved = `uid ${uid}${verdict.userName ? ` (${verdict.userName})` : ''}, gid ${gid}`;
    if (!user) {
        findings.push({
            code: 'no-user',
            severity: 'error',
            message: 'no USER is set (here or in the base image), so the container runs as root',
        });
        verdict.explanation = `no user configured: the engine's default, ${resolved}`;
    }
    else if (uid === 0) {
        const alias = userPart !== '' && userPart !== 'root' && userPart !== '0';
        findings.push(alias
            ? {
                code: 'root-alias',
                severity: 'error',
                message: `user "${userPart}" has uid 0 in the image's /etc/passwd: it is root under another name`,
            }
            : { code: 'root-user', severity: 'error', message: `user "${user}" is root` });
        verdict.explanation = `"${user}" resolves to ${resolved}`;
    }
    else {
        verdict.explanation = `"${user}" resolves to ${resolved}`;
    }
    if (uid !== 0 && (gid === 0 || verdict.supplementaryGids.includes(0))) {
        findings.push({
            code: 'root-group',
            severity: 'info',
            message: `the process runs with group 0 (root's group); files owned by group 0 and group-writable are writable to it`,
        });
    }
    return verdict;
}

;// CONCATENATED MODULE: ./src/verify/start.ts







/** Where the user the container runs as came from (see UserOrigin). */
function userOrigin(inputUser, configUser, declared) {
    if (inputUser)
        return 'input';
    if (!configUser)
        return 'default';
    if (declared === null)
        return 'base-image';
    return 'image';
}
let engineIdentityCache = null;
/** Asked once per process: the engine does not change its uid mapping while we run. */
function engineIdentity(deadline) {
    const lookup = (engineIdentityCache ??= deadline
        .docker(['info', '--format', '{{json .SecurityOptions}}'])
        .then((r) => parseSecurityOptions(r.stdout)));
    // A failed or cancelled lookup is asked again next time rather than cached.
    lookup.catch(() => {
        if (engineIdentityCache === lookup)
            engineIdentityCache = null;
    });
    return lookup;
}
/**
 * Creates and starts the container under test; null when it could not be created or started
 * (recorded as the start failure, the check goes no further).
 */
async function startContainer(check) {
    const { image, options, deadline, container } = check;
    const [config, engine] = await check.timed('inspect image', () => Promise.all([
        deadline
            .docker(['image', 'inspect', '--format', '{{json .Config}}', image])
            .then((r) => parseImageConfig(r.stdout)),
        engineIdentity(deadline),
    ]));
    check.recordEngine(engine);
    check.recordUser(options.user ?? config.user, userOrigin(options.user, config.user, options.declaredUser));
    const probePort = options.smoke?.path != null ? smokePort(config.exposedPorts, options.smoke.port) : null;
    const publish = publishArgs(config.exposedPorts, probePort);
    check.track(container);
    const create = await check.timed('create', () => deadline.docker(createArgs(image, {
        name: container.name,
        user: options.user,
        runCommand: options.runCommand,
        publish,
    }), { allowFailure: true }));
    if (create.code !== 0) {
        check.recordStartFailure(`the container could not be created: ${engineReason(create.stderr) || `exit ${create.code}`}`);
        return null;
    }
    await check.timed('read users', async () => {
        try {
            const [passwd, group] = await Promise.all([
                readImageText(deadline, container.name, '/etc/passwd'),
                readImageText(deadline, container.name, '/etc/group'),
            ]);
            check.recordStatic(staticVerdict(check.seen.user, passwd, group));
            if (passwd === null)
                check.note('the image has no /etc/passwd: user names cannot resolve, numeric uids can');
        }
        catch (e) {
            if (e instanceof Cancelled || e instanceof DeadlineExceeded)
                throw e;
            check.note(`could not read /etc/passwd and /etc/group from the image: ${errorText(e)}`);
        }
    });
    const start = await check.timed('start', () => deadline.docker(['start', container.name], { allowFailure: true }));
    if (start.code !== 0) {
        check.recordStartFailure(`the container never started: ${engineReason(start.stderr) || `docker start exited with ${start.code}`}`);
        check.recordState(await container.state().catch(() => null));
        check.recordLogTail(await container.logTail().catch(() => null));
        return null;
    }
    check.recordStarted();
    check.log.debug(`verify: started ${container.name} from ${image}`);
    return { config, publish, probePort };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/verify/stop.ts
// Stopping the container the way an orchestrator does (its STOPSIGNAL, a wait, then SIGKILL), what
// a slow or forced stop means, and how the run ended: a clean stop or the app's own exit.



const STOP_POLL_MS = 25;
/** How long a container killed with SIGKILL gets to be seen stopped. */
const KILL_WAIT_MS = 10_000;
/** The image's STOPSIGNAL, as `docker kill --signal` takes it; SIGTERM when unset. */
function stopSignal(configured) {
    return configured?.trim() || 'SIGTERM';
}
/**
 * Advice when PID 1 had to be killed. A shell as PID 1 (shell-form ENTRYPOINT/CMD) does not pass
 * signals on, and any PID 1 without a handler ignores SIGTERM, because the kernel gives PID 1 no
 * default signal actions: an init (tini, dumb-init, `docker run --init`) fixes both.
 */
function stopAdvice(signal, timeoutMs, pid1) {
    const command = pid1?.command ?? '';
    const shell = /^(\S*\/)?(sh|bash|ash|dash)(\s|$)/.test(command);
    const who = pid1 ? `PID 1 (\`${command}\`)` : 'PID 1';
    const why = shell
        ? 'a shell as PID 1 (shell-form ENTRYPOINT/CMD) does not forward signals to the app'
        : 'a process running as PID 1 gets no default signal handling from the kernel, so without its own handler it ignores SIGTERM';
    return (`${who} did not exit within ${timeoutMs} ms of ${signal} and had to be killed: ${why}. ` +
        'Use the exec form (`ENTRYPOINT ["app"]`) and put an init in front of the app: ' +
        '`ENTRYPOINT ["tini", "--", "app"]` (Debian package `tini`) or run with `docker run --init`.');
}
/**
 * The number of a stop signal as `STOPSIGNAL` or `docker kill --signal` take it ("SIGTERM",
 * "TERM", "15"); null when it is not one this platform knows.
 */
function signalNumber(signal) {
    const text = signal.trim().toUpperCase();
    if (/^\d+$/.test(text))
        return Number(text);
    const name = (text.startsWith('SIG') ? text : `SIG${text}`);
    return (external_node_os_default()).constants.signals[name] ?? null;
}
/**
 * Whether a `ps` signal mask (CAUGHT or BLOCKED: hex, bit n-1 for signal n) has `signo`; null
 * when the mask cannot be read.
 */
function maskHas(mask, signo) {
    const hex = mask.trim();
    if (!/^[0-9a-fA-F]{1,16}$/.test(hex) || signo < 1 || signo > 64)
        return null;
    return ((BigInt(`0x${hex}`) >> BigInt(signo - 1)) & 1n) === 1n;
}
/**
 * Whether PID 1 receives `signo` at all. The kernel drops a signal sent to a container's PID 1
 * unless PID 1 has a handler for it or blocks it to wait for it; SIGKILL and SIGSTOP always
 * arrive. While a process sleeps in sigtimedwait (tini, dumb-init) the kernel shows a mask without
 * the awaited signals, so that wait counts as receiving. null when the masks cannot be read.
 */
function receivesSignal(masks, signo) {
    if (signo === 9 || signo === 19)
        return true;
    if (!masks)
        return null;
    if (masks.wchan.startsWith('do_sigtimedwait'))
        return true;
    const caught = maskHas(masks.caught, signo);
    const blocked = maskHas(masks.blocked, signo);
    if (caught === null || blocked === null)
        return null;
    return caught || blocked;
}
/**
 * Whether the stop signal caused an exit that followed it. A signal PID 1 does not receive (see
 * receivesSignal) did nothing, so the exit was the app's own. With one (or when that is unknown), an app that
 * obeys exits 0 or dies of the signal (128 + its number); any other code is the app's own exit.
 */
function exitCausedBySignal(exitCode, signo, handled) {
    if (handled === false)
        return false;
    if (exitCode === 0)
        return true;
    return exitCode !== null && signo !== null && exitCode === 128 + signo;
}
/**
 * Stops the container under test if it still runs (`state`: its state after the observation),
 * then records how the run ended: a clean stop on the signal, or the app's own exit.
 */
async function stopContainer(check, config, state) {
    const { container } = check;
    let stop = null;
    if (state.running) {
        stop = await check.timed('stop', () => sendStopSignal(check, config));
        state = await container.state();
    }
    if (removedByCleanup(container.name)) {
        // The engine may still show the container as exited while `docker rm -f` finishes: that
        // exit was shipshape's own cancellation, not the app's.
        throw new Error('its container was removed because shipshape was cancelled');
    }
    check.recordExitCode(state.exitCode);
    if (isCleanStop(stop)) {
        check.recordStop(stop);
    }
    else {
        check.recordExit(state, stop, await check.timed('logs', () => container.logTail()));
    }
    check.recordState(state);
}
/** Sends the image's stop signal, waits up to the check's stop timeout, then kills. */
async function sendStopSignal(check, config) {
    const { container, deadline, stopTimeoutMs: timeoutMs } = check;
    const containerPid = check.seen.containerPid;
    const signal = stopSignal(config.stopSignal);
    const signo = signalNumber(signal);
    const handled = signo === null || !containerPid ? null : receivesSignal(await container.signalMasks(containerPid), signo);
    const started = Date.now();
    const kill = await deadline.docker(['kill', '--signal', signal, container.name], { allowFailure: true });
    if (kill.code !== 0) {
        const state = await container.state();
        if (!state.running) {
            // It exited between the last look and the signal: the signal was never delivered.
            return {
                signal,
                signalled: false,
                handled,
                exitedOnSignal: false,
                killed: false,
                ms: 0,
                timeoutMs,
                exitCode: state.exitCode,
                advice: null,
            };
        }
    }
    // The engine refused the signal and the container still runs: whatever follows was not the
    // app's answer to it, so no stop verdict or init advice is drawn from it.
    const signalled = kill.code === 0;
    let state = await container.waitStopped(timeoutMs, STOP_POLL_MS);
    const ms = Date.now() - started;
    if (!state.running) {
        return {
            signal,
            signalled,
            handled,
            exitedOnSignal: signalled && exitCausedBySignal(state.exitCode, signo, handled),
            killed: false,
            ms,
            timeoutMs,
            exitCode: state.exitCode,
            advice: null,
        };
    }
    await deadline.docker(['kill', '--signal', 'SIGKILL', container.name], { allowFailure: true });
    state = await container.waitStopped(KILL_WAIT_MS, STOP_POLL_MS);
    return {
        signal,
        signalled,
        handled,
        exitedOnSignal: false,
        killed: true,
        ms: Date.now() - started,
        timeoutMs,
        exitCode: state.exitCode,
        advice: signalled ? stopAdvice(signal, timeoutMs, check.pid1()) : null,
    };
}

;// CONCATENATED MODULE: ./src/verify/writable.ts
// The writable-files job: which application files (everything under WORKDIR, and the program the
// container starts) the runtime user can write, by their owner/group/other bits, read from the
// image content.




const MAX_LISTED_ENTRIES = 20_000;
/**
 * How `who` may write `entry`, by the classic owner/group/other bits. Root (uid 0) can write
 * anything and is not reported here: the root verdict already covers it. Symlinks are skipped:
 * their own bits mean nothing.
 */
function writeAccess(entry, who) {
    if (entry.type === 'symlink' || who.uid === 0)
        return null;
    if (entry.uid === who.uid)
        return entry.mode & 0o200 ? 'owner' : null;
    if (who.gids.includes(entry.gid))
        return entry.mode & 0o020 ? 'group' : null;
    return entry.mode & 0o002 ? 'other' : null;
}
function writableFiles(entries, who) {
    const out = [];
    for (const e of entries) {
        const via = writeAccess(e, who);
        if (via) {
            out.push({
                path: e.path,
                type: e.type,
                via,
                uid: e.uid,
                gid: e.gid,
                mode: (e.mode & 0o7777).toString(8),
            });
        }
    }
    return out;
}
/**
 * Where the program the container starts lives, in the order the kernel would find it: the first
 * word of ENTRYPOINT (or CMD), absolute as is, relative to WORKDIR when it has a slash, else each
 * directory of the image's PATH.
 */
function entrypointCandidates(entrypoint, cmd, workingDir, pathEnv) {
    const program = (entrypoint?.length ? entrypoint : cmd)?.[0];
    if (!program)
        return [];
    if (program.startsWith('/'))
        return [external_node_path_.posix.normalize(program)];
    if (program.includes('/'))
        return [external_node_path_.posix.resolve(workingDir || '/', program)];
    const dirs = (pathEnv ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin')
        .split(':')
        .filter(Boolean);
    return dirs.map((d) => external_node_path_.posix.join(d, program));
}
function pathEnv(env) {
    const entry = env.find((e) => e.startsWith('PATH='));
    return entry ? entry.slice('PATH='.length) : null;
}
/** Lists WORKDIR and finds the entrypoint's file, from the image content of the created container. */
async function listApplicationFiles(check, config) {
    const { deadline, container } = check;
    const notes = [];
    const entries = [];
    let truncated = false;
    const workdir = config.workingDir;
    if (!workdir || workdir === '/') {
        notes.push('no WORKDIR (or WORKDIR /): the application files were not listed, only the entrypoint');
    }
    else {
        const read = await readFromContainer(deadline, container.name, workdir, {
            maxEntries: MAX_LISTED_ENTRIES,
        });
        if (!read.found)
            notes.push(`WORKDIR ${workdir} does not exist in the image`);
        entries.push(...read.entries);
        truncated = read.truncated;
        if (truncated)
            notes.push(`only the first ${MAX_LISTED_ENTRIES} entries under ${workdir} were checked`);
    }
    let entrypoint = null;
    for (const candidate of entrypointCandidates(config.entrypoint, config.cmd, workdir, pathEnv(config.env))) {
        const read = await readFromContainer(deadline, container.name, candidate, { maxEntries: 1 });
        if (!read.found || !read.entries[0])
            continue;
        entrypoint = candidate;
        if (!entries.some((e) => e.path === candidate))
            entries.push({ ...read.entries[0], path: candidate });
        break;
    }
    return { workingDir: workdir, entries, truncated, entrypoint, notes };
}
/** The writable files of `listed` for the runtime identity; null when that identity is not known. */
function writableReport(listed, who) {
    const main = who.lastSeen.find((p) => p.pid === who.containerPid) ?? who.lastSeen[0];
    const uid = main ? main.uids[1] : who.static?.uid;
    const gid = main ? main.gids[1] : who.static?.gid;
    if (uid == null || gid == null)
        return null;
    const gids = [gid, ...(who.static?.uid === uid ? who.static.supplementaryGids : [])];
    const notes = [...listed.notes];
    if (uid === 0)
        notes.push('the runtime user is root, which can write every file: see the root verdict');
    return {
        uid,
        gids,
        workingDir: listed.workingDir,
        files: writableFiles(listed.entries, { uid, gids }),
        checked: listed.entries.length,
        truncated: listed.truncated,
        entrypoint: listed.entrypoint,
        notes,
    };
}
/** Records the writable files once the listing (started beside the observation) is done. */
async function reportWritableFiles(check, listing) {
    await check.timed('writable files', async () => {
        try {
            check.recordWritable(writableReport(await listing, check.seen));
        }
        catch (e) {
            if (e instanceof Cancelled || e instanceof DeadlineExceeded)
                throw e;
            check.note(`could not list the application files: ${errorText(e)}`);
        }
    });
}

;// CONCATENATED MODULE: ./src/verify/run.ts
// Start the image as a user would, watch its processes from the host, stop it the way an
// orchestrator does, and always remove it. Every failure becomes a reason in the report. Each job
// lives in its own module and takes the one Check that holds the deadline and the evidence.









/**
 * Runs `image` as a user would and reports which uids its processes really had (read from the
 * host), next to what the image's passwd/group say it should be. The container is removed before
 * this returns or throws, whatever happened. Rejects only when `opts.signal` aborts (cancellation);
 * every other failure is a report with reasons in `evidence.notes`.
 */
async function verifyImage(image, opts) {
    const check = new Check(image, opts);
    let cancelled = null;
    try {
        await runJobs(check);
    }
    catch (e) {
        if (e instanceof Cancelled)
            cancelled = e;
        else if (e instanceof DeadlineExceeded)
            check.note(e.message);
        else
            check.note(`runtime check failed: ${errorText(e)}`);
    }
    finally {
        await check.close();
    }
    if (cancelled)
        throw cancelled;
    const report = check.report();
    opts.log.info(summary(report));
    for (const note of report.evidence.notes)
        opts.log.info(`  ${note}`);
    opts.log.debug(`verify timings: ${report.timings.map((t) => `${t.step} ${t.ms} ms`).join(', ')}`);
    return report;
}
/** The jobs in order; a job that ends the check early returns, and the verdict is drawn from what was learnt. */
async function runJobs(check) {
    const plan = await startContainer(check);
    if (!plan)
        return;
    // Listing WORKDIR reads the container's filesystem, so it can overlap the observation.
    const listing = listApplicationFiles(check, plan.config);
    listing.catch(() => undefined);
    let state = await observeProcesses(check);
    const smoke = check.options.smoke;
    if (state.running && smoke) {
        check.recordSmoke(await check.timed('smoke', () => runSmoke(check, check.container, smoke, plan.probePort)));
        state = await check.container.state();
    }
    await stopContainer(check, plan.config, state);
    if (check.options.hardening) {
        check.recordHardening(await check.timed('hardening', () => hardeningReport(check, plan)));
    }
    await reportWritableFiles(check, listing);
}

;// CONCATENATED MODULE: ./src/verify/index.ts
// The verify stage: run the image and prove from the host which uids its processes have.




/***/ })

};
