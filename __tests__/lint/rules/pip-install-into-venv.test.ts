import rule from '../../../src/lint/rules/pip-install-into-venv.js';
import { ruleTester } from '../rule-tester.js';

const GLOBAL = `FROM python:3.12 AS build
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
FROM python:3.12-slim
COPY --from=build /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages
COPY --from=build /usr/local/bin /usr/local/bin`;

ruleTester(rule, {
  valid: [
    {
      code: 'FROM python:3.11-slim as build\nWORKDIR /usr/app\nCOPY requirements.txt .\nRUN python -m venv env\nENV PATH=/usr/app/env/bin:$PATH\nRUN pip install -r requirements.txt\nFROM python:3.11-slim\nCOPY --from=build /usr/app/env ./env',
      name: 'seed 000: venv',
    },
    {
      code: 'ARG base_image="python:3.9.5-alpine"\nFROM $base_image AS builder\nRUN pip3 install -r /requirements.txt --prefix /app\nFROM $base_image\nCOPY --from=builder /app /app',
      name: 'seed 002: --prefix',
    },
    {
      code: 'FROM cgr.dev/chainguard/python:latest-dev as builder\nRUN pip install --no-cache-dir -r requirements.txt --user\nFROM cgr.dev/chainguard/python:latest\nCOPY --from=builder /home/nonroot/.local/lib/python3.12/site-packages /home/nonroot/.local/lib/python3.12/site-packages',
      name: 'seed 003: --user',
    },
    {
      code: 'FROM python:3.12 AS build\nRUN python -m venv /venv && /venv/bin/pip install -r requirements.txt\nFROM python:3.12-slim\nCOPY --from=build /venv /venv',
    },
    {
      code: 'FROM python:3.12 AS build\nRUN pip install build && python -m build --wheel\nFROM python:3.12-slim\nCOPY --from=build /dist /dist',
      name: 'only the wheel is copied',
    },
    {
      code: 'FROM python:3.12 AS build\nENV VIRTUAL_ENV=/opt/venv\nRUN pip install x\nFROM python:3.12-slim\nCOPY --from=build /usr/local/bin/x /x',
    },
    {
      code: 'FROM python:3.12 AS base\nRUN pip install flask\nFROM base\nCMD ["flask"]',
      name: 'building on the stage keeps its installs',
    },
    { code: 'FROM python:3.12\nRUN pip install flask', name: 'single stage' },
    {
      code: 'FROM python:3.12 AS build\nRUN python -m venv /venv && . /venv/bin/activate && pip install -r requirements.txt\nFROM python:3.12-slim\nCOPY --from=build /venv/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages',
      name: 'activated in the same RUN',
    },
  ],
  invalid: [
    { code: GLOBAL, lines: [3], message: 'line 5' },
    {
      code: 'FROM python:3.12 AS build\nRUN pip install -r requirements.txt\nFROM python:3.12-slim\nCOPY --from=0 /usr/local /usr/local',
      lines: [2],
      name: 'by stage index',
    },
    {
      code: 'FROM python:3.12 AS Build\nRUN sudo python3 -m pip install flask\nFROM python:3.12-slim\nCOPY --from=build /usr/local/lib/python3.12/dist-packages /usr/local/lib/python3.12/dist-packages',
      lines: [2],
    },
  ],
});
