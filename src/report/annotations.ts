// Lint findings → workflow-command annotations on the Dockerfile lines (pure; main.ts emits).
import type { Finding } from '../types.js';
import { stripControl } from './escape.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title: string;
  file: string;
  startLine: number;
  endLine: number;
  startColumn?: number;
}

/** GitHub shows at most 10 error and 10 warning annotations per step; keep the worst first. */
export const ANNOTATION_LIMIT = 50;

export function annotationsFor(findings: Finding[]): Annotation[] {
  const level = (f: Finding): Annotation['level'] =>
    f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
  const order = { error: 0, warning: 1, notice: 2 };
  return findings
    .map((f) => ({
      level: level(f),
      message: stripControl(f.message),
      title: `${f.rule}${f.aliases.length ? ` (${f.aliases.join(', ')})` : ''}`,
      file: f.file,
      startLine: f.line,
      endLine: Math.max(f.line, f.endLine),
      ...(f.column > 0 ? { startColumn: f.column } : {}),
    }))
    .sort((a, b) => order[a.level] - order[b.level] || a.startLine - b.startLine)
    .slice(0, ANNOTATION_LIMIT);
}
