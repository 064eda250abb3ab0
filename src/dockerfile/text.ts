// A Dockerfile's bytes to text, or one clear error: a binary file or a file without a single
// instruction is not linted, built or reported line by line (it would fill the comment with
// raw bytes and dozens of meaningless findings).
import { UsageError } from '../errors.js';

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return, and DEL. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * The text of a Dockerfile read from `bytes`; throws a UsageError naming `display` and the line
 * when the file is not UTF-8 text or holds no instruction at all.
 */
export function dockerfileText(bytes: Uint8Array, display: string): string {
  const lossy = new TextDecoder('utf-8').decode(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Invalid bytes decode to U+FFFD in the lossy text, and line breaks stay where they were.
    const line = lineAt(lossy, lossy.indexOf('\ufffd'));
    throw new UsageError(
      `the Dockerfile ${display} is not UTF-8 text (line ${line} holds bytes that are not UTF-8); give the Dockerfile itself with file`,
    );
  }
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(2, '0');
    throw new UsageError(
      `the Dockerfile ${display} is not text (line ${lineAt(text, control.index)} holds the control character 0x${code}); give the Dockerfile itself with file`,
    );
  }
  // Every instruction starts a line that is neither blank nor a comment (parser directives are
  // comments too, and continuation lines only ever follow an instruction), so this needs no parser.
  if (text.split(/\r?\n/).every((line) => /^\s*(#.*)?$/.test(line)))
    throw new UsageError(
      `the Dockerfile ${display} has no instruction (only blank lines and comments); it needs at least a FROM line`,
    );
  return text;
}
