import { describe, expect, it } from 'vitest';
import rule, { isToolchainPackage } from '../../../src/lint/rules/build-toolchain-in-final-stage.js';
import { ruleTester } from '../rule-tester.js';

describe('isToolchainPackage', () => {
  it.each([
    'build-essential',
    'gcc',
    'g++',
    'gcc-12',
    'make',
    'libpq-dev',
    'python3-dev',
    'musl-dev',
    'openssl-devel',
    'build-base',
  ])('%s is toolchain', (p) => expect(isToolchainPackage(p)).toBe(true));
  it.each(['curl', 'libpq5', 'udev', 'tini', 'ca-certificates', 'python3', 'dev', 'make-guile'])(
    '%s is not',
    (p) => expect(isToolchainPackage(p)).toBe(false),
  );
});

const SEED_000_MULTISTAGE = `FROM python:3.11.4-slim-bookworm as build
RUN apt-get update
RUN apt-get install -y --no-install-recommends \\
	      build-essential gcc

WORKDIR /usr/app
COPY requirements.txt .
RUN python -m venv env
ENV PATH=/usr/app/env/bin:$PATH
RUN pip install -r requirements.txt

FROM python:3.11.4-slim-bookworm
WORKDIR /usr/app
COPY --from=build /usr/app/env ./env
ENV PATH=/usr/app/env/bin:$PATH
COPY . .
CMD [ "python", "app.py" ]`;

ruleTester(rule, {
  valid: [
    // An image that runs no app is a base or toolchain image: the compiler is the point.
    {
      code: 'FROM alpine:3.20\nRUN apk add --no-cache ca-certificates musl-dev gcc',
      name: 'a toolchain image (rust official style)',
    },
    {
      code: 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y gcc && rm -rf /var/lib/apt/lists/*',
      name: 'no ENTRYPOINT or CMD: a base image to build on',
    },
    {
      code: 'FROM debian:bookworm-slim\nARG BUILD_DEPS="gcc make"\nRUN apt-get install -y $BUILD_DEPS && make && apt-get purge -y $BUILD_DEPS',
      name: 'a toolchain list in an ARG, installed and purged',
    },
    { code: SEED_000_MULTISTAGE, name: 'seed 000: toolchain only in the build stage' },
    {
      code: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends libpq5 curl',
    },
    {
      code: 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev \\\n && pip install --no-cache-dir psycopg2 \\\n && apt-get purge -y --auto-remove gcc libpq-dev',
      name: 'purged in the same RUN',
    },
    {
      code: 'FROM python:3.12-alpine\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev \\\n && pip install --no-cache-dir cffi \\\n && apk del --no-network .build-deps',
      name: 'apk virtual group deleted',
    },
    {
      code: 'FROM python:3.12-slim\nRUN set -eux; savedAptMark="$(apt-mark showmanual)"; apt-get update; apt-get install -y --no-install-recommends gcc libc6-dev; pip install x; apt-mark auto \'.*\' > /dev/null; apt-mark manual $savedAptMark; apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false',
      name: 'official-images idiom: apt-mark auto, then purge --auto-remove',
    },
    {
      code: 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y gcc\nRUN pip install x\nRUN apt-get remove -y gcc',
      name: 'removed in a later RUN',
    },
    {
      code: 'FROM debian:bookworm-slim\nRUN apt-get install -y $BUILD_DEPS',
      name: 'variables are not judged',
    },
    {
      code: 'FROM debian:bookworm-slim\nONBUILD RUN apt-get install -y gcc',
      name: 'ONBUILD is for child images',
    },
    { code: 'FROM debian:bookworm-slim\nRUN echo apt-get install gcc' },
  ],
  invalid: [
    {
      code: 'FROM debian:bookworm-slim\nARG BUILD_DEPS="gcc make"\nRUN apt-get install -y $BUILD_DEPS && make\nCMD ["app"]',
      lines: [3],
      name: 'a toolchain list in an ARG, left installed',
    },
    {
      code: 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential gcc\nCMD ["app"]',
      lines: [2],
      message: 'build-essential, gcc',
    },
    {
      code: 'FROM python:3.12-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends \\\n    libpq-dev=15.* \\\n    curl\nCMD ["app"]',
      lines: [3],
      message: 'libpq-dev',
    },
    {
      code: 'FROM python:3.10-alpine\nRUN apk add --no-cache alpine-sdk build-base --virtual build-dependencies linux-headers make\nCMD ["app"]',
      lines: [2],
    },
    {
      code: 'FROM fedora:40\nRUN dnf install -y gcc-c++ openssl-devel && dnf clean all\nCMD ["app"]',
      lines: [2],
    },
    {
      code: 'FROM python:3.12-slim AS base\nRUN apt-get update && apt-get install -y gcc\nFROM base\nCOPY . .\nCMD ["app"]',
      lines: [2],
      name: 'installed in a stage the final one builds on',
    },
    {
      code: 'FROM python:3.12-slim\nRUN apt-get install -y gcc make && apt-get purge -y gcc\nCMD ["app"]',
      lines: [2],
      message: 'make',
      name: 'only part of it removed',
    },
    { code: 'FROM debian:bookworm-slim\nRUN sudo apt-get install -y g++\nCMD ["app"]', lines: [2] },
    {
      code: 'from debian:bookworm-slim\nrun ["apt-get", "install", "-y", "gcc"]\nCMD ["app"]',
      lines: [2],
      name: 'exec form, lower case',
    },
  ],
});
