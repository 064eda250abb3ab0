// The `primaryLocationLineHash` partial fingerprint, computed the way GitHub's upload action
// (github/codeql-action/upload-sarif) computes it when a result has none: a rolling hash over the
// first 100 non-blank characters from the start of each line (spaces and tabs skipped, CR/CRLF read
// as LF, then an end-of-file mark and zero padding), as unsigned 64-bit hex, with `:n` counting
// identical hashes in file order. Written here rather than taken from a library because no package
// publishes it; computing the same value means an alert keeps the identity the upload action would
// give it, and the SARIF file is complete wherever it is uploaded from.

const WINDOW = 100;
const MULTIPLIER = 37n;
const END_OF_FILE = 0xffff;
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const u64 = (n: bigint): bigint => BigInt.asUintN(64, n);

/** MULTIPLIER^WINDOW mod 2^64: the weight of the character that leaves the window. */
const LEAVING_WEIGHT = (() => {
  let w = 1n;
  for (let i = 0; i < WINDOW; i++) w = u64(w * MULTIPLIER);
  return w;
})();

/** The fingerprint of every line of `text`, indexed by line number - 1. */
export function lineHashes(text: string): string[] {
  const window: number[] = new Array<number>(WINDOW).fill(0);
  // The line that starts at each window slot, or -1.
  const lineAt: number[] = new Array<number>(WINDOW).fill(-1);
  const hashes: string[] = [];
  const seen = new Map<string, number>();
  let hash = 0n;
  let slot = 0;
  let line = 0;
  let atLineStart = true;
  let afterCR = false;

  const emit = () => {
    const value = hash.toString(16);
    const count = (seen.get(value) ?? 0) + 1;
    seen.set(value, count);
    hashes[lineAt[slot]! - 1] = `${value}:${count}`;
    lineAt[slot] = -1;
  };
  const push = (code: number) => {
    const leaving = window[slot]!;
    window[slot] = code;
    hash = u64(hash * MULTIPLIER + BigInt(code) - LEAVING_WEIGHT * BigInt(leaving));
    slot = (slot + 1) % WINDOW;
  };
  const read = (raw: number) => {
    if (raw === SPACE || raw === TAB || (afterCR && raw === LF)) {
      afterCR = false;
      return;
    }
    const code = raw === CR ? LF : raw;
    afterCR = raw === CR;
    if (lineAt[slot] !== -1) emit();
    if (atLineStart) {
      atLineStart = false;
      lineAt[slot] = ++line;
    }
    if (code === LF) atLineStart = true;
    push(code);
  };

  // UTF-16 code units, as the upload action reads the file (a JavaScript string).
  for (let i = 0; i < text.length; i++) read(text.charCodeAt(i));
  read(END_OF_FILE);
  for (let i = 0; i < WINDOW; i++) {
    if (lineAt[slot] !== -1) emit();
    push(0);
  }
  return hashes;
}
