// Every rule over the benchmark corpus (hundreds of realistic and odd-but-valid Dockerfiles): no
// rule may crash, and nothing valid may be reported as unreadable.
import { describe, expect, it } from 'vitest';
import { generateDockerfile, ODD } from '../../bench/lint/corpus.mjs';
import { lintText } from '../../src/lint/index.js';

describe('the benchmark corpus', () => {
  it('lints 400 generated and the odd-but-valid files without a single file error', async () => {
    const texts = [...ODD, ...Array.from({ length: 400 }, (_, i) => generateDockerfile(i))];
    const errors: string[] = [];
    let findings = 0;
    for (const [i, text] of texts.entries()) {
      const r = await lintText(`corpus-${i}`, text, { configFile: null, shellcheck: false });
      for (const e of r.errors) errors.push(`corpus-${i}:${e.line} ${e.message}`);
      findings += r.findings.length;
    }
    expect(errors).toEqual([]);
    expect(findings).toBeGreaterThan(texts.length);
  });
});
