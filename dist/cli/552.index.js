export const id = 552;
export const ids = [552];
export const modules = {

/***/ 4552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES),
  I: () => (/* binding */ findRule)
});

// NAMESPACE OBJECT: ./src/lint/rules/index.ts
var rules_namespaceObject = {};
__webpack_require__.r(rules_namespaceObject);
__webpack_require__.d(rules_namespaceObject, {
  addRemoteChecksum: () => (add_remote_checksum),
  addToExtractArchives: () => (add_to_extract_archives),
  apkNoCache: () => (apk_no_cache),
  apkPinVersions: () => (apk_pin_versions),
  aptGetAssumeYes: () => (apt_get_assume_yes),
  aptGetNotApt: () => (apt_get_not_apt),
  aptListsCleaned: () => (apt_lists_cleaned),
  aptNoInstallRecommends: () => (apt_no_install_recommends),
  aptPinVersions: () => (apt_pin_versions),
  argEnvSensitiveName: () => (arg_env_sensitive_name),
  avoidAlpineForPython: () => (avoid_alpine_for_python),
  baseImageDigest: () => (base_image_digest),
  baseImageFromArg: () => (base_image_from_arg),
  buildToolchainInFinalStage: () => (build_toolchain_in_final_stage),
  cmdEntrypointJsonForm: () => (cmd_entrypoint_json_form),
  copyContextBeforeDependencyInstall: () => (copy_context_before_dependency_install),
  copyFromDefinedStage: () => (copy_from_defined_stage),
  copyFromNotOwnStage: () => (copy_from_not_own_stage),
  copyFromNotWholeFilesystem: () => (copy_from_not_whole_filesystem),
  copyInsteadOfAdd: () => (copy_instead_of_add),
  copyRelativeNeedsWorkdir: () => (copy_relative_needs_workdir),
  copyTargetDirSlash: () => (copy_target_dir_slash),
  curlOrWgetNotBoth: () => (curl_or_wget_not_both),
  debianFrontendAsArg: () => (debian_frontend_as_arg),
  devServerInFinalStage: () => (dev_server_in_final_stage),
  dnfAssumeYes: () => (dnf_assume_yes),
  dnfCacheCleaned: () => (dnf_cache_cleaned),
  dnfPinVersions: () => (dnf_pin_versions),
  dockerignorePresent: () => (dockerignore_present),
  envNoSameStatementReference: () => (env_no_same_statement_reference),
  exposeServerPort: () => (expose_server_port),
  exposeValidPort: () => (expose_valid_port),
  finalImageLabels: () => (final_image_labels),
  fromPlatformNotTargetplatform: () => (from_platform_not_targetplatform),
  gemPinVersions: () => (gem_pin_versions),
  goInstallPinned: () => (go_install_pinned),
  healthcheckPresent: () => (healthcheck_present),
  imageTagExplicit: () => (image_tag_explicit),
  imageTagNotLatest: () => (image_tag_not_latest),
  initProcessInEntrypoint: () => (init_process_in_entrypoint),
  instructionOrderFromFirst: () => (instruction_order_from_first),
  labelEmailValid: () => (label_email_valid),
  labelGitHashValid: () => (label_git_hash_valid),
  labelKeyValid: () => (label_key_valid),
  labelNotEmpty: () => (label_not_empty),
  labelNotInSchema: () => (label_not_in_schema),
  labelRequired: () => (label_required),
  labelRfc3339Valid: () => (label_rfc3339_valid),
  labelSemverValid: () => (label_semver_valid),
  labelSpdxValid: () => (label_spdx_valid),
  labelUrlValid: () => (label_url_valid),
  lastUserNotRoot: () => (last_user_not_root),
  noFixedPlatform: () => (no_fixed_platform),
  noMaintainer: () => (no_maintainer),
  noSecretsInEnvOrArg: () => (no_secrets_in_env_or_arg),
  noSudo: () => (no_sudo),
  noUserInFinalStage: () => (no_user_in_final_stage),
  npmPinVersions: () => (npm_pin_versions),
  onbuildTriggerValid: () => (onbuild_trigger_valid),
  packageListSorted: () => (package_list_sorted),
  pipInstallIntoVenv: () => (pip_install_into_venv),
  pipNoCacheDir: () => (pip_no_cache_dir),
  pipPinVersions: () => (pip_pin_versions),
  pipefailBeforePipe: () => (pipefail_before_pipe),
  poetryInstallWithoutDev: () => (poetry_install_without_dev),
  preferSlimBaseImage: () => (prefer_slim_base_image),
  pythonUnbuffered: () => (python_unbuffered),
  runConsecutive: () => (run_consecutive),
  runNoPointlessCommands: () => (run_no_pointless_commands),
  singleCmd: () => (single_cmd),
  singleEntrypoint: () => (single_entrypoint),
  singleHealthcheck: () => (single_healthcheck),
  stageNameNotReserved: () => (stage_name_not_reserved),
  stageNamesUnique: () => (stage_names_unique),
  trustedRegistry: () => (trusted_registry),
  useShellToChangeShell: () => (use_shell_to_change_shell),
  useWorkdirNotCd: () => (use_workdir_not_cd),
  userNumericId: () => (user_numeric_id),
  useraddHighUidLogInit: () => (useradd_high_uid_log_init),
  wgetProgress: () => (wget_progress),
  workdirAbsolute: () => (workdir_absolute),
  yarnCacheClean: () => (yarn_cache_clean),
  yumAssumeYes: () => (yum_assume_yes),
  yumCacheCleaned: () => (yum_cache_cleaned),
  yumPinVersions: () => (yum_pin_versions),
  zypperCacheCleaned: () => (zypper_cache_cleaned),
  zypperNoDistUpgrade: () => (zypper_no_dist_upgrade),
  zypperNonInteractive: () => (zypper_non_interactive),
  zypperPinVersions: () => (zypper_pin_versions)
});

// EXTERNAL MODULE: ./src/lint/rule.ts
var rule = __webpack_require__(5619);
;// CONCATENATED MODULE: ./src/lint/commands.ts
/** The last path segment of a command word (`/opt/venv/bin/pip3` → `pip3`). */
function toolName(word) {
    return word.slice(word.lastIndexOf('/') + 1);
}
/** pip itself, by name or path: `pip`, `pip3`, `pip3.12`, `/venv/bin/pip`, `/usr/local/bin/pip3`. */
const PIP = /^pip(\d+(\.\d+)*)?$/;
/** A Python interpreter, by name or path: `python`, `python3`, `python3.12`, `/venv/bin/python`. */
const PYTHON = /^python(\d+(\.\d+)*)?$/;
/** `python -m <module>` (any interpreter, by name or path). */
function runsModule(cmd, module) {
    return PYTHON.test(toolName(cmd.name)) && cmd.args.some((x, k) => x === '-m' && cmd.args[k + 1] === module);
}
/**
 * `pip install …` as every pip rule reads it, the one reader they share: pip by name, version or
 * path (`pip3.12`, `/opt/venv/bin/pip`), and `python -m pip install` by any interpreter
 * (`python3.12 -m pip`, `/venv/bin/python -m pip`). hadolint's isPipInstall knows the bare names.
 */
function isPipInstall(cmd) {
    if (PIP.test(toolName(cmd.name)))
        return cmd.args.includes('install');
    const a = cmd.args;
    return (runsModule(cmd, 'pip') && a.some((x, k) => x === '-m' && a[k + 1] === 'pip' && a[k + 2] === 'install'));
}
/** `pipx install …` (also `python -m pipx install`): installs a tool, at whatever version is newest. */
function isPipxInstall(cmd) {
    return (toolName(cmd.name) === 'pipx' || runsModule(cmd, 'pipx')) && cmd.args.includes('install');
}
/** pipx / pipenv (also as `python -m pipx`, or by path): they manage their own environments and caches. */
function isPipWrapper(cmd) {
    const name = toolName(cmd.name);
    return (name.includes('pipx') || name.includes('pipenv') || runsModule(cmd, 'pipx') || runsModule(cmd, 'pipenv'));
}
/** `apt-get install …` (also `apt-get -y install`). */
function isAptGetInstall(cmd) {
    return cmd.is('apt-get', 'install');
}
/** The `--mount=…` flags of a RUN, each as its options (`type`, `target`, …). */
function mountsOf(flags) {
    const mounts = [];
    for (const f of flags) {
        if (f.name !== 'mount' || !f.value)
            continue;
        const opts = new Map();
        for (const kv of f.value.split(',')) {
            const eq = kv.indexOf('=');
            opts.set(eq < 0 ? kv : kv.slice(0, eq), eq < 0 ? '' : kv.slice(eq + 1));
        }
        mounts.push(opts);
    }
    return mounts;
}
const targetOf = (opts) => opts.get('target') ?? opts.get('dst') ?? opts.get('destination') ?? '';
/** Targets of the `--mount=type=cache` and `type=tmpfs` flags: what lives there never lands in the layer. */
function cacheOrTmpfsMountTargets(flags) {
    return mountsOf(flags)
        .filter((m) => m.get('type') === 'cache' || m.get('type') === 'tmpfs')
        .map(targetOf);
}
/** A cache or tmpfs mount whose target contains `fragment` (hadolint's `hasCacheOrTmpfsMountWith`). */
function hasCacheOrTmpfsMountWith(flags, fragment) {
    return cacheOrTmpfsMountTargets(flags).some((t) => t.includes(fragment));
}
const TRUTHY = new Set(['1', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'yes', 'Yes', 'YES']);
/** The package words of `apt-get install` (hadolint's reading: non-flag words except `install`, `-t X` dropped). */
function aptGetPackages(cmd) {
    const dropped = new Set();
    for (const f of cmd.flags)
        if (f.name === 't' || f.name === 'target-release')
            dropped.add(f.argIndex + 1);
    return cmd.args.filter((a, k) => !dropped.has(k) && a !== 'install' && !(a.startsWith('-') && a !== '-' && a !== '--'));
}

// EXTERNAL MODULE: ./src/dockerfile/shell.ts
var dockerfile_shell = __webpack_require__(2208);
;// CONCATENATED MODULE: ./src/lint/rules/_practice/index.ts


/** The last path segment of a command (`/usr/bin/apt-get` → `apt-get`). */
function baseName(word) {
    return word.split('/').pop() ?? word;
}
/** The stage and the stages it builds on (`FROM builder`), nearest first. */
function stageChain(stage) {
    const chain = [];
    for (let s = stage; s && !chain.includes(s); s = s.from.parentStage)
        chain.push(s);
    return chain;
}
/** The final stage of the file, or null when there is no FROM. */
function finalStage(stages) {
    return stages.find((s) => s.isFinal) ?? null;
}
/** Instructions the image of `stage` is made of: its ancestors' first, ONBUILD wrappers excluded. */
function imageInstructions(stage) {
    return stageChain(stage)
        .reverse()
        .flatMap((s) => s.instructions.filter((i) => i.keyword !== 'ONBUILD'));
}
/** The external image at the root of a stage chain (with global ARGs substituted when it has any). */
function rootImage(stage) {
    const root = stageChain(stage).pop();
    if (root.from.parentStage)
        return null;
    return { ref: root.from.resolved ?? root.from, stage: root };
}
/** The `ENTRYPOINT` and `CMD` that end up in the image of `stage`, as Docker applies them. */
function imageProcess(stage) {
    let entrypoint = null;
    let cmd = null;
    for (const s of stageChain(stage).reverse()) {
        let cmdSetHere = false;
        for (const ins of s.instructions) {
            if (ins.keyword === 'CMD') {
                cmd = ins;
                cmdSetHere = true;
            }
            else if (ins.keyword === 'ENTRYPOINT') {
                entrypoint = ins;
                // Docker: an ENTRYPOINT resets a CMD inherited from the base, not one set in the same stage.
                if (!cmdSetHere)
                    cmd = null;
            }
        }
    }
    return { entrypoint, cmd };
}
/** The argv Docker runs for a CMD/ENTRYPOINT: the JSON array, or the SHELL plus the text. */
function processWords(ins) {
    return ins.json ?? [...ins.shell, ins.args];
}
/** The process argv of an image: exec-form ENTRYPOINT + CMD, or a shell-form ENTRYPOINT alone. */
function effectiveArgv(process) {
    const { entrypoint, cmd } = process;
    if (entrypoint) {
        if (!entrypoint.json)
            return processWords(entrypoint);
        return [...entrypoint.json, ...(cmd ? processWords(cmd) : [])];
    }
    return cmd ? processWords(cmd) : [];
}
function shellQuote(word) {
    return `'${word.replace(/'/g, `'\\''`)}'`;
}
/**
 * The simple commands an argv runs, through the engine's shell model: `sh -c '…'` (anywhere in the
 * argv, e.g. after `tini --`) is parsed into its commands; other words stay one command.
 */
function argvCommands(argv, line) {
    if (argv.length === 0)
        return [];
    const out = (0,dockerfile_shell/* parseShellScript */.N)(argv.map(shellQuote).join(' '), () => line).commands;
    const nested = [];
    for (const cmd of out) {
        const words = cmd.argv;
        const shellAt = words.findIndex((w, k) => k > 0 && isShell(w) && /^-[a-z]*c[a-z]*$/.test(words[k + 1] ?? ''));
        if (shellAt > 0 && words[shellAt + 2] !== undefined)
            nested.push(...(0,dockerfile_shell/* parseShellScript */.N)(words[shellAt + 2], () => line).commands);
    }
    return [...out, ...nested];
}
function isShell(word) {
    return ['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh'].includes(baseName(word));
}
/** The commands of one CMD/ENTRYPOINT instruction (null under a non-POSIX SHELL in shell form). */
function instructionCommands(ins) {
    if (!ins.json && ins.shellKind !== 'posix')
        return null;
    return argvCommands(processWords(ins), ins.line);
}
/** Sources of a COPY/ADD (the last word is the destination); none for heredoc-only forms. */
function copySources(ins) {
    const words = ins.json ?? ins.args.split(/\s+/).filter((w) => w !== '');
    if (words.length < 2)
        return [];
    return words.slice(0, -1).filter((w) => !w.startsWith('<<'));
}
const WHOLE_CONTEXT = new Set(['.', './', './.', '*', './*', '/', './/']);
/** `COPY . .`, `COPY ./ /app`, `ADD . .`: the whole build context, not a stage or an image. */
function copiesWholeContext(ins) {
    if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD')
        return false;
    if (ins.flag('from') !== undefined)
        return false;
    return copySources(ins).some((s) => WHOLE_CONTEXT.has(s));
}
const INSTALLERS = {
    'apt-get': {
        manager: 'apt',
        sub: ['install'],
        withValue: ['o', 'c', 't', 'target-release', 'option', 'config-file'],
    },
    apt: {
        manager: 'apt',
        sub: ['install'],
        withValue: ['o', 'c', 't', 'target-release', 'option', 'config-file'],
    },
    aptitude: { manager: 'apt', sub: ['install'], withValue: ['o', 't'] },
    apk: {
        manager: 'apk',
        sub: ['add'],
        withValue: [
            't',
            'virtual',
            'X',
            'repository',
            'p',
            'root',
            'keys-dir',
            'arch',
            'cache-dir',
            'repositories-file',
        ],
    },
    yum: {
        manager: 'yum',
        sub: ['install'],
        withValue: ['c', 'config', 'installroot', 'releasever', 'setopt', 'x', 'exclude'],
    },
    dnf: {
        manager: 'yum',
        sub: ['install'],
        withValue: ['c', 'config', 'installroot', 'releasever', 'setopt', 'x', 'exclude'],
    },
    microdnf: {
        manager: 'yum',
        sub: ['install'],
        withValue: ['config', 'installroot', 'releasever', 'setopt'],
    },
    tdnf: { manager: 'yum', sub: ['install'], withValue: ['c', 'installroot', 'releasever'] },
    zypper: { manager: 'zypper', sub: ['install', 'in'], withValue: ['r', 'repo', 'c', 'config', 'root'] },
};
/** A system package manager's install command and its packages; null for anything else. */
function packageInstall(cmd) {
    const spec = INSTALLERS[baseName(cmd.name)];
    if (!spec)
        return null;
    const positional = cmd.argsNoFlags(spec.withValue);
    const at = positional.findIndex((w) => spec.sub.includes(w));
    if (at < 0)
        return null;
    let virtualName = null;
    if (spec.manager === 'apk') {
        const k = cmd.args.findIndex((a) => a === '--virtual' || a === '-t' || a.startsWith('--virtual='));
        if (k >= 0)
            virtualName = cmd.args[k].includes('=') ? cmd.args[k].split('=')[1] : (cmd.args[k + 1] ?? null);
    }
    return { manager: spec.manager, packages: positional.slice(at + 1), virtualName };
}
/** A package word without its version or architecture (`gcc=4:12.2*` → `gcc`, `libc6-dev:amd64` → `libc6-dev`). */
function packageName(word) {
    return word.split(/[=<>~]/)[0].split(':')[0];
}
/** Packages a command removes (`apt-get purge`, `apk del`, `yum remove`, …), or null when it removes none. */
function packageRemoval(cmd) {
    const name = baseName(cmd.name);
    const removeSubs = {
        'apt-get': ['purge', 'remove', 'autoremove'],
        apt: ['purge', 'remove', 'autoremove'],
        apk: ['del'],
        yum: ['remove', 'erase', 'autoremove'],
        dnf: ['remove', 'erase', 'autoremove'],
        microdnf: ['remove'],
        tdnf: ['remove', 'erase', 'autoremove'],
        zypper: ['remove', 'rm'],
    };
    const subs = removeSubs[name];
    if (!subs)
        return null;
    const positional = cmd.argsNoFlags(['o', 'c']);
    const at = positional.findIndex((w) => subs.includes(w));
    if (at < 0)
        return null;
    return {
        packages: positional.slice(at + 1),
        autoRemove: positional[at] === 'autoremove' || cmd.hasFlag('auto-remove', 'autoremove'),
    };
}
/** pip options whose value is the next word, so the value is never read as a package or a path. */
const PIP_VALUE_FLAGS = [
    'r',
    'requirement',
    'c',
    'constraint',
    'e',
    'editable',
    'i',
    'index-url',
    'extra-index-url',
    'f',
    'find-links',
    't',
    'target',
    'prefix',
    'root',
    'src',
    'platform',
    'python-version',
    'implementation',
    'abi',
    'trusted-host',
    'only-binary',
    'no-binary',
    'progress-bar',
    'log',
    'timeout',
    'retries',
    'proxy',
    'cache-dir',
];
/** `pip install` as every pip rule reads it (`isPipInstall`: by name, version or path), or `uv pip install`. */
function isPipInstallCommand(cmd) {
    if (isPipInstall(cmd))
        return true;
    return baseName(cmd.name) === 'uv' && cmd.args[0] === 'pip' && cmd.args[1] === 'install';
}
/** The first positional word of a command (its subcommand), flags skipped. */
function subcommand(cmd) {
    return cmd.args.find((a) => !a.startsWith('-'));
}
/** The command installs project dependencies; returns the ecosystem, or null. */
function dependencyInstall(cmd) {
    const name = baseName(cmd.name);
    const sub = subcommand(cmd);
    if (isPipInstallCommand(cmd))
        return 'pip';
    if (name === 'uv' && sub === 'sync')
        return 'uv';
    if (name === 'poetry' && (sub === 'install' || sub === 'sync'))
        return 'poetry';
    if (name === 'pipenv' && (sub === 'install' || sub === 'sync'))
        return 'pipenv';
    if (name === 'npm' && (sub === 'ci' || sub === 'install' || sub === 'i')) {
        // A global tool (`npm install -g pm2`) is not the project's dependency tree.
        return cmd.hasFlag('g', 'global') ? null : 'npm';
    }
    if (name === 'yarn' && (sub === undefined || sub === 'install'))
        return 'yarn';
    if (name === 'pnpm' && (sub === 'install' || sub === 'i'))
        return 'pnpm';
    if (name === 'bundle' && sub === 'install')
        return 'bundler';
    if (name === 'go' && cmd.args[0] === 'mod' && cmd.args[1] === 'download')
        return 'go';
    if (name === 'composer' && sub === 'install')
        return 'composer';
    return null;
}
/** Whether a glob (`*` = any run of characters) matches, case-insensitively. */
function globMatch(pattern, text) {
    const re = new RegExp(`^${pattern
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`, 'i');
    return re.test(text);
}
/** A list of strings from a rule option, or `[]` when it is missing or not a list of strings. */
function stringList(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
/**
 * Words with the ARG/ENV defaults in scope expanded and split as the shell splits an unquoted
 * variable (`ARG RUNTIME_PACKAGES="gosu tini"` gives two packages); words whose variables have no
 * known value are dropped, since they name nothing that can be judged.
 */
function expandedWords(ins, words) {
    return words
        .flatMap((w) => {
        const expanded = w.includes('$') ? ins.expand(w) : w;
        return expanded === w ? [w] : expanded.split(/\s+/);
    })
        .filter((w) => w !== '' && !w.includes('$'));
}
/**
 * Package words as a pin rule reads them: a variable with a known ARG/ENV default is replaced by
 * the words it holds (`$PHPIZE_DEPS` → `autoconf dpkg-dev …`), so each is judged and named; a
 * variable with no known value stays as written (it may hold anything, as hadolint reads it).
 */
function packageWordsExpanded(ins, words) {
    return words.flatMap((w) => {
        if (!w.includes('$'))
            return [w];
        const expanded = ins.expand(w);
        return expanded === w ? [w] : expanded.split(/\s+/).filter((x) => x !== '' && !x.startsWith('-'));
    });
}
/**
 * Packages (accepted by `keep`) that the image of `stage` still has at the end, by the RUN that
 * installed them: a later purge (same RUN or not) removes them — `apt-get purge/remove`, `apk del`
 * (also of an `apk add --virtual NAME` group), `yum/dnf remove`, and the official images' idiom of
 * `apt-mark auto '.*'` then `apt-get purge --auto-remove`/`autoremove`. Lists in ARG/ENV are expanded.
 */
function packagesLeftInstalled(stage, keep) {
    const pending = new Map();
    const virtualGroups = new Map();
    let aptMarkedAuto = false;
    for (const ins of imageInstructions(stage)) {
        if (ins.keyword !== 'RUN')
            continue;
        for (const cmd of ins.script()?.commands ?? []) {
            const install = packageInstall(cmd);
            if (install) {
                const names = expandedWords(ins, install.packages)
                    .filter((p) => !p.startsWith('-'))
                    .map(packageName)
                    .filter(keep);
                if (names.length === 0)
                    continue;
                const set = pending.get(ins) ?? new Set();
                names.forEach((n) => set.add(n));
                pending.set(ins, set);
                if (install.virtualName)
                    virtualGroups.set(install.virtualName, names);
                continue;
            }
            if (baseName(cmd.name) === 'apt-mark' && cmd.args.includes('auto'))
                aptMarkedAuto = true;
            const removal = packageRemoval(cmd);
            if (!removal)
                continue;
            const removed = new Set(expandedWords(ins, removal.packages).map(packageName));
            for (const name of removal.packages)
                for (const n of virtualGroups.get(name) ?? [])
                    removed.add(n);
            const clearsAll = removal.autoRemove && aptMarkedAuto;
            for (const set of pending.values())
                for (const n of [...set])
                    if (clearsAll || removed.has(n))
                        set.delete(n);
        }
    }
    for (const [ins, set] of pending)
        if (set.size === 0)
            pending.delete(ins);
    return pending;
}
/** A Windows image (no uid 0 / USER semantics of Linux): a Windows base or a PowerShell/cmd SHELL. */
function isWindowsImage(stage) {
    const root = rootImage(stage);
    if (root && /windows|nanoserver|servercore/i.test(`${root.ref.name}:${root.ref.tag ?? ''}`))
        return true;
    return imageInstructions(stage).some((i) => i.shellKind === 'other');
}

;// CONCATENATED MODULE: ./src/lint/rules/add-remote-checksum.ts


/** An HTTP(S) download (not a Git repository, which `ADD` checks out by ref). */
function isRemoteFile(source) {
    if (!/^https?:\/\//i.test(source))
        return false;
    const path = source.split('#')[0].split('?')[0];
    return !path.endsWith('.git');
}
/* harmony default export */ const add_remote_checksum = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'add-remote-checksum',
        aliases: [],
        severity: 'warning',
        description: 'Verify remote `ADD` downloads with `--checksum=sha256:…` so a changed file fails the build',
    },
    create(ctx) {
        return {
            ADD(ins) {
                if (ins.flag('checksum') !== undefined)
                    return;
                const remote = copySources(ins)
                    .map((s) => ins.expand(s))
                    .find(isRemoteFile);
                if (!remote)
                    return;
                ctx.report(ins, `ADD ${remote} downloads without --checksum: pin its sha256 (ADD --checksum=sha256:<hex> …)`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/copy-instead-of-add.ts

/** Extensions `ADD` unpacks (hadolint's archiveFileFormatExtensions). */
const ARCHIVE_EXTENSIONS = [
    '.tar',
    '.Z',
    '.bz2',
    '.gz',
    '.lz',
    '.lzma',
    '.tZ',
    '.tb2',
    '.tbz',
    '.tbz2',
    '.tgz',
    '.tlz',
    '.tpz',
    '.txz',
    '.xz',
];
/** Strips the quotes around a word as hadolint does (`"file.tgz"` → `file.tgz`). */
function dropQuotes(word) {
    return word.replace(/^["']+|["']+$/g, '');
}
/**
 * Words of a shell-form COPY/ADD: split on whitespace outside quotes, quotes kept as part of the
 * word (hadolint strips them later), so `"my file" /dst/` is one source, not two.
 */
function splitCopyWords(args) {
    const words = [];
    let word = '';
    let quote = null;
    for (const c of args) {
        if (quote) {
            word += c;
            if (c === quote)
                quote = null;
        }
        else if (c === '"' || c === "'") {
            quote = c;
            word += c;
        }
        else if (/\s/.test(c)) {
            if (word)
                words.push(word);
            word = '';
        }
        else
            word += c;
    }
    if (word)
        words.push(word);
    return words;
}
/** Sources and destination of a COPY/ADD as written: the JSON array, or the shell-form words. */
function copySourcesAndTarget(ins) {
    const words = ins.json ?? splitCopyWords(ins.args);
    if (words.length === 0)
        return { sources: [], target: null };
    return { sources: words.slice(0, -1), target: words[words.length - 1] };
}
function addIsNeeded(source) {
    const s = dropQuotes(source);
    return (ARCHIVE_EXTENSIONS.some((ext) => s.endsWith(ext)) ||
        s.startsWith('http://') ||
        s.startsWith('https://') ||
        // A heredoc source is inline text, not a file of the context.
        s.startsWith('<<'));
}
/* harmony default export */ const copy_instead_of_add = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'copy-instead-of-add',
        aliases: ['DL3020'],
        severity: 'error',
        description: 'Use COPY instead of ADD for files and folders; keep ADD for archives to unpack and URLs',
        // hadolint does not look inside `ONBUILD ADD`.
        onbuild: false,
    },
    create(ctx) {
        return {
            ADD(ins) {
                const plain = copySourcesAndTarget(ins).sources.filter((s) => !addIsNeeded(s));
                if (plain.length > 0) {
                    ctx.report(ins, `Use COPY instead of ADD for files and folders (${plain.join(', ')})`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/add-to-extract-archives.ts


const DECOMPRESSORS = new Set([
    'unzip',
    'gunzip',
    'bunzip2',
    'unlzma',
    'unxz',
    'zgz',
    'uncompress',
    'zcat',
    'gzcat',
]);
const basename = (s) => dropQuotes(s).split(/[\\/]/).pop() ?? '';
const isArchive = (s) => ARCHIVE_EXTENSIONS.some((e) => dropQuotes(s).endsWith(e));
function extracts(cmd) {
    if (cmd.name === 'tar') {
        return cmd.args.some((a) => a === '--extract' || a === '--get' || (a.startsWith('-') && !a.startsWith('--') && a.includes('x')));
    }
    return DECOMPRESSORS.has(cmd.name);
}
/* harmony default export */ const add_to_extract_archives = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'add-to-extract-archives',
        aliases: ['DL3010'],
        severity: 'info',
        description: 'Use ADD to extract a local archive instead of COPY and a RUN that unpacks it',
        onbuild: false,
    },
    create(ctx) {
        let archives = [];
        const reported = new Set();
        return {
            FROM() {
                archives = [];
            },
            COPY(ins) {
                if (ins.flag('from') !== undefined || ins.heredocs.length > 0)
                    return;
                // Quote-aware, as hadolint reads COPY: `"my app.tar"` is one source.
                const { sources, target } = copySourcesAndTarget(ins);
                if (target === null || sources.length === 0)
                    return;
                const names = isArchive(target) ? [basename(target)] : sources.filter(isArchive).map(basename);
                for (const name of names)
                    archives.push({ ins, name });
            },
            RUN(ins) {
                const commands = ins.script()?.commands ?? [];
                for (const a of archives) {
                    if (reported.has(a.ins))
                        continue;
                    if (commands.some((c) => extracts(c) && c.argsNoFlags().map(basename).includes(a.name))) {
                        reported.add(a.ins);
                        ctx.report(a.ins, `Use ADD for extracting archives into an image: "${a.name}" is copied, then unpacked by a RUN`);
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/apk-no-cache.ts

/** A `--mount=type=cache` or `type=tmpfs` whose target contains `/var/cache/apk` (hadolint's test): the index never reaches the layer. */
function mountsApkCache(flags) {
    return flags.some((f) => {
        if (f.name !== 'mount' || !f.value)
            return false;
        const opts = new Map(f.value.split(',').map((kv) => {
            const [key, ...value] = kv.split('=');
            return [key.trim(), value.join('=').trim()];
        }));
        const type = opts.get('type');
        if (type !== 'cache' && type !== 'tmpfs')
            return false;
        const target = opts.get('target') ?? opts.get('dst') ?? opts.get('destination') ?? '';
        return target.includes('/var/cache/apk');
    });
}
/* harmony default export */ const apk_no_cache = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'apk-no-cache',
        aliases: ['DL3019'],
        severity: 'info',
        description: 'Pass `--no-cache` to `apk add` so the package index is not left in the layer',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script || mountsApkCache(ins.flags))
                    return;
                // `--no-network` fetches no index and downloads nothing (the packages are already on
                // disk), so nothing lands in /var/cache/apk either (the official images' rundeps idiom).
                if (script.commands.some((c) => c.is('apk', 'add') && !c.hasFlag('no-cache', 'no-network'))) {
                    ctx.report(ins, 'Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages');
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/apk-pin-versions.ts


/** apk options whose value is the next word (`-t`/`--virtual NAME`, `-X`/`--repository URL`). */
const APK_OPTIONS_WITH_VALUE = ['t', 'virtual', 'repository', 'X'];
/**
 * The package words of `apk add`, read as hadolint reads them: words that are not options, except
 * `add`, and not the word after a value option. hadolint drops that word even when the option
 * carries its value (`--virtual=.deps gcc` names no package), and for any letter of a short-option
 * cluster (`-tU .deps`).
 */
function apkAddPackages(cmd) {
    const values = new Set(cmd.flags.filter((f) => APK_OPTIONS_WITH_VALUE.includes(f.name)).map((f) => f.argIndex + 1));
    return cmd.args.filter((a, k) => !values.has(k) && a !== 'add' && !(a.startsWith('-') && a !== '-' && a !== '--'));
}
/** `pkg=1.2.3-r0`, `pkg~1.2`, a range (`pkg>=1.2`, `pkg<2`), or a local `.apk` file (hadolint's versionFixed). */
function apkPackagePinned(pkg) {
    return /[=~<>]/.test(pkg) || pkg.endsWith('.apk');
}
/* harmony default export */ const apk_pin_versions = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'apk-pin-versions',
        aliases: ['DL3018'],
        severity: 'warning',
        description: 'Pin versions in `apk add` (`pkg=1.2.3-r0` or `pkg~1.2`)',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                const unpinned = script.commands
                    .filter((c) => c.is('apk', 'add'))
                    .flatMap((c) => packageWordsExpanded(ins, apkAddPackages(c)))
                    .filter((p) => !apkPackagePinned(p));
                if (unpinned.length > 0) {
                    ctx.report(ins, `Pin versions in apk add: ${unpinned.join(', ')}. Instead of \`apk add <package>\` use \`apk add <package>=<version>\``);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/apt-get-assume-yes.ts

/** `-y`, `--yes`, `--assume-yes`, or quiet level 2 (`-qq`, `-q -q`, `-q=2`), which implies `-y`. */
function answersYes(cmd) {
    if (cmd.hasFlag('y', 'yes', 'assume-yes', 'qq'))
        return true;
    const count = (name) => cmd.flags.filter((f) => f.name === name).length;
    return count('q') === 2 || count('quiet') === 2 || cmd.hasArg('-q=2');
}
/* harmony default export */ const apt_get_assume_yes = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'apt-get-assume-yes',
        aliases: ['DL3014'],
        severity: 'warning',
        description: 'Pass `-y` to `apt-get install` so the build never waits for an answer',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                if (script.commands.some((c) => c.is('apt-get', 'install') && !answersYes(c))) {
                    ctx.report(ins, 'Use the `-y` switch to avoid manual input `apt-get -y install <package>`');
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/apt-get-not-apt.ts

/* harmony default export */ const apt_get_not_apt = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'apt-get-not-apt',
        aliases: ['DL3027'],
        severity: 'warning',
        description: 'Use `apt-get` or `apt-cache` in scripts, not `apt` (an interactive tool without a stable CLI)',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const apt = ins.script()?.commands.find((c) => c.name === 'apt');
                if (apt) {
                    ctx.report(ins, `Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead (\`${apt.argv.slice(0, 2).join(' ')}\`)`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/_cleanup/index.ts

/** Where each cache lives: an `rm -r` or `find … -delete` of one of these empties it. */
const CACHE_DIRS = {
    'apt-lists': ['/var/lib/apt/lists'],
    // yum on RHEL 8 and later is dnf underneath and keeps its cache in /var/cache/dnf, and back.
    yum: ['/var/cache/yum', '/var/cache/dnf'],
    dnf: ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5'],
    zypper: ['/var/cache/zypp'],
};
/** The manager's own commands that empty it: tool names and the words that must follow. */
const CLEAN_COMMANDS = {
    // `apt-get clean` empties /var/cache/apt/archives only; `dist-clean` (apt 2.7+, used by
    // Debian 13's official images) also removes the lists.
    'apt-lists': { tools: ['apt-get', 'apt'], words: [['dist-clean'], ['distclean']] },
    // `yum clean` alone or `clean metadata` leave the packages; `clean all` empties both.
    yum: { tools: ['yum'], words: [['clean', 'all']] },
    dnf: { tools: ['dnf', 'microdnf', 'dnf5', 'tdnf'], words: [['clean', 'all']] },
    zypper: { tools: ['zypper'], words: [['clean'], ['cc']] },
};
const trimGlob = (path) => path.replace(/\/?\*?$/, '');
/** `rm -r` of the directory itself, `dir/`, `dir/*` or `dir*` (a plain `rm -f dir/*` leaves subdirectories). */
function removesDir(cmd, dirs) {
    const name = baseName(cmd.name);
    if (name === 'rm')
        return cmd.hasFlag('r', 'R', 'recursive') && cmd.argsNoFlags().some((p) => dirs.includes(trimGlob(p)));
    // `find /var/lib/apt/lists -mindepth 1 -delete` (or `-exec rm -rf {} +`).
    if (name === 'find')
        return (dirs.includes(trimGlob(cmd.args[0] ?? '')) &&
            (cmd.args.includes('-delete') || cmd.args.some((a, k) => a === '-exec' && cmd.args[k + 1] === 'rm')));
    return false;
}
/** The command empties the cache of `kind` (by the manager's own clean command, `rm -r` or `find -delete`). */
function cleansCache(cmd, kind) {
    if (removesDir(cmd, CACHE_DIRS[kind]))
        return true;
    const spec = CLEAN_COMMANDS[kind];
    if (!spec.tools.includes(baseName(cmd.name)))
        return false;
    const words = cmd.argsNoFlags();
    return spec.words.some((seq) => {
        const at = words.indexOf(seq[0]);
        return at >= 0 && seq.every((w, k) => words[at + k] === w);
    });
}
/** Only the directory half of `cleansCache`: for rules where each tool must run its own clean (dnf, microdnf). */
function removesCacheOf(cmd, kind) {
    return removesDir(cmd, CACHE_DIRS[kind]);
}

;// CONCATENATED MODULE: ./src/lint/rules/apt-lists-cleaned.ts



/* harmony default export */ const apt_lists_cleaned = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'apt-lists-cleaned',
        aliases: ['DL3009'],
        severity: 'info',
        description: 'Delete the apt-get lists (`rm -rf /var/lib/apt/lists/*`) in the RUN that ran `apt-get update`',
    },
    create(ctx) {
        const forgotten = [];
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                // `apt update` and `aptitude update` fill the same /var/lib/apt/lists (hadolint counts all three).
                const updates = script.commands.some((c) => c.is('apt-get', 'update') || c.is('apt', 'update') || c.is('aptitude', 'update'));
                // hadolint's test (any `rm` given `-rf` or `/var/lib/apt/lists/*`) and the other idioms
                // that empty the lists: `apt-get dist-clean`, `rm -r /var/lib/apt/lists`, `find … -delete`.
                const cleans = script.commands.some((c) => c.is('rm', '-rf', '/var/lib/apt/lists/*') || cleansCache(c, 'apt-lists'));
                if (!updates || cleans)
                    return;
                // A cache or tmpfs mount keeps the lists out of the layer, like the `rm` does.
                const mounted = (dir) => hasCacheOrTmpfsMountWith(ins.flags, dir);
                if (mounted('/var/lib/apt/lists'))
                    return;
                if (mounted('/var/lib/apt') && mounted('/var/cache/apt'))
                    return;
                forgotten.push({ ins, stage: ins.onbuild ? null : ins.stage });
            },
            end() {
                const stages = ctx.model.stages;
                const final = stages[stages.length - 1];
                const key = (s) => `${s.from.text}|${s.alias ?? ''}|${s.from.platform ?? ''}`;
                const usedAsBase = new Set(stages.map((s) => s.from.text));
                for (const { ins, stage } of forgotten) {
                    // Lists only matter in the image that ships: the final stage, a stage another FROM builds
                    // on, and ONBUILD triggers (they run in some child's image).
                    const matters = stage === null ||
                        (final !== undefined && key(stage) === key(final)) ||
                        (stage.alias !== null && usedAsBase.has(stage.alias));
                    if (matters)
                        ctx.report(ins, 'Delete the apt-get lists after installing something: `rm -rf /var/lib/apt/lists/*` in the same RUN');
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/apt-no-install-recommends.ts

/* harmony default export */ const apt_no_install_recommends = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'apt-no-install-recommends',
        aliases: ['DL3015'],
        severity: 'info',
        description: 'Avoid additional packages by passing `--no-install-recommends` to `apt-get install`',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                const forgot = script.commands.some((cmd) => cmd.is('apt-get', 'install') &&
                    !cmd.hasFlag('no-install-recommends') &&
                    !cmd.hasArg('APT::Install-Recommends=false'));
                if (forgot)
                    ctx.report(ins, 'Avoid additional packages by specifying `--no-install-recommends`');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/apt-pin-versions.ts



function isPinned(pkg) {
    return pkg.includes('=') || pkg.includes('/') || pkg.endsWith('.deb');
}
/* harmony default export */ const apt_pin_versions = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'apt-pin-versions',
        aliases: ['DL3008'],
        severity: 'warning',
        description: 'Pin versions in `apt-get install` (`pkg=1.2.*`)',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const unpinned = (ins.script()?.commands ?? [])
                    .filter((c) => c.is('apt-get', 'install'))
                    .flatMap((c) => packageWordsExpanded(ins, aptGetPackages(c)))
                    .filter((p) => !isPinned(p));
                if (unpinned.length > 0) {
                    ctx.report(ins, `Pin versions in apt-get install: ${unpinned.join(', ')} (use \`apt-get install <package>=<version>\`)`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/arg-env-sensitive-name.ts

/** hadolint's list of names known to carry credentials (compared upper-cased). */
const KNOWN_SENSITIVE_NAMES = new Set([
    'ACCESS_TOKEN',
    'APPLICATION_KEY',
    'APP_SECRET',
    'AUTH_TOKEN',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'BITTREX_API_KEY',
    'BITTREX_API_SECRET',
    'CF_PASSWORD',
    'CF_USERNAME',
    'CIRCLE_TOKEN',
    'CI_DEPLOY_PASSWORD',
    'CI_DEPLOY_USER',
    'DOCKERHUB_PASSWORD',
    'DOCKER_EMAIL',
    'DOCKER_PASSWORD',
    'DOCKER_USERNAME',
    'FACEBOOK_ACCESS_TOKEN',
    'FACEBOOK_APP_ID',
    'FACEBOOK_APP_SECRET',
    'FIREBASE_API_TOKEN',
    'FIREBASE_TOKEN',
    'FOSSA_API_KEY',
    'GH_ENTERPRISE_TOKEN',
    'GH_TOKEN',
    'GITHUB_ENTERPRISE_TOKEN',
    'GITHUB_TOKEN',
    'HEROKU_API_KEY',
    'HEROKU_API_USER',
    'NPM_AUTH_TOKEN',
    'NPM_TOKEN',
    'OKTA_AUTHN_GROUPID',
    'OKTA_CLIENT_ORGURL',
    'OKTA_CLIENT_TOKEN',
    'OKTA_OAUTH2_CLIENTID',
    'OKTA_OAUTH2_CLIENTSECRET',
    'OPENAI_API_KEY',
    'OS_PASSWORD',
    'OS_USERNAME',
    'POSTGRES_PASSWORD',
    'SLACK_TOKEN',
    'STRIPE_API_KEY',
    'STRIPE_DEVICE_NAME',
    'TRAVIS_OS_NAME',
    'TRAVIS_SECURE_ENV_VARS',
    'TRAVIS_SUDO',
    'VAULT_CLIENT_KEY',
    'VAULT_TOKEN',
]);
/** hadolint's substrings of a lower-cased name that suggest a secret. */
const SUSPICIOUS_SUBSTRINGS = ['api_key', 'client_key', 'password', 'private', 'secret', 'token', 'username'];
/** The name alone decides, as in hadolint: `GITHUB_TOKEN`, `db_password`, `MY_SECRET`. */
function isSensitiveName(name) {
    const lower = name.toLowerCase();
    return (KNOWN_SENSITIVE_NAMES.has(name.toUpperCase()) || SUSPICIOUS_SUBSTRINGS.some((s) => lower.includes(s)));
}
const ACCOUNT_COMMANDS = new Set(['useradd', 'adduser', 'usermod', 'groupadd', 'addgroup', 'chown', 'su']);
/**
 * A `USERNAME` that names a local account rather than a credential: `username` is its only
 * suspicious part and the file uses it as one (`USER $USERNAME`, `useradd … $USERNAME`,
 * `chown $USERNAME …`), as dev containers do with `ARG USERNAME=vscode`.
 */
function namesLocalAccount(name, instructions) {
    const lower = name.toLowerCase();
    if (KNOWN_SENSITIVE_NAMES.has(name.toUpperCase()))
        return false;
    if (SUSPICIOUS_SUBSTRINGS.some((s) => s !== 'username' && lower.includes(s)))
        return false;
    const ref = new RegExp(`\\$\\{?${name}\\b`);
    return instructions.some((ins) => {
        if (ins.keyword === 'USER')
            return ref.test(ins.args);
        if (ins.keyword !== 'RUN')
            return false;
        return (ins.script()?.commands ?? []).some((c) => ACCOUNT_COMMANDS.has(c.name.slice(c.name.lastIndexOf('/') + 1)) && c.args.some((a) => ref.test(a)));
    });
}
/* harmony default export */ const arg_env_sensitive_name = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'arg-env-sensitive-name',
        aliases: ['DL3064'],
        severity: 'warning',
        description: 'Do not pass potentially sensitive data through `ARG` or `ENV`: use a secret mount',
    },
    create(ctx) {
        const check = (ins) => {
            const names = ins.pairs
                .map((p) => p.key)
                .filter((n) => isSensitiveName(n) && !namesLocalAccount(n, ctx.model.instructions));
            if (names.length > 0)
                ctx.report(ins, `Potentially sensitive data should not be used in the \`ARG\` or \`ENV\` commands (${ins.keyword} ${names.join(', ')})`);
        };
        return {
            ARG(ins) {
                check(ins);
            },
            ENV(ins) {
                check(ins);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/avoid-alpine-for-python.ts


/** `alpine`, `alpine:3.19`, `python:3.12-alpine`, `python:alpine3.19`, `node:20-alpine`. */
function isAlpineImage(ref) {
    return baseName(ref.name) === 'alpine' || /(^|-)alpine/.test(ref.tag ?? '');
}
const PYTHON_INSTALLERS = new Set(['pip', 'uv', 'poetry', 'pipenv']);
/**
 * pip, setuptools and wheel are pure Python and published as universal wheels, so installing or
 * upgrading only them (`pip install --upgrade pip`, the official image's own `setuptools==…`)
 * builds nothing on musl: the message would be false for that install.
 */
const PACKAGING_TOOLS = new Set(['pip', 'setuptools', 'wheel']);
function onlyPackagingTools(cmd) {
    if (!isPipInstallCommand(cmd) || cmd.hasFlag('r', 'requirement', 'e', 'editable'))
        return false;
    const words = cmd.argsNoFlags(PIP_VALUE_FLAGS);
    const packages = words.slice(words.indexOf('install') + 1);
    return (packages.length > 0 && packages.every((w) => PACKAGING_TOOLS.has(w.split(/[=<>~![;]/)[0].toLowerCase())));
}
/* harmony default export */ const avoid_alpine_for_python = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'avoid-alpine-for-python',
        aliases: [],
        severity: 'warning',
        description: 'Avoid Alpine for Python: musl makes pip build wheels from source; use a `-slim` image',
    },
    create(ctx) {
        let reported = new Set();
        return {
            FROM() {
                reported = new Set();
            },
            RUN(ins) {
                const stage = ins.stage;
                if (!stage)
                    return;
                const root = rootImage(stage);
                if (!root || !isAlpineImage(root.ref))
                    return;
                const script = ins.script();
                if (!script)
                    return;
                const install = script.commands.find((c) => PYTHON_INSTALLERS.has(dependencyInstall(c) ?? '') && !onlyPackagingTools(c));
                // Once per stage: the fix is the FROM, not each install.
                const key = ins.onbuild ? 'onbuild' : 'stage';
                if (!install || reported.has(key))
                    return;
                reported.add(key);
                ctx.report(ins, `"${install.argv.slice(0, 2).join(' ')}" on Alpine ("${root.ref.text}"): musl needs wheels built from source and a toolchain; use a Debian-based -slim image`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/base-image-digest.ts

/* harmony default export */ const base_image_digest = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'base-image-digest',
        aliases: [],
        severity: 'info',
        description: 'Pin base images by digest (`image:tag@sha256:…`): a tag can be moved, a digest cannot',
        defaultOn: false,
    },
    create(ctx) {
        return {
            FROM(ins) {
                const from = ins.stage?.from;
                if (!from || from.isScratch || from.parentStage)
                    return;
                // `FROM ${BASE}`: judge the default the build will use; an unknown variable cannot be judged.
                const ref = from.resolved ?? from;
                if (ref.text.includes('$') || ref.digest)
                    return;
                ctx.report(ins, `"${ref.text}" is not pinned by digest; use "${ref.text}@sha256:…" (and let a bot update it)`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/base-image-from-arg.ts

/* harmony default export */ const base_image_from_arg = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'base-image-from-arg',
        aliases: [],
        severity: 'style',
        description: 'Name the base image in an ARG (`ARG BASE_IMAGE=python:3.12-slim` / `FROM $BASE_IMAGE`) so it can be swapped without editing',
        defaultOn: false,
    },
    create(ctx) {
        return {
            FROM(ins) {
                const from = ins.stage?.from;
                if (!from || from.isScratch || from.parentStage || from.hasVariables)
                    return;
                ctx.report(ins, `"${from.text}" is written into the FROM; declare "ARG BASE_IMAGE=${from.text}" before the first FROM and use FROM \${BASE_IMAGE}`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/build-toolchain-in-final-stage.ts


const TOOLCHAIN = new Set([
    'build-essential',
    'build-base',
    'alpine-sdk',
    'gcc',
    'g++',
    'gcc-c++',
    'clang',
    'make',
    'cmake',
    'linux-headers',
]);
/** A compiler, build tool or header package (`*-dev` on Debian/Alpine, `*-devel` on RPM distributions). */
function isToolchainPackage(name) {
    if (TOOLCHAIN.has(name))
        return true;
    if (/^(gcc|g\+\+|clang|cpp)-\d+(\.\d+)*$/.test(name))
        return true;
    return /.-dev(el)?$/.test(name);
}
/* harmony default export */ const build_toolchain_in_final_stage = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'build-toolchain-in-final-stage',
        aliases: [],
        severity: 'warning',
        description: 'Install compilers and `-dev` packages in a builder stage, not in the final image; copy the built result instead',
        // ONBUILD RUN installs into child images; the final image here is what this file builds.
        onbuild: false,
    },
    create(ctx) {
        return {
            end() {
                const stage = finalStage(ctx.model.stages);
                if (!stage)
                    return;
                // An image with no ENTRYPOINT or CMD of its own runs no app: it is a base or toolchain
                // image to build on (rust, golang, a dev container, a CI runner), where the compiler is
                // the point and "copy the built result" is wrong advice.
                const { entrypoint, cmd } = imageProcess(stage);
                if (!entrypoint && !cmd)
                    return;
                const pending = packagesLeftInstalled(stage, isToolchainPackage);
                for (const [ins, names] of pending) {
                    if (names.size === 0)
                        continue;
                    const list = [...names];
                    const shown = list.slice(0, 5).join(', ') + (list.length > 5 ? `, … (${list.length})` : '');
                    ctx.report(ins, `Build toolchain in the final image (${shown}): install it in a builder stage and copy the built venv/wheels/binary`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/cmd-entrypoint-json-form.ts

/* harmony default export */ const cmd_entrypoint_json_form = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'cmd-entrypoint-json-form',
        aliases: ['DL3025'],
        severity: 'warning',
        description: 'Use the JSON (exec) form for CMD and ENTRYPOINT so the process gets signals as PID 1',
        // hadolint does not look inside `ONBUILD CMD`.
        onbuild: false,
    },
    create(ctx) {
        const check = (ins) => ins.form === 'shell' && ins.args.trim() !== '';
        return {
            CMD(ins) {
                if (check(ins))
                    ctx.report(ins, 'Use arguments JSON notation for CMD and ENTRYPOINT arguments');
            },
            ENTRYPOINT(ins) {
                if (check(ins))
                    ctx.report(ins, 'Use arguments JSON notation for CMD and ENTRYPOINT arguments');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/copy-context-before-dependency-install.ts


/** Installs only the project itself (its dependencies came earlier), e.g. `pip install --no-deps .`. */
function installsProjectOnly(cmd) {
    return cmd.hasFlag('no-deps', 'only-root');
}
/**
 * The install reads the project's manifest (requirements file, package.json + lock, Gemfile, …)
 * rather than naming packages: only such an install, done before the copy, has the dependency
 * layer cached. `pip install gunicorn` or `npm install -g pm2` names a tool, not the manifest.
 */
function installsFromManifest(cmd, ecosystem) {
    const positional = cmd.argsNoFlags(PIP_VALUE_FLAGS).filter((w) => w !== 'install' && w !== 'pip');
    switch (ecosystem) {
        case 'pip':
            return (cmd.hasFlag('r', 'requirement', 'c', 'constraint', 'e', 'editable') ||
                positional.some((w) => w.startsWith('.') || w.startsWith('/')));
        case 'npm':
        case 'pnpm':
        case 'pipenv':
            // `npm ci`, `npm install` with no package names: from package.json and its lock.
            return cmd.argsNoFlags().length <= 1;
        default:
            return true;
    }
}
const fresh = () => ({ copies: [], installedEarly: new Set(), sawCopy: false });
/* harmony default export */ const copy_context_before_dependency_install = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'copy-context-before-dependency-install',
        aliases: [],
        severity: 'warning',
        description: 'Copy the dependency manifests and install them before copying the whole context, so code edits keep the dependency layer cached',
    },
    create(ctx) {
        // Triggers run in a child image, so ONBUILD instructions are followed apart from the stage's own.
        let own = fresh();
        let triggers = fresh();
        const stateOf = (ins) => (ins.onbuild ? triggers : own);
        const copy = (ins) => {
            if (!copiesWholeContext(ins))
                return;
            const state = stateOf(ins);
            state.copies.push(ins);
            state.sawCopy = true;
        };
        return {
            FROM() {
                own = fresh();
                triggers = fresh();
            },
            COPY: copy,
            ADD: copy,
            RUN(ins) {
                const state = stateOf(ins);
                for (const cmd of ins.script()?.commands ?? []) {
                    const ecosystem = dependencyInstall(cmd);
                    if (!ecosystem)
                        continue;
                    if (!state.sawCopy) {
                        if (installsFromManifest(cmd, ecosystem))
                            state.installedEarly.add(ecosystem);
                        continue;
                    }
                    // The manifests were installed first; this install adds the project on top.
                    if (state.installedEarly.has(ecosystem) || installsProjectOnly(cmd))
                        continue;
                    const first = state.copies.shift();
                    if (!first)
                        continue;
                    state.copies = [];
                    ctx.report(first, `The whole context is copied before "${[baseName(cmd.name), ...cmd.args.slice(0, 2)].join(' ')}" (line ${cmd.line}): every code change reinstalls the dependencies; copy the manifest (requirements.txt, package.json + lock, …) and install first`);
                }
            },
        };
    },
}));

// EXTERNAL MODULE: ./src/dockerfile/model.ts
var model = __webpack_require__(4011);
;// CONCATENATED MODULE: ./src/lint/rules/_image/index.ts
// Image references outside FROM: `COPY --from=<ref>` and `RUN --mount=from=<ref>` may name a stage
// or an image. What the stage and the image-tag rules share so they agree on which is which. A
// folder rather than `rules/_image.ts` because every `.ts` directly in `rules/` is a rule.


/**
 * A `--from` value that can only be an image: stage names are `[a-z][a-z0-9-_.]*`, so a `/` (a
 * repository path), an `@` (a digest) or a `:` (a tag) makes it a reference (`gloursdocker/docker`,
 * `ghcr.io/org/tool`, `alpine:3.20`). A plain word may be a stage, and a variable is unknown.
 */
function isImageReference(from) {
    const value = dropQuotes(from);
    return !value.includes('$') && /[/:@]/.test(value);
}
/** Where an instruction other than FROM pulls an image: `COPY --from=` and each `RUN --mount=…,from=`. */
function imageReferencesOf(ins) {
    const values = [];
    if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
        const from = ins.flag('from');
        if (typeof from === 'string')
            values.push(from);
    }
    else if (ins.keyword === 'RUN') {
        for (const f of ins.flags) {
            if (f.name !== 'mount' || !f.value)
                continue;
            for (const kv of f.value.split(',')) {
                const eq = kv.indexOf('=');
                if (eq > 0 && kv.slice(0, eq).trim() === 'from')
                    values.push(kv.slice(eq + 1).trim());
            }
        }
    }
    return values.filter(isImageReference).map((v) => (0,model/* parseImageRef */.Q)(dropQuotes(v)));
}
/** `binaries-$TARGETOS` fits `binaries-linux`: each variable stands for any run of characters. */
function fitsAlias(name, alias) {
    const pattern = new RegExp(`^${name
        .split(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.+')}$`);
    return pattern.test(alias);
}

;// CONCATENATED MODULE: ./src/lint/rules/copy-from-defined-stage.ts


/* harmony default export */ const copy_from_defined_stage = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'copy-from-defined-stage',
        aliases: ['DL3022'],
        severity: 'warning',
        description: '`COPY --from` should name an earlier stage (alias or index) or an image reference',
        onbuild: false,
    },
    create(ctx) {
        // Aliases and the number of FROMs seen so far: a stage defined later cannot be copied from.
        const aliases = new Set();
        let stagesSeen = 0;
        return {
            FROM(ins) {
                stagesSeen++;
                if (ins.stage?.alias)
                    aliases.add(ins.stage.alias);
            },
            COPY(ins) {
                const from = ins.flag('from');
                if (from === undefined || from === null)
                    return;
                // `gloursdocker/docker`, `ghcr.io/org/tool`, `image:tag`, `image@sha256:…` are images (stage
                // names cannot hold `/`, `:` or `@`); the image-tag rules judge them. hadolint accepts only
                // a colon, so it reports `--from=org/tool` as a missing stage: a deliberate difference.
                if (isImageReference(from))
                    return;
                if (aliases.has(from))
                    return;
                // A stage index, read as hadolint reads it (leading digits).
                const index = /^\d+/.exec(from);
                if (index && Number(index[0]) < stagesSeen)
                    return;
                ctx.report(ins, `\`COPY --from=${from}\` should reference a previously defined \`FROM\` alias`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/copy-from-not-own-stage.ts

/* harmony default export */ const copy_from_not_own_stage = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'copy-from-not-own-stage',
        aliases: ['DL3023'],
        severity: 'error',
        description: '`COPY --from` cannot reference the stage it is in',
        onbuild: false,
    },
    create(ctx) {
        return {
            COPY(ins) {
                const from = ins.flag('from');
                const alias = ins.stage?.alias;
                if (from && alias && from === alias) {
                    ctx.report(ins, `\`COPY --from=${from}\` cannot reference its own \`FROM\` alias`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/copy-from-not-whole-filesystem.ts




/**
 * Whether the root of the image a stage is made of is known to be a whole operating system: an
 * official image (`debian`, `golang:1.22`, no namespace). `scratch` holds only what was copied into
 * it, and a third-party image (`tonistiigi/xx`, `org/tool`) cannot be seen: such images are often
 * carriers of a few files, made to be copied with `COPY --from=… / /`, so they are let through.
 */
function rootIsWholeOs(stage, stages) {
    const root = rootImage(stage);
    if (!root)
        return false;
    if (root.stage.from.isScratch)
        return false;
    const written = root.stage.from.name;
    if (written.includes('$')) {
        // `FROM binaries-$TARGETOS`: a stage picked at build time; whole only if every candidate is.
        const candidates = stages.filter((s) => s.index < root.stage.index && s.alias !== null && fitsAlias(written, s.alias));
        if (candidates.length > 0)
            return candidates.every((s) => rootIsWholeOs(s, stages));
    }
    const name = root.ref.name.replace(/^library\//, '');
    if (name.includes('$'))
        return false;
    const registry = root.ref.registry;
    return (registry === null || registry === 'docker.io') && !name.includes('/');
}
/* harmony default export */ const copy_from_not_whole_filesystem = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'copy-from-not-whole-filesystem',
        aliases: ['DL3067'],
        severity: 'warning',
        description: 'Do not copy an entire filesystem from another stage (`COPY --from=… / /`)',
        onbuild: false,
    },
    create(ctx) {
        return {
            COPY(ins) {
                const from = ins.flag('from');
                if (typeof from !== 'string')
                    return;
                const words = ins.json ?? ins.args.split(/\s+/).filter((w) => w !== '');
                const target = words[words.length - 1];
                if (target === undefined || dropQuotes(target) !== '/')
                    return;
                if (!copySources(ins).some((s) => dropQuotes(s) === '/'))
                    return;
                const stages = ctx.model.stages;
                const here = ins.stage?.index ?? stages.length;
                const stage = stages.find((s) => s.index < here && (s.alias === from || String(s.index) === from));
                // A stage of this file: reported when it is made of an official OS image. Anything else
                // is an image: reported when it is an official one (`--from=debian`, a plain word as in
                // hadolint's cases), not when it is a third-party image that may carry a few files.
                const whole = stage ? rootIsWholeOs(stage, stages) : !dropQuotes(from).includes('/');
                if (!whole)
                    return;
                ctx.report(ins, `Do not copy an entire filesystem from another stage: \`COPY --from=${from} / /\` overwrites this image's /etc, /usr and the rest; copy the directories you need`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/copy-relative-needs-workdir.ts

/** Words of a shell-form instruction, quotes kept (hadolint strips them from the ends later). */
function shellWords(args) {
    const words = [];
    let current = '';
    let quote = null;
    for (const ch of args) {
        if (quote) {
            current += ch;
            if (ch === quote)
                quote = null;
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
            current += ch;
        }
        else if (/\s/.test(ch)) {
            if (current)
                words.push(current);
            current = '';
        }
        else
            current += ch;
    }
    if (current)
        words.push(current);
    return words;
}
function destination(ins) {
    const words = ins.json ?? shellWords(ins.args);
    return words.length >= 2 ? words[words.length - 1] : null;
}
/** Absolute on Linux (`/x`) or Windows (`c:\x`, `c:/x`), or a variable whose value is unknown. */
function needsNoWorkdir(dest) {
    const d = dest.replace(/^["']+|["']+$/g, '');
    return d.startsWith('/') || d.startsWith(':\\', 1) || d.startsWith(':/', 1) || d.startsWith('$');
}
/* harmony default export */ const copy_relative_needs_workdir = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'copy-relative-needs-workdir',
        aliases: ['DL3045'],
        severity: 'warning',
        description: 'Set a `WORKDIR` before `COPY` to a relative destination',
        // A trigger's COPY runs in a child image whose WORKDIR this file does not decide.
        onbuild: false,
    },
    create(ctx) {
        // As hadolint: stages are known by alias, else by image name, and a stage built `FROM` an
        // earlier one inherits whether that one set a WORKDIR.
        const workdirSet = new Map();
        let current = null;
        return {
            FROM(ins) {
                const stage = ins.stage;
                if (!stage)
                    return;
                const parent = workdirSet.get(stage.from.name) ?? false;
                current = stage.alias ?? stage.from.name;
                workdirSet.set(current, parent);
            },
            WORKDIR() {
                workdirSet.set(current ?? '', true);
            },
            COPY(ins) {
                if (workdirSet.get(current ?? '') === true)
                    return;
                const dest = destination(ins);
                if (dest === null || needsNoWorkdir(dest))
                    return;
                ctx.report(ins, `\`COPY\` to a relative destination ("${dest}") without \`WORKDIR\` set.`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/copy-target-dir-slash.ts


/* harmony default export */ const copy_target_dir_slash = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'copy-target-dir-slash',
        aliases: ['DL3021'],
        severity: 'error',
        description: 'COPY with more than one source needs a destination ending in `/`',
        // hadolint does not look inside `ONBUILD COPY`.
        onbuild: false,
    },
    create(ctx) {
        return {
            COPY(ins) {
                const { sources, target } = copySourcesAndTarget(ins);
                if (sources.length < 2 || target === null)
                    return;
                // A Windows destination ends in a backslash (`C:\\Windows\\System32\\`), which names a directory too.
                if (!/[/\\]$/.test(dropQuotes(target))) {
                    ctx.report(ins, `COPY with more than 2 arguments requires the last argument to end with /: use "${dropQuotes(target)}/"`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/curl-or-wget-not-both.ts

/* harmony default export */ const curl_or_wget_not_both = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'curl-or-wget-not-both',
        aliases: ['DL4001'],
        severity: 'warning',
        description: 'Use either wget or curl in a stage, not both',
    },
    create(ctx) {
        let stageTools = new Set();
        // hadolint keeps a separate tally for ONBUILD triggers (they run in some child image).
        const onbuildTools = new Set();
        return {
            FROM() {
                stageTools = new Set();
            },
            RUN(ins) {
                const tools = (ins.script()?.commands ?? [])
                    .map((c) => c.name)
                    .filter((n) => n === 'curl' || n === 'wget');
                if (tools.length === 0)
                    return;
                const tally = ins.onbuild ? onbuildTools : stageTools;
                for (const t of tools)
                    tally.add(t);
                if (tally.size >= 2)
                    ctx.report(ins, 'Either use wget or curl but not both: two download tools in one image');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/debian-frontend-as-arg.ts


/* harmony default export */ const debian_frontend_as_arg = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'debian-frontend-as-arg',
        aliases: [],
        severity: 'info',
        description: 'Set `DEBIAN_FRONTEND=noninteractive` with ARG (or inline in the RUN), not ENV, so it does not persist into the image',
        onbuild: false,
    },
    create(ctx) {
        return {
            end() {
                const final = finalStage(ctx.model.stages);
                if (!final)
                    return;
                // Only the value in effect when the image is done matters: a later `ENV DEBIAN_FRONTEND=`
                // or `=teletype`/`=dialog` resets it, and a builder stage's ENV never reaches the image.
                let inEffect = null;
                for (const ins of imageInstructions(final)) {
                    if (ins.keyword !== 'ENV')
                        continue;
                    for (const p of ins.pairs)
                        if (p.key === 'DEBIAN_FRONTEND')
                            inEffect = { ins, value: ins.expand(p.value ?? '').trim() };
                }
                if (inEffect?.value !== 'noninteractive')
                    return;
                ctx.report(inEffect.ins, 'ENV DEBIAN_FRONTEND=noninteractive persists into every container and child image; use "ARG DEBIAN_FRONTEND=noninteractive" or set it inline in the RUN');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/dev-server-in-final-stage.ts



const RELOADING_SERVERS = new Set(['uvicorn', 'gunicorn', 'hypercorn', 'daphne']);
const DEV_SCRIPTS = new Set(['dev', 'develop', 'start:dev', 'serve:dev', 'watch']);
const NODE_RUNNERS = new Set(['npm', 'yarn', 'pnpm', 'bun']);
/**
 * The development server or debug switch an argv runs, or null. Looks at every position, so
 * `tini -- flask run` and `python -m uvicorn app:app --reload` are seen.
 */
function devServerIn(argv) {
    const words = argv.map(baseName);
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        const rest = argv.slice(i + 1);
        if (w === 'flask' && rest.includes('run'))
            return 'flask run';
        if (/^(runserver|runserver_plus)$/.test(argv[i]) &&
            words.slice(0, i).some((x) => /^(manage\.py|django-admin(\.py)?)$/.test(x)))
            return `manage.py ${argv[i]}`;
        if (RELOADING_SERVERS.has(w) &&
            rest.some((a) => a === '--reload' || (a.startsWith('--reload=') && a !== '--reload=false')))
            return `${w} --reload`;
        if (w === 'fastapi' && rest[0] === 'dev')
            return 'fastapi dev';
        if (w === 'nodemon' || w === 'ts-node-dev')
            return w;
        if (NODE_RUNNERS.has(w)) {
            const script = rest[0] === 'run' || rest[0] === 'run-script' ? rest[1] : rest[0];
            if (script && DEV_SCRIPTS.has(script))
                return `${w} ${rest[0] === script ? '' : 'run '}${script}`;
        }
        if ((w === 'next' || w === 'nuxt' || w === 'nuxi') && rest[0] === 'dev')
            return `${w} dev`;
        if (w === 'ng' && rest[0] === 'serve')
            return 'ng serve';
        if (w === 'react-scripts' && rest[0] === 'start')
            return 'react-scripts start';
        if (w === 'webpack-dev-server' || (w === 'webpack' && rest[0] === 'serve'))
            return 'webpack dev server';
        if (w === 'vite' &&
            (rest.length === 0 || rest[0] === 'dev' || rest[0] === 'serve' || rest[0].startsWith('-')))
            return 'vite dev server';
        if (w === 'artisan' && rest[0] === 'serve')
            return 'artisan serve';
        if (w === 'php' && rest[0] === '-S')
            return 'php -S';
        if (argv[i] === '--debug' || argv[i] === '--debug=true' || argv[i] === '--debug=1')
            return '--debug';
    }
    return null;
}
const DEBUG_VARS = new Set(['DEBUG', 'FLASK_DEBUG', 'DJANGO_DEBUG', 'APP_DEBUG']);
const DEV_ENV_VARS = new Set(['FLASK_ENV', 'NODE_ENV', 'RAILS_ENV', 'RACK_ENV', 'APP_ENV']);
/** `FLASK_DEBUG=1`, `DEBUG=True`, `NODE_ENV=development`, … as `KEY=value`, or null. */
function debugSetting(key, value) {
    if (value === null)
        return null;
    const v = value.trim();
    if (DEBUG_VARS.has(key) && TRUTHY.has(v))
        return `${key}=${v}`;
    if (DEV_ENV_VARS.has(key) && /^(development|dev)$/i.test(v))
        return `${key}=${v}`;
    return null;
}
/* harmony default export */ const dev_server_in_final_stage = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'dev-server-in-final-stage',
        aliases: [],
        severity: 'warning',
        description: 'Run a production server in the final image: no `flask run`, `manage.py runserver`, `--reload`, `--debug` or debug ENV',
        onbuild: false,
    },
    create(ctx) {
        const checkProcess = (stage) => {
            const { entrypoint, cmd } = imageProcess(stage);
            const parts = [entrypoint, cmd].filter((i) => i !== null);
            // `ENTRYPOINT ["uvicorn"]` + `CMD ["app:app", "--reload"]` is one process: read them together.
            const combined = entrypoint?.json && cmd ? [...entrypoint.json, ...(cmd.json ?? [])] : null;
            const reported = new Set();
            for (const ins of parts) {
                for (const c of instructionCommands(ins) ?? []) {
                    const hit = devServerIn(c.argv);
                    if (hit && !reported.has(ins)) {
                        reported.add(ins);
                        ctx.report(ins, `"${hit}" is a development server or debug mode; run a production server (gunicorn, uvicorn without --reload, …)`);
                    }
                }
            }
            if (combined && reported.size === 0) {
                const hit = devServerIn(combined);
                if (hit)
                    ctx.report(cmd, `"${hit}" (ENTRYPOINT + CMD) is a development server or debug mode; run a production server`);
            }
        };
        return {
            end() {
                const stage = finalStage(ctx.model.stages);
                if (!stage)
                    return;
                // Only what is in effect at the end counts: a later `ENV DEBUG=0` switches it off again.
                const lastSetting = new Map();
                const values = new Map();
                for (const ins of imageInstructions(stage)) {
                    if (ins.keyword !== 'ENV')
                        continue;
                    for (const p of ins.pairs) {
                        values.set(p.key, p.value === null ? null : ins.expand(p.value));
                        lastSetting.set(p.key, ins);
                    }
                }
                const byInstruction = new Map();
                for (const [key, ins] of lastSetting) {
                    const hit = debugSetting(key, values.get(key) ?? null);
                    if (hit)
                        byInstruction.set(ins, [...(byInstruction.get(ins) ?? []), hit]);
                }
                for (const [ins, hits] of byInstruction)
                    ctx.report(ins, `${hits.join(', ')} turns on debug/development mode in the final image`);
                checkProcess(stage);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/_rpm/index.ts
/** hadolint's `cmdsHaveArgs`: the command is one of `names` and one of its words is in `words`. */
function isCommandWith(cmd, names, words) {
    return names.includes(cmd.name) && cmd.args.some((a) => words.includes(a));
}
/** Words hadolint reads as `install`'s packages: non-flag words except the subcommand words. */
function installWords(cmd, subcommands) {
    return cmd.argsNoFlags().filter((a) => !subcommands.includes(a));
}
/**
 * Whether a RUN cleans up after its installs: some command `isClean` comes after the last command
 * `isInstall` (a clean before the install empties a cache that the install fills again). null when
 * nothing is installed. hadolint compares the first install with the first clean; taking the last
 * install keeps `clean && install && clean` fine and `install && clean && install` reported.
 */
function cleanedAfterInstall(commands, isInstall, isClean) {
    let lastInstall = -1;
    commands.forEach((c, k) => {
        if (isInstall(c))
            lastInstall = k;
    });
    if (lastInstall < 0)
        return null;
    return commands.some((c, k) => k > lastInstall && isClean(c));
}
/** Names a word refers to: `$NAME`, `${NAME}`, `${NAME:-default}`. */
function referencedVariables(word) {
    return [...word.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
}
/**
 * Variables a version may come from, as hadolint (DL3033/DL3041) tracks them: an ENV of this stage
 * or of the stage it builds on (`ins.vars`), or an ARG anywhere earlier in the file — hadolint keeps
 * ARG names across stages. Feed `noteArg` every ARG; `isDeclared(ins)` answers for a RUN.
 */
function declaredVariables() {
    const args = new Set();
    return {
        noteArg(ins) {
            for (const p of ins.pairs)
                args.add(p.key);
        },
        isDeclared: (ins) => (name) => args.has(name) || ins.vars.has(name),
    };
}
/**
 * The unpinned packages of the `<names> install` commands of a RUN (DL3033/DL3041): a module is
 * pinned by its stream (`module install nodejs:18`), a `group install` names a group, which has no
 * version, and anything else needs `rpmVersionPinned`.
 */
function unpinnedRpmPackages(ins, names, isDeclared) {
    const unpinned = [];
    for (const c of ins.script()?.commands ?? []) {
        if (!isCommandWith(c, names, ['install']))
            continue;
        const isModule = c.hasArg('module');
        if (c.hasArg('group') && !isModule)
            continue;
        const words = installWords(c, ['install', 'module']);
        unpinned.push(...words.filter((w) => (isModule ? !w.includes(':') : !rpmVersionPinned(w, isDeclared))));
    }
    return unpinned;
}
const VERSION_CHAR = /^[0-9A-Za-z.~^_:+]*$/;
/**
 * An RPM package spec that names a version: `name-1.2`, `gcc-c++-1.1.1`, `openssl-1:1.1.1k`, a
 * `.rpm` file. As hadolint (DL3033/DL3041) reads it: after the first `-`, every `-`-separated part
 * is made of version characters and one of them starts with a digit, so `rpm-sign` is not pinned.
 * A variable after a `-` (`git-core-${GIT_VER}`) pins only when `isDeclared` knows it (an ARG or
 * ENV of the Dockerfile, as hadolint checks); a bare `$PKG` is not pinned.
 */
function rpmVersionPinned(spec, isDeclared = () => false) {
    // A package file is a fixed artifact whatever its name (older hadolint releases agreed; the
    // current one asks for a dash first, which flags `/tmp/app.rpm`).
    if (spec.endsWith('.rpm'))
        return true;
    const parts = spec.split('-');
    if (parts.length <= 1)
        return false;
    if (spec.includes('$'))
        return referencedVariables(spec).some(isDeclared);
    const rest = parts.slice(1);
    return rest.every((p) => VERSION_CHAR.test(p)) && rest.some((p) => /^[0-9]/.test(p));
}
/**
 * The `create` of the yum and dnf pin rules (DL3033, DL3041): one finding per RUN that installs
 * unpinned packages with one of `tools`, naming them.
 */
function pinVersionsCheck(tools) {
    return (ctx) => {
        const variables = declaredVariables();
        return {
            ARG(ins) {
                variables.noteArg(ins);
            },
            RUN(ins) {
                const unpinned = unpinnedRpmPackages(ins, tools, variables.isDeclared(ins));
                if (unpinned.length > 0)
                    ctx.report(ins, `Specify version with \`${tools[0]} install -y <package>-<version>\` (unpinned: ${unpinned.join(', ')})`);
            },
        };
    };
}

;// CONCATENATED MODULE: ./src/lint/rules/dnf-assume-yes.ts


/* harmony default export */ const dnf_assume_yes = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'dnf-assume-yes',
        aliases: ['DL3038'],
        severity: 'warning',
        description: 'Pass `-y` to `dnf install` so the build never waits for an answer',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                // microdnf never asks (its `-y` is documented as "does nothing, we always assume yes"),
                // so only dnf is held to it; hadolint reports microdnf too.
                const forgot = script.commands.some((c) => isCommandWith(c, ['dnf'], ['install', 'groupinstall', 'localinstall']) &&
                    !c.hasFlag('y', 'assumeyes'));
                if (forgot)
                    ctx.report(ins, 'Use the -y switch to avoid manual input `dnf install -y <package>`');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/dnf-cache-cleaned.ts




/** Cache directories of dnf 4 (`/var/cache/dnf`, `/var/cache/yum` on older releases) and dnf 5. */
const MOUNT_TARGETS = ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5', '.cache/libdnf5'];
/** Subcommands that fill the cache, long and short names (as hadolint lists them). */
const INSTALLS = ['install', 'in', 'upgrade', 'up', 'upgrade-minimal', 'up-min', 'reinstall', 'rei'];
/* harmony default export */ const dnf_cache_cleaned = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'dnf-cache-cleaned',
        aliases: ['DL3040'],
        severity: 'warning',
        description: 'Run `dnf clean all` (or `microdnf clean all`) in the RUN that installs with it, or mount a cache',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                if (MOUNT_TARGETS.some((dir) => hasCacheOrTmpfsMountWith(ins.flags, dir)))
                    return;
                // As hadolint: each tool cleans after itself (`microdnf clean all` does not clean for
                // `dnf install`); an `rm -r` of the cache counts for both. The clean must come after.
                const forgot = ['dnf', 'microdnf'].filter((tool) => cleanedAfterInstall(script.commands, (c) => isCommandWith(c, [tool], INSTALLS), (c) => (c.is(tool, 'clean') && c.hasArg('all')) || removesCacheOf(c, 'dnf')) === false);
                if (forgot.length > 0)
                    ctx.report(ins, `\`${forgot[0]} clean all\` missing after ${forgot[0]} command.`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/dnf-pin-versions.ts


/* harmony default export */ const dnf_pin_versions = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'dnf-pin-versions',
        aliases: ['DL3041'],
        severity: 'warning',
        description: 'Pin versions in `dnf install` (`<package>-<version>`, modules as `<module>:<stream>`)',
    },
    create: pinVersionsCheck(['dnf', 'microdnf']),
}));

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/lint/rules/dockerignore-present.ts




/**
 * The ignore files BuildKit reads for this Dockerfile: `<Dockerfile>.dockerignore` next to it
 * (preferred), else `.dockerignore` at the context root.
 */
function dockerignoreCandidates(dockerfile, contextDir) {
    const file = (0,external_node_path_.resolve)(dockerfile);
    return [(0,external_node_path_.join)((0,external_node_path_.dirname)(file), `${(0,external_node_path_.basename)(file)}.dockerignore`), (0,external_node_path_.join)(contextDir, '.dockerignore')];
}
/* harmony default export */ const dockerignore_present = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'dockerignore-present',
        aliases: [],
        severity: 'warning',
        description: 'Add a `.dockerignore` when the whole context is copied, so `.git`, venvs, caches and secrets stay out',
    },
    create(ctx) {
        let first = null;
        const copy = (ins) => {
            if (!first && copiesWholeContext(ins))
                first = ins;
        };
        return {
            COPY: copy,
            ADD: copy,
            end() {
                // Without the context directory there is nothing to look at.
                if (!first || ctx.contextDir === null)
                    return;
                if (dockerignoreCandidates(ctx.file, ctx.contextDir).some((p) => (0,external_node_fs_.existsSync)(p)))
                    return;
                ctx.report(first, 'The whole context is copied but it has no .dockerignore: .git, .venv, __pycache__, tests and local secrets end up in the image');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/env-no-same-statement-reference.ts

/**
 * `$name` or `${name}` appears in `text` as a whole variable name (`$BLAFOO` is not `$BLA`); the
 * reading hadolint uses.
 */
function referencesVariable(text, name) {
    if (text.includes(`\${${name}}`))
        return true;
    const bare = `$${name}`;
    const pieces = text.split(bare);
    return pieces.length > 1 && pieces.slice(1).some((after) => !/^[0-9A-Za-z_]/.test(after));
}
/* harmony default export */ const env_no_same_statement_reference = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'env-no-same-statement-reference',
        aliases: ['DL3044'],
        severity: 'error',
        description: 'Do not refer to a variable in the same `ENV` statement that defines it (it still has its old value there)',
        // hadolint looks at the stage's own ENV lines, not at ENV triggers for child images.
        onbuild: false,
    },
    create(ctx) {
        // Names defined by any earlier ENV or ARG, in any stage, as hadolint keeps them: a reference to
        // one of those is deliberate (it reads the earlier value).
        const defined = new Set();
        return {
            ARG(ins) {
                for (const p of ins.pairs)
                    defined.add(p.key);
            },
            ENV(ins) {
                const pairs = ins.pairs;
                const offending = pairs.filter((p, k) => !defined.has(p.key) &&
                    pairs.some((other, j) => j !== k && referencesVariable(other.value ?? '', p.key)));
                for (const p of pairs)
                    defined.add(p.key);
                if (offending.length > 0)
                    ctx.report(ins, `Do not refer to an environment variable within the same \`ENV\` statement where it is defined (${offending.map((p) => p.key).join(', ')}).`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/expose-server-port.ts


const SERVERS = new Set([
    'gunicorn',
    'uvicorn',
    'hypercorn',
    'uwsgi',
    'daphne',
    'waitress-serve',
    'granian',
    'puma',
    'http-server',
]);
/** The network server an argv starts, when that is certain from its words; null otherwise. */
function serverIn(argv) {
    const words = argv.map(baseName);
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        const next = argv[i + 1];
        if (SERVERS.has(w))
            return w;
        if (w === 'flask' && argv.slice(i + 1).includes('run'))
            return 'flask run';
        if (w === 'runserver' && words.slice(0, i).some((x) => /^(manage\.py|django-admin(\.py)?)$/.test(x)))
            return 'manage.py runserver';
        if ((w === 'rails' || w === 'bin/rails') && (next === 'server' || next === 's'))
            return 'rails server';
        if (w === 'artisan' && next === 'serve')
            return 'artisan serve';
        if (w === 'fastapi' && (next === 'run' || next === 'dev'))
            return `fastapi ${next}`;
        if (w === 'streamlit' && next === 'run')
            return 'streamlit run';
        if (w === 'next' && next === 'start')
            return 'next start';
    }
    return null;
}
/* harmony default export */ const expose_server_port = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'expose-server-port',
        aliases: [],
        severity: 'info',
        description: 'EXPOSE the port a server image listens on, to document it and let `docker run -P` publish it',
        onbuild: false,
    },
    create(ctx) {
        return {
            end() {
                const stage = finalStage(ctx.model.stages);
                if (!stage)
                    return;
                if (imageInstructions(stage).some((i) => i.keyword === 'EXPOSE'))
                    return;
                const { entrypoint, cmd } = imageProcess(stage);
                const parts = [entrypoint, entrypoint && !entrypoint.json ? null : cmd].filter((i) => i !== null);
                const combined = entrypoint?.json && cmd?.json
                    ? argvCommands([...entrypoint.json, ...cmd.json], entrypoint.line)
                    : [];
                const report = (ins, server) => ctx.report(ins, `The image runs a server (${server}) but EXPOSEs no port: add EXPOSE <port>`);
                for (const ins of parts) {
                    const server = (instructionCommands(ins) ?? [])
                        .map((c) => serverIn(c.argv))
                        .find((s) => s !== null);
                    if (server)
                        return report(ins, server);
                }
                // `ENTRYPOINT ["python", "-m"]` + `CMD ["uvicorn", …]`-style splits: read them together.
                const server = combined.map((c) => serverIn(c.argv)).find((s) => s !== null);
                if (server && entrypoint)
                    report(entrypoint, server);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/expose-valid-port.ts

/* harmony default export */ const expose_valid_port = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'expose-valid-port',
        aliases: ['DL3011'],
        severity: 'error',
        description: 'EXPOSE ports in the valid range 0-65535',
        onbuild: false,
    },
    create(ctx) {
        return {
            EXPOSE(ins) {
                for (const word of ins.args.split(/\s+/)) {
                    const spec = word.replace(/\/\w+$/, '');
                    // Variables are decided at build time.
                    if (spec.includes('$'))
                        continue;
                    const bad = spec.split('-').some((p) => /^\d+$/.test(p) && Number(p) > 65535);
                    if (bad) {
                        ctx.report(ins, `Valid UNIX ports range from 0 to 65535: "${word}"`);
                        return;
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/final-image-labels.ts


/* harmony default export */ const final_image_labels = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'final-image-labels',
        aliases: [],
        severity: 'info',
        description: 'Give the final image OCI labels (`org.opencontainers.image.source`, description, licenses) for provenance',
        defaultOn: false,
        onbuild: false,
    },
    create(ctx) {
        return {
            end() {
                const stage = finalStage(ctx.model.stages);
                if (!stage)
                    return;
                // LABELs of a stage the final one builds on are in the image too.
                if (imageInstructions(stage).some((i) => i.keyword === 'LABEL' && i.pairs.length > 0))
                    return;
                ctx.report(stage.fromInstruction, 'The final image has no LABEL: add org.opencontainers.image.source, .description and .licenses (or pass them with build --label)');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/from-platform-not-targetplatform.ts

/* harmony default export */ const from_platform_not_targetplatform = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'from-platform-not-targetplatform',
        aliases: ['DL3065'],
        severity: 'warning',
        description: '`FROM --platform=$TARGETPLATFORM` is redundant: it is the default',
        onbuild: false,
    },
    create(ctx) {
        return {
            FROM(ins) {
                // As hadolint: only the two plain spellings, as written.
                const platform = ins.flag('platform');
                if (platform === '$TARGETPLATFORM' || platform === '${TARGETPLATFORM}')
                    ctx.report(ins, `Setting \`FROM --platform\` to predefined \`${platform}\` is redundant as this is the default behavior`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/gem-pin-versions.ts

/**
 * Gems named by `gem install`/`gem i`, read as hadolint reads them: words up to `--`, where
 * every option also swallows the word after it (so `--no-document rails` names no gem, and
 * hadolint does not report it). Null when a version is given with `-v`/`--version`.
 */
function installedGems(cmd) {
    if (!cmd.is('gem', 'install', 'i'))
        return null;
    if (cmd.hasArg('-v', '--version') || cmd.args.some((a) => a.startsWith('--version=')))
        return null;
    const end = cmd.args.indexOf('--');
    const words = end < 0 ? cmd.args : cmd.args.slice(0, end);
    const gems = [];
    for (let k = 0; k < words.length; k++) {
        const w = words[k];
        if (w.startsWith('-'))
            k++;
        else if (w !== 'install' && w !== 'i')
            gems.push(w);
    }
    return gems;
}
/* harmony default export */ const gem_pin_versions = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'gem-pin-versions',
        aliases: ['DL3028'],
        severity: 'warning',
        description: 'Pin versions in `gem install` (`gem install <gem>:<version>` or `-v <version>`)',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                const unpinned = script.commands
                    .flatMap((c) => installedGems(c) ?? [])
                    .filter((g) => !g.includes(':'));
                if (unpinned.length > 0) {
                    ctx.report(ins, `Pin versions in gem install: ${unpinned.join(', ')}. Instead of \`gem install <gem>\` use \`gem install <gem>:<version>\``);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/go-install-pinned.ts

const GO_PACKAGE_SUBCOMMANDS = ['install', 'get', 'run'];
/**
 * A package argument is fine when it is a local path (`.`, `./cmd`, `/src/app`) or carries a
 * version other than the floating `@latest`/`@none`.
 */
function isPinnedGoPackage(pkg) {
    if (pkg === '.' || pkg.startsWith('/') || pkg.startsWith('.'))
        return true;
    return pkg.includes('@') && !pkg.endsWith('@latest') && !pkg.endsWith('@none');
}
/**
 * The packages hadolint checks in one RUN: for `go run`, only the word after `run` (the rest are
 * the program's own arguments); when the RUN has no `go run`, every positional word of
 * `go install`/`go get` (`tool` is a subcommand word, not a package).
 */
function goPackages(commands) {
    const goCommands = commands.filter((c) => c.name === 'go' && c.hasArg(...GO_PACKAGE_SUBCOMMANDS));
    const run = goCommands
        .filter((c) => c.hasArg('run'))
        .flatMap((c) => c
        .argsNoFlags()
        .slice(0, 2)
        .filter((a) => a !== 'run'));
    if (run.length > 0)
        return run;
    return goCommands
        .filter((c) => c.hasArg('install', 'get'))
        .flatMap((c) => c.argsNoFlags().filter((a) => !['install', 'get', 'tool'].includes(a)));
}
/* harmony default export */ const go_install_pinned = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'go-install-pinned',
        aliases: ['DL3062'],
        severity: 'warning',
        description: 'Pin versions in `go install`/`go get`/`go run`: `<package>@<version>`, not bare or `@latest`',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                const unpinned = goPackages(script.commands).filter((p) => !isPinnedGoPackage(p));
                if (unpinned.length > 0)
                    ctx.report(ins, `Pin versions in go. Instead of \`go install <package>\` use \`go install <package>@<version>\`: ${unpinned.join(', ')}`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/healthcheck-present.ts

/* harmony default export */ const healthcheck_present = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'healthcheck-present',
        aliases: ['DL3057'],
        severity: 'info',
        description: 'Every stage should have a `HEALTHCHECK` or build on a stage that has one',
        // Off in hadolint too (severity "ignore"): many images are run by an orchestrator that probes itself.
        defaultOn: false,
        // An `ONBUILD HEALTHCHECK` is for child images, not this one.
        onbuild: false,
    },
    create(ctx) {
        // hadolint names a stage by its alias, else its image; a stage built `FROM <that name>` after a
        // stage with a HEALTHCHECK inherits it.
        const nameOf = (s) => s.alias ?? s.from.name;
        const good = new Set();
        const missing = new Set();
        let current = null;
        return {
            FROM(ins) {
                current = ins.stage;
                if (!current)
                    return;
                const image = current.from.name;
                if ([...good].some((g) => nameOf(g) === image))
                    good.add(current);
                else
                    missing.add(current);
            },
            HEALTHCHECK() {
                if (!current)
                    return;
                good.add(current);
                missing.delete(current);
                // The stages this one is built on (FROM a FROM a …) are only steps towards an image that
                // has a HEALTHCHECK, so they are excused too; a sibling built on the same base is not.
                const bases = [current.from.name];
                for (let base = bases.pop(); base !== undefined; base = bases.pop()) {
                    for (const s of [...missing]) {
                        if (nameOf(s) !== base)
                            continue;
                        missing.delete(s);
                        good.add(s);
                        bases.push(s.from.name);
                    }
                }
            },
            end() {
                for (const s of missing)
                    ctx.report(s.fromInstruction, '`HEALTHCHECK` instruction missing.');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/image-tag-explicit.ts


function fitsAnAlias(name, aliases) {
    return name.includes('$') && [...aliases].some((alias) => fitsAlias(name, alias));
}
/* harmony default export */ const image_tag_explicit = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'image-tag-explicit',
        aliases: ['DL3006'],
        severity: 'warning',
        description: 'Always tag the version of an image explicitly',
        onbuild: false,
    },
    create(ctx) {
        const aliases = new Set();
        // `COPY --from=org/tool` and `RUN --mount=from=org/tool` pull an image as FROM does; untagged,
        // they copy whatever latest is on the day of the build (hadolint looks at FROM only).
        const otherImages = (ins) => {
            for (const ref of imageReferencesOf(ins)) {
                if (ref.tag === null && ref.digest === null)
                    ctx.report(ins, `Always tag the version of an image explicitly: "${ref.text}" is whatever latest is today; pin it to a release tag or a digest`);
            }
        };
        return {
            FROM(ins) {
                const stage = ins.stage;
                if (!stage)
                    return;
                const from = stage.from;
                // hadolint's exceptions: scratch, a digest, an earlier stage's alias, a name that is a
                // variable. A name with a variable inside that fits an earlier alias (`binaries-$TARGETOS`
                // with `AS binaries-linux` above) picks a stage at build time, not an image.
                const exempt = from.isScratch ||
                    from.digest !== null ||
                    from.tag !== null ||
                    from.name.startsWith('$') ||
                    (from.registry === null && (aliases.has(from.name) || fitsAnAlias(from.name, aliases)));
                if (stage.alias)
                    aliases.add(stage.alias);
                if (!exempt)
                    ctx.report(ins, `Always tag the version of an image explicitly: "${from.text}" is whatever latest is today`);
            },
            COPY: otherImages,
            RUN: otherImages,
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/image-tag-not-latest.ts


/* harmony default export */ const image_tag_not_latest = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'image-tag-not-latest',
        aliases: ['DL3007'],
        severity: 'warning',
        description: 'Pin the base image to a release tag, not `latest`',
    },
    create(ctx) {
        // `COPY --from=org/tool:latest` and `RUN --mount=from=…:latest` float as a FROM does.
        const otherImages = (ins) => {
            for (const ref of imageReferencesOf(ins)) {
                if (ref.tag === 'latest' && ref.digest === null)
                    ctx.report(ins, `Using latest is prone to errors if the image will ever update: pin "${ref.text}" to a release tag`);
            }
        };
        return {
            FROM(ins) {
                // The tag as written, as hadolint reads it; `FROM $BASE` with a default of `x:latest` is not flagged.
                const from = ins.stage?.from;
                // `name:latest@sha256:…` is pinned by its digest; the tag is only a label (hadolint agrees).
                if (from && from.tag === 'latest' && from.digest === null) {
                    ctx.report(ins, `Using latest is prone to errors if the image will ever update: pin "${from.text}" to a release tag`);
                }
            },
            COPY: otherImages,
            RUN: otherImages,
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/init-process-in-entrypoint.ts


const INITS = new Set([
    'tini',
    'tini-static',
    'dumb-init',
    'catatonit',
    'docker-init',
    's6-svscan',
    'init',
    'supervisord',
    'runsvdir',
    'pid1',
]);
const init_process_in_entrypoint_NODE_RUNNERS = new Set(['npm', 'yarn', 'pnpm']);
/** An init that reaps zombies and forwards signals is part of the argv. */
function hasInit(argv) {
    return argv.some((w) => INITS.has(baseName(w)));
}
/** `--pool solo`, `-P threads`, `--pool=gevent`…: a celery pool that does not fork worker processes. */
function inProcessCeleryPool(args) {
    const k = args.findIndex((a) => a === '-P' || a === '--pool' || a.startsWith('--pool=') || /^-P\w/.test(a));
    if (k < 0)
        return false;
    const a = args[k];
    const pool = a.startsWith('--pool=')
        ? a.slice(7)
        : a.length > 2 && !a.startsWith('--')
            ? a.slice(2)
            : args[k + 1];
    return ['solo', 'threads', 'gevent', 'eventlet'].includes(pool ?? '');
}
/**
 * Why this process is known to start children that PID 1 must reap and signal, and what goes
 * wrong, or null. Kept to what is certain and true of the server seen: gunicorn's arbiter and the
 * uWSGI master reap their workers (and any orphan handed to them) and stop them on SIGTERM, so
 * they are fine as PID 1. Process managers that do neither, npm/yarn running a script, and a
 * shell running more than one command are reported. `node server.js` may spawn too, but that
 * cannot be seen from here.
 */
function spawnsChildren(commands, viaShell) {
    const orphans = 'but as PID 1 it does not reap the zombies they leave';
    for (const c of commands) {
        const w = baseName(c.name);
        // `celery beat` is one scheduler process, and a worker with a solo/threads/gevent/eventlet pool
        // runs its tasks in its own process: only the default prefork pool forks children.
        if (w === 'celery' && c.args.includes('worker') && !inProcessCeleryPool(c.args))
            return `celery's prefork pool runs worker processes, ${orphans}`;
        if (w === 'uvicorn' || w === 'hypercorn') {
            const k = c.args.findIndex((a) => a === '--workers' || a === '-w' || a.startsWith('--workers='));
            const n = k < 0 ? 1 : Number(c.args[k].includes('=') ? c.args[k].split('=')[1] : c.args[k + 1]);
            if (n > 1)
                return `${w} --workers runs worker processes, ${orphans}`;
        }
        if (init_process_in_entrypoint_NODE_RUNNERS.has(w) && (c.args[0] === 'start' || c.args[0] === 'run' || c.args[0] === 'run-script'))
            return `${w} runs the app as its child, ${orphans}, and the app may never see SIGTERM`;
    }
    // `…; exec app` replaces the shell with the app, which then is PID 1 itself.
    const last = commands[commands.length - 1];
    const endsInExec = !!last && (last.wrappers.includes('exec') || baseName(last.name) === 'exec');
    if (viaShell && commands.length > 1 && !endsInExec)
        return 'the shell runs several commands as its children, but as PID 1 it does not pass SIGTERM on to them, so `docker stop` ends in a kill';
    return null;
}
/* harmony default export */ const init_process_in_entrypoint = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'init-process-in-entrypoint',
        aliases: [],
        severity: 'info',
        description: 'Run an init (tini, dumb-init) as PID 1 when the app spawns processes, so zombies are reaped and signals forwarded',
        onbuild: false,
    },
    create(ctx) {
        return {
            end() {
                const stage = finalStage(ctx.model.stages);
                if (!stage)
                    return;
                const { entrypoint, cmd } = imageProcess(stage);
                // A shell-form ENTRYPOINT ignores CMD; an exec-form one gets CMD as arguments.
                const parts = [entrypoint, entrypoint && !entrypoint.json ? null : cmd].filter((i) => i !== null);
                const words = parts.flatMap((i) => (instructionCommands(i) ?? []).flatMap((c) => c.argv));
                if (hasInit(words))
                    return;
                // `ENTRYPOINT ["celery", "-A", "proj"]` + `CMD ["worker"]` is one process: read them together first.
                if (entrypoint?.json && cmd?.json) {
                    const why = spawnsChildren(argvCommands([...entrypoint.json, ...cmd.json], entrypoint.line), false);
                    if (why) {
                        ctx.report(entrypoint, `${why}: start it with tini/dumb-init in ENTRYPOINT (or run with --init)`);
                        return;
                    }
                }
                for (const ins of parts) {
                    const commands = instructionCommands(ins);
                    if (!commands)
                        continue;
                    const viaShell = !ins.json || commands.some((c) => c.wrappers.some((w) => w.endsWith(' -c')));
                    const why = spawnsChildren(commands, viaShell);
                    if (!why)
                        continue;
                    ctx.report(ins, `${why}: start it with tini/dumb-init in ENTRYPOINT (or run with --init)`);
                    return;
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/instruction-order-from-first.ts


/* harmony default export */ const instruction_order_from_first = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'instruction-order-from-first',
        aliases: ['DL3061'],
        severity: 'error',
        description: 'A Dockerfile must begin with `FROM`, `ARG` or a comment',
        onbuild: false,
    },
    create(ctx) {
        return {
            instruction(ins) {
                // A line that is no instruction at all is a file error of its own, reported once.
                if (!(0,model/* isInstructionKeyword */.eR)(ins.keyword))
                    return;
                if (ins.stage === null && ins.keyword !== 'ARG' && ins.keyword !== 'FROM')
                    ctx.report(ins, `Invalid instruction order: ${ins.keyword} before the first FROM`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/label-email-valid.ts

// RFC 5322 addr-spec as Haskell's email-validate (hadolint's check) reads it: a dot-atom or
// quoted-string local part, `@`, a dot-atom domain or a `[domain literal]`.
const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]";
const DOT_ATOM = `${ATEXT}+(?:\\.${ATEXT}+)*`;
const QUOTED = '"(?:[^"\\\\\\r\\n]|\\\\.)*"';
const LITERAL = '\\[[^\\[\\]\\\\\\s]*\\]';
const ADDR_SPEC = new RegExp(`^(${DOT_ATOM}|${QUOTED})@(${DOT_ATOM}|${LITERAL})$`);
/** An email address such as `team@example.com` (local part at most 64, domain at most 255 bytes). */
function isEmailAddress(value) {
    const m = ADDR_SPEC.exec(value);
    return m !== null && Buffer.byteLength(m[1]) <= 64 && Buffer.byteLength(m[2]) <= 255;
}
/* harmony default export */ const label_email_valid = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'label-email-valid',
        aliases: ['DL3058'],
        severity: 'warning',
        description: 'A label the schema types as `email` should hold an email address',
        // hadolint does not look at `ONBUILD LABEL`.
        onbuild: false,
    },
    create(ctx) {
        const checked = new Set(Object.entries(ctx.settings.labelSchema)
            .filter(([, kind]) => kind === 'email')
            .map(([label]) => label));
        return {
            LABEL(ins) {
                const reported = new Set();
                for (const { key, value } of ins.pairs) {
                    if (!checked.has(key) || reported.has(key) || isEmailAddress(value ?? ''))
                        continue;
                    reported.add(key);
                    ctx.report(ins, `Label \`${key}\` is not a valid email format - must conform to RFC5322: "${value ?? ''}"`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/label-git-hash-valid.ts

/** A full (40) or short (7) lower-case hexadecimal git commit hash, as hadolint accepts. */
function isGitHash(value) {
    return /^(?:[0-9a-f]{7}|[0-9a-f]{40})$/.test(value);
}
/* harmony default export */ const label_git_hash_valid = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'label-git-hash-valid',
        aliases: ['DL3055'],
        severity: 'warning',
        description: 'A label the schema types as `hash` should hold a 7- or 40-character git commit hash',
        // hadolint does not look at `ONBUILD LABEL`.
        onbuild: false,
    },
    create(ctx) {
        const checked = new Set(Object.entries(ctx.settings.labelSchema)
            .filter(([, kind]) => kind === 'hash')
            .map(([label]) => label));
        return {
            LABEL(ins) {
                const reported = new Set();
                for (const { key, value } of ins.pairs) {
                    if (!checked.has(key) || reported.has(key) || isGitHash(value ?? ''))
                        continue;
                    reported.add(key);
                    ctx.report(ins, `Label \`${key}\` is not a valid git hash: "${value ?? ''}"`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/label-key-valid.ts

const RESERVED_NAMESPACES = ['com.docker.', 'io.docker.', 'org.dockerproject.'];
/**
 * Docker's label key format as hadolint checks it: lower-case letters, digits, `.` and `-`;
 * starts with a letter, ends with a letter or digit; no `..` or `--`; not in a namespace Docker
 * reserves for itself.
 */
function isValidLabelKey(key) {
    return (/^[a-z]/.test(key) &&
        /[a-z0-9]$/.test(key) &&
        /^[a-z0-9.-]*$/.test(key) &&
        !key.includes('..') &&
        !key.includes('--') &&
        !RESERVED_NAMESPACES.some((ns) => key.startsWith(ns)));
}
/* harmony default export */ const label_key_valid = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'label-key-valid',
        aliases: ['DL3048'],
        severity: 'style',
        description: 'Label keys should be lower-case reverse-DNS names outside the namespaces Docker reserves',
        // hadolint does not look at `ONBUILD LABEL`.
        onbuild: false,
    },
    create(ctx) {
        return {
            LABEL(ins) {
                const bad = ins.pairs.filter((p) => !isValidLabelKey(p.key)).map((p) => p.key);
                if (bad.length > 0)
                    ctx.report(ins, `Invalid label key: ${bad.map((k) => `"${k}"`).join(', ')}`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/label-not-empty.ts

/* harmony default export */ const label_not_empty = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'label-not-empty',
        aliases: ['DL3051'],
        severity: 'warning',
        description: 'A label the label schema requires should not be empty',
        onbuild: false,
    },
    create(ctx) {
        const required = new Set(Object.keys(ctx.settings.labelSchema));
        return {
            LABEL(ins) {
                const reported = new Set();
                for (const { key, value } of ins.pairs) {
                    if (!required.has(key) || (value ?? '') !== '' || reported.has(key))
                        continue;
                    reported.add(key);
                    ctx.report(ins, `Label \`${key}\` is empty.`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/label-not-in-schema.ts

/* harmony default export */ const label_not_in_schema = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'label-not-in-schema',
        aliases: ['DL3050'],
        severity: 'info',
        description: 'With strict labels, only the labels in the label schema are allowed',
        onbuild: false,
    },
    create(ctx) {
        const { labelSchema, strictLabels } = ctx.settings;
        return {
            LABEL(ins) {
                if (!strictLabels)
                    return;
                const extra = ins.pairs.filter((p) => !Object.hasOwn(labelSchema, p.key)).map((p) => p.key);
                if (extra.length > 0)
                    ctx.report(ins, `Superfluous label(s) present: ${extra.map((k) => `\`${k}\``).join(', ')}`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/label-required.ts

/**
 * hadolint's bookkeeping for one required label: a stage is fine when it sets the label or builds
 * on an aliased stage that did; a stage only used as a `COPY --from` source is excused, and so is
 * a stage whose alias a labelled stage names as its image (its labels are inherited downstream).
 */
class LabelTracker {
    label;
    good = new Set();
    bad = new Set();
    current = null;
    constructor(label) {
        this.label = label;
    }
    enterStage(s) {
        this.current = s;
        const inherits = [...this.good].some((g) => g.alias !== null && g.alias === s.stage.from.name);
        (inherits ? this.good : this.bad).add(s);
    }
    copiedFrom(source) {
        if (!this.current)
            return;
        this.excuse(source);
    }
    labelled() {
        if (!this.current)
            return;
        this.excuse(this.current.name);
        this.good.add(this.current);
        this.bad.delete(this.current);
    }
    missing() {
        return [...this.bad];
    }
    excuse(alias) {
        for (const s of [...this.bad])
            if (s.alias !== null && s.alias === alias)
                this.bad.delete(s);
    }
}
/* harmony default export */ const label_required = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'label-required',
        aliases: ['DL3049'],
        severity: 'info',
        description: 'Every stage should carry the labels the label schema requires',
        // hadolint does not count `ONBUILD LABEL` or `ONBUILD COPY`.
        onbuild: false,
    },
    create(ctx) {
        const trackers = Object.keys(ctx.settings.labelSchema).map((label) => new LabelTracker(label));
        return {
            FROM(ins) {
                const stage = ins.stage;
                if (!stage)
                    return;
                const state = { stage, alias: stage.alias, name: stage.alias ?? stage.from.name };
                for (const t of trackers)
                    t.enterStage(state);
            },
            COPY(ins) {
                const source = ins.flag('from');
                if (source)
                    for (const t of trackers)
                        t.copiedFrom(source);
            },
            LABEL(ins) {
                const keys = new Set(ins.pairs.map((p) => p.key));
                for (const t of trackers)
                    if (keys.has(t.label))
                        t.labelled();
            },
            end() {
                for (const t of trackers)
                    for (const s of t.missing())
                        ctx.report(s.stage.fromInstruction, `Label \`${t.label}\` is missing.`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/label-rfc3339-valid.ts

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):?(\d{2}))$/;
function daysIn(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/**
 * An RFC 3339 date-time (`2024-05-01T12:00:00Z`, `…T12:00:00.5+02:00`), with the field ranges
 * checked the way Haskell's timerep (hadolint's parser) checks them.
 */
function isRfc3339(value) {
    const m = RFC3339.exec(value);
    if (!m)
        return false;
    const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
    const offsetHour = m[7] === undefined ? 0 : Number(m[7]);
    const offsetMinute = m[8] === undefined ? 0 : Number(m[8]);
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= daysIn(year, month) &&
        hour <= 23 &&
        minute <= 59 &&
        second <= 60 &&
        offsetHour <= 23 &&
        offsetMinute <= 59);
}
/* harmony default export */ const label_rfc3339_valid = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'label-rfc3339-valid',
        aliases: ['DL3053'],
        severity: 'warning',
        description: 'A label the schema types as `rfc3339` should hold an RFC 3339 date-time',
        // hadolint does not look at `ONBUILD LABEL`.
        onbuild: false,
    },
    create(ctx) {
        const checked = new Set(Object.entries(ctx.settings.labelSchema)
            .filter(([, kind]) => kind === 'rfc3339')
            .map(([label]) => label));
        return {
            LABEL(ins) {
                const reported = new Set();
                for (const { key, value } of ins.pairs) {
                    if (!checked.has(key) || reported.has(key) || isRfc3339(value ?? ''))
                        continue;
                    reported.add(key);
                    ctx.report(ins, `Label \`${key}\` is not a valid time format - must conform to RFC3339: "${value ?? ''}"`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/label-semver-valid.ts

const IDENTIFIERS = '[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*';
// Written here rather than taken from the `semver` package: that one accepts `v1.2.3` and `=1.2.3`,
// which hadolint's parser (Haskell's semver) rejects. Like that parser, leading zeros pass.
const SEMVER = new RegExp(`^\\d+\\.\\d+\\.\\d+(?:-${IDENTIFIERS})?(?:\\+${IDENTIFIERS})?$`);
/** `MAJOR.MINOR.PATCH` with optional `-prerelease` and `+build` (Semantic Versioning 2.0.0). */
function isSemVer(value) {
    return SEMVER.test(value);
}
/* harmony default export */ const label_semver_valid = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'label-semver-valid',
        aliases: ['DL3056'],
        severity: 'warning',
        description: 'A label the schema types as `semver` should hold a semantic version',
        // hadolint does not look at `ONBUILD LABEL`.
        onbuild: false,
    },
    create(ctx) {
        const checked = new Set(Object.entries(ctx.settings.labelSchema)
            .filter(([, kind]) => kind === 'semver')
            .map(([label]) => label));
        return {
            LABEL(ins) {
                const reported = new Set();
                for (const { key, value } of ins.pairs) {
                    if (!checked.has(key) || reported.has(key) || isSemVer(value ?? ''))
                        continue;
                    reported.add(key);
                    ctx.report(ins, `Label \`${key}\` does not conform to semantic versioning: "${value ?? ''}"`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./node_modules/spdx-license-ids/deprecated.json
const deprecated_namespaceObject = /*#__PURE__*/JSON.parse('["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-2.0","GPL-2.0-with-GCC-exception","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-3.0","GPL-3.0-with-GCC-exception","GPL-3.0-with-autoconf-exception","LGPL-2.0","LGPL-2.1","LGPL-3.0","Net-SNMP","Nunit","StandardML-NJ","bzip2-1.0.5","eCos-2.0","wxWindows"]');
;// CONCATENATED MODULE: ./node_modules/spdx-license-ids/index.json
const spdx_license_ids_namespaceObject = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');
;// CONCATENATED MODULE: ./src/lint/rules/label-spdx-valid.ts



// hadolint parses a single SPDX license identifier (Cabal's LicenseId), not an expression, and
// the SPDX list still contains the deprecated ids (`GPL-2.0`), so both lists count.
const KNOWN = new Set([...spdx_license_ids_namespaceObject, ...deprecated_namespaceObject]);
/** One SPDX license identifier, exactly as listed (`MIT`, `Apache-2.0`); no expressions. */
function isSpdxLicenseId(value) {
    return KNOWN.has(value);
}
/* harmony default export */ const label_spdx_valid = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'label-spdx-valid',
        aliases: ['DL3054'],
        severity: 'warning',
        description: 'A label the schema types as `spdx` should hold an SPDX license identifier',
        // hadolint does not look at `ONBUILD LABEL`.
        onbuild: false,
    },
    create(ctx) {
        const checked = new Set(Object.entries(ctx.settings.labelSchema)
            .filter(([, kind]) => kind === 'spdx')
            .map(([label]) => label));
        return {
            LABEL(ins) {
                const reported = new Set();
                for (const { key, value } of ins.pairs) {
                    if (!checked.has(key) || reported.has(key) || isSpdxLicenseId(value ?? ''))
                        continue;
                    reported.add(key);
                    ctx.report(ins, `Label \`${key}\` is not a valid SPDX license identifier: "${value ?? ''}"`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/label-url-valid.ts

// RFC 3986 pieces, as Haskell's Network.URI.parseURI (hadolint's check) reads an absolute URI.
const UNRESERVED = String.raw `A-Za-z0-9\-._~`;
const SUB_DELIMS = "!$&'()*+,;=";
const PCT = '%[0-9A-Fa-f]{2}';
const PCHAR = `(?:[${UNRESERVED}${SUB_DELIMS}:@]|${PCT})`;
const SEGMENT = `${PCHAR}*`;
const QUERY = `(?:${PCHAR}|[/?])*`;
const USERINFO = `(?:(?:[${UNRESERVED}${SUB_DELIMS}:]|${PCT})*@)?`;
const HOST = `(?:\\[[${UNRESERVED}${SUB_DELIMS}:]+\\]|(?:[${UNRESERVED}${SUB_DELIMS}]|${PCT})*)`;
const AUTHORITY = `${USERINFO}${HOST}(?::[0-9]*)?`;
const HIER_PART = `(?://${AUTHORITY}(?:/${SEGMENT})*|/?(?:${SEGMENT}(?:/${SEGMENT})*)?)`;
const ABSOLUTE_URI = new RegExp(`^[A-Za-z][A-Za-z0-9+.\\-]*:${HIER_PART}(?:\\?${QUERY})?(?:#${QUERY})?$`);
/** An absolute URI (scheme, then hier-part, query, fragment), e.g. `https://github.com/o/r`. */
function isAbsoluteUri(value) {
    return ABSOLUTE_URI.test(value);
}
/* harmony default export */ const label_url_valid = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'label-url-valid',
        aliases: ['DL3052'],
        severity: 'warning',
        description: 'A label the schema types as `url` should hold an absolute URI',
        // hadolint does not look at `ONBUILD LABEL`.
        onbuild: false,
    },
    create(ctx) {
        const checked = new Set(Object.entries(ctx.settings.labelSchema)
            .filter(([, kind]) => kind === 'url')
            .map(([label]) => label));
        return {
            LABEL(ins) {
                const reported = new Set();
                for (const { key, value } of ins.pairs) {
                    if (!checked.has(key) || reported.has(key) || isAbsoluteUri(value ?? ''))
                        continue;
                    reported.add(key);
                    ctx.report(ins, `Label \`${key}\` is not a valid URL: "${value ?? ''}"`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/last-user-not-root.ts

/** hadolint's test: `root`, `0`, or `root:`/`0:` with any group. */
function isRootUser(user) {
    const u = user.trim();
    return u === 'root' || u === '0' || u.startsWith('root:') || u.startsWith('0:');
}
/* harmony default export */ const last_user_not_root = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'last-user-not-root',
        aliases: ['DL3002'],
        severity: 'warning',
        description: 'The last USER of a stage should not be root',
        // An `ONBUILD USER` runs in child images, not in this stage.
        onbuild: false,
    },
    create(ctx) {
        // As hadolint does: each stage whose last USER is root is reported, at that USER line.
        let lastRootUser = null;
        return {
            FROM() {
                lastRootUser = null;
            },
            USER(ins) {
                lastRootUser = isRootUser(ins.args) ? ins : null;
            },
            stageEnd() {
                if (lastRootUser)
                    ctx.report(lastRootUser, `Last USER should not be root ("USER ${lastRootUser.args}")`);
                lastRootUser = null;
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/no-fixed-platform.ts

/* harmony default export */ const no_fixed_platform = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'no-fixed-platform',
        aliases: ['DL3029'],
        severity: 'warning',
        description: 'Do not fix `FROM --platform`; only `$BUILDPLATFORM`/`$TARGETPLATFORM` keep the build portable',
    },
    create(ctx) {
        return {
            FROM(ins) {
                const platform = ins.flag('platform');
                if (platform === undefined)
                    return;
                const value = platform ?? '';
                if (value.includes('BUILDPLATFORM') || value.includes('TARGETPLATFORM'))
                    return;
                ctx.report(ins, `Do not use --platform flag with FROM (--platform=${value})`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/no-maintainer.ts

/* harmony default export */ const no_maintainer = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'no-maintainer',
        aliases: ['DL4000'],
        severity: 'error',
        description: 'MAINTAINER is deprecated: use `LABEL org.opencontainers.image.authors=…`',
        onbuild: false,
    },
    create(ctx) {
        return {
            MAINTAINER(ins) {
                ctx.report(ins, 'MAINTAINER is deprecated: use `LABEL org.opencontainers.image.authors="…"`');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/no-secrets-in-env-or-arg.ts


/** Name words that mean a secret on their own (`DB_PASSWORD`, `GITHUB_TOKEN`, `SECRET_KEY_BASE`). */
const SECRET_WORDS = new Set([
    'PASSWORD',
    'PASSWD',
    'PASSWORDS',
    'PASS',
    'PWD',
    'SECRET',
    'SECRETS',
    'TOKEN',
    'APIKEY',
    'CREDENTIAL',
    'CREDENTIALS',
]);
/** `KEY` is a secret only after these (`API_KEY`), never alone (`GPG_KEY` is a public fingerprint). */
const KEY_QUALIFIERS = new Set([
    'API',
    'ACCESS',
    'SECRET',
    'PRIVATE',
    'ENCRYPTION',
    'SIGNING',
    'MASTER',
    'AUTH',
    'CLIENT',
    'LICENSE',
    'APP',
]);
/**
 * Name words that make it a reference to a secret, not the secret: where it is (`_FILE`, `_PATH`,
 * `_URL`, `_ENDPOINT`), who (`_USER`, `_ID`), or its settings (`_LENGTH`, `_TTL`, …).
 */
const NOT_THE_SECRET = new Set([
    'FILE',
    'PATH',
    'DIR',
    'URL',
    'URI',
    'ENDPOINT',
    'HOST',
    'PORT',
    'NAME',
    'ID',
    'USER',
    'USERNAME',
    'LENGTH',
    'LEN',
    'TTL',
    'EXPIRY',
    'EXPIRES',
    'EXPIRATION',
    'LIFETIME',
    'TIMEOUT',
    'TYPE',
    'HEADER',
    'FIELD',
    'PARAM',
    'LOCATION',
    'ENABLED',
    'REQUIRED',
    'MIN',
    'MAX',
    'VERSION',
    'ALGORITHM',
    'ALG',
    'PUBLIC',
    'PUB',
    'PUBLISHABLE',
    'FINGERPRINT',
    'MODE',
    'PREFIX',
    'SCOPE',
    'SCOPES',
    'ISSUER',
    'HASH',
    'HASHER',
    'HASHERS',
    'POLICY',
    'PROVIDER',
    'BACKEND',
    'MANAGER',
    'STORE',
    'ARN',
    'REF',
    'METHOD',
    'STRATEGY',
    'FORMAT',
    'SIZE',
    'COUNT',
    'INTERVAL',
    'REGION',
    'AUDIENCE',
]);
/** `PWD` is the working directory and `PASS` a word in `PASS_THROUGH`; only as the last word. */
const ONLY_AS_LAST = new Set(['PWD', 'PASS']);
/** Whether a variable name looks like it holds a secret. */
function isSecretName(name) {
    const words = name
        .toUpperCase()
        .split(/[^A-Z0-9]+/)
        .filter((w) => w !== '');
    if (words.length === 0 || words.some((w) => NOT_THE_SECRET.has(w)))
        return false;
    if (words.length === 1 && words[0] === 'PWD')
        return false;
    return words.some((w, k) => {
        if (ONLY_AS_LAST.has(w))
            return k === words.length - 1 && words.length > 1;
        if (SECRET_WORDS.has(w))
            return true;
        return (w === 'KEY' || w === 'KEYS') && k > 0 && KEY_QUALIFIERS.has(words[k - 1]);
    });
}
/** Values that hold no secret: unset, empty, a reference, a flag, a number, a path, key fingerprints. */
function isHarmlessValue(value) {
    if (value === null)
        return true;
    const v = value.trim();
    if (v === '')
        return true;
    if (/^(\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*)+$/.test(v))
        return true;
    if (/^(true|false|yes|no|on|off|none|null|0|1|\d{1,6})$/i.test(v))
        return true;
    if (/^\/[^\s]*$/.test(v) || /^\.\.?\//.test(v))
        return true;
    // OpenPGP fingerprints / key ids as the official images list them.
    if (/^((0x)?[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40})([\s,]+((0x)?[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40}))*$/.test(v))
        return true;
    if (/^-----BEGIN (PGP )?PUBLIC KEY( BLOCK)?-----/.test(v) ||
        /^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-\S+) AAAA/.test(v))
        return true;
    return false;
}
/** What makes a value a secret whatever its name: a private key, a token format, a URL with a password. */
function secretValueKind(value) {
    if (value === null)
        return null;
    if (/-----BEGIN ([A-Z]+ )?PRIVATE KEY-----/.test(value))
        return 'private key';
    if (/\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:([^\s@/$][^\s@/]*)@/i.test(value))
        return 'URL with a password';
    const tokens = [
        [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/, 'GitHub token'],
        [/\bgithub_pat_[A-Za-z0-9_]{40,}\b/, 'GitHub token'],
        [/\bglpat-[A-Za-z0-9_-]{20,}\b/, 'GitLab token'],
        [/\b(AKIA|ASIA)[0-9A-Z]{16}\b/, 'AWS access key'],
        [/\bxox[abprs]-[A-Za-z0-9-]{10,}\b/, 'Slack token'],
        [/\bsk_live_[A-Za-z0-9]{20,}\b/, 'Stripe secret key'],
        [/\bAIza[0-9A-Za-z_-]{35}\b/, 'Google API key'],
        [/\bnpm_[A-Za-z0-9]{36}\b/, 'npm token'],
    ];
    return tokens.find(([re]) => re.test(value))?.[1] ?? null;
}
/* harmony default export */ const no_secrets_in_env_or_arg = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'no-secrets-in-env-or-arg',
        aliases: [],
        severity: 'warning',
        description: 'Keep secrets out of ENV and ARG (they stay in the image config and history); use `RUN --mount=type=secret` or runtime env',
    },
    create(ctx) {
        const allow = stringList(ctx.options.allow);
        const deny = stringList(ctx.options.deny);
        // strict: a secret-looking name is reported whatever its value, as BuildKit's SecretsUsedInArgOrEnv does.
        const strict = ctx.options.strict === true;
        const check = (ins) => {
            const found = [];
            for (const { key, value } of ins.pairs) {
                if (allow.some((p) => globMatch(p, key)))
                    continue;
                const kind = secretValueKind(value);
                if (kind) {
                    found.push(`${key} (${kind})`);
                    continue;
                }
                const named = deny.some((p) => globMatch(p, key)) || isSecretName(key);
                if (named && (strict || !isHarmlessValue(value)))
                    found.push(key);
            }
            // Never echo the value: the finding ends up in logs and PR comments.
            if (found.length > 0)
                ctx.report(ins, `Possible secret in ${ins.keyword} ${found.join(', ')}: it is stored in the image; pass it with RUN --mount=type=secret or at run time`);
        };
        return { ENV: check, ARG: check };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/no-sudo.ts

/* harmony default export */ const no_sudo = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'no-sudo',
        aliases: ['DL3004'],
        severity: 'error',
        description: 'Do not use sudo in RUN; switch USER or use gosu',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const used = ins.script()?.commands.some((c) => c.name === 'sudo' || c.wrappers.includes('sudo'));
                if (used) {
                    ctx.report(ins, 'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root');
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/no-user-in-final-stage.ts


/**
 * Base images documented to run as a non-root user already, so a Dockerfile on top of them may
 * leave USER out. Globs over the image reference (registry/name:tag).
 */
const NON_ROOT_BASES = [
    'gcr.io/distroless/*:nonroot',
    'gcr.io/distroless/*:*-nonroot',
    'gcr.io/distroless/*:nonroot-*',
    'cgr.dev/chainguard/*',
    // .NET's chiseled (Ubuntu) and distroless (Azure Linux) images set `USER app` (uid 1654).
    'mcr.microsoft.com/dotnet/*:*-chiseled*',
    'mcr.microsoft.com/dotnet/*:*-distroless*',
    // Jupyter's docker-stacks images run as jovyan (NB_UID 1000).
    'quay.io/jupyter/*',
    'jupyter/*',
];
const PRIVILEGE_DROPPERS = new Set(['gosu', 'su-exec']);
/**
 * The official-images pattern (postgres, redis, mysql): an ENTRYPOINT script starts as root, fixes
 * ownership, then re-executes itself as the service user with gosu/su-exec. The image has gosu
 * when a RUN mentions it (installs, downloads or chmods it, directly or through an ARG/ENV list)
 * or an ENV names its version.
 */
function dropsPrivilegesInEntrypoint(instructions) {
    if (!instructions.some((i) => i.keyword === 'ENTRYPOINT'))
        return false;
    return instructions.some((i) => {
        if (i.keyword === 'ENV')
            return i.pairs.some((p) => /^(GOSU|SU_EXEC)_VERSION$/.test(p.key));
        if (i.keyword === 'COPY')
            return copySources(i).some((src) => PRIVILEGE_DROPPERS.has(baseName(src)));
        if (i.keyword !== 'RUN')
            return false;
        // ARG/ENV defaults expanded: `apk add ${RUNTIME_PACKAGES}` with `ARG RUNTIME_PACKAGES="gosu …"`.
        return (i.script()?.commands ?? []).some((c) => expandedWords(i, c.argv).some((w) => PRIVILEGE_DROPPERS.has(baseName(packageName(w)))));
    });
}
/* harmony default export */ const no_user_in_final_stage = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'no-user-in-final-stage',
        aliases: [],
        severity: 'warning',
        description: 'Set a non-root USER in the final stage; without one the container runs as root',
        // An `ONBUILD USER` is for child images; this image still runs as root.
        onbuild: false,
    },
    create(ctx) {
        const nonRootBases = [...NON_ROOT_BASES, ...stringList(ctx.options.nonRootBases)];
        return {
            stageEnd(stage) {
                if (!stage.isFinal)
                    return;
                // A USER in a stage this one builds on (`FROM base`) carries over.
                const instructions = imageInstructions(stage);
                if (instructions.some((i) => i.keyword === 'USER'))
                    return;
                if (dropsPrivilegesInEntrypoint(instructions) || isWindowsImage(stage))
                    return;
                const root = rootImage(stage);
                // `FROM scratch` with no ENTRYPOINT or CMD runs nothing: it carries files (a binary for
                // `COPY --from=`), so there is no process whose user could be root.
                const { entrypoint, cmd } = imageProcess(stage);
                if (root?.stage.from.isScratch && !entrypoint && !cmd)
                    return;
                if (root && !root.ref.text.includes('$')) {
                    const ref = `${root.ref.registry ? `${root.ref.registry}/` : ''}${root.ref.name}:${root.ref.tag ?? 'latest'}`;
                    if (nonRootBases.some((p) => globMatch(p, ref)))
                        return;
                }
                ctx.report(stage.fromInstruction, `No USER in the final stage: the container runs as root (add "USER <uid>:<gid>" after creating the user)`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/npm-pin-versions.ts

/** npm options whose value is the next word; the value is not a package. */
const NPM_OPTIONS_WITH_VALUE = ['loglevel', 'registry'];
const GIT_PREFIXES = ['git://', 'git+ssh://', 'git+http://', 'git+https://'];
const PATH_PREFIXES = ['/', './', '../', '~/'];
const TARBALL_SUFFIXES = ['.tar', '.tar.gz', '.tgz'];
/**
 * A package spec with a version, tag, commit, or one that is a tarball or a folder (hadolint's
 * versionFixed). The scope of `@scope/name@1` is dropped as hadolint drops it: every character
 * sorting after `/` up to the first one that does not.
 */
function npmPackagePinned(pkg) {
    if (GIT_PREFIXES.some((p) => pkg.startsWith(p)))
        return pkg.includes('#');
    if (TARBALL_SUFFIXES.some((s) => pkg.endsWith(s)))
        return true;
    if (PATH_PREFIXES.some((p) => pkg.startsWith(p)))
        return true;
    let rest = pkg;
    if (rest.startsWith('@')) {
        let k = 0;
        while (k < rest.length && rest[k] > '/')
            k++;
        rest = rest.slice(k);
    }
    return rest.includes('@');
}
/** Packages of `npm install …`; null when the first positional word is not `install` (`npm run x install`). */
function installedPackages(cmd) {
    if (!cmd.is('npm', 'install'))
        return null;
    const words = cmd.argsNoFlags(NPM_OPTIONS_WITH_VALUE);
    if (words[0] !== 'install')
        return null;
    let k = 0;
    while (words[k] === 'install')
        k++;
    return words.slice(k);
}
/* harmony default export */ const npm_pin_versions = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'npm-pin-versions',
        aliases: ['DL3016'],
        severity: 'warning',
        description: 'Pin versions in `npm install` (`pkg@1.2.3`); a bare `npm install` reads package.json',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                const unpinned = script.commands
                    .flatMap((c) => installedPackages(c) ?? [])
                    .filter((p) => !npmPackagePinned(p));
                if (unpinned.length > 0) {
                    ctx.report(ins, `Pin versions in npm: ${unpinned.join(', ')}. Instead of \`npm install <package>\` use \`npm install <package>@<version>\``);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/onbuild-trigger-valid.ts

/** Instructions Docker refuses as an ONBUILD trigger. */
const NOT_TRIGGERS = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);
/* harmony default export */ const onbuild_trigger_valid = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'onbuild-trigger-valid',
        aliases: ['DL3043'],
        severity: 'error',
        description: '`ONBUILD` cannot trigger `ONBUILD`, `FROM` or `MAINTAINER`',
        // The wrapper is what is checked; its trigger must not be visited as an instruction of its own.
        onbuild: false,
    },
    create(ctx) {
        return {
            ONBUILD(ins) {
                const trigger = ins.trigger?.keyword;
                if (trigger && NOT_TRIGGERS.has(trigger))
                    ctx.report(ins, `\`${trigger}\` triggered from within \`ONBUILD\` instruction.`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/package-list-sorted.ts


/** Package words of an install command, as written (versions included); null when it is not one. */
function package_list_sorted_installedPackages(cmd) {
    const system = packageInstall(cmd);
    if (system)
        return system.packages;
    if (!isPipInstallCommand(cmd))
        return null;
    const words = cmd.argsNoFlags(PIP_VALUE_FLAGS);
    return words
        .slice(words.indexOf('install') + 1)
        .filter((w) => !/[/\\]|^\.|\.whl$|\.tar\.gz$|^git\+/.test(w));
}
/** The first adjacent pair out of alphabetical order (case-insensitive, versions ignored), or null. */
function firstUnsortedPair(packages) {
    const names = packages.map((p) => packageName(p).replace(/\[.*$/, '').toLowerCase());
    for (let k = 1; k < names.length; k++)
        if (names[k - 1] > names[k])
            return [packages[k - 1], packages[k]];
    return null;
}
/* harmony default export */ const package_list_sorted = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'package-list-sorted',
        aliases: [],
        severity: 'style',
        description: 'Sort the packages of a multi-package install alphabetically (one per line) so diffs and duplicates are easy to see',
        defaultOn: false,
    },
    create(ctx) {
        return {
            RUN(ins) {
                for (const cmd of ins.script()?.commands ?? []) {
                    const packages = package_list_sorted_installedPackages(cmd);
                    // A variable expands to an unknown list; nothing to sort.
                    if (!packages || packages.length < 2 || packages.some((p) => p.includes('$')))
                        continue;
                    const pair = firstUnsortedPair(packages);
                    if (pair)
                        ctx.report(cmd, `Packages not sorted: "${pair[1]}" should come before "${pair[0]}"`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/pip-install-into-venv.ts



const SYSTEM_BIN = new Set(['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin']);
/** The install goes into a tree of its own (venv, `--prefix`, `--target`, `--user`), not the system site-packages. */
function installsIntoOwnTree(cmd, ins) {
    if (cmd.hasFlag('prefix', 'target', 't', 'user', 'root'))
        return true;
    // `/opt/venv/bin/pip install …`, `env/bin/python -m pip install …`
    const dir = cmd.name.includes('/') ? cmd.name.slice(0, cmd.name.lastIndexOf('/')) : null;
    if (dir !== null && !SYSTEM_BIN.has(dir))
        return true;
    const v = (name) => cmd.env[name] ?? ins.vars.get(name);
    if (v('VIRTUAL_ENV'))
        return true;
    if (v('PIP_TARGET') || v('PIP_PREFIX') || TRUTHY.has(v('PIP_USER') ?? ''))
        return true;
    // `ENV PATH=/venv/bin:$PATH` puts a venv's pip first.
    const path = ins.expand(v('PATH') ?? '');
    const firstBin = path.split(':').find((p) => p !== '' && !p.startsWith('$'));
    if (firstBin && firstBin.endsWith('/bin') && !SYSTEM_BIN.has(firstBin))
        return true;
    // `. /venv/bin/activate && pip install …` in the same RUN.
    return (ins.script()?.commands ?? []).some((c) => (c.name === '.' || c.name === 'source') && (c.args[0] ?? '').endsWith('/bin/activate'));
}
/** A path where a global `pip install` puts packages and scripts. */
function isGlobalPythonPath(path) {
    const p = path.replace(/\/+$/, '');
    if (/\/\.local(\/|$)/.test(p))
        return false;
    return (/(site|dist)-packages/.test(p) ||
        /^\/usr(\/local)?\/lib\/python/.test(p) ||
        p === '/usr/local/bin' ||
        p === '/usr/local');
}
function copiedFrom(stage, copy) {
    const from = copy.flag('from');
    if (!from)
        return false;
    return (from === String(stage.index) || (stage.alias !== null && from.toLowerCase() === stage.alias.toLowerCase()));
}
/* harmony default export */ const pip_install_into_venv = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'pip-install-into-venv',
        aliases: [],
        severity: 'info',
        description: 'In a builder stage, `pip install` into a venv (or `--prefix`/`--user`) and copy that tree, not the system site-packages',
        onbuild: false,
    },
    create(ctx) {
        return {
            end() {
                const final = finalStage(ctx.model.stages);
                if (!final)
                    return;
                const finalChain = stageChain(final);
                const copies = finalChain.flatMap((s) => s.instructions.filter((i) => i.keyword === 'COPY'));
                for (const stage of ctx.model.stages) {
                    if (finalChain.includes(stage))
                        continue;
                    const copy = copies.find((c) => copiedFrom(stage, c) && copySources(c).some(isGlobalPythonPath));
                    if (!copy)
                        continue;
                    const globalInstall = stage.instructions.find((ins) => ins.keyword === 'RUN' &&
                        (ins.script()?.commands ?? []).some((c) => isPipInstallCommand(c) && !installsIntoOwnTree(c, ins)));
                    if (!globalInstall)
                        continue;
                    ctx.report(globalInstall, `Global pip install in stage "${stage.alias ?? stage.index}", whose system site-packages are copied at line ${copy.line}: install into a venv (python -m venv /venv) or --prefix and copy that one tree`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/pip-no-cache-dir.ts


/** pip's cache (`~/.cache/pip`, any user's home) or the whole `~/.cache` it sits in. */
function holdsPipCache(target) {
    return target.includes('.cache/pip') || /\/\.cache\/?$/.test(target);
}
/* harmony default export */ const pip_no_cache_dir = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'pip-no-cache-dir',
        aliases: ['DL3042'],
        severity: 'warning',
        description: 'Pass `--no-cache-dir` to `pip install` (or set `PIP_NO_CACHE_DIR`) so the layer carries no pip cache',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                // ENV/ARG of this stage (or the stage it builds on) already turn the cache off.
                const fromEnv = ins.vars.get('PIP_NO_CACHE_DIR');
                if (fromEnv != null && TRUTHY.has(fromEnv))
                    return;
                // A cache or tmpfs mount on pip's cache keeps it out of the layer, which is the point of
                // the rule (hadolint: a target containing `.cache/pip`); a mount elsewhere does not.
                if (cacheOrTmpfsMountTargets(ins.flags).some(holdsPipCache))
                    return;
                const inline = /PIP_NO_CACHE_DIR=["']?([^\s"';&|]*)/.exec(script.text);
                if (inline && [...TRUTHY].some((t) => inline[1].startsWith(t)))
                    return;
                const forgot = script.commands.some((cmd) => isPipInstall(cmd) && !cmd.args.includes('--no-cache-dir') && !isPipWrapper(cmd));
                if (forgot)
                    ctx.report(ins, 'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/pip-pin-versions.ts


/** pip options whose value is the next word (hadolint's list), so the value is not read as a package. */
const PIP_OPTIONS_WITH_VALUE = [
    'abi',
    'b',
    'build',
    'e',
    'editable',
    'extra-index-url',
    'f',
    'find-links',
    'i',
    'index-url',
    'implementation',
    'no-binary',
    'only-binary',
    'platform',
    'prefix',
    'progress-bar',
    'proxy',
    'python',
    'python-version',
    'root',
    'root-user-action',
    'src',
    't',
    'target',
    'trusted-host',
    'upgrade-strategy',
];
/** VCS schemes pip understands (https://pip.pypa.io/en/stable/topics/vcs-support/). */
const VCS_SCHEMES = [
    'git+file',
    'git+https',
    'git+ssh',
    'git+http',
    'git+git',
    'git',
    'hg+file',
    'hg+http',
    'hg+https',
    'hg+ssh',
    'hg+static-http',
    'svn',
    'svn+svn',
    'svn+http',
    'svn+https',
    'svn+ssh',
    'bzr+http',
    'bzr+https',
    'bzr+ssh',
    'bzr+sftp',
    'bzr+ftp',
    'bzr+lp',
];
const VERSION_SYMBOLS = ['==', '>=', '<=', '>', '<', '!=', '~=', '==='];
function isVcs(pkg) {
    return VCS_SCHEMES.some((s) => pkg.startsWith(s));
}
/** A requirement that names a version, a VCS ref, a local archive or a path/URL (hadolint's versionFixed). */
function pipRequirementPinned(pkg) {
    return (VERSION_SYMBOLS.some((s) => pkg.includes(s)) ||
        (isVcs(pkg) && pkg.includes('@')) ||
        pkg.endsWith('.whl') ||
        pkg.endsWith('.tar.gz') ||
        (!isVcs(pkg) && pkg.includes('/')));
}
/**
 * The requirements named on the command line: positional words after `install`, with ARG/ENV
 * defaults expanded (`ARG PKGS="flask requests"` names two; `${PIP_INDEX_OPTION}` holding
 * `--index-url …` is an option). A word whose variable has no known value is not a package name.
 */
function requirements(cmd, ins) {
    const words = cmd.args.flatMap((a) => {
        const expanded = a.includes('$') ? ins.expand(a) : a;
        // Split only what a variable expanded to; `$(which python)` stays one word.
        return expanded === a ? [a] : splitWords(expanded);
    });
    const positional = [];
    for (let k = 0; k < words.length; k++) {
        const w = words[k];
        if (w.startsWith('-') && w !== '-' && w !== '--') {
            const name = w.startsWith('--') ? w.slice(2) : w.slice(-1);
            if (!w.includes('=') && PIP_OPTIONS_WITH_VALUE.includes(name))
                k++;
            continue;
        }
        positional.push(w);
    }
    const at = positional.indexOf('install');
    if (at < 0)
        return [];
    let k = at;
    while (positional[k] === 'install')
        k++;
    return positional.slice(k).filter((w) => !w.includes('$'));
}
function splitWords(text) {
    return text.split(/\s+/).filter((w) => w !== '');
}
function forgotToPin(cmd, ins) {
    // pipx installs a tool at whatever version is newest, so it is pinned like pip (as hadolint
    // does); pipenv installs from its Pipfile.lock and is left alone.
    if (!isPipInstall(cmd) && !isPipxInstall(cmd))
        return false;
    // A constraints file pins what is installed; a requirements file or the local project is
    // pinned (or not) elsewhere, so hadolint leaves them alone.
    if (cmd.hasFlag('c', 'constraint'))
        return false;
    if (cmd.hasArg('-r', '--requirement', '.'))
        return false;
    return !requirements(cmd, ins).every(pipRequirementPinned);
}
/* harmony default export */ const pip_pin_versions = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'pip-pin-versions',
        aliases: ['DL3013'],
        severity: 'warning',
        description: 'Pin versions in `pip install` (`pkg==1.2.3`, or install from a requirements file)',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                const cmd = script.commands.find((c) => forgotToPin(c, ins));
                if (!cmd)
                    return;
                const unpinned = requirements(cmd, ins).filter((p) => !pipRequirementPinned(p));
                ctx.report(ins, `Pin versions in pip: ${unpinned.join(', ')}. Instead of \`pip install <package>\` use \`pip install <package>==<version>\` or \`pip install --requirement <requirements file>\``);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/pipefail-before-pipe.ts


const NON_POSIX = ['pwsh', 'powershell', 'cmd'];
/* harmony default export */ const pipefail_before_pipe = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'pipefail-before-pipe',
        aliases: ['DL4006'],
        severity: 'warning',
        description: 'Set `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before a RUN with a pipe, so a failing left side fails the build',
        // The trigger runs under the SHELL of a child image, unknown here (hadolint skips it too).
        onbuild: false,
    },
    create(ctx) {
        let pipefail = false;
        return {
            FROM() {
                pipefail = false;
            },
            SHELL(ins) {
                const text = (ins.json ?? [ins.args]).join(' ');
                if (NON_POSIX.some((p) => text.startsWith(p))) {
                    pipefail = true;
                    return;
                }
                // hadolint reads the SHELL words as one command line. Not parseShellScript: it would unwrap
                // `bash -c …` and lose a `-o pipefail` written after `-c` (`["/bin/bash", "-c", "-o", "pipefail"]`),
                // which bash still applies.
                const words = text
                    .split(/\s+/)
                    .filter((w) => w !== '')
                    .map((w) => w.replace(/^(["'])(.*)\1$/, '$2'));
                const shell = (0,dockerfile_shell/* makeCommand */.c)(words, {}, [], ins.line, false);
                pipefail =
                    ['bash', 'zsh', 'ash'].includes(shell.name.split('/').pop() ?? '') &&
                        shell.hasFlag('o') &&
                        shell.args.includes('pipefail');
            },
            RUN(ins) {
                if (pipefail || !ins.script()?.hasPipes)
                    return;
                ctx.report(ins, 'Set the SHELL option -o pipefail before RUN with a pipe in it (for /bin/sh on Alpine or busybox, use SHELL ["/bin/ash", "-eo", "pipefail", "-c"])');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/poetry-install-without-dev.ts


/** The option value after `--name value` or in `--name=value`, or null. */
function optionValue(cmd, name) {
    const k = cmd.args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
    if (k < 0)
        return null;
    const a = cmd.args[k];
    return a.includes('=') ? a.slice(a.indexOf('=') + 1) : (cmd.args[k + 1] ?? '');
}
/** `poetry install` or `poetry sync`. */
function isPoetryInstall(cmd) {
    const sub = subcommand(cmd);
    return baseName(cmd.name) === 'poetry' && (sub === 'install' || sub === 'sync');
}
/** `poetry install|sync` that leaves out the dev group (`--only main`, `--without dev`, `--no-dev`, `--only-root`). */
function installsDevDependencies(cmd) {
    if (!isPoetryInstall(cmd))
        return false;
    if (cmd.hasFlag('no-dev', 'only-root'))
        return false;
    const only = optionValue(cmd, 'only');
    if (only !== null)
        return only.split(',').some((g) => g.trim() === 'dev');
    const without = optionValue(cmd, 'without');
    // `--without test,docs`: the author chose the groups; poetry's default dev group is `dev`.
    if (without !== null)
        return false;
    return true;
}
/* harmony default export */ const poetry_install_without_dev = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'poetry-install-without-dev',
        aliases: [],
        severity: 'warning',
        description: 'Install only production dependencies in the final stage: `poetry install --only main` (or `--without dev`)',
    },
    create(ctx) {
        return {
            RUN(ins) {
                if (!ins.stage?.isFinal)
                    return;
                const commands = ins.script()?.commands ?? [];
                const cmd = commands.find(installsDevDependencies);
                if (!cmd)
                    return;
                // `if [ "$INSTALL_DEV" = true ]; then poetry install; else poetry install --only main; fi`:
                // a RUN that also installs without the dev group makes the dev install a build-time choice.
                // (`--only-root` installs only the project, so it is no such alternative.)
                const choosesGroups = commands.some((c) => c !== cmd && isPoetryInstall(c) && !installsDevDependencies(c) && !c.hasFlag('only-root'));
                if (choosesGroups)
                    return;
                ctx.report(ins, `"poetry ${cmd.args.join(' ')}" installs the dev dependencies into the final image; add --only main (or --without dev)`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/prefer-slim-base-image.ts


const CODENAMES = /^(.*?)-?(stretch|buster|bullseye|bookworm|trixie|forky)$/;
const CODENAME = '(stretch|buster|bullseye|bookworm|trixie|forky)';
const VERSION = String.raw `\d+(\.\d+)*((a|b|rc)\d+)?`;
const NODE_LINES = 'lts|current|argon|boron|carbon|dubnium|erbium|fermium|gallium|hydrogen|iron|jod|krypton';
/**
 * Full-size tags whose slim sibling is known to be published, per image: a version and/or a Debian
 * codename, nothing else. Any other word in the tag (`3-onbuild`, `3.12-windowsservercore`,
 * `1-bookworm-nightly`) is a variant family of its own, and inventing `-slim` on it names a tag
 * that does not exist, so nothing is suggested.
 */
const FULL_TAG = {
    python: new RegExp(`^(${VERSION})?(-?${CODENAME})?$`),
    pypy: new RegExp(`^(${VERSION})?(-?${CODENAME})?$`),
    ruby: new RegExp(`^(${VERSION})?(-?${CODENAME})?$`),
    rust: new RegExp(`^(${VERSION})?(-?${CODENAME})?$`),
    node: new RegExp(`^(${VERSION}|${NODE_LINES})(-${CODENAME})?$`),
    debian: new RegExp(`^(${VERSION}|stable|oldstable|testing|unstable|sid|${CODENAME})(-\\d{8})?$`),
};
/**
 * Official images with a published `-slim` variant, and how each spells the slim tag for a given
 * full tag. Only images whose slim tags really exist for every full tag are listed: `ubuntu` and
 * `golang` have none, `openjdk` stopped publishing them.
 */
const SLIM_TAG = {
    python: slimBeforeCodename,
    pypy: slimBeforeCodename,
    ruby: slimBeforeCodename,
    rust: slimBeforeCodename,
    node: (tag) => (tag === null || tag === 'latest' ? 'slim' : `${tag}-slim`),
    debian: (tag) => (tag === null || tag === 'latest' ? 'stable-slim' : `${tag}-slim`),
};
/** `3.12` → `3.12-slim`, `3.12-bookworm` → `3.12-slim-bookworm`, `bookworm` → `slim-bookworm`. */
function slimBeforeCodename(tag) {
    if (tag === null || tag === 'latest')
        return 'slim';
    const m = CODENAMES.exec(tag);
    if (m)
        return m[1] ? `${m[1]}-slim-${m[2]}` : `slim-${m[2]}`;
    return `${tag}-slim`;
}
const DOCKER_HUB = new Set([null, 'docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** Tags that are already small, or not Linux images at all. */
const NOT_FULL = /slim|alpine|windowsservercore|nanoserver|busybox|distroless|backports|experimental|rc-buggy/;
/** The slim tag to suggest for an official full-size image, or null. */
function slimSuggestion(ref) {
    if (!DOCKER_HUB.has(ref.registry))
        return null;
    const name = ref.name.replace(/^library\//, '');
    const slim = SLIM_TAG[name];
    if (!slim || ref.text.includes('$'))
        return null;
    if (ref.tag !== null && NOT_FULL.test(ref.tag))
        return null;
    if (ref.tag !== null && ref.tag !== 'latest' && !FULL_TAG[name].test(ref.tag))
        return null;
    return `${name}:${slim(ref.tag)}`;
}
/* harmony default export */ const prefer_slim_base_image = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'prefer-slim-base-image',
        aliases: [],
        severity: 'warning',
        description: 'Build the final image on the `-slim` variant of an official base image that has one',
        onbuild: false,
    },
    create(ctx) {
        return {
            stageEnd(stage) {
                if (!stage.isFinal)
                    return;
                // No ENTRYPOINT or CMD of its own: a dev container, toolchain or base image, which wants
                // the full image's compilers and tools; the advice is for images that run an app.
                const own = imageProcess(stage);
                if (!own.entrypoint && !own.cmd)
                    return;
                // The image the final stage is made of, also through `FROM builder` and `FROM ${BASE}`.
                const root = rootImage(stage);
                if (!root)
                    return;
                const suggestion = slimSuggestion(root.ref);
                if (!suggestion)
                    return;
                ctx.report(root.stage.fromInstruction, `"${root.ref.text}" is the full-size image; the final image could use "${suggestion}" (a fraction of the size)`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/python-unbuffered.ts


/** `python`, `python:3.12-slim`, `cgr.dev/chainguard/python`, `gcr.io/distroless/python3`. */
function isPythonImage(ref) {
    return ref.name.toLowerCase().includes('python');
}
const PYTHON_PACKAGE = /^python(\d+(\.\d+)*)?(-pip|-venv|-minimal|-dev)?$/;
/** Words that make a process a Python one: the interpreter, its usual servers and workers, a script. */
function runsPython(argv) {
    return argv.some((w) => /^(python[\d.]*|gunicorn|uvicorn|hypercorn|daphne|flask|celery|django-admin(\.py)?|[\w.-]+\.py)$/.test(baseName(w)));
}
/**
 * A pip install of the image's own code or dependencies: a requirements file, an editable or a
 * local path (`.`, `./pkg`, `/src/app`, a wheel). `pip install awscli` or `pip install --upgrade pip`
 * installs a tool, which does not make an image whose process is not Python a Python app.
 */
function installsAppDependencies(cmd) {
    if (!isPipInstallCommand(cmd))
        return false;
    if (cmd.hasFlag('r', 'requirement', 'e', 'editable'))
        return true;
    return cmd
        .argsNoFlags(PIP_VALUE_FLAGS)
        .some((a) => a === '.' || /^\.{0,2}\//.test(a) || /\.(whl|tar\.gz|zip)$/.test(a));
}
/* harmony default export */ const python_unbuffered = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'python-unbuffered',
        aliases: [],
        severity: 'info',
        description: 'Set `ENV PYTHONUNBUFFERED=1` in Python images so logs are not lost when the process dies',
        onbuild: false,
    },
    create(ctx) {
        return {
            end() {
                const stage = finalStage(ctx.model.stages);
                if (!stage)
                    return;
                const root = rootImage(stage);
                const instructions = imageInstructions(stage);
                // An interpreter installed only for a build step and purged again does not make it a Python image.
                const installsPython = packagesLeftInstalled(stage, (p) => PYTHON_PACKAGE.test(p)).size > 0;
                const pythonBase = root !== null && isPythonImage(root.ref);
                if (!pythonBase && !installsPython)
                    return;
                if (!pythonBase) {
                    // Node and Ruby images keep python3 for node-gyp or a build script: only an image that
                    // installs Python packages or runs Python is a Python app.
                    const process = imageProcess(stage);
                    // Through the shell model, so `CMD /app/main.py --serve` (sh -c …) shows its own words.
                    const argv = argvCommands(effectiveArgv(process), stage.fromInstruction.line).flatMap((c) => c.argv);
                    const pipInstalls = instructions.some((ins) => ins.keyword === 'RUN' && (ins.script()?.commands ?? []).some((c) => installsAppDependencies(c)));
                    if (argv.length > 0 && !runsPython(argv) && !pipInstalls)
                        return;
                }
                // Python reads any non-empty value as on.
                const set = instructions.some((ins) => ins.keyword === 'ENV' &&
                    ins.pairs.some((p) => p.key === 'PYTHONUNBUFFERED' && (p.value ?? '').trim() !== ''));
                if (set)
                    return;
                const { entrypoint, cmd } = imageProcess(stage);
                const argv = [entrypoint, cmd].flatMap((i) => (i ? processWords(i) : []));
                const unbufferedFlag = argv.some((w, k) => k > 0 && /^python/.test(baseName(argv[k - 1] ?? '')) && /^-[a-zA-Z]*u[a-zA-Z]*$/.test(w));
                if (unbufferedFlag)
                    return;
                ctx.report(stage.fromInstruction, 'Python image without ENV PYTHONUNBUFFERED=1: buffered stdout/stderr is lost when the process crashes');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/run-consecutive.ts

// Spellings hadolint's parser reads as the same mount option.
const MOUNT_OPTION_ALIASES = {
    dest: 'target',
    destination: 'target',
    src: 'source',
    readonly: 'ro',
    readwrite: 'rw',
};
/** A `--mount` value as hadolint compares it: parsed options, so their order and spelling do not count. */
function mountKey(value) {
    return value
        .split(',')
        .map((option) => {
        const [key = '', ...rest] = option.split('=');
        const name = MOUNT_OPTION_ALIASES[key] ?? key;
        return rest.length > 0 ? `${name}=${rest.join('=').replace(/^"(.*)"$/, '$1')}` : name;
    })
        .sort()
        .join(',');
}
/** hadolint compares RUN flags (`--mount`, `--network`, `--security`) as a whole, order aside. */
function flagsKey(ins) {
    return ins.flags
        .map((f) => `${f.name}=${f.name === 'mount' ? mountKey(f.value ?? '') : (f.value ?? '')}`)
        .sort()
        .join('\n');
}
/** Shell commands of the RUN; an exec-form or non-POSIX RUN counts as one. */
function commandCount(ins) {
    return ins.script()?.commands.length ?? 1;
}
/* harmony default export */ const run_consecutive = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'run-consecutive',
        aliases: ['DL3059'],
        severity: 'info',
        description: 'Consecutive single-command `RUN` instructions: consider one RUN with `&&`',
        // hadolint does not chain `ONBUILD RUN`s; an ONBUILD breaks a run of RUNs like any other instruction.
        onbuild: false,
    },
    create(ctx) {
        // The previous RUN when nothing but comments came after it. A RUN that chains several commands
        // is deliberate (hadolint's exception), so it neither gets reported nor makes the next one be.
        let previous = null;
        return {
            instruction(ins) {
                if (ins.keyword !== 'RUN') {
                    previous = null;
                    return;
                }
                const current = { flags: flagsKey(ins), commands: commandCount(ins) };
                if (previous && previous.flags === current.flags && previous.commands <= 1 && current.commands <= 1) {
                    ctx.report(ins, 'Multiple consecutive `RUN` instructions. Consider consolidation.');
                    return;
                }
                previous = current;
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/run-no-pointless-commands.ts

// Interactive or system-management tools that do nothing useful while an image builds.
const POINTLESS = new Set(['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim']);
/* harmony default export */ const run_no_pointless_commands = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'run-no-pointless-commands',
        aliases: ['DL3001'],
        severity: 'info',
        description: 'Do not RUN commands that make no sense in an image build (`ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`)',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const hit = ins.script()?.commands.find((c) => POINTLESS.has(c.name));
                if (hit)
                    ctx.report(ins, `\`${hit.name}\` makes no sense in a RUN: the build has no terminal, services or running system`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/_stage/index.ts
/** A `create` that reports every `keyword` after the first in a stage. */
function oncePerStage(keyword, message) {
    return (ctx) => {
        let seen = false;
        return {
            FROM() {
                seen = false;
            },
            [keyword](ins) {
                if (seen)
                    ctx.report(ins, message);
                seen = true;
            },
        };
    };
}

;// CONCATENATED MODULE: ./src/lint/rules/single-cmd.ts


/* harmony default export */ const single_cmd = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'single-cmd',
        aliases: ['DL4003'],
        severity: 'warning',
        description: 'Use at most one CMD per stage (only the last one takes effect)',
        onbuild: false,
    },
    create: oncePerStage('CMD', 'Multiple `CMD` instructions found: only the last `CMD` takes effect'),
}));

;// CONCATENATED MODULE: ./src/lint/rules/single-entrypoint.ts


/* harmony default export */ const single_entrypoint = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'single-entrypoint',
        aliases: ['DL4004'],
        severity: 'error',
        description: 'Use at most one ENTRYPOINT per stage (only the last one takes effect)',
        onbuild: false,
    },
    create: oncePerStage('ENTRYPOINT', 'Multiple `ENTRYPOINT` instructions found: only the last `ENTRYPOINT` takes effect'),
}));

;// CONCATENATED MODULE: ./src/lint/rules/single-healthcheck.ts


/* harmony default export */ const single_healthcheck = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'single-healthcheck',
        aliases: ['DL3012'],
        severity: 'error',
        description: 'Use at most one HEALTHCHECK per stage (only the last one counts)',
        onbuild: false,
    },
    create: oncePerStage('HEALTHCHECK', 'Multiple `HEALTHCHECK` instructions: only the last one takes effect'),
}));

;// CONCATENATED MODULE: ./src/lint/rules/stage-name-not-reserved.ts

/** Names BuildKit gives a meaning of its own: `FROM scratch`, and the `context` of `--from`/named contexts. */
const RESERVED = new Set(['scratch', 'context']);
/* harmony default export */ const stage_name_not_reserved = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'stage-name-not-reserved',
        aliases: ['DL3063'],
        severity: 'warning',
        description: 'A stage name (`AS …`) should not be a reserved word (`scratch`, `context`)',
        onbuild: false,
    },
    create(ctx) {
        return {
            FROM(ins) {
                const alias = ins.stage?.alias;
                if (alias && RESERVED.has(alias))
                    ctx.report(ins, `Stage name "${alias}" is a reserved word; choose another name`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/stage-names-unique.ts

/* harmony default export */ const stage_names_unique = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'stage-names-unique',
        aliases: ['DL3024'],
        severity: 'error',
        description: '`FROM` aliases (stage names) must be unique',
    },
    create(ctx) {
        const seen = new Set();
        return {
            FROM(ins) {
                const alias = ins.stage?.alias;
                if (!alias)
                    return;
                if (seen.has(alias))
                    ctx.report(ins, `FROM aliases (stage names) must be unique: "${alias}" is used twice`);
                seen.add(alias);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/trusted-registry.ts


/** `*` matches any registry, `*.example.com` a suffix, `registry.*` a prefix, anything else itself. */
function registryMatches(allowed, registry) {
    if (allowed === '*')
        return true;
    if (allowed.startsWith('*'))
        return registry.endsWith(allowed.slice(1));
    if (allowed.endsWith('*'))
        return registry.startsWith(allowed.slice(0, -1));
    return registry === allowed;
}
/* harmony default export */ const trusted_registry = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'trusted-registry',
        aliases: ['DL3026'],
        severity: 'error',
        description: 'Use only images from the trusted registries (`trustedRegistries` in the config)',
        onbuild: false,
    },
    create(ctx) {
        const trusted = ctx.settings.trustedRegistries;
        // Stage aliases seen so far: `FROM builder` or `COPY --from=builder` names a stage, not an image.
        const aliases = new Set();
        const isTrusted = (registry) => trusted.some((t) => registryMatches(t, registry));
        const allowed = (image) => {
            if (aliases.has(image.name))
                return true;
            if (image.registry !== null)
                return isTrusted(image.registry);
            // Docker Hub is the registry of an image written without one.
            return image.name === 'scratch' || isTrusted('docker.io') || isTrusted('hub.docker.com');
        };
        // Deviation from hadolint: a numeric `--from=0` is a stage index, never an image.
        const allowedFrom = (from) => /^\d+$/.test(from) || allowed((0,model/* parseImageRef */.Q)(from));
        return {
            FROM(ins) {
                const stage = ins.stage;
                if (!stage)
                    return;
                if (trusted.length > 0 && !allowed(stage.from)) {
                    ctx.report(ins, `Use only an allowed registry in the FROM image ("${stage.from.text}")`);
                }
                if (stage.alias)
                    aliases.add(stage.alias);
            },
            COPY(ins) {
                const from = ins.flag('from');
                if (trusted.length === 0 || !from || allowedFrom(from))
                    return;
                ctx.report(ins, `Use only an allowed registry in the FROM image ("COPY --from=${from}")`);
            },
            RUN(ins) {
                if (trusted.length === 0)
                    return;
                const untrusted = ins.flags
                    .filter((f) => f.name === 'mount' && f.value)
                    .map((f) => new Map(f.value.split(',').map((kv) => [kv.split('=')[0], kv.split('=').slice(1).join('=')])))
                    .filter((m) => (m.get('type') ?? 'bind') === 'bind' || m.get('type') === 'cache')
                    .map((m) => m.get('from'))
                    .filter((from) => !!from && !allowedFrom(from));
                if (untrusted.length > 0) {
                    ctx.report(ins, `Use only an allowed registry in the FROM image ("--mount from=${untrusted[0]}")`);
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/use-shell-to-change-shell.ts

/* harmony default export */ const use_shell_to_change_shell = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'use-shell-to-change-shell',
        aliases: ['DL4005'],
        severity: 'warning',
        description: 'Use SHELL to change the default shell, not `ln -s … /bin/sh`',
    },
    create(ctx) {
        return {
            RUN(ins) {
                if (ins.script()?.commands.some((c) => c.is('ln', '/bin/sh'))) {
                    ctx.report(ins, 'Use SHELL to change the default shell instead of linking /bin/sh');
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/use-workdir-not-cd.ts

/* harmony default export */ const use_workdir_not_cd = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'use-workdir-not-cd',
        aliases: ['DL3003'],
        severity: 'warning',
        description: 'Use WORKDIR to switch to a directory, not `cd` in RUN',
    },
    create(ctx) {
        return {
            RUN(ins) {
                if (ins.script()?.commands.some((c) => c.name === 'cd'))
                    ctx.report(ins, 'Use WORKDIR to switch to a directory');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/user-numeric-id.ts


/* harmony default export */ const user_numeric_id = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'user-numeric-id',
        aliases: ['DL3066'],
        severity: 'info',
        description: 'Give USER a numeric user id: a name may not be resolvable by the host or the orchestrator (runAsNonRoot)',
        onbuild: false,
    },
    create(ctx) {
        // ARG and ENV names declared so far anywhere in the file: a user given by one of them is
        // chosen at build time and cannot be judged (hadolint counts ARGs only).
        const declared = new Set();
        const declare = (ins) => ins.pairs.forEach((p) => declared.add(p.key));
        return {
            ARG: declare,
            ENV: declare,
            USER(ins) {
                const user = ins.args.trim().split(':')[0];
                if (/^\d+$/.test(user))
                    return;
                const variables = [...user.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
                if (variables.some((v) => declared.has(v)))
                    return;
                // A user that is only a variable (`USER $APP_UID`, `USER ${NB_UID}`) comes from the base
                // image's ENV, which cannot be seen: not judged. `root` is uid 0 on every system. Windows
                // users (`ContainerUser`) have no numeric id at all.
                if (/^\$(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)$/.test(user))
                    return;
                if (user === 'root')
                    return;
                if (ins.stage && isWindowsImage(ins.stage))
                    return;
                ctx.report(ins, `Non-numeric user-id may not be resolvable by host system: USER "${user}" (use its uid, e.g. "USER 10001:10001")`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/useradd-high-uid-log-init.ts

/**
 * The word as hadolint measures it: ShellCheck's "oversimplified" form, where every expansion
 * (`$X`, `${X}`, `$(…)`, backticks) reads as `${VAR}`.
 */
function oversimplified(word) {
    return word.replace(/\$\(\([^]*?\)\)|\$\([^)]*\)|\$\{[^}]*\}|`[^`]*`|\$[A-Za-z_][A-Za-z0-9_]*|\$[0-9@*#?$!-]/g, '${VAR}');
}
/** Values given to `-u` (the word after it), as hadolint's getFlagArg reads them. */
function uidValues(cmd) {
    return cmd.flags.filter((f) => f.name === 'u').flatMap((f) => cmd.args[f.argIndex + 1] ?? []);
}
/* harmony default export */ const useradd_high_uid_log_init = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'useradd-high-uid-log-init',
        aliases: ['DL3046'],
        severity: 'warning',
        description: 'Pass `-l` (`--no-log-init`) to `useradd` with a high UID, or the lastlog file bloats the image',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                const bloats = script.commands.some((c) => c.name === 'useradd' &&
                    !c.hasFlag('l', 'no-log-init') &&
                    c.hasFlag('u', 'uid') &&
                    uidValues(c).some((uid) => oversimplified(uid).length > 5));
                if (bloats)
                    ctx.report(ins, '`useradd` without flag `-l` and high UID will result in excessively large Image.');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/wget-progress.ts



/**
 * The `wget` of this RUN is busybox's: an Alpine image (by its name, or because the image runs
 * `apk`, as one built `FROM docker:cli` does) where nothing before the call installed GNU wget
 * with `apk add wget`. busybox wget rejects `--progress`.
 */
function busyboxWget(ins, cmd) {
    const stage = ins.stage;
    if (!stage || ins.onbuild)
        return false;
    const own = ins.script()?.commands ?? [];
    const before = [
        ...imageInstructions(stage)
            .filter((i) => i.keyword === 'RUN' && i.index < ins.index)
            .flatMap((i) => i.script()?.commands ?? []),
        ...own.slice(0, own.indexOf(cmd)),
    ];
    const root = rootImage(stage);
    const alpine = (root !== null && isAlpineImage(root.ref)) || [...before, ...own].some((c) => c.is('apk'));
    if (!alpine)
        return false;
    return !before.some((c) => {
        const install = packageInstall(c);
        return install?.manager === 'apk' && install.packages.some((p) => p.split(/[=<>~]/)[0] === 'wget');
    });
}
/** Options that already keep wget's log short: a progress style, quiet, non-verbose, a log file. */
function quietEnough(cmd) {
    return (cmd.hasFlag('progress', 'q', 'quiet', 'o', 'output-file', 'a', 'append-output', 'no-verbose') ||
        cmd.hasArg('-nv'));
}
/* harmony default export */ const wget_progress = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'wget-progress',
        aliases: ['DL3047'],
        severity: 'info',
        description: 'Pass `--progress=dot:giga` (or `-q`/`-nv`) to `wget`, or its progress bar bloats the build log',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                const loud = script.commands.find((c) => c.is('wget') && !quietEnough(c));
                if (!loud)
                    return;
                ctx.report(ins, busyboxWget(ins, loud)
                    ? "Avoid use of wget without progress bar. This is busybox's wget (an Alpine image), which has no `--progress` option: use `wget -q <url>`."
                    : 'Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/workdir-absolute.ts

/* harmony default export */ const workdir_absolute = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'workdir-absolute',
        aliases: ['DL3000'],
        severity: 'error',
        description: 'Use an absolute WORKDIR',
        // hadolint does not look inside ONBUILD for this one.
        onbuild: false,
    },
    create(ctx) {
        return {
            WORKDIR(ins) {
                const path = ins.args.replace(/^["']|["']$/g, '');
                // A variable may hold an absolute path; hadolint gives it the benefit of the doubt.
                if (path.startsWith('$') || path.startsWith('/') || /^[A-Za-z]:/.test(path))
                    return;
                ctx.report(ins, `Use an absolute WORKDIR: "${ins.args}" depends on the WORKDIR before it`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/yarn-cache-clean.ts

const isYarnInstall = (c) => c.is('yarn', 'install');
// hadolint's cmdHasArgs "yarn" ["cache", "clean"]: either word is enough.
const isYarnCacheClean = (c) => c.is('yarn', 'cache', 'clean');
/** A `--mount=type=cache|tmpfs` whose target contains `.cache/yarn`: the cache never lands in the layer. */
function hasYarnCacheMount(flags) {
    return flags.some((f) => {
        if (f.name !== 'mount' || !f.value)
            return false;
        const opts = new Map(f.value.split(',').map((kv) => {
            const [k, ...v] = kv.split('=');
            return [k.trim(), v.join('=')];
        }));
        const type = opts.get('type');
        if (type !== 'cache' && type !== 'tmpfs')
            return false;
        const target = opts.get('target') ?? opts.get('dst') ?? opts.get('destination') ?? '';
        return target.includes('.cache/yarn');
    });
}
/** The RUN installs with yarn and no `yarn cache clean` follows the last install. */
function leavesYarnCache(ins) {
    const commands = ins.script()?.commands ?? [];
    let lastInstall = -1;
    let lastClean = -1;
    commands.forEach((c, k) => {
        if (isYarnInstall(c))
            lastInstall = k;
        if (isYarnCacheClean(c))
            lastClean = k;
    });
    return lastInstall >= 0 && lastClean < lastInstall && !hasYarnCacheMount(ins.flags);
}
/** The parts of a FROM hadolint compares to tell stages apart. */
function fromKey(s) {
    const f = s.from;
    return JSON.stringify([f.registry, f.name, f.tag, f.digest, s.alias, f.platform]);
}
/* harmony default export */ const yarn_cache_clean = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'yarn-cache-clean',
        aliases: ['DL3060'],
        severity: 'info',
        description: 'Run `yarn cache clean` after `yarn install` (or use a cache mount) in the image you ship',
    },
    create(ctx) {
        // As for apt lists (DL3009), hadolint only minds stages that end up in the image: the last
        // stage and stages another one is built `FROM`. Triggers of ONBUILD are always reported:
        // they run in whatever image builds on this one.
        const failing = [];
        return {
            RUN(ins) {
                if (!leavesYarnCache(ins))
                    return;
                if (ins.onbuild)
                    ctx.report(ins, '`yarn cache clean` missing after `yarn install` was run.');
                else
                    failing.push({ ins, stage: ins.stage });
            },
            end() {
                const stages = ctx.model.stages;
                const last = stages[stages.length - 1];
                const builtOn = new Set(stages.map((s) => s.from.name));
                for (const { ins, stage } of failing) {
                    const shipped = stage
                        ? (last !== undefined && fromKey(stage) === fromKey(last)) ||
                            (stage.alias !== null && builtOn.has(stage.alias))
                        : last === undefined ||
                            (last.from.isScratch && last.alias === null && last.from.platform === null);
                    if (shipped)
                        ctx.report(ins, '`yarn cache clean` missing after `yarn install` was run.');
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/yum-assume-yes.ts


/* harmony default export */ const yum_assume_yes = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'yum-assume-yes',
        aliases: ['DL3030'],
        severity: 'warning',
        description: 'Pass `-y` to `yum install` so the build never waits for an answer',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                const forgot = script.commands.some((c) => isCommandWith(c, ['yum'], ['install', 'groupinstall', 'localinstall']) &&
                    !c.hasFlag('y', 'assumeyes'));
                if (forgot)
                    ctx.report(ins, 'Use the -y switch to avoid manual input `yum install -y <package>`');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/yum-cache-cleaned.ts




/** yum's cache, and dnf's, where `yum` on RHEL 8 and later (dnf underneath) keeps it. */
const yum_cache_cleaned_CACHE_DIRS = ['/var/cache/yum', '/var/cache/dnf'];
/* harmony default export */ const yum_cache_cleaned = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'yum-cache-cleaned',
        aliases: ['DL3032'],
        severity: 'warning',
        description: 'Run `yum clean all` in the RUN that runs `yum install` (or mount a cache at /var/cache/yum)',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                // The cache never reaches the layer when it lives on a cache or tmpfs mount.
                if (yum_cache_cleaned_CACHE_DIRS.some((dir) => hasCacheOrTmpfsMountWith(ins.flags, dir)))
                    return;
                const cleaned = cleanedAfterInstall(script.commands, (c) => isCommandWith(c, ['yum'], ['install']), (c) => cleansCache(c, 'yum'));
                if (cleaned === false)
                    ctx.report(ins, '`yum clean all` missing after yum command.');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/yum-pin-versions.ts


/* harmony default export */ const yum_pin_versions = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'yum-pin-versions',
        aliases: ['DL3033'],
        severity: 'warning',
        description: 'Pin versions in `yum install` (`<package>-<version>`, modules as `<module>:<stream>`)',
    },
    create: pinVersionsCheck(['yum']),
}));

;// CONCATENATED MODULE: ./src/lint/rules/zypper-cache-cleaned.ts




/* harmony default export */ const zypper_cache_cleaned = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'zypper-cache-cleaned',
        aliases: ['DL3036'],
        severity: 'warning',
        description: 'Run `zypper clean` in the RUN that runs `zypper install` (or mount a cache at /var/cache/zypp)',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                if (hasCacheOrTmpfsMountWith(ins.flags, '/var/cache/zypp'))
                    return;
                // As for yum and dnf, the clean has to come after the install it cleans up for.
                const cleaned = cleanedAfterInstall(script.commands, (c) => isCommandWith(c, ['zypper'], ['install', 'in']), (c) => cleansCache(c, 'zypper'));
                if (cleaned === false)
                    ctx.report(ins, '`zypper clean` missing after zypper use.');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/zypper-no-dist-upgrade.ts


/* harmony default export */ const zypper_no_dist_upgrade = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'zypper-no-dist-upgrade',
        aliases: ['DL3035'],
        severity: 'warning',
        description: 'Do not run `zypper dist-upgrade` in a build; use a newer base image instead',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                if (script.commands.some((c) => isCommandWith(c, ['zypper'], ['dist-upgrade', 'dup'])))
                    ctx.report(ins, 'Do not use `zypper dist-upgrade`.');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/zypper-non-interactive.ts


/** zypper subcommands that ask for confirmation (long and short names). */
const ASKING = ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch'];
/* harmony default export */ const zypper_non_interactive = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'zypper-non-interactive',
        aliases: ['DL3034'],
        severity: 'warning',
        description: 'Pass `-n`/`--non-interactive` (or `-y`) to `zypper install` so the build never waits for an answer',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                const forgot = script.commands.some((c) => isCommandWith(c, ['zypper'], ASKING) && !c.hasFlag('non-interactive', 'n', 'no-confirm', 'y'));
                if (forgot)
                    ctx.report(ins, 'Non-interactive switch missing from `zypper` command: `zypper install -y`');
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/zypper-pin-versions.ts


/** `name=1.2`, `name>=1.2`, `name<1.2` (any comparison zypper accepts), or a `.rpm` file. */
function zypperVersionPinned(spec) {
    return /[=<>]/.test(spec) || spec.endsWith('.rpm');
}
/* harmony default export */ const zypper_pin_versions = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'zypper-pin-versions',
        aliases: ['DL3037'],
        severity: 'warning',
        description: 'Pin versions in `zypper install` (`<package>=<version>` or a comparison such as `>=`)',
    },
    create(ctx) {
        return {
            RUN(ins) {
                const script = ins.script();
                if (!script)
                    return;
                const unpinned = [];
                for (const c of script.commands) {
                    if (!isCommandWith(c, ['zypper'], ['install', 'in']))
                        continue;
                    unpinned.push(...installWords(c, ['install', 'in']).filter((w) => !zypperVersionPinned(w)));
                }
                if (unpinned.length > 0)
                    ctx.report(ins, `Specify version with \`zypper install -y <package>=<version>\` (unpinned: ${unpinned.join(', ')})`);
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/lint/rules/index.ts
// Every rule, one line each, sorted by file name. Adding a rule = adding its line here;
// the registry and the registry test pick it up from this file.


























































































;// CONCATENATED MODULE: ./src/lint/registry.ts

const RULES = Object.values(rules_namespaceObject).sort((a, b) => a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0);
const byCode = new Map();
for (const rule of RULES) {
    for (const code of [rule.meta.id, ...rule.meta.aliases]) {
        if (byCode.has(code))
            throw new Error(`rule code ${code} is claimed by both ${byCode.get(code).meta.id} and ${rule.meta.id}`);
        byCode.set(code, rule);
    }
}
/** A rule by id or hadolint alias. */
function findRule(code) {
    return byCode.get(code);
}


/***/ }),

/***/ 5619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ defineRule),
/* harmony export */   t1: () => (/* binding */ RULE_DOCS_BASE_URL)
/* harmony export */ });
/* unused harmony export ruleDocsUrl */
/** Where rule documentation lives; one place so a fork or a move changes one line. */
const RULE_DOCS_BASE_URL = 'https://github.com/shipshape/shipshape/blob/main/docs/rules';
function ruleDocsUrl(id) {
    return `${RULE_DOCS_BASE_URL}/${id}.md`;
}
const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
function defineRule(definition) {
    const { meta } = definition;
    if (!ID_PATTERN.test(meta.id))
        throw new Error(`rule id "${meta.id}" is not kebab-case`);
    return {
        meta: Object.freeze({ defaultOn: true, onbuild: true, ...meta, docs: ruleDocsUrl(meta.id) }),
        create: definition.create,
    };
}


/***/ })

};
