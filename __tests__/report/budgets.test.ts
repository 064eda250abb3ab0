import { describe, expect, it } from 'vitest';
import { checkBudgets, parseTiered, NO_BUDGETS, type BudgetFigures } from '../../src/report/budgets.js';

const figures = (over: Partial<BudgetFigures> = {}): BudgetFigures => ({
  sizeBytes: 184_000_000,
  compressedSizeBytes: 61_000_000,
  layerCount: 9,
  reclaimableBytes: 5_000_000,
  ownBytes: 40_000_000,
  biggestContributor: 'RUN apt-get install (line 4): 82 MB',
  ...over,
});

describe('parseTiered', () => {
  it.each([
    ['', null],
    ['200MB', { warn: null, fail: { kind: 'bytes', value: 200_000_000 } }],
    ['warn=150MB,fail=200MB', { warn: { kind: 'bytes', value: 150_000_000 }, fail: { kind: 'bytes', value: 200_000_000 } }],
    [' warn = 1GiB ', { warn: { kind: 'bytes', value: 1024 ** 3 }, fail: null }],
  ])('bytes %j', (text, expected) => {
    expect(parseTiered(text, 'bytes', 'max-size')).toEqual(expected);
  });

  it('reads counts and percentages', () => {
    expect(parseTiered('warn=10,fail=15', 'count', 'max-layers')).toEqual({ warn: { kind: 'count', value: 10 }, fail: { kind: 'count', value: 15 } });
    expect(parseTiered('fail=10%', 'bytes-or-percent', 'max-waste')).toEqual({ warn: null, fail: { kind: 'percent', value: 10 } });
  });

  it.each([
    ['200 potatoes', 'bytes', /max-size/],
    ['200mb', 'bytes', /max-size/],
    ['ten', 'count', /max-layers: "ten" is not a whole number/],
    ['10%', 'bytes', /max-size/],
    ['error=10MB', 'bytes', /"error=10MB" is not "warn=<value>"/],
  ] as const)('rejects %j with a clear error', (text, unit, message) => {
    expect(() => parseTiered(text, unit, unit === 'count' ? 'max-layers' : 'max-size')).toThrow(message);
  });
});

describe('checkBudgets', () => {
  it('is empty without budgets', () => {
    expect(checkBudgets(NO_BUDGETS, figures())).toEqual([]);
  });

  it('fails over the fail level and names the budget, the value and the biggest contributor', () => {
    const [r] = checkBudgets({ ...NO_BUDGETS, maxSize: parseTiered('100MB', 'bytes', 'x') }, figures());
    expect(r!.status).toBe('fail');
    expect(r!.message).toBe('max-size: image size 184 MB is over the fail budget of 100 MB; biggest contributor: RUN apt-get install (line 4): 82 MB');
  });

  it('warns between the levels and passes under both', () => {
    const tiers = parseTiered('warn=150MB,fail=200MB', 'bytes', 'x');
    expect(checkBudgets({ ...NO_BUDGETS, maxSize: tiers }, figures()).map((r) => r.status)).toEqual(['pass', 'warn']);
    expect(checkBudgets({ ...NO_BUDGETS, maxSize: tiers }, figures({ sizeBytes: 100_000_000 })).map((r) => r.status)).toEqual(['pass', 'pass']);
  });

  it('takes waste percentages of the own bytes', () => {
    const maxWaste = parseTiered('fail=10%', 'bytes-or-percent', 'x');
    expect(checkBudgets({ ...NO_BUDGETS, maxWaste }, figures())[0]!.status).toBe('fail'); // 5 MB > 4 MB
    expect(checkBudgets({ ...NO_BUDGETS, maxWaste }, figures({ reclaimableBytes: 3_000_000 }))[0]!.status).toBe('pass');
  });

  it('never passes a budget on a figure that was not measured', () => {
    const [r] = checkBudgets({ ...NO_BUDGETS, maxCompressedSize: parseTiered('50MB', 'bytes', 'x') }, figures({ compressedSizeBytes: null }));
    expect(r!.status).toBe('warn');
    expect(r!.message).toContain('was not measured');
  });

  it('compares layer counts', () => {
    const [r] = checkBudgets({ ...NO_BUDGETS, maxLayers: parseTiered('8', 'count', 'x') }, figures());
    expect(r).toMatchObject({ status: 'fail', actual: 9, message: 'max-layers: layer count 9 is over the fail budget of 8' });
  });
});
