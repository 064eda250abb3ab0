import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProjectConfig, mergeBudgets } from '../src/config.js';
import { NO_BUDGETS, parseTiered } from '../src/report/budgets.js';

const dirs: string[] = [];
function project(yaml: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-config-'));
  dirs.push(dir);
  if (yaml !== null) writeFileSync(join(dir, '.shipshape.yml'), yaml);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('.shipshape.yml', () => {
  it('is optional', async () => {
    expect(await loadProjectConfig(project(null))).toEqual({ path: null, budgets: {}, lint: undefined });
  });

  it('reads budgets in both forms and hands the lint section on untouched', async () => {
    const dir = project(
      'budgets:\n  max-size: 200MB\n  max-layers: { warn: 10, fail: 15 }\n  max-waste: { fail: 10% }\nlint:\n  ignored: [DL3008]\n',
    );
    const config = await loadProjectConfig(dir);
    expect(config.budgets).toEqual({
      maxSize: { warn: null, fail: { kind: 'bytes', value: 200e6 } },
      maxLayers: { warn: { kind: 'count', value: 10 }, fail: { kind: 'count', value: 15 } },
      maxWaste: { warn: null, fail: { kind: 'percent', value: 10 } },
    });
    expect(config.lint).toEqual({ ignored: ['DL3008'] });
  });

  it('names the file, the line and the path of a bad key', async () => {
    const dir = project('budgets:\n  max-size: 200mb\n  max-layer: 3\n');
    const error = await loadProjectConfig(dir).catch((e: Error) => e);
    expect((error as Error).message).toContain(
      `${join(dir, '.shipshape.yml')}:2: budgets.max-size: must be a size with a unit`,
    );
    expect((error as Error).message).toContain(':3: budgets.max-layer: unknown key');
  });

  it('reports YAML syntax errors with their line', async () => {
    const dir = project('budgets:\n  max-size: [200MB\n');
    await expect(loadProjectConfig(dir)).rejects.toThrow(/\.shipshape\.yml:\d+: /);
  });

  it('lets inputs win over the file', () => {
    const fromInputs = { ...NO_BUDGETS, maxSize: parseTiered('100MB', 'bytes', 'x') };
    const merged = mergeBudgets(fromInputs, {
      maxSize: parseTiered('200MB', 'bytes', 'x')!,
      maxLayers: parseTiered('9', 'count', 'x')!,
    });
    expect(merged.maxSize!.fail!.value).toBe(100e6);
    expect(merged.maxLayers!.fail!.value).toBe(9);
  });
});
