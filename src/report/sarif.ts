// The whole report as SARIF: the lint findings, and what the build, measure and verify stages
// observed about the image, as results on the Dockerfile line each comes from, so code scanning
// holds the same truth as the comment. The runtime and size findings have rules of their own
// (`runtime/…`, `size/…`), documented in docs/checks/. Pure.
import type { BuiltDockerfile } from '../dockerfile/stages.js';
import { formatSarif, type CheckRule, type SarifFinding } from '../lint/sarif.js';
import type { JunkFinding, WastedPath } from '../measure/types.js';
import type { Severity, Status } from '../types.js';
import type { UserOrigin } from '../verify/types.js';
import { formatBytes } from '../units.js';
import { sizeProblems } from './evaluate.js';
import type { Report } from './types.js';

const RUNS_AS_ROOT: CheckRule = {
  id: 'runtime/runs-as-root',
  name: 'RunsAsRootObserved',
  description: 'The container ran a process as root (effective uid 0), seen from the host',
  docPath: 'checks/runs-as-root.md',
  severity: 'error',
  // Proven by observation, not inferred from the Dockerfile: ranked above the static root rules.
  class: { categories: ['security'], securitySeverity: 7.5 },
};
const APT_LISTS_LEFT: CheckRule = {
  id: 'size/apt-lists-left',
  name: 'AptListsLeftInImage',
  description: 'The image carries apt package lists (/var/lib/apt/lists) that no running container needs',
  docPath: 'checks/apt-lists-left.md',
  severity: 'warning',
  class: { categories: ['size'] },
};
const JUNK_LEFT: CheckRule = {
  id: 'size/junk-left',
  name: 'JunkLeftInImage',
  description: 'The image carries caches or build-context leftovers it does not need',
  docPath: 'checks/junk-left.md',
  severity: 'info',
  class: { categories: ['size'] },
};
const WASTE_OVER_BUDGET: CheckRule = {
  id: 'size/waste-over-budget',
  name: 'WasteOverBudget',
  description:
    'Bytes written by one instruction and deleted or overwritten by a later one exceed the max-waste budget, or 10 MB',
  docPath: 'checks/waste-over-budget.md',
  severity: 'error',
  class: { categories: ['size', 'cache'] },
};

/** The rules of the runtime and size findings, for the SARIF driver. */
export const CHECK_RULES: readonly CheckRule[] = [RUNS_AS_ROOT, APT_LISTS_LEFT, JUNK_LEFT, WASTE_OVER_BUDGET];

/** The few facts of the measure and verify stages this module reads. */
interface ObservedFacts {
  junk: JunkFinding[];
  waste: WastedPath[];
  reclaimable: number | null;
  rootObserved: boolean;
  userOrigin: UserOrigin | null;
}

function observedFacts(report: Report): ObservedFacts {
  const runtime = report.runtime;
  return {
    junk: report.image?.junk ?? [],
    waste: report.image?.waste ?? [],
    reclaimable: report.image?.reclaimableBytes ?? null,
    // nonRoot is only ever decided by processes seen from the host; the image config alone is
    // the lint rules' job.
    rootObserved: runtime?.nonRoot === false,
    userOrigin: runtime?.userOrigin ?? null,
  };
}

/**
 * The USER that decides the image's user: the last one in the built stages (as the verify stage
 * was told); else the built stage's FROM, where no-user-in-final-stage points too.
 */
function userLine(dockerfile: BuiltDockerfile | null): { line: number; isUser: boolean } {
  const user = dockerfile?.chain.steps.filter((s) => s.keyword === 'USER').pop();
  if (user) return { line: user.line, isUser: true };
  return { line: dockerfile?.stages.at(-1)?.fromInstruction.line ?? 1, isUser: false };
}

const levelOf = (status: Status): Severity => (status === 'fail' ? 'error' : 'warning');

/**
 * The runtime and size findings of a report, on the Dockerfile lines they come from (pure).
 * `dockerfile` is the pipeline's own reading of the file for this build (target, build args);
 * without it (a report read back from disk) the findings point at line 1.
 */
export function checkFindings(report: Report, dockerfile: BuiltDockerfile | null): SarifFinding[] {
  const facts = observedFacts(report);
  const file = report.subject.dockerfile;
  const fromLine = dockerfile?.stages.at(-1)?.fromInstruction.line ?? 1;
  const out: SarifFinding[] = [];
  const add = (
    rule: CheckRule,
    severity: Severity,
    line: number,
    message: string,
    related: SarifFinding['related'] = [],
  ) =>
    out.push({
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
    const at = userLine(dockerfile);
    const where =
      facts.userOrigin === 'input'
        ? '; the user was set by the `user` input'
        : at.isUser
          ? ''
          : '; no USER in the built stage, so the base image decides';
    add(RUNS_AS_ROOT, levelOf(root.status), at.line, `${root.message}${where}`);
  }

  // The decider's selector names the junk and waste that are problems; a result only where the
  // decider also made it a reason (size-problems may say `none`), so code scanning and the
  // comment never disagree.
  const problems = sizeProblems({
    junk: facts.junk,
    waste: facts.waste,
    reclaimableBytes: facts.reclaimable,
  });
  for (const problem of problems.junk) {
    if (!report.reasons.some((r) => r.code === `junk:${problem.kind}`)) continue;
    const rule = problem.kind === 'apt-lists' ? APT_LISTS_LEFT : JUNK_LEFT;
    for (const j of problem.found) {
      if (j.bytes === 0) continue; // nothing to remove at this line (apt's empty lock)
      add(
        rule,
        rule.severity,
        j.line ?? fromLine,
        `${j.description}: ${formatBytes(j.bytes)} in ${j.files} file${j.files === 1 ? '' : 's'} under /${j.path}, left in the image.`,
      );
    }
  }

  // A broken max-waste budget, else waste the decider made a reason of.
  const wasteBudget = report.budgets.find(
    (b) => b.name === 'max-waste' && b.status !== 'pass' && b.actual !== null,
  );
  const wasteReason = report.reasons.find((r) => r.code === 'waste');
  const wasteVerdict = wasteBudget
    ? { status: wasteBudget.status, message: `${wasteBudget.message}.` }
    : wasteReason && problems.waste
      ? {
          status: wasteReason.status,
          message: `${formatBytes(problems.waste.bytes)} written and then deleted or overwritten in a later layer.`,
        }
      : null;
  if (wasteVerdict) {
    const biggest = problems.waste?.biggest ?? [...facts.waste].sort((a, b) => b.bytes - a.bytes)[0] ?? null;
    const related =
      biggest && biggest.removedLine !== null && biggest.writtenLine !== null
        ? [
            {
              line: biggest.removedLine,
              message: `line ${biggest.removedLine} deleted or overwrote /${biggest.path}`,
            },
          ]
        : [];
    const written = biggest?.writtenLine === null ? ' written by the base image and' : ' written here and';
    const detail = biggest
      ? ` The biggest: /${biggest.path}, ${formatBytes(biggest.bytes)}${written} ${biggest.how} ${biggest.removedLine !== null ? `on line ${biggest.removedLine}` : 'later'}.`
      : '';
    // The line that wrote it; for what the base image wrote, the line that hid it.
    add(
      WASTE_OVER_BUDGET,
      levelOf(wasteVerdict.status),
      biggest?.writtenLine ?? biggest?.removedLine ?? fromLine,
      `${wasteVerdict.message}${detail}`,
      related,
    );
  }
  return out;
}

export interface ReportSarifOptions {
  /** The repository root (result URIs are relative to it). */
  repoRoot: string;
  /** Where the report's relative Dockerfile path is resolved from. */
  cwd: string;
  /** The pipeline's parsed Dockerfile and built stages, so results land on the lines this build used. */
  dockerfile: BuiltDockerfile | null;
}

/** `runs[].automationDetails.id`: one code-scanning category per report key, so matrix jobs keep their own alerts. */
export function automationId(report: Pick<Report, 'key'>): string {
  return `shipshape/${report.key}/`;
}

/** The report as a SARIF log: lint, runtime and size findings of the one Dockerfile it is about. */
export function formatReportSarif(report: Report, options: ReportSarifOptions): string {
  const file = report.subject.dockerfile;
  const text = report.lint.dockerfileText;
  return formatSarif(
    {
      files: [
        {
          file,
          findings: [...report.lint.findings, ...checkFindings(report, options.dockerfile)],
          errors: report.lint.errors,
        },
      ],
    },
    {
      repoRoot: options.repoRoot,
      cwd: options.cwd,
      automationId: automationId(report),
      checks: CHECK_RULES,
      ...(text ? { sources: { [file]: text } } : {}),
    },
  );
}
