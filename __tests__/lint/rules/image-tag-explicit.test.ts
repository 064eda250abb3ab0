import rule from '../../../src/lint/rules/image-tag-explicit.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
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
    { code: 'FROM debian', lines: [1] },
    { code: 'FROM localhost:5000/app', lines: [1], name: 'a registry port is not a tag' },
    { code: 'FROM build\nFROM debian:12 AS build', lines: [1], name: 'alias defined later does not count' },
    { code: 'ARG V=1\nFROM img${V} AS x', lines: [2], name: 'a variable inside the name (hadolint #979)' },
    { code: 'FROM --platform=linux/amd64 ubuntu AS a\nFROM a\nFROM alpine', lines: [1, 3] },
  ],
});
