// A file that is not a Dockerfile gets one clear error naming the file and the line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dockerfileText } from '../../src/dockerfile/text.js';
import { UsageError } from '../../src/errors.js';

const bytes = (text: string) => new TextEncoder().encode(text);

function error(input: Uint8Array): Error {
  try {
    dockerfileText(input, 'app/Dockerfile');
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return e as Error;
  }
  throw new Error('no error');
}

describe('dockerfileText', () => {
  it('returns the text of a Dockerfile, a BOM, CRLF, tabs and non-ASCII included', () => {
    expect(dockerfileText(bytes('FROM scratch\n'), 'Dockerfile')).toBe('FROM scratch\n');
    expect(dockerfileText(bytes('\ufeff# escape=`\r\nFROM scratch\r\n\tLABEL a="é ü 日本"\r\n'), 'D')).toBe(
      '# escape=`\r\nFROM scratch\r\n\tLABEL a="é ü 日本"\r\n',
    );
  });

  it('refuses bytes that are not UTF-8, naming the line', () => {
    const input = new Uint8Array([...bytes('FROM scratch\nRUN echo '), 0xff, 0xfe, ...bytes('\n')]);
    expect(error(input).message).toBe(
      'the Dockerfile app/Dockerfile is not UTF-8 text (line 2 holds bytes that are not UTF-8); give the Dockerfile itself with file',
    );
  });

  it('refuses a binary that happens to be valid UTF-8 (NUL and other control characters)', () => {
    expect(error(bytes('FROM scratch\n\n\u0000\u0001ELF')).message).toBe(
      'the Dockerfile app/Dockerfile is not text (line 3 holds the control character 0x00); give the Dockerfile itself with file',
    );
    expect(error(bytes('FROM scratch\nRUN echo \u001b[2J')).message).toMatch(
      /line 2 holds the control character 0x1B/,
    );
  });

  it('refuses a real binary: the Node executable', () => {
    expect(error(readFileSync(process.execPath)).message).toMatch(
      /^the Dockerfile app\/Dockerfile is not (UTF-8 )?text \(line 1 /,
    );
  });

  it('refuses a file with no instruction at all', () => {
    const message =
      'the Dockerfile app/Dockerfile has no instruction (only blank lines and comments); it needs at least a FROM line';
    expect(error(bytes('')).message).toBe(message);
    expect(error(bytes('# syntax=docker/dockerfile:1\n\n   # just a comment\r\n\t\n')).message).toBe(message);
    expect(dockerfileText(bytes('# comment\n  from scratch'), 'D')).toBe('# comment\n  from scratch');
  });
});
