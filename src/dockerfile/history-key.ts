// One spelling for "the instruction that made this layer", whether it is read from an image's
// history or from a Dockerfile, so the layers of two images are matched by what made them (not by
// position or line) even when one side has no Dockerfile to align with (a registry image).
//
// BuildKit writes a layer's `created_by` as (verified against the engine in
// __tests__/dockerfile/history-key.itg.test.ts):
//   RUN (shell form)  "RUN |2 A=1 B=2 /bin/sh -c <script> # buildkit": the build args in scope
//                     first, then the SHELL and the script with continuations joined; --mount,
//                     --network and --security are left out. `RUN <<EOF` alone runs the heredoc
//                     body as the script; `RUN <<EOF bash` keeps the command, then the body.
//   RUN (exec form)   "RUN |2 A=1 B=2 sh -c echo # buildkit": the arguments joined by spaces.
//   COPY / ADD        "COPY --chown=… --chmod=… <sources> <dest> # buildkit" with variables
//                     expanded; other flags (--from, --link) are left out, a heredoc source is
//                     its `<<NAME` only, and a JSON array is joined by spaces.
//   WORKDIR           "WORKDIR /expanded/path".
// The classic builder writes "/bin/sh -c <script>" (or "|2 A=1 B=2 /bin/sh -c …") for RUN and
// "/bin/sh -c #(nop)  <INSTRUCTION>" for the others; its COPY names a content hash instead of the
// sources, so only a Dockerfile aligned to the history can name it.
import type { Instruction } from './model.js';

const BUILDKIT_SUFFIX = /\s+# buildkit$/;
const CLASSIC_NOP = /^\/bin\/sh -c #\(nop\)\s+/;
/** The shell prefix `RUN` has without a SHELL instruction. */
const DEFAULT_SHELL_PREFIX = '/bin/sh -c ';

/** Whitespace is not meaning; the keyword's case is not either. */
export function normaliseInstructionText(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  const m = /^(\S+)(.*)$/.exec(one);
  return m ? `${m[1]!.toUpperCase()}${m[2]}` : one;
}

/** Drops BuildKit's "|N K=V …" prefix of N build-arg pairs from the text after `RUN `. */
function withoutBuildArgs(rest: string): string {
  const m = /^\|(\d+)\s+/.exec(rest);
  if (!m) return rest;
  let tail = rest.slice(m[0].length);
  for (let i = 0; i < Number(m[1]); i++) {
    const pair = /^\S+=\S*\s*/.exec(tail);
    if (!pair) break;
    tail = tail.slice(pair[0].length);
  }
  return tail;
}

/** The history's `created_by` as a key: the instruction in BuildKit's spelling, whitespace collapsed. */
export function createdByKey(createdBy: string): string {
  let text = createdBy.trim().replace(BUILDKIT_SUFFIX, '');
  if (CLASSIC_NOP.test(text)) text = text.replace(CLASSIC_NOP, '');
  // The classic builder writes RUN as the shell command alone (a path, or the "|N" args first).
  else if (/^[/|]/.test(text)) text = `RUN ${text}`;
  const run = /^RUN\s+(.*)$/is.exec(text);
  if (run) text = `RUN ${withoutBuildArgs(run[1]!)}`;
  return normaliseInstructionText(text);
}

/** The classic builder's created_by starts with the shell ("/bin/sh -c …") or "|N" build args. */
function isClassicBuilder(createdBy: string): boolean {
  return /^[/|]/.test(createdBy.trim());
}

/**
 * The key of a layer: BuildKit's history says what made it, whatever Dockerfile it was aligned
 * to (an image built from another version of the file still matches by what it really ran); the
 * classic builder's does not name COPY/ADD sources, so the aligned instruction's key stands in.
 */
export function layerKey(createdBy: string | null, alignedKey: string | null): string | null {
  if (createdBy && !isClassicBuilder(createdBy)) return createdByKey(createdBy);
  return alignedKey ?? (createdBy ? createdByKey(createdBy) : null);
}

/** What a reader recognises of a `created_by`: the key without the default shell's wrapping. */
export function readableCreatedBy(createdBy: string): string {
  const key = createdByKey(createdBy);
  return key.startsWith(`RUN ${DEFAULT_SHELL_PREFIX}`)
    ? `RUN ${key.slice(4 + DEFAULT_SHELL_PREFIX.length)}`
    : key;
}

const WHOLE_HEREDOC = /^<<-?(["']?)([A-Za-z_][A-Za-z0-9_]*)\1$/;

function runScript(ins: Instruction): string {
  const args = ins.args.trim();
  if (ins.heredocs.length === 1 && WHOLE_HEREDOC.test(args)) return ins.heredocs[0]!.body;
  return [args, ...ins.heredocs.map((h) => `${h.body}\n${h.name}`)].join('\n');
}

/**
 * The key of the history entry BuildKit writes for this instruction. `expand` substitutes the
 * variables BuildKit expands (COPY, ADD and WORKDIR arguments) with the values this build used.
 */
export function instructionKey(
  ins: Instruction,
  expand: (text: string) => string = (text) => ins.expand(text),
): string {
  switch (ins.keyword) {
    case 'RUN': {
      const command =
        ins.form === 'json' ? (ins.json ?? []).join(' ') : `${ins.shell.join(' ')} ${runScript(ins)}`;
      return normaliseInstructionText(`RUN ${command}`);
    }
    case 'COPY':
    case 'ADD': {
      const flags = ['chown', 'chmod']
        .map((name) => [name, ins.flag(name)] as const)
        .filter(([, value]) => value != null)
        .map(([name, value]) => `--${name}=${expand(value!)}`);
      const paths = ins.form === 'json' ? (ins.json ?? []).join(' ') : ins.args;
      return normaliseInstructionText([ins.keyword, ...flags, expand(paths)].join(' '));
    }
    case 'WORKDIR':
      return normaliseInstructionText(`WORKDIR ${expand(ins.args)}`);
    default:
      return normaliseInstructionText(`${ins.keyword} ${ins.args}`);
  }
}

/** A layer as a reader should see it named: the Dockerfile's words, the history's, else its position. */
export function layerName(layer: {
  position: number;
  instruction: string | null;
  createdBy: string | null;
  line: number | null;
}): string {
  if (layer.instruction) return normaliseInstructionText(layer.instruction);
  const readable = layer.createdBy ? readableCreatedBy(layer.createdBy) : '';
  return layer.line === null || !readable
    ? `layer ${layer.position}${readable ? `: ${readable}` : ''}`
    : readable;
}
