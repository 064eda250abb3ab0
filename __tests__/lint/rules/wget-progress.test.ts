import rule from '../../../src/lint/rules/wget-progress.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM node as foo\nRUN wget --progress=dot:giga my.xyz' },
    { code: 'FROM node as foo\nRUN wget -q my.xyz' },
    { code: 'FROM node as foo\nRUN wget -qO- my.xyz | tar x', name: 'combined short flags' },
    { code: 'FROM node as foo\nRUN wget --quiet my.xyz' },
    { code: 'FROM node as foo\nRUN wget -nv my.xyz' },
    { code: 'FROM node as foo\nRUN wget --no-verbose my.xyz' },
    { code: 'FROM node as foo\nRUN wget --output-file=/tmp/wget.log my.xyz' },
    { code: 'FROM node as foo\nRUN wget -o /tmp/wget.log my.xyz' },
    { code: 'FROM node as foo\nRUN wget --append-output=/tmp/wget.log my.xyz' },
    { code: 'FROM node as foo\nRUN wget -a /tmp/wget.log my.xyz' },
    { code: 'FROM node as foo\nRUN curl -fsSL my.xyz' },
  ],
  invalid: [
    {
      code: 'FROM docker:29-cli\nRUN apk add --no-cache iptables\nRUN wget -O docker.tgz https://example.com/docker.tgz',
      lines: [3],
      message: 'busybox',
      name: 'an image that runs apk is Alpine whatever its name',
    },
    // Class: the advice must work for the wget at hand. busybox wget (Alpine) has no --progress.
    {
      code: 'FROM alpine:3.20\nRUN wget https://example.com/x.tgz',
      lines: [2],
      message: 'use `wget -q <url>`',
      name: 'busybox wget on Alpine: -q, not --progress',
    },
    {
      code: 'FROM python:3.12-alpine\nRUN wget https://example.com/x.tgz',
      lines: [2],
      message: 'busybox',
      name: 'an -alpine tag',
    },
    {
      code: 'FROM alpine:3.20\nRUN apk add --no-cache wget\nRUN wget https://example.com/x.tgz',
      lines: [3],
      message: '--progress=dot:giga',
      name: 'GNU wget installed on Alpine',
    },
    {
      code: 'FROM debian:bookworm-slim\nRUN /usr/bin/wget https://example.com/x.tgz',
      lines: [2],
      message: '--progress=dot:giga',
      name: 'GNU wget by path on Debian',
    },
    { code: 'FROM node as foo\nRUN wget my.xyz', lines: [2], message: '--progress' },
    {
      code: 'FROM node as foo\nRUN wget -O /tmp/x my.xyz',
      lines: [2],
      name: '-O names the output, not the log',
    },
    { code: 'FROM node as foo\nONBUILD RUN wget my.xyz', lines: [2] },
    { code: 'FROM node as foo\nRUN set -e && \\\n  wget https://example.com/x.tgz', lines: [2] },
  ],
});
