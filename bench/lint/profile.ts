import { readFileSync } from 'node:fs';
import { DockerfileParser } from 'dockerfile-ast';
import { parseDockerfile } from '../../src/dockerfile/model.js';
import { runRules } from '../../src/lint/engine.js';
import { RULES } from '../../src/lint/registry.js';
import { defaultLintConfig } from '../../src/lint/config.js';
const files = readFileSync(process.argv[2]!, 'utf8')
  .split('\n')
  .map((f) => readFileSync(f, 'utf8'));
const config = defaultLintConfig();
function time(name: string, fn: (t: string) => void) {
  for (const t of files) fn(t);
  const s = performance.now();
  for (let k = 0; k < 5; k++) for (const t of files) fn(t);
  console.log(name, (((performance.now() - s) / (5 * files.length)) * 1000).toFixed(0), 'µs/file');
}
time('dockerfile-ast parse only', (t) => {
  const d = DockerfileParser.parse(t);
  d.getInstructions();
});
time('parseDockerfile (model)', (t) => {
  parseDockerfile(t);
});
time('model + scripts', (t) => {
  const m = parseDockerfile(t);
  for (const i of m.instructions) i.script();
});
time('full lint (rules)', (t) => {
  runRules({ file: 'x', model: parseDockerfile(t), rules: RULES, config, contextDir: null });
});
for (const r of RULES) {
  const s = performance.now();
  for (const t of files) {
    const m = parseDockerfile(t);
    for (const i of m.instructions) i.script();
  }
  const base = performance.now() - s;
  const s2 = performance.now();
  for (const t of files)
    runRules({
      file: 'x',
      model: (() => {
        const m = parseDockerfile(t);
        for (const i of m.instructions) i.script();
        return m;
      })(),
      rules: [r],
      config,
      contextDir: null,
    });
  const d = performance.now() - s2 - base;
  if ((d / files.length) * 1000 > 15)
    console.log('  rule', r.meta.id, ((d / files.length) * 1000).toFixed(0), 'µs/file');
}
