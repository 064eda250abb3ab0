import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GzipSizer, type GzipSizerOptions } from '../../src/measure/compressed.js';

async function sized(data: Buffer, chunk: number, options: GzipSizerOptions = {}): Promise<number> {
  const sizer = new GzipSizer(options);
  for (let i = 0; i < data.length; i += chunk) await sizer.write(data.subarray(i, i + chunk));
  return sizer.end();
}

/** Compressible text with some random parts, ~5 MiB per round: several 1 MiB blocks. */
function sample(rounds = 1): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < 40_000 * rounds; i++) {
    parts.push(Buffer.from(`line ${i}: the quick brown fox ${i % 97} jumps over the lazy dog\n`));
    if (i % 1000 === 0) parts.push(randomBytes(20_000));
  }
  return Buffer.concat(parts);
}

describe('GzipSizer', () => {
  it('is within 0.5% of a single-stream gzip at the default level, whatever the chunk size', async () => {
    const data = sample();
    const reference = gzipSync(data).length;
    const a = await sized(data, 65_536);
    const b = await sized(data, 777);
    expect(a).toBe(b);
    expect(Math.abs(a - reference) / reference).toBeLessThan(0.005);
  });

  it('sizes empty and tiny inputs exactly as gzip does', async () => {
    expect(await sized(Buffer.alloc(0), 1)).toBe(gzipSync(Buffer.alloc(0)).length);
    const tiny = Buffer.from('hello, layer');
    expect(await sized(tiny, 5)).toBe(gzipSync(tiny).length);
  });

  it('estimates a large layer from level 1, calibrated on sampled blocks, within 1% of a single-stream gzip', async () => {
    const data = sample(5); // ~27 MiB: 8 exact blocks, the rest estimated
    const reference = gzipSync(data).length;
    const estimated = await sized(data, 65_536);
    expect(Math.abs(estimated - reference) / reference).toBeLessThan(0.01);
  });

  it('is exact block for block when every block is sampled (the estimate reduces to the default level)', async () => {
    const data = sample(2);
    const allDefault = await sized(data, 65_536, { exactBlocks: Infinity });
    expect(await sized(data, 65_536, { exactBlocks: 0, calibrateEvery: 1 })).toBe(allDefault);
  });
});
