import rule from '../../../src/lint/rules/avoid-alpine-for-python.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    // Class: say only what is true. pip, setuptools and wheel are pure Python: nothing is built.
    { code: 'FROM python:3.12-alpine\nRUN pip install --upgrade pip', name: 'upgrading pip builds nothing' },
    {
      code: "FROM alpine:3.20\nRUN pip3 install --disable-pip-version-check --no-cache-dir 'setuptools==79.0.1' 'wheel<0.46'",
      name: 'the official image installing setuptools and wheel',
    },
    { code: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt' },
    {
      code: 'FROM python:3.12-alpine\nCOPY app.py .\nCMD ["python", "app.py"]',
      name: 'Alpine without installs',
    },
    { code: 'FROM alpine:3.19\nRUN apk add --no-cache curl', name: 'not Python' },
    { code: 'FROM node:20-alpine\nRUN npm ci', name: 'npm on Alpine is another matter' },
    {
      code: 'FROM python:3.12-alpine AS build\nRUN echo pip install x\nFROM python:3.12-slim\nRUN pip install x',
      name: 'echo of the words is no install; the slim stage is fine',
    },
    { code: 'FROM python:3.12-alpine\nRUN pip download flask', name: 'pip download is not an install' },
    {
      code: 'FROM alpinelinux/docker-cli\nRUN pip install x',
      name: 'a repository that only starts with alpine',
    },
  ],
  invalid: [
    {
      code: 'FROM python:3.12-alpine\nRUN pip install --upgrade pip\nCOPY requirements.txt .\nRUN pip install -r requirements.txt',
      lines: [4],
      name: 'reported at the install that can build something',
    },
    {
      code: 'FROM python:3.12-alpine\nRUN pip install --no-cache-dir flask==3.0.0',
      lines: [2],
      message: 'musl',
    },
    { code: 'FROM python:alpine3.19\nRUN python3 -m pip install -r requirements.txt', lines: [2] },
    {
      code: 'FROM alpine:3.19\nRUN apk add --no-cache python3 py3-pip \\\n && pip3 install --break-system-packages flask',
      lines: [2],
    },
    {
      code: 'ARG base_image="python:3.9.5-alpine"\nFROM $base_image AS builder\nRUN apk add --no-cache build-base\nCOPY requirements.txt ./\nRUN pip3 install -r /requirements.txt --prefix /app\nRUN pip3 install gunicorn --prefix /app',
      lines: [5],
      name: 'seed 002 (ARG base image), once per stage',
    },
    {
      code: 'FROM python:3.10-alpine as production\nRUN pip install exercise_3-0.1.0-py3-none-any.whl',
      lines: [2],
      name: 'seed 001',
    },
    { code: 'FROM python:3.12-alpine\nRUN poetry install --only main', lines: [2] },
    {
      code: 'FROM python:3.12-alpine AS base\nFROM base\nRUN pip install flask',
      lines: [3],
      name: 'through FROM <stage>',
    },
    { code: 'FROM python:3.12-alpine\nONBUILD RUN pip install -r requirements.txt', lines: [2] },
    { code: 'FROM python:3.12-alpine\nRUN ["pip", "install", "flask"]', lines: [2], name: 'exec form' },
  ],
});
