import { describe, expect, it } from 'vitest';
import { constants } from 'node:os';
import { catchesSignal, exitCausedBySignal, signalNumber } from '../../src/verify/stop.js';
import { parseCaught } from '../../src/verify/top.js';

describe('signalNumber', () => {
  it('reads names with and without SIG, and numbers, as STOPSIGNAL allows', () => {
    expect(signalNumber('SIGTERM')).toBe(constants.signals.SIGTERM);
    expect(signalNumber('quit')).toBe(constants.signals.SIGQUIT);
    expect(signalNumber('9')).toBe(9);
    expect(signalNumber('SIGNOPE')).toBeNull();
  });
});

describe('catchesSignal', () => {
  // Masks as `ps -o caught` printed them on this engine: `sleep` (none) and a shell with
  // `trap … TERM` (SIGINT, SIGTERM and SIGCHLD).
  it('reads the bit of the signal from the CAUGHT mask', () => {
    expect(catchesSignal('0000000000000000', 15)).toBe(false);
    expect(catchesSignal('0000000000014002', 15)).toBe(true);
    expect(catchesSignal('0000000000014002', 2)).toBe(true);
    expect(catchesSignal('0000000000014002', 3)).toBe(false);
    expect(catchesSignal('8000000000000000', 64)).toBe(true);
  });

  it('gives null for what is not a mask', () => {
    expect(catchesSignal('-', 15)).toBeNull();
    expect(catchesSignal('00000000000000000', 15)).toBeNull();
    expect(catchesSignal('0', 0)).toBeNull();
  });
});

describe('exitCausedBySignal', () => {
  it('counts 0 and 128 + the signal as obeying it', () => {
    expect(exitCausedBySignal(0, 15, true)).toBe(true);
    expect(exitCausedBySignal(143, 15, true)).toBe(true);
    expect(exitCausedBySignal(143, 15, null)).toBe(true);
  });

  it('never counts another code as obeying it', () => {
    expect(exitCausedBySignal(3, 15, true)).toBe(false);
    expect(exitCausedBySignal(137, 15, true)).toBe(false);
    expect(exitCausedBySignal(null, 15, true)).toBe(false);
    expect(exitCausedBySignal(130, null, null)).toBe(false);
  });

  it('never counts an exit as obeying a signal PID 1 has no handler for', () => {
    expect(exitCausedBySignal(0, 15, false)).toBe(false);
    expect(exitCausedBySignal(143, 15, false)).toBe(false);
  });
});

describe('parseCaught', () => {
  const output = [
    'PID                 CAUGHT',
    '930                 0000000000014002',
    '949                 0000000000000000',
    '',
  ].join('\n');

  it('finds the mask of one host pid', () => {
    expect(parseCaught(output, 930)).toBe('0000000000014002');
    expect(parseCaught(output, 949)).toBe('0000000000000000');
  });

  it('gives null for a pid that is not listed', () => {
    expect(parseCaught(output, 93)).toBeNull();
  });
});
