import rule from '../../../src/lint/rules/copy-target-dir-slash.js';
import { ruleTester } from '../rule-tester.js';

const F = 'FROM debian:bookworm\n';

ruleTester(rule, {
  valid: [
    {
      code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY --from=x C:\\\\a.dll C:\\\\b.dll C:\\\\Windows\\\\System32\\\\',
      name: 'a Windows directory ends in a backslash',
    },
    // hadolint's DL3021 spec
    { code: `${F}COPY foo bar` },
    { code: `${F}COPY foo bar baz/` },
    { code: `${F}COPY foo bar "baz/"`, name: 'quoted target' },
    { code: `${F}COPY ["foo", "bar", "/baz/"]`, name: 'JSON form' },
    { code: `${F}COPY --from=0 /a /b /dest/` },
    { code: `${F}COPY "my file.txt" /app`, name: 'one quoted source with a space' },
    { code: `${F}ADD foo bar baz`, name: 'ADD is not checked' },
    { code: `${F}ONBUILD COPY foo bar baz`, name: 'hadolint does not look inside ONBUILD' },
  ],
  invalid: [
    { code: `${F}COPY foo bar baz`, lines: [2], message: 'baz/' },
    { code: `${F}COPY ["foo", "bar", "/baz"]`, lines: [2], name: 'JSON form' },
    { code: `${F}COPY --chown=app:app foo \\\n  bar \\\n  /app`, lines: [2], name: 'continuation' },
    { code: `${F}copy a b c`, lines: [2], name: 'lower case' },
    { code: `${F}COPY "a b" 'c d' "/e f"`, lines: [2], name: 'quoted words with spaces' },
  ],
});
