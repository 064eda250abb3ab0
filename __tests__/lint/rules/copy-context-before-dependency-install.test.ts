import rule from '../../../src/lint/rules/copy-context-before-dependency-install.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    // Class: only an earlier install of the manifest excuses the copy.
    {
      code: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nRUN pip install --no-deps .',
      name: 'the requirements were installed before the copy',
    },
    {
      code: 'FROM node:20-slim\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm install',
      name: 'npm ci from the lock before the copy',
    },
    {
      code: 'FROM python:3.11.4-slim-bookworm\nWORKDIR /usr/app\n\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n\nCOPY . .\nCMD [ "python", "app.py" ]',
      name: 'seed 000: manifest first',
    },
    {
      code: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nRUN pip install --no-cache-dir .',
      name: 'the project itself installed after its dependencies',
    },
    {
      code: 'FROM python:3.12-slim\nCOPY pyproject.toml poetry.lock ./\nRUN poetry install --only main --no-root\nCOPY . .\nRUN poetry install --only-root',
    },
    {
      code: 'FROM python:3.12-slim\nCOPY . .\nRUN pip install --no-deps .',
      name: 'no dependencies resolved',
    },
    {
      code: 'FROM node:20-slim\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build',
    },
    { code: 'FROM node:20-slim\nCOPY . .\nRUN npm run build', name: 'a build is not an install' },
    { code: 'FROM node:20-slim\nCOPY . .\nRUN npm install -g pm2', name: 'a global tool' },
    {
      code: 'FROM golang:1.22 AS build\nCOPY --from=deps /src .\nRUN go mod download',
      name: 'COPY --from is not the context',
    },
    { code: 'FROM python:3.12-slim\nCOPY app.py .\nRUN pip install flask' },
    {
      code: 'FROM python:3.12-slim AS a\nCOPY . .\nFROM python:3.12-slim\nRUN pip install flask',
      name: 'another stage',
    },
    {
      code: 'FROM python:3.12-slim\nCOPY . .\nONBUILD RUN pip install -r requirements.txt',
      name: 'a trigger runs in a child image',
    },
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nRUN pip install gunicorn\nCOPY . .\nRUN pip install -r requirements.txt',
      lines: [3],
      name: 'an unrelated earlier install does not excuse the copy',
    },
    {
      code: 'FROM node:20-slim\nRUN npm install -g pnpm && npm install left-pad\nCOPY . .\nRUN npm ci',
      lines: [3],
      name: 'an earlier npm install of a named package does not excuse the copy',
    },
    {
      code: 'FROM python:3.11.4-slim-bookworm\nWORKDIR /usr/app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD [ "python", "app.py" ]',
      lines: [3],
      message: 'line 4',
      name: 'seed 000: naive version',
    },
    {
      code: 'FROM my-poetry:devel\nWORKDIR /app\nCOPY . .\nRUN poetry install --no-interaction --no-ansi -vvv --no-dev',
      lines: [3],
      name: 'seed 001',
    },
    {
      code: 'FROM python:3.12\nWORKDIR /home/runner/server\nUSER 10000\nCOPY ./  ./\nRUN pip install --user fastapi',
      lines: [4],
      name: 'seed 004',
    },
    { code: 'FROM node:20\nCOPY . /app\nRUN cd /app && npm ci', lines: [2] },
    { code: 'FROM node:20\nADD . .\nRUN yarn install --frozen-lockfile', lines: [2] },
    { code: 'FROM node:20\nCOPY . .\nRUN yarn', lines: [2], name: 'bare yarn installs' },
    {
      code: 'FROM node:20\nWORKDIR /src\nCOPY . .\nRUN cd web && yarn',
      lines: [3],
      message: 'copied before "yarn" (line 4)',
      name: 'a command without arguments is quoted without a trailing space',
    },
    { code: 'FROM ruby:3.3\nCOPY . .\nRUN bundle install', lines: [2] },
    { code: 'FROM golang:1.22\nCOPY . .\nRUN go mod download && go build -o /app', lines: [2] },
    { code: 'FROM python:3.12\nCOPY . .\nRUN pipenv install --deploy --system', lines: [2] },
    {
      code: 'FROM python:3.12\nCOPY ["./", "/app/"]\nRUN ["pip", "install", "-r", "/app/requirements.txt"]',
      lines: [2],
      name: 'exec forms',
    },
    {
      code: 'FROM python:3.12\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nRUN npm ci',
      lines: [4],
      name: 'an early pip install does not cover npm',
    },
    {
      code: 'FROM python:3.12\nONBUILD COPY . /app\nONBUILD RUN pip install -r /app/requirements.txt',
      lines: [2],
    },
    {
      code: 'FROM python:3.12\nCOPY . .\nRUN pip install -r a.txt\nRUN pip install -r b.txt',
      lines: [2],
      name: 'reported once per COPY',
    },
  ],
});
