import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GzipSizer } from '../../src/measure/compressed.js';

async function sized(data: Buffer, chunk: number): Promise<number> {
  const sizer = new GzipSizer();
  for (let i = 0; i < data.length; i += chunk) await sizer.write(data.subarray(i, i + chunk));
  return sizer.end();
}

/** Compressible text with some random parts, ~5 MiB: several 1 MiB blocks. */
function sample(): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < 40_000; i++) {
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
});
