// What each lint rule is about, for code scanning: its tags (GitHub filters alerts by them) and,
// for the rules about security, a `security-severity` (GitHub ranks security alerts by it:
// 9.0-10 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low). Kept in one table rather than in
// each rule's meta so the scale is read and reviewed in one place; a registry test makes every
// rule appear here. The scale and the reasons are in docs/code-scanning.md.

/**
 * - security: the image or its build can leak or be tampered with;
 * - size: the image carries bytes it does not need;
 * - cache: the build cache is lost more often than it must be;
 * - reliability: the build or the container can break, hang or differ between builds;
 * - maintainability: the Dockerfile or image metadata is harder to read or use.
 */
export type RuleCategory = 'security' | 'size' | 'cache' | 'reliability' | 'maintainability';

export interface RuleClass {
  categories: RuleCategory[];
  /** Only for rules with the `security` category: GitHub's 0.0-10.0 scale. */
  securitySeverity?: number;
}

const security = (securitySeverity: number, ...more: RuleCategory[]): RuleClass => ({
  categories: ['security', ...more],
  securitySeverity,
});
const size: RuleClass = { categories: ['size'] };
const cache: RuleClass = { categories: ['cache'] };
const reliability: RuleClass = { categories: ['reliability'] };
const maintainability: RuleClass = { categories: ['maintainability'] };

export const RULE_CLASSES: Readonly<Record<string, RuleClass>> = {
  // A literal credential is readable by anyone who can pull the image, for ever: high.
  'no-secrets-in-env-or-arg': security(8.5),
  // The container runs as root by its Dockerfile (not yet observed; the runtime check may prove it).
  'last-user-not-root': security(6.5),
  'no-user-in-final-stage': security(6.5),
  // A download that is not verified can be swapped under the build.
  'add-remote-checksum': security(5.5),
  // A debug server or debugger in production executes what a request tells it to.
  'dev-server-in-final-stage': security(5.5, 'reliability'),
  // A name that suggests a secret; the value may be harmless.
  'arg-env-sensitive-name': security(5.0),
  // Only when a registry allow-list is configured: the base comes from elsewhere.
  'trusted-registry': security(4.0),
  // A tag can be moved to other content; reproducibility more than an attack.
  'base-image-digest': security(2.0, 'reliability'),

  'add-to-extract-archives': size,
  'apk-no-cache': size,
  'apt-lists-cleaned': size,
  'apt-no-install-recommends': size,
  'build-toolchain-in-final-stage': size,
  'curl-or-wget-not-both': size,
  'dnf-cache-cleaned': size,
  'pip-install-into-venv': size,
  'pip-no-cache-dir': size,
  'poetry-install-without-dev': size,
  'prefer-slim-base-image': size,
  'run-consecutive': size,
  'useradd-high-uid-log-init': size,
  'yarn-cache-clean': size,
  'yum-cache-cleaned': size,
  'zypper-cache-cleaned': size,
  'dockerignore-present': { categories: ['size', 'cache'] },
  'copy-from-not-whole-filesystem': { categories: ['size', 'reliability'] },

  'copy-context-before-dependency-install': cache,

  'apk-pin-versions': reliability,
  'apt-get-assume-yes': reliability,
  'apt-get-not-apt': reliability,
  'apt-pin-versions': reliability,
  'avoid-alpine-for-python': reliability,
  'cmd-entrypoint-json-form': reliability,
  'copy-from-defined-stage': reliability,
  'copy-from-not-own-stage': reliability,
  'copy-relative-needs-workdir': reliability,
  'copy-target-dir-slash': reliability,
  'debian-frontend-as-arg': reliability,
  'dnf-assume-yes': reliability,
  'dnf-pin-versions': reliability,
  'env-no-same-statement-reference': reliability,
  'expose-valid-port': reliability,
  'gem-pin-versions': reliability,
  'go-install-pinned': reliability,
  'healthcheck-present': reliability,
  'image-tag-explicit': reliability,
  'image-tag-not-latest': reliability,
  'init-process-in-entrypoint': reliability,
  'instruction-order-from-first': reliability,
  'no-fixed-platform': reliability,
  'no-sudo': reliability,
  'npm-pin-versions': reliability,
  'onbuild-trigger-valid': reliability,
  'pip-pin-versions': reliability,
  'pipefail-before-pipe': reliability,
  'python-unbuffered': reliability,
  'single-cmd': reliability,
  'single-entrypoint': reliability,
  'single-healthcheck': reliability,
  'stage-name-not-reserved': reliability,
  'stage-names-unique': reliability,
  'use-shell-to-change-shell': reliability,
  // An orchestrator cannot check a user name for uid 0 (runAsNonRoot) before the container starts.
  'user-numeric-id': reliability,
  'workdir-absolute': reliability,
  'yum-assume-yes': reliability,
  'yum-pin-versions': reliability,
  'zypper-no-dist-upgrade': reliability,
  'zypper-non-interactive': reliability,
  'zypper-pin-versions': reliability,

  'base-image-from-arg': maintainability,
  'copy-instead-of-add': maintainability,
  'expose-server-port': maintainability,
  'final-image-labels': maintainability,
  'from-platform-not-targetplatform': maintainability,
  'label-email-valid': maintainability,
  'label-git-hash-valid': maintainability,
  'label-key-valid': maintainability,
  'label-not-empty': maintainability,
  'label-not-in-schema': maintainability,
  'label-required': maintainability,
  'label-rfc3339-valid': maintainability,
  'label-semver-valid': maintainability,
  'label-spdx-valid': maintainability,
  'label-url-valid': maintainability,
  'no-maintainer': maintainability,
  'package-list-sorted': maintainability,
  'run-no-pointless-commands': maintainability,
  'use-workdir-not-cd': maintainability,
  'wget-progress': maintainability,
};

/** ShellCheck findings: problems in a RUN script, which can make the build or the container misbehave. */
export const SHELLCHECK_CLASS: RuleClass = { categories: ['reliability'] };
