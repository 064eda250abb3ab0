// Builds the two committed bundles with ncc: dist/index.js (the action) and dist/cli/index.js
// (the `shipshape` command). Cleans first so no stale chunk survives.
import { execFileSync } from 'node:child_process';
import { rmSync, chmodSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
const ncc = (entry, out) =>
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '-q'], {
    stdio: 'inherit',
  });
ncc('src/index.ts', 'dist');
ncc('src/bin.ts', 'dist/cli');
chmodSync('dist/cli/index.js', 0o755);
