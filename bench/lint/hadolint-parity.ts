// Agreement with hadolint's own rule specs: every `ruleCatches`, `ruleCatchesNot`,
// `onBuildRuleCatches`, `onBuildRuleCatchesNot` and `assertChecks … (failsWith N …)` case of
// hadolint's test/Hadolint/Rule/DL*Spec.hs is run through shipshape's linter (every rule with a
// hadolint code enabled, the case's `?config` applied, ShellCheck off) and judged as hadolint's
// test helpers judge it. Prints the agreement per code and overall, and each disagreement.
//
//   node --experimental-transform-types --import ./bench/measure/ts-hooks.mjs \
//     bench/lint/hadolint-parity.ts --spec <hadolint checkout>/test/Hadolint/Rule [--verbose]
//
// hadolint is GPL-3.0, so its specs are not copied into this repository: give the folder of a
// hadolint checkout (https://github.com/hadolint/hadolint, `test/Hadolint/Rule`) with `--spec`
// or HADOLINT_SPEC_DIR. Only the snippets and expected codes are read; nothing is written.
// ShellcheckSpec.hs is about ShellCheck's own findings and is left out, and so is DL1001 (off by
// default in hadolint). Measured figure and the deliberate differences: docs/lint-engine.md.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultLintConfig, type LintConfig } from '../../src/lint/config.js';
import { lintText } from '../../src/lint/index.js';
import { RULES } from '../../src/lint/registry.js';

/**
 * hadolint rules that are off unless configured (severity `ignore`): DL1001, which reports every
 * inline ignore pragma. shipshape has no such rule; its cases are not counted.
 */
const OFF_BY_DEFAULT = new Set(['DL1001']);

type Token =
  { kind: 'string'; value: string } | { kind: 'word'; value: string } | { kind: 'punct'; value: string };

/** Haskell string literal body → its text (the escapes the specs use, and string gaps). */
function unescape(body: string): string {
  return body.replace(/\\(\s+\\|&|n|t|r|"|\\|'|[0-9]+)/g, (_m, e: string) => {
    if (/^\s/.test(e) || e === '&') return '';
    if (e === 'n') return '\n';
    if (e === 't') return '\t';
    if (e === 'r') return '\r';
    if (/^[0-9]+$/.test(e)) return String.fromCharCode(Number(e));
    return e;
  });
}

/** The tokens of a spec file: string literals, words (`Text.unlines`, `?config`, numbers), punctuation. */
export function tokenize(source: string): Token[] {
  const out: Token[] = [];
  let k = 0;
  while (k < source.length) {
    const c = source[k]!;
    if (/\s/.test(c)) {
      k++;
    } else if (source.startsWith('--', k) && !/[!#$%&*+./<=>?@\\^|~:]/.test(source[k + 2] ?? '')) {
      while (k < source.length && source[k] !== '\n') k++;
    } else if (source.startsWith('{-', k)) {
      const end = source.indexOf('-}', k + 2);
      k = end < 0 ? source.length : end + 2;
    } else if (c === '"') {
      let j = k + 1;
      while (j < source.length && source[j] !== '"') j += source[j] === '\\' ? 2 : 1;
      out.push({ kind: 'string', value: unescape(source.slice(k + 1, j)) });
      k = j + 1;
    } else if (c === "'" && source[k + 2] === "'") {
      out.push({ kind: 'string', value: source[k + 1]! });
      k += 3;
    } else if (/[A-Za-z0-9_?]/.test(c)) {
      const m = /^[A-Za-z0-9_?'.]+/.exec(source.slice(k))!;
      out.push({ kind: 'word', value: m[0].replace(/\.$/, '') });
      k += m[0].replace(/\.$/, '').length || 1;
    } else if (source.startsWith('<>', k) || source.startsWith('++', k)) {
      out.push({ kind: 'punct', value: '<>' });
      k += 2;
    } else {
      out.push({ kind: 'punct', value: c });
      k++;
    }
  }
  return out;
}

interface SpecConfig {
  trustedRegistries: string[];
  labelSchema: Record<string, string>;
  strictLabels: boolean;
}

type Value = string | Value[] | SpecConfig | [string, string] | undefined;

export interface SpecCase {
  file: string;
  title: string;
  code: string;
  text: string;
  /** `some`: at least one finding with the code; else exactly this many. */
  expect: 'some' | number;
  onbuild: boolean;
  config: SpecConfig;
}

const LABEL_TYPE: Record<string, string> = {
  RawText: 'text',
  Url: 'url',
  Spdx: 'spdx',
  GitHash: 'hash',
  Rfc3339: 'rfc3339',
  SemVer: 'semver',
  Email: 'email',
};

const emptyConfig = (): SpecConfig => ({ trustedRegistries: [], labelSchema: {}, strictLabels: false });

/** The cases of one spec file, and how many assertions could not be read. */
export function extractCases(
  file: string,
  source: string,
): { cases: SpecCase[]; unread: number; unreadTitles: string[] } {
  const t = tokenize(source);
  const cases: SpecCase[] = [];
  let unread = 0;
  const unreadTitles: string[] = [];
  let k = 0;
  const bindings = new Map<string, Value>();
  let fileConfig = emptyConfig();
  let config = fileConfig;
  let inIt = false;
  let title = '';
  const peek = (n = 0) => t[k + n];
  const isP = (v: string, n = 0) => peek(n)?.kind === 'punct' && peek(n)!.value === v;
  const isW = (v: string, n = 0) => peek(n)?.kind === 'word' && peek(n)!.value === v;

  const parseRecord = (): SpecConfig => {
    const cfg = emptyConfig();
    if (!isP('{')) return cfg;
    k++;
    let depth = 1;
    while (k < t.length && depth > 0) {
      if (isP('{')) depth++;
      else if (isP('}')) depth--;
      else if (depth === 1 && peek()?.kind === 'word' && isP('=', 1)) {
        const field = peek()!.value;
        k += 2;
        const v = parseExpr();
        if (field === 'allowedRegistries' && Array.isArray(v)) cfg.trustedRegistries = v as string[];
        if (field === 'strictLabels') cfg.strictLabels = v === 'True';
        if (field === 'labelSchema' && Array.isArray(v))
          for (const pair of v as [string, string][]) cfg.labelSchema[pair[0]] = pair[1];
        continue;
      }
      k++;
    }
    return cfg;
  };

  function parseTerm(): Value {
    const tok = peek();
    if (!tok) return undefined;
    if (tok.kind === 'string') {
      k++;
      return tok.value;
    }
    if (tok.kind === 'punct') {
      if (tok.value === '$') {
        k++;
        return parseTerm();
      }
      if (tok.value === '[') {
        k++;
        const items: Value[] = [];
        while (k < t.length && !isP(']')) {
          if (isP(',')) {
            k++;
            continue;
          }
          items.push(parseExpr());
        }
        k++;
        return items;
      }
      if (tok.value === '(') {
        k++;
        const first = parseExpr();
        if (isP(',')) {
          // A label-schema pair: ("name", Rule.Url)
          k++;
          const second = peek();
          k++;
          while (k < t.length && !isP(')')) k++;
          k++;
          const type = second?.value.split('.').pop() ?? '';
          return [first as string, LABEL_TYPE[type] ?? type] as [string, string];
        }
        if (isP(')')) k++;
        return first;
      }
      return undefined;
    }
    const w = tok.value;
    k++;
    if (w === 'Text.unlines' || w === 'unlines') {
      const list = parseTerm();
      return Array.isArray(list) ? (list as string[]).map((l) => `${l}\n`).join('') : undefined;
    }
    if (w === 'Text.intercalate' || w === 'intercalate') {
      const sep = parseTerm();
      const list = parseTerm();
      return typeof sep === 'string' && Array.isArray(list) ? (list as string[]).join(sep) : undefined;
    }
    if (w === 'Text.concat' || w === 'mconcat' || w === 'concat') {
      const list = parseTerm();
      return Array.isArray(list) ? (list as string[]).join('') : undefined;
    }
    if (w === 'Map.fromList' || w === 'Set.fromList') return parseTerm();
    if (w === 'def') return parseRecord();
    if (w === 'True' || w === 'False') return w;
    if (/^[0-9]+$/.test(w)) return w;
    return bindings.get(w);
  }

  function parseExpr(): Value {
    let v = parseTerm();
    while (isP('<>')) {
      k++;
      const r = parseTerm();
      v = typeof v === 'string' && typeof r === 'string' ? v + r : undefined;
    }
    return v;
  }

  const record = (code: Value, text: Value, expect: 'some' | number, onbuild: boolean) => {
    // A code that is not a code is a slip in the spec (DL3045Spec has the snippet and the code
    // swapped in one assertion): counted as not read rather than judged.
    if (typeof code !== 'string' || !/^DL\d{4}$/.test(code) || typeof text !== 'string') {
      unread++;
      unreadTitles.push(`${file} "${title}"`);
      return;
    }
    cases.push({ file, title, code, text, expect, onbuild, config });
  };

  while (k < t.length) {
    const tok = peek()!;
    if (
      tok.kind === 'word' &&
      (tok.value === 'it' || tok.value === 'describe') &&
      peek(1)?.kind === 'string'
    ) {
      inIt = tok.value === 'it';
      if (inIt) title = (peek(1) as { value: string }).value;
      config = fileConfig;
      k += 2;
      continue;
    }
    if (isW('let')) {
      // One binding or a block of them (`let rule = "DL3033"` then `snippet = …` then `in do …`).
      k++;
      while (peek()?.kind === 'word' && isP('=', 1)) {
        const name = peek()!.value;
        k += 2;
        const v = parseExpr();
        if (name === '?config') {
          const cfg = (v as SpecConfig | undefined) ?? emptyConfig();
          if (inIt) config = cfg;
          else fileConfig = config = cfg;
        } else bindings.set(name, v);
      }
      continue;
    }
    if (tok.kind === 'word' && /^(onBuild)?[rR]uleCatches(Not)?$/.test(tok.value)) {
      k++;
      const code = parseTerm();
      const text = parseExpr();
      const onbuild = tok.value.startsWith('onBuild');
      const not = tok.value.endsWith('Not');
      record(code, text, not ? 0 : onbuild ? 1 : 'some', onbuild);
      continue;
    }
    if (isW('assertChecks')) {
      k++;
      const text = parseTerm();
      let expect: 'some' | number | undefined;
      let code: Value;
      if (isP('(') && isW('failsWith', 1)) {
        k += 2;
        expect = Number(parseTerm());
        code = parseTerm();
      } else if (isP('(') && isW('failsWithSome', 1)) {
        k += 2;
        expect = 'some';
        code = parseTerm();
      }
      if (expect === undefined) {
        unread++;
        unreadTitles.push(`${file} "${title}"`);
      } else record(code, text, expect, false);
      continue;
    }
    k++;
  }
  return { cases, unread, unreadTitles };
}

/** hadolint's `assertOnBuildChecks`: every RUN instruction becomes `ONBUILD RUN`. */
function wrapRunsInOnbuild(text: string): string {
  return text.replace(/^(\s*)run(\s)/gim, '$1ONBUILD RUN$2');
}

function configFor(spec: SpecConfig): LintConfig {
  const config = defaultLintConfig();
  // hadolint runs every rule in its tests; shipshape keeps a few of them off by default.
  for (const rule of RULES) if (rule.meta.aliases.length > 0) config.rules[rule.meta.id] = { enabled: true };
  config.settings.trustedRegistries = spec.trustedRegistries;
  config.settings.labelSchema = spec.labelSchema;
  config.settings.strictLabels = spec.strictLabels;
  return config;
}

export async function judge(c: SpecCase): Promise<{ ok: boolean; found: number; errors: string[] }> {
  const text = (c.onbuild ? wrapRunsInOnbuild(c.text) : c.text) + '\n';
  const r = await lintText('Dockerfile', text, { config: configFor(c.config), shellcheck: false });
  const found = r.findings.filter((f) => f.aliases.includes(c.code)).length;
  const ok = c.expect === 'some' ? found > 0 : found === c.expect;
  return { ok, found, errors: r.errors.map((e) => `${e.line}: ${e.message}`) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { spec: { type: 'string' }, verbose: { type: 'boolean', default: false } },
  });
  const dir = values.spec ?? process.env.HADOLINT_SPEC_DIR;
  if (!dir) {
    process.stderr.write(
      "give the folder of hadolint's rule specs: --spec <hadolint checkout>/test/Hadolint/Rule (or HADOLINT_SPEC_DIR)\n",
    );
    process.exit(2);
  }
  const files = readdirSync(dir)
    .filter((f) => /^DL\d{4}Spec\.hs$/.test(f) && !OFF_BY_DEFAULT.has(f.slice(0, 6)))
    .sort();
  if (files.length === 0) {
    process.stderr.write(`${dir}: no DL####Spec.hs files here\n`);
    process.exit(2);
  }
  const perCode = new Map<string, { ok: number; total: number }>();
  const misses: string[] = [];
  let unread = 0;
  const unreadList: string[] = [];
  let ok = 0;
  let total = 0;
  for (const f of files) {
    const extracted = extractCases(f, readFileSync(join(dir, f), 'utf8'));
    unread += extracted.unread;
    unreadList.push(...extracted.unreadTitles);
    for (const c of extracted.cases) {
      const verdict = await judge(c);
      const row = perCode.get(c.code) ?? { ok: 0, total: 0 };
      row.total++;
      total++;
      if (verdict.ok) {
        row.ok++;
        ok++;
      } else {
        misses.push(
          `${c.code} ${c.file} "${c.title}"${c.onbuild ? ' (onbuild)' : ''}: expected ${c.expect === 'some' ? '≥1' : c.expect}, found ${verdict.found}${verdict.errors.length ? ` [file errors: ${verdict.errors.join('; ')}]` : ''}\n    ${JSON.stringify(c.text)}`,
        );
      }
      perCode.set(c.code, row);
    }
  }
  const pct = (a: number, b: number) => ((100 * a) / b).toFixed(2);
  if (values.verbose) {
    for (const [code, row] of [...perCode].sort())
      process.stdout.write(`${code}  ${row.ok}/${row.total}  ${pct(row.ok, row.total)} %\n`);
  }
  if (values.verbose && unreadList.length > 0)
    process.stdout.write(`assertions not read:\n${unreadList.map((u) => `  ${u}`).join('\n')}\n`);
  process.stdout.write(
    `left out: ${[...OFF_BY_DEFAULT].join(', ')} (off by default in hadolint), ShellcheckSpec.hs\n`,
  );
  if (misses.length > 0)
    process.stdout.write(`\ndisagreements:\n${misses.map((m) => `  ${m}`).join('\n')}\n`);
  process.stdout.write(
    `\n${files.length} spec files, ${perCode.size} codes, ${total} cases (${unread} assertions not read)\n` +
      `agreement with hadolint's specs: ${ok}/${total} = ${pct(ok, total)} %\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
