// One measurement in a fresh process, so its peak RSS is the measurement's own:
//   node --experimental-transform-types --import ./bench/measure/ts-hooks.mjs bench/measure/measure-once.ts <image> [--compressed]
// Prints one JSON line: wall and CPU time, peak RSS and the figures (so a run can be checked, not only timed).
import { measureImage } from '../../src/measure/index.js';
import { nullLogger } from '../../src/log.js';

const [image, flag] = process.argv.slice(2);
if (!image) throw new Error('usage: measure-once.ts <image> [--compressed]');
// Loading the TypeScript sources through Node's type transform alone takes ~100 MB (the bundled
// action does not pay it), so the RSS before measuring is reported too.
const baselineRssBytes = process.memoryUsage().rss;
const cpuBefore = process.cpuUsage();
const started = performance.now();
const result = await measureImage(image, { log: nullLogger, compressed: flag === '--compressed' });
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
process.stdout.write(
  `${JSON.stringify({
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    baselineRssBytes,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    sizeBytes: result.sizeBytes,
    engineSizeBytes: result.engineSizeBytes,
    compressedSizeBytes: result.compressedSizeBytes,
    compressedSource: result.compressedSource,
    layerCount: result.layerCount,
    reclaimableBytes: result.reclaimableBytes,
  })}\n`,
);
