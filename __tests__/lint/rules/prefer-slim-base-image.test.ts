import { describe, expect, it } from 'vitest';
import { parseImageRef } from '../../../src/dockerfile/model.js';
import rule, { slimSuggestion } from '../../../src/lint/rules/prefer-slim-base-image.js';
import { ruleTester } from '../rule-tester.js';

describe('slimSuggestion', () => {
  it.each([
    ['python:3.11', 'python:3.11-slim'],
    ['python:3.12-bookworm', 'python:3.12-slim-bookworm'],
    ['python', 'python:slim'],
    ['python:latest', 'python:slim'],
    ['library/python:3', 'python:3-slim'],
    ['docker.io/library/python:3.12', 'python:3.12-slim'],
    ['node:20', 'node:20-slim'],
    ['node:20-bookworm', 'node:20-bookworm-slim'],
    ['node:lts', 'node:lts-slim'],
    ['ruby:3.3-bookworm', 'ruby:3.3-slim-bookworm'],
    ['rust:1.75', 'rust:1.75-slim'],
    ['debian:bookworm', 'debian:bookworm-slim'],
    ['debian:12', 'debian:12-slim'],
    ['debian', 'debian:stable-slim'],
  ])('%s → %s', (text, expected) => {
    expect(slimSuggestion(parseImageRef(text))).toBe(expected);
  });
  it.each([
    'python:3.12-slim',
    'python:3.12-slim-bookworm',
    'python:3.12-alpine',
    'node:20-alpine',
    'debian:bookworm-slim',
    'debian:bookworm-backports',
    'ubuntu:24.04',
    'golang:1.22',
    'ghcr.io/acme/python:3.12',
    'localhost:5000/python:3.12',
    'python:3.12-windowsservercore',
    'cgr.dev/chainguard/python:latest',
    'bitnami/python:3.12',
  ])('%s has no suggestion', (text) => {
    expect(slimSuggestion(parseImageRef(text))).toBeNull();
  });
});

ruleTester(rule, {
  valid: [
    {
      code: 'ARG VARIANT=3-trixie\nFROM python:${VARIANT}\nRUN apt-get update && apt-get install -y git',
      name: 'a dev container or toolchain image runs no app of its own',
    },
    // Class: suggest only tags of a known variant family; never invent one.
    { code: 'FROM python:3-onbuild', name: 'onbuild has no slim sibling (no python:3-onbuild-slim)' },
    { code: 'FROM node:20-onbuild', name: 'node onbuild' },
    { code: 'FROM rust:1-bookworm-nightly', name: 'an unknown word in the tag' },
    { code: 'FROM debian:bookworm-backports', name: 'debian backports' },
    { code: 'FROM python:3.11-slim\nCMD ["flask", "run"]', name: 'seed 003, second version' },
    {
      code: 'FROM python:3.12 AS build\nRUN pip wheel -w /w -r requirements.txt\nFROM python:3.12-slim\nCOPY --from=build /w /w',
      name: 'full image in the builder only',
    },
    { code: 'FROM ubuntu:22.04\nCMD ["bash"]', name: 'ubuntu has no slim variant' },
    { code: 'FROM golang:1.22', name: 'golang has no slim variant' },
    { code: 'FROM cgr.dev/chainguard/python:latest' },
    { code: 'FROM scratch\nCOPY app /app' },
    { code: 'FROM $BASE', name: 'unresolvable variable' },
    { code: 'ARG BASE=python:3.12-slim\nFROM ${BASE}' },
    {
      code: 'FROM python:3.11.4-slim-bookworm@sha256:36b544be6e796eb5caa0bf1ab75a17d2e20211cad7f66f04f6f5c9eeda930ef5',
    },
  ],
  invalid: [
    {
      code: 'FROM python:3.13.0rc1-bookworm\nCMD ["app"]',
      lines: [1],
      message: '"python:3.13.0rc1-slim-bookworm"',
      name: 'a release candidate with a codename',
    },
    {
      code: 'FROM node:iron-bookworm\nCMD ["app"]',
      lines: [1],
      message: '"node:iron-bookworm-slim"',
      name: 'a node LTS line',
    },
    {
      code: 'FROM debian:bookworm-20240110\nCMD ["app"]',
      lines: [1],
      message: '"debian:bookworm-20240110-slim"',
    },
    {
      code: 'FROM python:3.11\nWORKDIR /app\nCMD ["flask", "run"]\nCMD ["app"]',
      lines: [1],
      message: 'python:3.11-slim',
    },
    {
      code: 'ARG BASE_IMAGE=python:3.12\nFROM $BASE_IMAGE\nCMD ["python"]\nCMD ["app"]',
      lines: [2],
      message: 'python:3.12-slim',
    },
    {
      code: 'FROM node:20 AS deps\nRUN npm ci\nFROM deps\nCMD ["node", "."]\nCMD ["app"]',
      lines: [1],
      name: 'through FROM <stage>',
    },
    { code: 'from debian:bookworm\nRUN true\nCMD ["app"]', lines: [1], message: 'debian:bookworm-slim' },
    { code: 'FROM python:3.12-slim AS build\nFROM python:3.12-bookworm\nCMD ["app"]', lines: [2] },
  ],
});
