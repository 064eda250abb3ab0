import rule from '../../../src/lint/rules/base-image-from-arg.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      code: 'ARG base_image="python:3.9.5-alpine"\nFROM $base_image AS builder\nFROM $base_image',
      name: 'seed 002',
    },
    { code: 'ARG PY=3.12\nFROM python:${PY}-slim' },
    { code: 'FROM scratch' },
    { code: 'ARG B=python:3.12\nFROM $B AS build\nFROM build' },
  ],
  invalid: [
    { code: 'FROM python:3.12-slim', lines: [1], message: 'ARG BASE_IMAGE=python:3.12-slim' },
    { code: 'FROM golang:1.22 AS build\nFROM gcr.io/distroless/static', lines: [1, 2] },
    { code: 'from --platform=linux/amd64 debian:bookworm', lines: [1] },
  ],
});
