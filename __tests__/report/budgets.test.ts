import { describe, expect, it } from 'vitest';
import {
  figureDelta,
  type CompressedDelta,
  type Deltas,
  type FigureDelta,
} from '../../src/baseline/compare.js';
import {
  checkBudgets,
  checkChangeBudgets,
  parseNoRegression,
  parseTiered,
  NO_BUDGETS,
  NO_CHANGE_BUDGETS,
  type BudgetFigures,
  type ChangeBudgets,
} from '../../src/report/budgets.js';
import { evaluate, type EvaluationInput } from '../../src/report/evaluate.js';
import type { Budgets } from '../../src/report/budgets.js';

const NOTHING_ELSE: EvaluationInput = { lint: { findings: [], errors: [] }, build: null, runtime: null };

/** The size budgets as the report records them: checked, then given a status by the decider. */
const decided = (settings: Budgets, figures: BudgetFigures) =>
  evaluate({ ...NOTHING_ELSE, budgets: { settings, figures } }).budgets;

/** The budgets on change as the report records them, against a baseline with image figures. */
const decidedChange = (settings: ChangeBudgets, deltas: Deltas) =>
  evaluate({ ...NOTHING_ELSE, change: { settings, deltas, imageCompared: true } }).budgets;

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
    [
      'warn=150MB,fail=200MB',
      { warn: { kind: 'bytes', value: 150_000_000 }, fail: { kind: 'bytes', value: 200_000_000 } },
    ],
    [' warn = 1GiB ', { warn: { kind: 'bytes', value: 1024 ** 3 }, fail: null }],
  ])('bytes %j', (text, expected) => {
    expect(parseTiered(text, 'bytes', 'max-size')).toEqual(expected);
  });

  it('reads counts and percentages', () => {
    expect(parseTiered('warn=10,fail=15', 'count', 'max-layers')).toEqual({
      warn: { kind: 'count', value: 10 },
      fail: { kind: 'count', value: 15 },
    });
    expect(parseTiered('fail=10%', 'bytes-or-percent', 'max-waste')).toEqual({
      warn: null,
      fail: { kind: 'percent', value: 10 },
    });
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

  it('says what it measured against each tier, not what it means', () => {
    const tiers = parseTiered('warn=150MB,fail=200MB', 'bytes', 'x');
    expect(
      checkBudgets({ ...NO_BUDGETS, maxSize: tiers }, figures()).map((r) => [r.level, r.outcome]),
    ).toEqual([
      ['fail', 'within'],
      ['warn', 'over'],
    ]);
    const [unmeasured] = checkBudgets({ ...NO_BUDGETS, maxSize: tiers }, figures({ sizeBytes: null }));
    expect(unmeasured).toMatchObject({ level: 'fail', outcome: 'unchecked', actual: null });
    expect(unmeasured).not.toHaveProperty('status');
  });

  it('fails over the fail level and names the budget, the value and the biggest contributor', () => {
    const [r] = decided({ ...NO_BUDGETS, maxSize: parseTiered('100MB', 'bytes', 'x') }, figures());
    expect(r!.status).toBe('fail');
    expect(r!.message).toBe(
      'max-size: image size 184 MB is over the fail budget of 100 MB; biggest contributor: RUN apt-get install (line 4): 82 MB',
    );
  });

  it('gives the exact bytes when the measured size would print like the limit', () => {
    const [r] = decided(
      { ...NO_BUDGETS, maxSize: parseTiered('400MB', 'bytes', 'x') },
      { ...figures(), sizeBytes: 400_412_345, biggestContributor: null },
    );
    expect(r!.status).toBe('fail');
    expect(r!.message).toBe('max-size: image size 400 MB (400,412,345 B) is over the fail budget of 400 MB');
  });

  it('warns between the levels and passes under both', () => {
    const tiers = parseTiered('warn=150MB,fail=200MB', 'bytes', 'x');
    expect(decided({ ...NO_BUDGETS, maxSize: tiers }, figures()).map((r) => r.status)).toEqual([
      'pass',
      'warn',
    ]);
    expect(
      decided({ ...NO_BUDGETS, maxSize: tiers }, figures({ sizeBytes: 100_000_000 })).map((r) => r.status),
    ).toEqual(['pass', 'pass']);
  });

  it('takes waste percentages of the own bytes', () => {
    const maxWaste = parseTiered('fail=10%', 'bytes-or-percent', 'x');
    expect(decided({ ...NO_BUDGETS, maxWaste }, figures())[0]!.status).toBe('fail'); // 5 MB > 4 MB
    expect(decided({ ...NO_BUDGETS, maxWaste }, figures({ reclaimableBytes: 3_000_000 }))[0]!.status).toBe(
      'pass',
    );
  });

  it('never passes a budget on a figure that was not measured', () => {
    const [r] = decided(
      { ...NO_BUDGETS, maxCompressedSize: parseTiered('50MB', 'bytes', 'x') },
      figures({ compressedSizeBytes: null }),
    );
    expect(r!.status).toBe('warn');
    expect(r!.message).toContain('was not measured');
  });

  it('compares layer counts', () => {
    const [r] = decided({ ...NO_BUDGETS, maxLayers: parseTiered('8', 'count', 'x') }, figures());
    expect(r).toMatchObject({
      status: 'fail',
      actual: 9,
      message: 'max-layers: layer count 9 is over the fail budget of 8',
    });
  });
});

/** A compressed delta both of whose sides were blobs as stored or pushed. */
const exact = (d: FigureDelta | null): CompressedDelta | null =>
  d && { ...d, basis: 'exact', approximate: null };

describe('budgets on change', () => {
  const deltas = (over: Partial<Deltas> = {}): Deltas => ({
    size: figureDelta(150_000_000, 184_000_000),
    compressedSize: exact(figureDelta(60_000_000, 61_000_000)),
    layers: figureDelta(9, 11),
    reclaimable: null,
    newPull: null,
    instructions: [],
    lint: { new: [], fixed: [], unchanged: 3 },
    runtime: null,
    cache: null,
    refused: null,
    ...over,
  });
  const budgets = (over: Partial<ChangeBudgets>): ChangeBudgets => ({ ...NO_CHANGE_BUDGETS, ...over });

  it('leaves growth budgets out against a baseline without image figures, keeping the ratchet', () => {
    const settings = budgets({
      maxSizeIncrease: parseTiered('10MB', 'bytes-or-percent', 'x'),
      noRegression: 'warn',
    });
    const none = deltas({ size: null, compressedSize: null, layers: null, reclaimable: null });
    expect(checkChangeBudgets(settings, none).map((r) => r.name)).toEqual([
      'max-size-increase',
      'no-regression',
    ]);
    const lintOnly = evaluate({ ...NOTHING_ELSE, change: { settings, deltas: none, imageCompared: false } });
    expect(lintOnly.budgets.map((r) => r.name)).toEqual(['no-regression']);
  });

  it('reads percentages of counts for max-layers-increase', () => {
    expect(parseTiered('warn=1,fail=20%', 'count-or-percent', 'max-layers-increase')).toEqual({
      warn: { kind: 'count', value: 1 },
      fail: { kind: 'percent', value: 20 },
    });
  });

  it.each([
    ['true', 'fail'],
    ['fail', 'fail'],
    ['warn', 'warn'],
    ['', 'off'],
    ['false', 'off'],
  ] as const)('no-regression %j → %s', (text, mode) => {
    expect(parseNoRegression(text, 'no-regression')).toBe(mode);
  });

  it('rejects an unknown no-regression value', () => {
    expect(() => parseNoRegression('maybe', 'input no-regression')).toThrow(/input no-regression: "maybe"/);
  });

  it.each([
    [
      'max-size-increase fails over an absolute limit',
      { maxSizeIncrease: parseTiered('fail=20MB', 'bytes-or-percent', 'x') },
      [['max-size-increase', 'fail', 'fail']],
    ],
    [
      'max-size-increase passes under a percentage',
      { maxSizeIncrease: parseTiered('fail=25%', 'bytes-or-percent', 'x') },
      [['max-size-increase', 'fail', 'pass']],
    ],
    [
      'max-size-increase warn tier',
      { maxSizeIncrease: parseTiered('warn=10%,fail=50%', 'bytes-or-percent', 'x') },
      [
        ['max-size-increase', 'fail', 'pass'],
        ['max-size-increase', 'warn', 'warn'],
      ],
    ],
    [
      'max-layers-increase by count',
      { maxLayersIncrease: parseTiered('1', 'count-or-percent', 'x') },
      [['max-layers-increase', 'fail', 'fail']],
    ],
    [
      'max-layers-increase by percent',
      { maxLayersIncrease: parseTiered('fail=25%', 'count-or-percent', 'x') },
      [['max-layers-increase', 'fail', 'pass']],
    ],
    ['no-regression fails on growth', { noRegression: 'fail' as const }, [['no-regression', 'fail', 'fail']]],
    ['no-regression as a warning', { noRegression: 'warn' as const }, [['no-regression', 'warn', 'warn']]],
  ])('%s', (_name, over, expected) => {
    const results = decidedChange(budgets(over), deltas());
    expect(results.map((r) => [r.name, r.level, r.status])).toEqual(expected);
  });

  it('names the growth and the figures in the message', () => {
    const [r] = decidedChange(
      budgets({ maxSizeIncrease: parseTiered('20MB', 'bytes-or-percent', 'x') }),
      deltas(),
    );
    expect(r!.message).toBe(
      'max-size-increase: image size grew +34 MB (+22.7%) over the baseline (150 MB → 184 MB), over the fail budget of +20 MB',
    );
    const [n] = decidedChange(
      budgets({ noRegression: 'fail' }),
      deltas({ lint: { new: [], fixed: [], unchanged: 0 } }),
    );
    expect(n!.message).toBe(
      'no-regression: worse than the baseline: image size +34 MB, compressed size +1 MB, layer count +2',
    );
  });

  it('does not hold an approximate (mixed-source) compressed change against the ratchet', () => {
    const mixed = deltas({
      size: figureDelta(200, 200),
      compressedSize: {
        ...figureDelta(80, 81)!,
        basis: 'mixed',
        approximate:
          "the baseline's compressed size is the registry's blob sizes, this image's gzip computed here",
      },
      layers: figureDelta(9, 9),
    });
    const [ratchet] = checkChangeBudgets(budgets({ noRegression: 'fail' }), mixed);
    expect(ratchet).toMatchObject({ name: 'no-regression', outcome: 'within' });
    const sameKind = deltas({ ...mixed, compressedSize: exact(figureDelta(80, 81)) });
    expect(checkChangeBudgets(budgets({ noRegression: 'fail' }), sameKind)[0]).toMatchObject({
      outcome: 'over',
      message: expect.stringContaining('compressed size +1 B'),
    });
  });

  it('passes the ratchet when everything shrank, counting new findings and a root user as growth', () => {
    const better = deltas({
      size: figureDelta(200, 100),
      compressedSize: exact(figureDelta(80, 40)),
      layers: figureDelta(9, 7),
    });
    expect(decidedChange(budgets({ noRegression: 'fail' }), better)[0]!.status).toBe('pass');
    const lint = { new: [{ rule: 'r' } as never], fixed: [], unchanged: 0 };
    expect(decidedChange(budgets({ noRegression: 'fail' }), { ...better, lint })[0]!.message).toMatch(
      /1 new lint finding$/,
    );
    const runtime = {
      base: { user: '1', uid: 1, nonRoot: true },
      head: { user: '', uid: 0, nonRoot: false },
      change: 'became-root' as const,
    };
    expect(decidedChange(budgets({ noRegression: 'fail' }), { ...better, runtime })[0]!.message).toMatch(
      /now runs as root/,
    );
  });

  it('warns, with the reason, when a delta was refused', () => {
    const refused = deltas({
      size: null,
      layers: null,
      compressedSize: null,
      lint: null,
      refused: 'the baseline is linux/arm64 but this image is linux/amd64',
    });
    const [r] = decidedChange(
      budgets({ maxSizeIncrease: parseTiered('10MB', 'bytes-or-percent', 'x') }),
      refused,
    );
    expect(r).toMatchObject({ status: 'warn', actual: null });
    expect(r!.message).toMatch(/could not be checked: the baseline is linux\/arm64/);
    expect(decidedChange(budgets({ noRegression: 'fail' }), refused)[0]).toMatchObject({
      status: 'warn',
    });
  });
});
