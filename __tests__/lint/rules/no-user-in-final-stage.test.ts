import rule from '../../../src/lint/rules/no-user-in-final-stage.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      code: 'ARG REPO=mcr.microsoft.com/dotnet/runtime\nFROM $REPO:8.0.30-noble-chiseled-amd64\nCOPY app /app',
      name: '.NET chiseled images set USER app',
    },
    {
      code: 'FROM mcr.microsoft.com/dotnet/aspnet:8.0-azurelinux3.0-distroless\nCOPY app /app',
      name: '.NET distroless images set USER app',
    },
    {
      code: 'ARG REGISTRY=quay.io\nARG OWNER=jupyter\nARG BASE_IMAGE=$REGISTRY/$OWNER/scipy-notebook\nFROM $BASE_IMAGE\nRUN mamba install --yes xgboost',
      name: 'Jupyter docker-stacks images run as jovyan',
    },
    // Class: ARG/ENV defaults are expanded where package lists are read.
    {
      code: 'FROM alpine:3.20\nARG RUNTIME_PACKAGES="gosu tini"\nRUN apk add --no-cache ${RUNTIME_PACKAGES}\nCOPY entrypoint.sh /\nENTRYPOINT ["/entrypoint.sh"]',
      name: 'gosu installed through an ARG list',
    },
    {
      code: 'FROM debian:bookworm-slim\nENV DROPPER=su-exec\nRUN apt-get install -y $DROPPER\nENTRYPOINT ["/entrypoint.sh"]',
      name: 'su-exec installed through an ENV',
    },
    { code: 'FROM python:3.12-slim\nRUN useradd -u 10001 app\nUSER 10001\nCMD ["python", "app.py"]' },
    { code: 'FROM debian:bookworm\nUSER root', name: 'USER root is last-user-not-root, not this rule' },
    { code: 'FROM debian:bookworm\nuser app', name: 'lower-case keyword' },
    {
      code: 'FROM python:3.12-slim AS base\nRUN useradd app\nUSER app\nFROM base\nCMD ["python", "app.py"]',
      name: 'USER inherited from the stage it builds on',
    },
    {
      code: 'FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\nCMD ["/app"]',
      name: 'distroless nonroot base',
    },
    {
      code: 'FROM cgr.dev/chainguard/python:latest\nCOPY app.py .\nENTRYPOINT ["python", "app.py"]',
      name: 'chainguard runs as nonroot',
    },
    {
      code: 'FROM registry.example.com/base/python-nonroot:3.12\nCMD ["python"]',
      options: { nonRootBases: ['registry.example.com/base/*-nonroot:*'] },
      name: 'configured non-root base',
    },
    {
      code: 'FROM python:3.11.4-slim-bookworm as build\nRUN pip install -r requirements.txt\n\nFROM python:3.11.4-slim-bookworm\nRUN groupadd -g 1001 python && \\\n    useradd -r -u 1001 -g python python\nUSER 1001\nWORKDIR /usr/app\nCOPY . .\nCMD [ "python", "app.py" ]',
      name: 'seed 000: non-root user in the final stage only',
    },
    {
      code: 'FROM debian:bookworm-slim\nENV GOSU_VERSION 1.17\nRUN set -eux; wget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-amd64"; chmod +x /usr/local/bin/gosu\nCOPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD ["postgres"]',
      name: 'official-images pattern: the entrypoint drops to the service user with gosu',
    },
    {
      code: 'FROM alpine:3.19\nRUN apk add --no-cache su-exec\nENTRYPOINT ["/entrypoint.sh"]',
      name: 'su-exec',
    },
    {
      code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nCMD python app.py',
      name: 'a Windows image has no root user',
    },
    { code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCMD ["app.exe"]' },
    {
      code: 'ARG SAM_VERSION=v0.1.0\nFROM ghcr.io/google/sam-node:${SAM_VERSION} AS sam\n\nFROM scratch\nCOPY --from=sam /sam-node /usr/local/bin/sam-node',
      name: 'scratch with no ENTRYPOINT/CMD carries files and runs nothing',
    },
    {
      code: 'FROM golang:1.22 AS build\nRUN go build -o /out/tool .\nFROM scratch AS bin\nCOPY --from=build /out/tool /tool\nFROM bin\nENV PATH=/',
      name: 'also through a stage it builds on',
    },
  ],
  invalid: [
    {
      code: 'FROM mcr.microsoft.com/dotnet/aspnet:8.0-noble\nCOPY app /app',
      lines: [1],
      name: 'a .NET image that is not chiseled',
    },
    {
      code: 'FROM alpine:3.20\nARG RUNTIME_PACKAGES="curl tini"\nRUN apk add --no-cache ${RUNTIME_PACKAGES}\nENTRYPOINT ["/entrypoint.sh"]',
      lines: [1],
      name: 'an ARG list without gosu',
    },
    {
      code: 'FROM alpine:3.19\nRUN apk add --no-cache su-exec\nCMD ["app"]',
      lines: [1],
      name: 'su-exec without an entrypoint script',
    },
    {
      code: 'FROM python:3.12-slim\nCOPY . .\nCMD ["python", "app.py"]',
      lines: [1],
      message: 'runs as root',
    },
    {
      code: 'FROM python:3.12 AS build\nUSER app\nFROM python:3.12-slim\nCOPY --from=build /x /x',
      lines: [3],
      name: 'a USER in another (non-parent) stage does not count',
    },
    { code: 'FROM debian:bookworm\nONBUILD USER app', lines: [1], name: 'ONBUILD USER is for child images' },
    { code: 'FROM scratch\nCOPY app /app\nENTRYPOINT ["/app"]', lines: [1], name: 'scratch runs as uid 0' },
    {
      code: 'FROM scratch AS base\nCMD ["/app"]\nFROM base\nCOPY app /app',
      lines: [3],
      name: 'scratch with a CMD inherited from the stage it builds on',
    },
    { code: 'ARG BASE=python:3.12-slim\nFROM ${BASE}\nCMD ["python"]', lines: [2] },
    {
      code: 'FROM gcr.io/distroless/static-debian12\nCMD ["/app"]',
      lines: [1],
      name: 'distroless without :nonroot is root',
    },
    {
      code: 'FROM python:3.9.5-alpine AS builder\nRUN pip3 install -r /requirements.txt --prefix /app\nFROM python:3.9.5-alpine\nCOPY --from=builder /app /app\nCMD ["/app/echo.py"]',
      lines: [3],
    },
  ],
});
