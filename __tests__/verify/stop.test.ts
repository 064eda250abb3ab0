import { describe, expect, it } from 'vitest';
import { constants } from 'node:os';
import { exitCausedBySignal, maskHas, receivesSignal, signalNumber } from '../../src/verify/stop.js';
import { parseSignalMasks } from '../../src/verify/top.js';

describe('signalNumber', () => {
  it('reads names with and without SIG, and numbers, as STOPSIGNAL allows', () => {
    expect(signalNumber('SIGTERM')).toBe(constants.signals.SIGTERM);
    expect(signalNumber('quit')).toBe(constants.signals.SIGQUIT);
    expect(signalNumber('9')).toBe(9);
    expect(signalNumber('SIGNOPE')).toBeNull();
  });
});

describe('maskHas', () => {
  // Masks as `ps -o caught` printed them on this engine: `sleep` (none) and a shell with
  // `trap … TERM` (SIGINT, SIGTERM and SIGCHLD).
  it('reads the bit of the signal from the CAUGHT mask', () => {
    expect(maskHas('0000000000000000', 15)).toBe(false);
    expect(maskHas('0000000000014002', 15)).toBe(true);
    expect(maskHas('0000000000014002', 2)).toBe(true);
    expect(maskHas('0000000000014002', 3)).toBe(false);
    expect(maskHas('8000000000000000', 64)).toBe(true);
  });

  it('gives null for what is not a mask', () => {
    expect(maskHas('-', 15)).toBeNull();
    expect(maskHas('00000000000000000', 15)).toBeNull();
    expect(maskHas('0', 0)).toBeNull();
  });
});

describe('receivesSignal', () => {
  it('counts a handler or a blocked (waited-for) signal as received', () => {
    expect(receivesSignal({ caught: '0000000000014002', blocked: '0000000000000000', wchan: '-' }, 15)).toBe(
      true,
    );
    expect(receivesSignal({ caught: '0000000000000000', blocked: '0000000000004000', wchan: '-' }, 15)).toBe(
      true,
    );
    expect(receivesSignal({ caught: '0000000000000000', blocked: '0000000000000000', wchan: '-' }, 15)).toBe(
      false,
    );
  });

  it('counts a sleep in sigtimedwait as waiting for it (the mask then hides it)', () => {
    // What `docker top` showed for tini on this engine.
    const tini = { caught: '0000000000000000', blocked: '0000000000000000', wchan: 'do_sigtimedwait.isra.0' };
    expect(receivesSignal(tini, 15)).toBe(true);
  });

  it('always delivers SIGKILL and SIGSTOP, and knows nothing without masks', () => {
    expect(receivesSignal({ caught: '0000000000000000', blocked: '0000000000000000', wchan: '-' }, 9)).toBe(
      true,
    );
    expect(receivesSignal(null, 15)).toBeNull();
    expect(receivesSignal({ caught: 'x', blocked: '0', wchan: '-' }, 15)).toBeNull();
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

describe('parseSignalMasks', () => {
  const output = [
    'PID                 CAUGHT              BLOCKED             WCHAN',
    '930                 0000000000014002    0000000000000000    do_wait',
    '949                 0000000000000000    0000000000004000    -',
    '',
  ].join('\n');

  it('finds the masks of one host pid', () => {
    expect(parseSignalMasks(output, 930)).toEqual({
      caught: '0000000000014002',
      blocked: '0000000000000000',
      wchan: 'do_wait',
    });
    expect(parseSignalMasks(output, 949)).toEqual({
      caught: '0000000000000000',
      blocked: '0000000000004000',
      wchan: '-',
    });
  });

  it('gives null for a pid that is not listed', () => {
    expect(parseSignalMasks(output, 93)).toBeNull();
  });
});
