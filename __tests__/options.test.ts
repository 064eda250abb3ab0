import { describe, expect, it } from 'vitest';
import { parseArgv, parseDuration, parseHttpPath, parsePort } from '../src/options.js';

describe('parseArgv', () => {
  it.each([
    ['', null],
    ['--version', ['--version']],
    ['  serve   --port 8080 ', ['serve', '--port', '8080']],
    ['["sh", "-c", "echo $HOME; exit 3"]', ['sh', '-c', 'echo $HOME; exit 3']],
  ])('%j', (text, argv) => expect(parseArgv(text, 'run-command')).toEqual(argv));

  it.each(['[1, 2]', '[]', '["unterminated"'])('rejects %j naming the input', (text) => {
    expect(() => parseArgv(text, 'run-command')).toThrow(/^run-command: /);
  });
});

describe('parseDuration, parsePort, parseHttpPath', () => {
  it('reads seconds and milliseconds', () => {
    expect(parseDuration('10', 'x')).toBe(10_000);
    expect(parseDuration('1.5s', 'x')).toBe(1500);
    expect(parseDuration('250ms', 'x')).toBe(250);
    expect(parseDuration('', 'x')).toBeNull();
    expect(() => parseDuration('ten seconds', 'smoke-timeout')).toThrow(
      'smoke-timeout: "ten seconds" is not a duration',
    );
  });

  it('reads ports and paths', () => {
    expect(parsePort('8080', 'x')).toBe(8080);
    expect(() => parsePort('70000', 'smoke-port')).toThrow('smoke-port');
    expect(() => parsePort('80/tcp', 'smoke-port')).toThrow('smoke-port');
    expect(parseHttpPath('/healthz', 'x')).toBe('/healthz');
    expect(() => parseHttpPath('healthz', 'smoke-path')).toThrow('must start with "/"');
  });
});
