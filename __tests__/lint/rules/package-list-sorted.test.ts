import rule from '../../../src/lint/rules/package-list-sorted.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      code: 'FROM python:3.9.5-alpine\nRUN apk add --no-cache \\\n    alpine-sdk \\\n    build-base \\\n    --virtual build-dependencies \\\n    linux-headers \\\n    make',
      name: 'seed 002 (the virtual group name is not a package)',
    },
    {
      code: 'FROM debian:bookworm-slim\nRUN apt-get install -y --no-install-recommends ca-certificates curl=7.88.* git',
    },
    { code: 'FROM debian:bookworm-slim\nRUN apt-get install -y build-essential gcc', name: 'seed 000' },
    { code: 'FROM debian:bookworm-slim\nRUN apt-get install -y curl', name: 'one package' },
    { code: 'FROM debian:bookworm-slim\nRUN apt-get install -y $PACKAGES curl' },
    { code: 'FROM python:3.12-slim\nRUN pip install -r requirements.txt -c constraints.txt' },
    { code: 'FROM python:3.12-slim\nRUN pip install Django==5.0 gunicorn "psycopg[binary]>=3"' },
    {
      code: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir ./dist/app.whl flask',
      name: 'files are not names',
    },
  ],
  invalid: [
    {
      code: 'FROM debian:bookworm-slim\nRUN apt-get install -y git curl',
      lines: [2],
      message: '"curl" should come before "git"',
    },
    {
      code: 'FROM debian:bookworm-slim\nRUN apt-get update && \\\n    apt-get install -y \\\n      wget \\\n      ca-certificates',
      lines: [3],
      name: 'reported at the command line',
    },
    { code: 'FROM alpine:3.19\nRUN apk add --no-cache python3 py3-pip bash', lines: [2] },
    { code: 'FROM python:3.12-slim\nRUN pip install uvicorn fastapi', lines: [2] },
    { code: 'FROM fedora:40\nRUN dnf install -y zlib gcc', lines: [2] },
  ],
});
