import rule from '../../../src/lint/rules/add-remote-checksum.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      code: 'FROM debian:bookworm-slim\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tar.gz /tmp/',
    },
    { code: 'FROM debian:bookworm-slim\nADD app.tar.gz /opt/', name: 'a local archive' },
    {
      code: 'FROM debian:bookworm-slim\nADD https://github.com/moby/buildkit.git#v0.13.0 /src',
      name: 'a Git source',
    },
    { code: 'FROM debian:bookworm-slim\nADD git@github.com:moby/buildkit.git /src' },
    { code: 'FROM debian:bookworm-slim\nCOPY https-notes.txt /x' },
  ],
  invalid: [
    {
      code: 'FROM python:3.11-slim\nENV TINI_VERSION v0.19.0\nADD https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini /tini',
      lines: [3],
      message: 'v0.19.0/tini',
      name: 'seed 000',
    },
    { code: 'FROM debian:bookworm-slim\nADD ["https://example.com/a.tar.gz", "/tmp/"]', lines: [2] },
    { code: 'FROM debian:bookworm-slim\nadd --chmod=755 http://example.com/run.sh /run.sh', lines: [2] },
    { code: 'FROM debian:bookworm-slim\nONBUILD ADD https://example.com/x /x', lines: [2] },
  ],
});
