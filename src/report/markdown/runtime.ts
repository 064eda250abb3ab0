// The runtime evidence section: the static view of the user beside what the host saw.
import type { RuntimeChange } from '../../comparison.js';
import type { PrivilegeStory, UserOrigin } from '../../verify/types.js';
import { codeBlock, escapeHtml, escapeMarkdown, escapeMessage, inlineCode } from '../escape.js';
import type { Report } from '../types.js';
import { details, NBSP } from './format.js';
import type { RenderOptions, Section } from './section.js';

function ms(n: number): string {
  return n < 1000 ? `${Math.round(n)}${NBSP}ms` : `${(n / 1000).toFixed(n < 10_000 ? 2 : 1)}${NBSP}s`;
}

const USER_ORIGIN: Record<UserOrigin, string> = {
  input: 'from the `user` input',
  image: 'set by this Dockerfile',
  'base-image': 'inherited from the base image',
  default: 'none set: root by default',
};

const PRIVILEGES: Record<PrivilegeStory, string> = {
  'never-root': 'never root',
  dropped: 'started as root, then dropped',
  'kept-root': 'a process kept effective uid 0',
  unknown: 'not observed',
};

const RUNTIME_CHANGE: Record<RuntimeChange, string> = {
  'became-root': '**became root**',
  'became-non-root': 'became non-root',
  'user-changed': 'the user changed',
  unchanged: 'unchanged',
  unproven: 'not comparable (one side unproven)',
};

function verdictWord(nonRoot: boolean | null | undefined): string {
  return nonRoot === true ? 'non-root' : nonRoot === false ? '**root**' : 'not proven';
}

/**
 * The static view (config and the image's /etc/passwd) beside what the host saw. The comment
 * keeps that evidence; the job summary adds every process's uids, pids, timings and notes.
 */
export function runtimeSection(report: Report, audience: RenderOptions['audience']): Section | null {
  const rt = report.runtime;
  if (!rt) return null;
  const full = audience !== 'comment';
  return () => {
    const st = rt.static ?? null;
    const evidence = rt.evidence;
    const processes = evidence.processes;
    const origin = rt.userOrigin ? escapeMessage(USER_ORIGIN[rt.userOrigin]) : null;
    const user = rt.user ? `${inlineCode(rt.user)}${origin ? `, ${origin}` : ''}` : (origin ?? 'none set');
    const staticUid = st
      ? st.uid === null
        ? escapeMarkdown(st.explanation)
        : `${st.uid}${st.userName ? ` (${escapeMarkdown(st.userName)})` : ''}, gid ${st.gid ?? '?'}${st.groupName ? ` (${escapeMarkdown(st.groupName)})` : ''}`
      : 'image files not readable';
    // Only what the host saw: no process listed means no uid to show, whatever the verdict says.
    const seenUids = [...new Set(processes.map((p) => p.uids[1]))];
    const runtimeUid =
      rt.source === 'runtime' && processes.length > 0
        ? `${seenUids.join(', ')} (effective, ${processes.length} process${processes.length === 1 ? '' : 'es'})`
        : 'not observed';
    const runtimeVerdict =
      rt.source === 'runtime'
        ? `${verdictWord(rt.nonRoot)}${rt.privileges ? `: ${PRIVILEGES[rt.privileges]}` : ''}`
        : `not observed: the verdict is the static one`;
    const lines = [
      '| | static: image config and its /etc/passwd | runtime: every process, seen from the host |',
      '| --- | --- | --- |',
      `| user | ${user} | ${rt.started === true ? 'started with this user' : rt.started === false ? 'did not start' : '—'} |`,
      `| uid | ${staticUid} | ${runtimeUid} |`,
      ...(full
        ? [
            `| verdict | ${st ? verdictWord(st.root === null ? null : !st.root) : 'not proven'} | ${runtimeVerdict} |`,
          ]
        : []),
      '',
    ];
    const change = report.deltas?.runtime;
    if (full && change && change.change !== 'unchanged') {
      const who = (s: { user: string; uid: number | null; nonRoot: boolean | null }) =>
        `${s.user ? inlineCode(s.user) : 'no USER'} (uid ${s.uid ?? '?'}${s.nonRoot === false ? ', root' : ''})`;
      lines.push(
        `- compared with the baseline: ${RUNTIME_CHANGE[change.change]}: ${who(change.base)} → ${who(change.head)}`,
      );
    }
    if (full) {
      for (const p of processes.slice(0, 10)) {
        lines.push(
          `- pid ${p.pid} ${inlineCode(String(p.command), 80)}: uid ${escapeHtml((p.uids ?? []).join('/'))}, gid ${escapeHtml((p.gids ?? []).join('/'))} (real/effective/saved/fs, at ${p.observedAt === 'start' ? 'start' : 'settle'})`,
        );
      }
      if (processes.length > 10) lines.push(`- …and ${processes.length - 10} more processes`);
    }
    // A stop that needed a kill is a reason already; the comment does not say it twice.
    if (rt.stop?.signalled === false) {
      lines.push(
        `- stop: the engine refused to send ${escapeMarkdown(rt.stop.signal)}, so the stop was not tested${rt.stop.killed ? '; the container was killed' : ''}`,
      );
    } else if (rt.stop) {
      if (full || !rt.stop.killed)
        lines.push(
          rt.stop.killed
            ? `- stop: PID 1 did not exit within ${ms(rt.stop.timeoutMs)} of ${escapeMarkdown(rt.stop.signal)} and was killed`
            : `- stop: exited on ${escapeMarkdown(rt.stop.signal)}${full ? ` in ${ms(rt.stop.ms)}` : ''}`,
        );
    } else if (rt.exit) {
      const after = rt.exit.afterMs === null ? '' : ` after ${ms(rt.exit.afterMs)}`;
      lines.push(
        `- exited by itself with code ${rt.exit.code ?? '?'}${after}, ${rt.exit.afterSignal ? 'after the stop signal, which did not cause it: not a clean stop' : 'before it was asked to stop'}`,
      );
    } else if (rt.state && !rt.state.running && rt.state.exitCode !== null) {
      lines.push(`- exited on its own with code ${rt.state.exitCode} before it could be stopped`);
    }
    const smoke = rt.smoke;
    if (smoke?.http) {
      const h = smoke.http;
      lines.push(
        `- smoke: ${escapeMarkdown(h.url)} ${h.status !== null ? `answered ${h.status}` : `did not answer${h.error ? ` \\(${escapeMarkdown(h.error)}\\)` : ''}`}${full ? ` after ${ms(h.ms)}` : ''} ${h.ok ? '✅' : '❌'}`,
      );
    }
    if (smoke?.exec) {
      const e = smoke.exec;
      lines.push(
        `- smoke: ${inlineCode(e.command.join(' '), 80)} exited ${e.exitCode ?? '?'}${full ? ` after ${ms(e.ms)}` : ''} ${e.ok ? '✅' : '❌'}`,
      );
    }
    if (full && rt.hardening) {
      const flags = rt.hardening.combined.flags.join(' ');
      if (rt.hardening.combined.ok) lines.push(`- hardening: runs with ${inlineCode(flags, 200)} ✅`);
      else {
        const cannot = rt.hardening.each.filter((r) => !r.ok).map((r) => inlineCode(r.flags.join(' '), 80));
        lines.push(
          `- hardening (information): does not run with ${inlineCode(flags, 200)}${cannot.length ? `; cannot take ${cannot.join(', ')}` : ''}`,
        );
      }
    }
    if (full && rt.writable) {
      const w = rt.writable;
      const files = w.files.slice(0, 5).map((f) => inlineCode(f.path, 80));
      lines.push(
        w.uid === 0
          ? '- writable app files: not checked, root can write every file'
          : w.files.length === 0
            ? `- writable app files: none of ${w.checked} checked under ${inlineCode(w.workingDir || '/')}`
            : `- writable app files: uid ${w.uid} can write ${w.files.length}${w.truncated ? '+' : ''} under ${inlineCode(w.workingDir || '/')}: ${files.join(', ')}${w.files.length > 5 ? ', …' : ''}`,
      );
    }
    if (full)
      for (const n of (evidence?.notes ?? []).slice(0, 10))
        lines.push(`- ${escapeMessage(String(n).slice(0, 300))}`);
    if (rt.logTail && (rt.source !== 'runtime' || rt.state?.running === false)) {
      lines.push('', 'Last output:', '', codeBlock(rt.logTail.slice(-2_000), 'text'));
    }
    if (full && rt.timings?.length) {
      const steps = rt.timings.map((t) => `${escapeHtml(t.step)} ${ms(t.ms)}`).join(' · ');
      lines.push('', `<sub>${steps}${rt.totalMs != null ? ` · total ${ms(rt.totalMs)}` : ''}</sub>`);
    }
    return details('Runtime evidence', lines.join('\n').trimEnd(), full && rt.nonRoot === false);
  };
}
