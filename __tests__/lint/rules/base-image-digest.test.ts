import rule from '../../../src/lint/rules/base-image-digest.js';
import { ruleTester } from '../rule-tester.js';

const DIGEST = 'sha256:36b544be6e796eb5caa0bf1ab75a17d2e20211cad7f66f04f6f5c9eeda930ef5';

ruleTester(rule, {
  valid: [
    {
      code: `FROM python:3.11.4-slim-bookworm@${DIGEST} as build\nFROM python:3.11.4-slim-bookworm@${DIGEST}`,
      name: 'seed 000',
    },
    { code: 'FROM scratch' },
    { code: `FROM python:3.12-slim@${DIGEST} AS build\nFROM build`, name: 'a stage reference' },
    { code: `ARG BASE=python:3.12-slim@${DIGEST}\nFROM \${BASE}` },
    { code: 'FROM $BASE', name: 'unknown variable' },
  ],
  invalid: [
    { code: 'FROM python:3.12-slim', lines: [1], message: 'python:3.12-slim@sha256' },
    { code: 'FROM python:3.12 AS build\nFROM gcr.io/distroless/python3-debian12', lines: [1, 2] },
    {
      code: 'ARG base_image="python:3.9.5-alpine"\nFROM $base_image AS builder',
      lines: [2],
      name: 'seed 002',
    },
    { code: 'from --platform=linux/amd64 debian', lines: [1] },
  ],
});
