import rule from '../../../src/lint/rules/add-to-extract-archives.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM debian\nADD app.tar.gz /opt/' },
    { code: 'FROM debian\nCOPY app.tar.gz /opt/', name: 'copied, never unpacked' },
    {
      code: 'FROM debian\nCOPY --from=build /app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz',
      name: 'from another stage',
    },
    { code: 'FROM debian\nCOPY app.tar.gz /tmp/\nRUN tar -czf other.tar.gz /x' },
    {
      code: 'FROM debian\nCOPY app.tar.gz /tmp/\nFROM debian\nRUN tar -xf /tmp/app.tar.gz',
      name: 'another stage',
    },
    {
      code: 'FROM debian\nCOPY app.tar /tmp/\nRUN tar xf /tmp/app.tar',
      name: 'hadolint reads only dashed tar flags',
    },
    {
      code: 'FROM debian\nCOPY app.zip /tmp/\nRUN unzip /tmp/app.zip',
      name: '.zip is not in hadolint’s list (ADD does not unpack zip)',
    },
  ],
  invalid: [
    { code: 'FROM debian\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt', lines: [2] },
    {
      code: 'FROM debian\nCOPY dist/app.tgz /tmp/x.tgz\nRUN tar --extract --file /tmp/x.tgz',
      lines: [2],
      name: 'target name',
    },
    { code: 'FROM debian\nCOPY a.txt data.gz /tmp/\nRUN gunzip /tmp/data.gz', lines: [2] },
    {
      code: 'FROM debian\nCOPY ["app.tar.xz", "/tmp/"]\nRUN cd /opt && tar -xf /tmp/app.tar.xz',
      lines: [2],
      name: 'JSON form',
    },
    {
      code: 'FROM debian\nCOPY "my app.tar" /usr/src/\nRUN tar -xf "/usr/src/my app.tar"',
      lines: [2],
      name: 'quoted source with a space is one word',
    },
  ],
});
