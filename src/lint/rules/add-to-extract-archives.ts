import type { Instruction } from '../../dockerfile/model.js';
import type { ShellCommand } from '../../dockerfile/shell.js';
import { defineRule } from '../rule.js';
import { ARCHIVE_EXTENSIONS, copySourcesAndTarget, dropQuotes } from './copy-instead-of-add.js';

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

const basename = (s: string) => dropQuotes(s).split(/[\\/]/).pop() ?? '';
const isArchive = (s: string) => ARCHIVE_EXTENSIONS.some((e) => dropQuotes(s).endsWith(e));

function extracts(cmd: ShellCommand): boolean {
  if (cmd.name === 'tar') {
    return cmd.args.some(
      (a) =>
        a === '--extract' || a === '--get' || (a.startsWith('-') && !a.startsWith('--') && a.includes('x')),
    );
  }
  return DECOMPRESSORS.has(cmd.name);
}

export default defineRule({
  meta: {
    id: 'add-to-extract-archives',
    aliases: ['DL3010'],
    severity: 'info',
    description: 'Use ADD to extract a local archive instead of COPY and a RUN that unpacks it',
    onbuild: false,
  },
  create(ctx) {
    let archives: { ins: Instruction; name: string }[] = [];
    const reported = new Set<Instruction>();
    return {
      FROM() {
        archives = [];
      },
      COPY(ins) {
        if (ins.flag('from') !== undefined || ins.heredocs.length > 0) return;
        // Quote-aware, as hadolint reads COPY: `"my app.tar"` is one source.
        const { sources, target } = copySourcesAndTarget(ins);
        if (target === null || sources.length === 0) return;
        const names = isArchive(target) ? [basename(target)] : sources.filter(isArchive).map(basename);
        for (const name of names) archives.push({ ins, name });
      },
      RUN(ins) {
        const commands = ins.script()?.commands ?? [];
        for (const a of archives) {
          if (reported.has(a.ins)) continue;
          if (commands.some((c) => extracts(c) && c.argsNoFlags().map(basename).includes(a.name))) {
            reported.add(a.ins);
            ctx.report(
              a.ins,
              `Use ADD for extracting archives into an image: "${a.name}" is copied, then unpacked by a RUN`,
            );
          }
        }
      },
    };
  },
});
