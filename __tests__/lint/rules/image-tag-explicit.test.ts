import rule from '../../../src/lint/rules/image-tag-explicit.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    // Class: `COPY --from` and `RUN --mount=from=` image references are pinned like FROM.
    { code: 'FROM debian:bookworm\nCOPY --from=org/tool:1.2 /t /t', name: 'COPY --from a tagged image' },
    { code: 'FROM debian:bookworm\nCOPY --from=org/tool@sha256:abc /t /t', name: 'COPY --from a digest' },
    {
      code: 'FROM debian:bookworm AS b\nFROM debian:bookworm\nCOPY --from=b /t /t',
      name: 'COPY --from a stage',
    },
    {
      code: 'FROM debian:bookworm\nRUN --mount=type=bind,from=org/tool:1.2,target=/t true',
      name: 'RUN --mount from a tagged image',
    },
    {
      code: 'FROM golang:1.22 AS binaries-linux\nARG TARGETOS\nFROM binaries-$TARGETOS',
      name: 'a stage name chosen by a variable, fitting an earlier alias',
    },
    {
      code: 'FROM alpine:3.20 AS export-image\nFROM scratch AS export-local\nARG EXPORT=image\nFROM export-${EXPORT}',
      name: 'a braced variable fitting two aliases',
    },
    { code: 'FROM debian:bookworm' },
    { code: 'FROM debian@sha256:abc', name: 'a digest pins it' },
    { code: 'FROM scratch' },
    { code: 'FROM golang:1.22 AS build\nFROM build', name: 'an earlier stage' },
    { code: 'ARG BASE=python:3.12\nFROM ${BASE}', name: 'a name that is a variable (hadolint #942)' },
    { code: 'ARG BASE\nFROM $BASE AS x' },
    { code: 'FROM localhost:5000/app:1.0' },
    { code: 'FROM debian:latest', name: 'latest is image-tag-not-latest' },
  ],
  invalid: [
    {
      code: 'FROM debian:bookworm\nCOPY --from=gloursdocker/docker / /',
      lines: [2],
      message: 'pin it to a release tag or a digest',
      name: 'COPY --from an untagged image',
    },
    {
      code: 'FROM debian:bookworm\nCOPY --from=ghcr.io/org/tool /bin/tool /bin/',
      lines: [2],
      name: 'COPY --from an untagged image with a registry',
    },
    {
      code: 'FROM debian:bookworm\nRUN --mount=type=bind,from=ghcr.io/org/tool,target=/t \\\n    /t/run',
      lines: [2],
      name: 'RUN --mount from an untagged image',
    },
    { code: 'FROM debian', lines: [1] },
    { code: 'FROM localhost:5000/app', lines: [1], name: 'a registry port is not a tag' },
    { code: 'FROM build\nFROM debian:12 AS build', lines: [1], name: 'alias defined later does not count' },
    { code: 'ARG V=1\nFROM img${V} AS x', lines: [2], name: 'a variable inside the name (hadolint #979)' },
    {
      code: 'FROM golang:1.22 AS bin-linux\nARG TARGETOS\nFROM tools-$TARGETOS',
      lines: [3],
      name: 'a variable name that fits no alias',
    },
    { code: 'FROM --platform=linux/amd64 ubuntu AS a\nFROM a\nFROM alpine', lines: [1, 3] },
  ],
});
