// SARIF 2.1.0 for GitHub code scanning, complete enough that GitHub treats shipshape as a
// first-class tool (checked by the SARIF Multitool with GitHub's rule kind, see
// __tests__/lint/sarif-multitool.itg.test.ts):
// - every rule that reported carries a short and a full description, help as text and Markdown
//   taken from its page in docs/, a help URI, a human name, tags, and for the security rules a
//   `security-severity` (docs/code-scanning.md has the scale);
// - results point at repository-relative paths under `%SRCROOT%`, carry the fingerprint GitHub's
//   upload action would compute, and runs carry `automationDetails.id` when the caller names one.
// Pure apart from reading the Dockerfiles it fingerprints when their text is not given.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, LintError, Severity } from '../types.js';
import { VERSION } from '../version.js';
import { lineHashes } from './fingerprint.js';
import { findRule } from './registry.js';
import { docUrl, ruleHelp, type RuleHelp } from './rule-help.js';
import { RULE_CLASSES, SHELLCHECK_CLASS, type RuleClass } from './rule-tags.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  style: 'note',
};

/** The base every result URI is relative to: the repository root. */
export const SRCROOT = '%SRCROOT%';

export interface RelatedLine {
  line: number;
  message: string;
}

/** A finding as SARIF takes it: a lint finding, or a runtime/size finding with lines it relates to. */
export type SarifFinding = Finding & { related?: RelatedLine[] };

export interface SarifFile {
  file: string;
  findings: SarifFinding[];
  errors: LintError[];
}

/** What a run reports; a lint run (`LintRun`) is one. */
export interface SarifInput {
  files: SarifFile[];
}

/** A rule outside the lint registry (the runtime and size checks), described for code scanning. */
export interface CheckRule {
  id: string;
  /** A human name distinct from the id, e.g. `RunsAsRoot`. */
  name: string;
  /** One line, as a lint rule's description. */
  description: string;
  /** Its page under docs/, e.g. `checks/runs-as-root.md`. */
  docPath: string;
  severity: Severity;
  class: RuleClass;
}

export interface SarifOptions {
  /** The repository root: result URIs are relative to it (`findRepoRoot` finds it). */
  repoRoot: string;
  /** Where relative file names in the input are resolved from; default repoRoot. */
  cwd?: string;
  /** `runs[0].automationDetails.id`, e.g. `shipshape/<report key>/`; none when absent. */
  automationId?: string | null;
  /** Dockerfile texts by file name as given, for fingerprints; others are read from disk. */
  sources?: Readonly<Record<string, string>>;
  /** The rules of findings that are not lint rules. */
  checks?: readonly CheckRule[];
}

/** The nearest directory at or above `start` that holds `.git` (a directory or a worktree file); else `start`. */
export function findRepoRoot(start: string): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(resolve(dir, '.git'))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(start);
    dir = up;
  }
}

/** `no-user-in-final-stage` → `NoUserInFinalStage`: SARIF wants a name readers understand, not the id again. */
export function pascalName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

interface Descriptor {
  id: string;
  name?: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: Record<string, unknown>;
}

function tagsOf(cls: RuleClass, extra: string[]): string[] {
  return [...cls.categories, ...extra];
}

function classProperties(cls: RuleClass, tags: string[]): Record<string, unknown> {
  const props: Record<string, unknown> = { tags };
  if (cls.categories.includes('security') && cls.securitySeverity !== undefined)
    props['security-severity'] = cls.securitySeverity.toFixed(1);
  return props;
}

/** A sentence ends with a period (GitHub and SARIF show descriptions as sentences). */
function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function fromHelp(
  base: { id: string; name: string; description: string; severity: Severity; helpUri: string },
  help: RuleHelp | null,
  properties: Record<string, unknown>,
): Descriptor {
  const short = sentence(base.description);
  const markdown = help?.markdown ?? `[Documentation](${base.helpUri})\n`;
  return {
    id: base.id,
    ...(base.name && base.name !== base.id ? { name: base.name } : {}),
    shortDescription: { text: short },
    fullDescription: { text: help?.why ? sentence(`${short} ${help.why}`) : short },
    help: { text: help?.text ?? `${short} ${base.helpUri}\n`, markdown },
    helpUri: base.helpUri,
    defaultConfiguration: { level: LEVEL[base.severity] },
    properties,
  };
}

function describeLintRule(f: Finding): Descriptor {
  const meta = findRule(f.rule)?.meta;
  const cls = RULE_CLASSES[f.rule] ?? { categories: [] };
  const aliases = meta?.aliases ?? f.aliases;
  const tags = tagsOf(cls, ['dockerfile', ...aliases.map((a) => `hadolint:${a}`)]);
  return fromHelp(
    {
      id: f.rule,
      name: pascalName(f.rule),
      description: meta?.description ?? f.message,
      severity: meta?.severity ?? f.severity,
      helpUri: meta?.docs ?? f.docs,
    },
    meta ? ruleHelp(`rules/${meta.id}.md`) : null,
    { ...classProperties(cls, tags), aliases },
  );
}

/** ShellCheck codes keep their own rule, with the ShellCheck wiki as help. */
function describeShellcheck(f: Finding): Descriptor {
  const url = f.docs || `https://www.shellcheck.net/wiki/${f.rule}`;
  const short = sentence(`ShellCheck ${f.rule}: ${f.message}`);
  const markdown = [
    `ShellCheck reported **${f.rule}** in the shell script of a \`RUN\` instruction: ${f.message}`,
    '',
    `The ShellCheck wiki page [${f.rule}](${url}) explains the problem, shows problematic and correct code, and the exceptions.`,
    '',
    '## Ignore it',
    '',
    `\`# hadolint ignore=${f.rule}\` (or \`# shipshape ignore=${f.rule}\`) on the line before the \`RUN\`; \`lint: { rules: { ${f.rule}: off } }\` in \`.shipshape.yml\`; \`shellcheck: false\` turns ShellCheck off.`,
    '',
  ].join('\n');
  const text = markdown
    .replace(/\*\*|`/g, '')
    .replace(/## /g, '')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)');
  return {
    id: f.rule,
    shortDescription: { text: short },
    fullDescription: {
      text: sentence(`ShellCheck ${f.rule} in the shell script of a RUN instruction: ${f.message}`),
    },
    help: { text, markdown },
    helpUri: url,
    defaultConfiguration: { level: LEVEL[f.severity] },
    properties: classProperties(SHELLCHECK_CLASS, tagsOf(SHELLCHECK_CLASS, ['dockerfile', 'shellcheck'])),
  };
}

function describeCheck(rule: CheckRule): Descriptor {
  const tags = tagsOf(rule.class, ['dockerfile', 'image']);
  return fromHelp(
    { ...rule, helpUri: docUrl(rule.docPath) },
    ruleHelp(rule.docPath),
    classProperties(rule.class, tags),
  );
}

export function formatSarif(input: SarifInput, options: SarifOptions): string {
  const cwd = options.cwd ?? options.repoRoot;
  const checks = new Map((options.checks ?? []).map((c) => [c.id, c]));
  const rules: Descriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const results: unknown[] = [];
  const hashesByFile = new Map<string, string[] | null>();

  const location = (file: string) => {
    const abs = resolve(cwd, file);
    const rel = relative(options.repoRoot, abs);
    // A file outside the repository cannot be relative to it: an absolute file URI then.
    if (rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(abs).href };
    return { uri: encodeURI(rel.split(sep).join('/')), uriBaseId: SRCROOT };
  };
  const hashes = (file: string): string[] | null => {
    if (!hashesByFile.has(file)) {
      let text = options.sources?.[file] ?? null;
      if (text === null) {
        try {
          text = readFileSync(resolve(cwd, file), 'utf8');
        } catch {
          text = null; // no text, no fingerprint: the upload action could not compute one either
        }
      }
      hashesByFile.set(file, text === null ? null : lineHashes(text));
    }
    return hashesByFile.get(file)!;
  };
  const region = (line: number, column = 1, endLine = line) => ({
    startLine: Math.max(1, line),
    startColumn: Math.max(1, column),
    endLine: Math.max(1, line, endLine),
  });

  for (const file of input.files) {
    for (const f of file.findings) {
      if (!ruleIndex.has(f.rule)) {
        const check = checks.get(f.rule);
        ruleIndex.set(f.rule, rules.length);
        rules.push(
          check ? describeCheck(check) : /^SC\d+$/.test(f.rule) ? describeShellcheck(f) : describeLintRule(f),
        );
      }
      const hash = hashes(f.file)?.[Math.max(1, f.line) - 1];
      const related = (f.related ?? []).map((r, i) => ({
        id: i + 1,
        physicalLocation: { artifactLocation: location(f.file), region: region(r.line) },
        message: { text: sentence(r.message) },
      }));
      results.push({
        ruleId: f.rule,
        ruleIndex: ruleIndex.get(f.rule),
        level: LEVEL[f.severity],
        message: {
          text: sentence(f.aliases.length > 0 ? `${f.message} (${f.aliases.join(', ')})` : f.message),
        },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location(f.file),
              region: region(f.line, f.column, f.endLine),
            },
          },
        ],
        ...(related.length ? { relatedLocations: related } : {}),
        ...(hash ? { partialFingerprints: { primaryLocationLineHash: hash } } : {}),
      });
    }
  }
  const notifications = input.files.flatMap((file) =>
    file.errors.map((e) => ({
      level: 'error',
      message: { text: sentence(e.message) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: location(file.file),
            region: { startLine: Math.max(1, e.line) },
          },
        },
      ],
    })),
  );
  const root = pathToFileURL(options.repoRoot).href;
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'shipshape',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: 'https://github.com/shipshape/shipshape',
            rules,
          },
        },
        ...(options.automationId ? { automationDetails: { id: options.automationId } } : {}),
        originalUriBaseIds: {
          [SRCROOT]: {
            uri: root.endsWith('/') ? root : `${root}/`,
            description: { text: 'The root of the repository the Dockerfiles are in.' },
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
