// The budgets section: each budget as a reader would write it, and what was measured.
import { formatBytesBeside } from '../../units.js';
import type { BudgetResult } from '../../types.js';
import { escapeMarkdown } from '../escape.js';
import type { Report } from '../types.js';
import { details, NBSP, signed, size, STATUS_ICON } from './format.js';
import type { Section } from './section.js';

function budgetValue(b: BudgetResult): string {
  if (b.actual == null) return 'not measured';
  if (b.name === 'max-layers' || b.name === 'no-regression') return String(b.actual);
  if (b.name === 'max-layers-increase') return signed(b.actual, String);
  if (b.name === 'max-size-increase') return signed(b.actual, size);
  return formatBytesBeside(b.actual, Math.round(b.limitValue)).replace(' ', NBSP);
}

/** "max-size ≤ 400 MB": the rule as a reader would write it; its tier only when it was broken. */
function budgetRule(b: BudgetResult): string {
  const rule = b.name === 'no-regression' ? 'no-regression: no growth' : `${b.name} ≤ ${b.limit}`;
  const tier = b.status === 'pass' ? '' : b.level === 'fail' ? ' (fails the check)' : ' (warns)';
  return `${escapeMarkdown(rule).replace(/(\d) (\S)/g, `$1${NBSP}$2`)}${tier}`;
}

export function budgetsSection(report: Report): Section | null {
  if (!report.budgets.length) return null;
  const failing = report.budgets.some((b) => b.status !== 'pass');
  const rows = report.budgets.map(
    (b) => `| ${STATUS_ICON[b.status]} | ${budgetRule(b)} | ${budgetValue(b)} |`,
  );
  return () =>
    details('Budgets', ['| | budget | measured |', '| --- | --- | ---: |', ...rows].join('\n'), failing);
}
