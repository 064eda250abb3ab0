import { describe, expect, it } from 'vitest';
import {
  codeBlock,
  escapeHtml,
  escapeMarkdown,
  escapeMessage,
  inlineCode,
  stripControl,
} from '../../src/report/escape.js';

describe('escaping text from Dockerfiles and logs', () => {
  const hostile = 'RUN echo "<!-- x -->" | tee @someone `id` <img src=x onerror=alert(1)> [a](b) **bold**';

  it('cannot open or close an HTML comment, inject a tag or break a table', () => {
    for (const out of [
      escapeHtml(hostile),
      escapeMarkdown(hostile),
      inlineCode(hostile, 1000),
      escapeMessage(hostile),
    ]) {
      expect(out).not.toMatch(/<!--|-->|<img|\|/);
    }
  });

  it('cannot @mention anyone', () => {
    expect(escapeMarkdown('ping @someone')).not.toMatch(/@someone/);
    expect(escapeMessage('ping `@someone` @other')).not.toMatch(/@someone|@other/);
    expect(inlineCode('@team')).not.toMatch(/@team/);
    expect(codeBlock('@team')).not.toMatch(/@team/);
  });

  it('neutralises Markdown syntax and newlines', () => {
    expect(escapeMarkdown('**a** [x](y)\n# h')).toBe('\\*\\*a\\*\\* \\[x\\]\\(y\\) \\# h');
    expect(escapeMarkdown('- item')).toBe('\\- item');
  });

  it('shortens long inline code', () => {
    expect(inlineCode('x'.repeat(200), 10)).toBe('<code>xxxxxxxxx…</code>');
  });

  it('fences a code block longer than any backtick run inside it', () => {
    expect(codeBlock('a ```` b')).toMatch(/^`{5}\n/);
  });
});

describe('inline code inside HTML', () => {
  it('keeps Markdown inert and entities whole', () => {
    expect(inlineCode('rm -rf __pycache__ `id` *.pyc | #1 @me')).toBe(
      '<code>rm -rf &#95;&#95;pycache&#95;&#95; &#96;id&#96; &#42;.pyc &#124; &#35;1 @&#8203;me</code>',
    );
  });
});

describe('messages with code spans', () => {
  it('shows the spans a message meant as code, and escapes the rest', () => {
    expect(escapeMessage('PID 1 (`/bin/sh -c app`) was killed: use `ENTRYPOINT ["tini", "--"]`')).toBe(
      'PID 1 \\(<code>/bin/sh -c app</code>\\) was killed: use <code>ENTRYPOINT &#91;&quot;tini&quot;, &quot;--&quot;&#93;</code>',
    );
  });

  it('keeps a stray backtick literal and escaped', () => {
    expect(escapeMessage('a ` b')).toBe('a \\` b');
  });

  it('cannot end a code span early or open a comment from inside one', () => {
    const out = escapeMessage('see `</code><!-- x -->`');
    expect(out).toBe('see <code>&lt;/code&gt;&lt;&#33;-- x --&gt;</code>');
  });
});

describe('control characters', () => {
  const raw = 'red \u001b[31mboom\u001b[0m bell\u0007 nul\u0000 c1\u009b end\r\nnext\ttab';
  it('never reach Markdown, inline code or a log block; tab and newline stay in a block', () => {
    for (const out of [escapeMarkdown(raw), escapeHtml(raw), inlineCode(raw, Infinity), codeBlock(raw)])
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(stripControl(raw)).toBe('red boom bell nul c1 end\nnext\ttab');
    expect(codeBlock(raw)).toContain('red boom bell');
  });
});
