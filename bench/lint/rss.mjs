// Preloaded with `node --import` into every measured process: reports its peak RSS on exit.
import process from 'node:process';
process.on('exit', () => {
  process.stderr.write(`\nmaxrss-kb:${process.resourceUsage().maxRSS}\n`);
});
