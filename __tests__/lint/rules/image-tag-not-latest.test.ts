import rule from '../../../src/lint/rules/image-tag-not-latest.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM debian:bookworm\nCOPY --from=org/tool:1.2 /t /t', name: 'COPY --from a release tag' },
    { code: 'FROM debian:bookworm' },
    { code: 'FROM debian', name: 'untagged is DL3006, not this rule' },
    { code: 'FROM python:3.12-slim@sha256:abc' },
    { code: 'FROM localhost:5000/app:1.0' },
    { code: 'FROM registry.example.com:5000/latest', name: 'a repository named latest' },
    { code: 'ARG BASE=python:latest\nFROM ${BASE}', name: 'hadolint reads the text as written' },
    { code: 'FROM debian:bookworm AS latest' },
    {
      code: 'from registry.example.com/debian:latest@sha256:abc',
      name: 'the digest pins it, the tag is a label',
    },
  ],
  invalid: [
    {
      code: 'FROM debian:bookworm\nCOPY --from=org/tool:latest /t /t',
      lines: [2],
      name: 'COPY --from an image at latest',
    },
    {
      code: 'FROM debian:bookworm\nRUN --mount=from=ghcr.io/org/tool:latest,target=/t true',
      lines: [2],
      name: 'RUN --mount from an image at latest',
    },
    { code: 'FROM debian:latest', lines: [1] },
    { code: 'FROM debian:latest AS build\nFROM build', lines: [1] },
    { code: 'FROM localhost:5000/app:latest', lines: [1] },
    { code: 'FROM --platform=$BUILDPLATFORM golang:latest AS build\nFROM alpine:latest', lines: [1, 2] },
  ],
});
