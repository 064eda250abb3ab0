import rule from '../../../src/lint/rules/python-unbuffered.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1\nCMD ["python", "app.py"]' },
    {
      code: 'FROM my-poetry:devel\nENV PYTHONUNBUFFERED=true \\\n    POETRY_VIRTUALENVS_IN_PROJECT=true',
      name: 'seed 001',
    },
    {
      code: 'ARG base_image="python:3.9.5-alpine"\nFROM $base_image\nENV PYTHONUNBUFFERED=1\nENTRYPOINT ["/usr/local/bin/python3"]',
      name: 'seed 002',
    },
    {
      code: 'FROM ubuntu:22.04\nENV PYTHONUNBUFFERED 1\nRUN apt-get install -y python3.8',
      name: 'seed 004, legacy syntax',
    },
    {
      code: 'FROM python:3.12-slim AS base\nENV PYTHONUNBUFFERED=1\nFROM base\nCMD ["python", "app.py"]',
      name: 'inherited',
    },
    { code: 'FROM python:3.12-slim\nCMD ["python", "-u", "app.py"]', name: 'python -u' },
    { code: 'FROM node:20-slim\nCMD ["node", "server.js"]', name: 'not Python' },
    {
      code: 'FROM python:3.12 AS build\nRUN pip wheel .\nFROM gcr.io/distroless/cc\nCOPY --from=build /app /app',
      name: 'the final image is not Python',
    },
    {
      code: 'FROM debian:bookworm-slim\nRUN apt-get install -y python3-yaml',
      name: 'a Python library is not the interpreter',
    },
    {
      code: 'FROM node:20-bookworm\nRUN apt-get install -y --no-install-recommends python3 make g++\nRUN npm ci\nCMD ["node", "server.js"]',
      name: 'python3 kept for node-gyp in a Node app',
    },
    {
      code: 'FROM debian:stretch-slim\nRUN apt-get update && apt-get install -y python-pip\nRUN pip install --upgrade pip\nRUN pip install awscli\nENTRYPOINT ["/run.sh"]',
      name: 'a pip-installed tool (awscli) in an image whose process is not Python',
    },
    {
      code: 'FROM opensuse/leap:15.3\nRUN zypper install -y python3 python3-pip\nRUN pip3 install --no-cache-dir --target /opt/tools ansible\nCMD ["/sbin/init"]',
      name: 'a named package is a tool, even with a path-valued option',
    },
  ],
  invalid: [
    { code: 'FROM python:3.11\nWORKDIR /app\nCMD ["flask", "run"]', lines: [1], name: 'seed 003' },
    { code: 'FROM cgr.dev/chainguard/python:latest\nENTRYPOINT ["flask", "run"]', lines: [1] },
    {
      code: 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip',
      lines: [1],
      name: 'Python installed with apt',
    },
    { code: 'FROM alpine:3.19\nRUN apk add --no-cache python3', lines: [1] },
    {
      code: 'FROM debian:bookworm-slim\nRUN apt-get install -y python3\nCMD ["gunicorn", "app:app"]',
      lines: [1],
      name: 'apt Python running a Python server',
    },
    {
      code: 'FROM debian:bookworm-slim\nRUN apt-get install -y python3 python3-pip && pip install --no-cache-dir -r req.txt\nCMD ["/app/run"]',
      lines: [1],
      name: 'apt Python with pip-installed packages',
    },
    {
      code: 'FROM centos:7\nRUN yum install -y python3\nCOPY . /app\nRUN pip3 install -e /app\nCMD ["/app/start.sh"]',
      lines: [1],
      name: "pip installs the image's own code",
    },
    {
      code: 'FROM debian:bookworm-slim\nRUN apt-get install -y python3-pip\nCOPY . /src\nRUN pip install .\nCMD ["./run"]',
      lines: [1],
      name: 'pip install of the local project',
    },
    {
      code: 'FROM debian:bookworm-slim\nRUN apt-get install -y python3\nCMD /app/main.py --serve',
      lines: [1],
      name: 'a .py script in shell form',
    },
    {
      code: 'FROM python:3.12 AS build\nENV PYTHONUNBUFFERED=1\nFROM python:3.12-slim\nCOPY --from=build /a /a',
      lines: [3],
      name: 'ENV of an unrelated stage',
    },
    { code: 'ARG BASE=python:3.12-slim\nFROM ${BASE}\nCMD ["python", "app.py"]', lines: [2] },
    { code: 'FROM python:3.12-slim\nENV PYTHONUNBUFFERED=', lines: [1], name: 'empty is off' },
  ],
});
