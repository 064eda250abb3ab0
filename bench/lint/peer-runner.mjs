// Lints a list of files with one peer linter in this process, the way its own CLI would, but with
// each file in a try/catch (dockerfilelint's CLI aborts the whole run on the first file it cannot
// read). Prints {"files":N,"findings":N,"failed":[paths]} on stdout.
//   node peer-runner.mjs dockerfilelint|dockerfile-utils <list-file>
import process from 'node:process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const [tool, listFile] = process.argv.slice(2);
const files = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);

let lint;
if (tool === 'dockerfilelint') {
  const { run } = require('dockerfilelint');
  lint = (path, text) => run(dirname(path), text).length;
} else if (tool === 'dockerfile-utils') {
  const { validate } = require('dockerfile-utils');
  lint = (_path, text) => validate(text).length;
} else {
  throw new Error(`unknown peer ${tool}`);
}

let findings = 0;
const failed = [];
for (const path of files) {
  try {
    findings += lint(path, readFileSync(path, 'utf8'));
  } catch {
    failed.push(path);
  }
}
process.stdout.write(JSON.stringify({ files: files.length, findings, failed }) + '\n');
