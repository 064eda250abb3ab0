import rule from '../../../src/lint/rules/copy-instead-of-add.js';
import { ruleTester } from '../rule-tester.js';

const F = 'FROM debian:bookworm\n';

ruleTester(rule, {
  valid: [
    // hadolint's DL3020 spec
    { code: `${F}ADD file.tar /usr/src/app/` },
    { code: `${F}ADD file.gz /usr/src/app/` },
    { code: `${F}ADD file.bz2 /usr/src/app/` },
    { code: `${F}ADD file.xz /usr/src/app/` },
    { code: `${F}ADD file.tgz /usr/src/app/` },
    { code: `${F}ADD http://file.com /usr/src/app/` },
    { code: `${F}ADD "file.tgz" /usr/src/app/`, name: 'quoted archive' },
    { code: `${F}ADD "http://file.com" /usr/src/app/`, name: 'quoted URL' },
    { code: `${F}ADD https://example.com/a.sh a.tar.xz /opt/`, name: 'URL and archive' },
    { code: `${F}ADD ["rootfs.tar.xz", "/"]`, name: 'JSON form' },
    { code: `${F}ADD --checksum=sha256:abc https://example.com/x /x` },
    { code: `${F}COPY file /usr/src/app/` },
    { code: `${F}ONBUILD ADD file /usr/src/app/`, name: 'hadolint does not look inside ONBUILD' },
    { code: `${F}ADD <<EOF /etc/motd\nhello\nEOF`, name: 'heredoc source' },
  ],
  invalid: [
    { code: `${F}ADD file /usr/src/app/`, lines: [2] },
    { code: `${F}ADD file.zip /usr/src/app/`, lines: [2], name: 'zip is not unpacked by ADD' },
    { code: `${F}ADD "file.zip" /usr/src/app/`, lines: [2] },
    { code: `${F}ADD a.tgz b.txt /opt/`, lines: [2], message: 'b.txt' },
    { code: `${F}ADD ["app.py", "/app/"]`, lines: [2], name: 'JSON form' },
    { code: `${F}ADD --chown=1000:1000 . /app`, lines: [2] },
    { code: `${F}add src \\\n  /app`, lines: [2], name: 'lower case, continuation' },
    { code: `FROM debian AS a\nRUN true\nFROM debian\nADD --from=a /x /y`, lines: [4] },
  ],
});
