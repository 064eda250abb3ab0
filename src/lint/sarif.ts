// SARIF 2.1.0 for GitHub code scanning: one run, the rules that reported (with help URIs), and
// locations as repo-relative paths with forward slashes.
import { relative, resolve, sep } from 'node:path';
import type { Severity } from '../types.js';
import type { LintRun } from './index.js';
import { findRule } from './registry.js';
import { VERSION } from '../version.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  style: 'note',
};

export interface SarifOptions {
  /** Paths in the log are relative to this (the repository root). */
  repoRoot: string;
  /** Where relative file names in the run are resolved from; default repoRoot. */
  cwd?: string;
}

export function formatSarif(run: LintRun, options: SarifOptions): string {
  const cwd = options.cwd ?? options.repoRoot;
  const rules: {
    id: string;
    name: string;
    shortDescription: { text: string };
    helpUri: string;
    properties: Record<string, unknown>;
    defaultConfiguration: { level: string };
  }[] = [];
  const ruleIndex = new Map<string, number>();
  const results: unknown[] = [];
  const uriOf = (file: string): string => relative(options.repoRoot, resolve(cwd, file)).split(sep).join('/');
  for (const file of run.files) {
    for (const f of file.findings) {
      if (!ruleIndex.has(f.rule)) {
        const meta = findRule(f.rule)?.meta;
        ruleIndex.set(f.rule, rules.length);
        rules.push({
          id: f.rule,
          name: f.rule,
          shortDescription: { text: meta?.description ?? f.message },
          helpUri: f.docs,
          defaultConfiguration: { level: LEVEL[meta?.severity ?? f.severity] },
          properties: { aliases: f.aliases },
        });
      }
      results.push({
        ruleId: f.rule,
        ruleIndex: ruleIndex.get(f.rule),
        level: LEVEL[f.severity],
        message: { text: f.aliases.length > 0 ? `${f.message} (${f.aliases.join(', ')})` : f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: uriOf(f.file) },
              region: {
                startLine: Math.max(1, f.line),
                startColumn: Math.max(1, f.column),
                endLine: Math.max(f.line, f.endLine),
              },
            },
          },
        ],
      });
    }
  }
  const notifications = run.files.flatMap((file) =>
    file.errors.map((e) => ({
      level: 'error',
      message: { text: e.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uriOf(file.file) },
            region: { startLine: Math.max(1, e.line) },
          },
        },
      ],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'shipshape',
            version: VERSION,
            informationUri: 'https://github.com/shipshape/shipshape',
            rules,
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
