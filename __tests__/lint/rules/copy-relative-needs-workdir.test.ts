import rule from '../../../src/lint/rules/copy-relative-needs-workdir.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM debian\nCOPY bla.sh /usr/local/bin/blubb.sh' },
    { code: 'FROM debian\nCOPY bla.sh "/usr/local/bin/blubb.sh"', name: 'quoted absolute' },
    { code: 'FROM debian\nCOPY bla.sh c:\\system32\\blubb.sh', name: 'windows' },
    { code: 'FROM debian\nCOPY bla.sh "d:\\mypath\\blubb.sh"', name: 'windows, quoted' },
    { code: 'FROM debian\nCOPY bla.sh c:/system32/blubb.sh', name: 'windows, forward slashes' },
    { code: 'FROM scratch\nWORKDIR /usr\nCOPY bla.sh blubb.sh' },
    { code: 'FROM scratch\nWORKDIR c:\\system32\nCOPY bla.sh blubb.sh' },
    { code: 'FROM debian\nCOPY src.sh ${SRC_BASE_ENV}', name: 'variable' },
    { code: 'FROM debian\nCOPY src.sh $SRC_BASE_ENV' },
    { code: 'FROM debian\nCOPY src.sh "${SRC_BASE_ENV}"' },
    { code: 'FROM debian\nCOPY src.sh "$SRC_BASE_ENV"' },
    { code: 'FROM debian\nCOPY ["a b", "/opt/app/"]', name: 'exec form' },
    { code: 'FROM debian\nCOPY --chown=app:app --from=build /src /app', name: 'flags' },
    {
      code: 'FROM debian:buster as base\nWORKDIR /usr\nFROM debian:buster as stage-inbetween\nRUN foo\nFROM base\nCOPY foo bar',
      name: 'WORKDIR set in the parent stage',
    },
    {
      code: 'FROM debian:buster as base1\nWORKDIR /usr\nFROM base1 as base2\nRUN foo\nFROM base2\nCOPY foo bar',
      name: 'WORKDIR set in a grandparent stage',
    },
    {
      code: 'FROM debian:buster\nONBUILD WORKDIR /usr/local/lib\nONBUILD COPY foo bar',
      name: 'triggers run in a child image',
    },
    { code: 'FROM debian\nCOPY <<EOF /etc/app.conf\nx=1\nEOF', name: 'heredoc to an absolute path' },
    { code: 'FROM debian\nADD bla.sh blubb.sh', name: 'hadolint checks COPY only' },
  ],
  invalid: [
    { code: 'FROM debian\nCOPY bla.sh blubb.sh', lines: [2], message: 'blubb.sh' },
    { code: 'FROM debian\nCOPY bla.sh "blubb.sh"', lines: [2] },
    { code: 'FROM debian\nCOPY . .', lines: [2] },
    { code: 'COPY a b', lines: [1], name: 'single-character paths, before any FROM' },
    { code: 'FROM debian\nCOPY ["a", "b/"]', lines: [2], name: 'exec form' },
    {
      code: 'FROM debian:buster as stage1\nWORKDIR /usr\nFROM debian:buster\nCOPY foo bar',
      lines: [4],
      name: 'WORKDIR of another stage is not inherited',
    },
    {
      code: 'FROM microsoft/windowsservercore as stage1\nWORKDIR c:\\system32\nFROM microsoft/windowsservercore\nCOPY foo bar',
      lines: [4],
    },
    {
      code: 'FROM debian\nCOPY a b\nWORKDIR /app\nCOPY c d',
      lines: [2],
      name: 'only COPYs before the WORKDIR',
    },
    { code: 'FROM debian\ncopy --chown=1:1 a \\\n  b', lines: [2], name: 'lower case, continuation' },
  ],
});
