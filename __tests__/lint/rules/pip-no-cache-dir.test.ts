import rule from '../../../src/lint/rules/pip-no-cache-dir.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      code: 'FROM python:3.12-slim\nRUN /venv/bin/python -m pip install --no-cache-dir flask==3.0.0',
      name: 'no cache, pip by path',
    },
    { code: 'FROM python:3.12\nRUN pip install --no-cache-dir flask' },
    { code: 'FROM python:3.12\nRUN pip3 install --no-cache-dir -r requirements.txt' },
    { code: 'FROM python:3.12\nRUN python -m pip install --no-cache-dir flask' },
    { code: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask' },
    { code: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=true\nRUN pip install flask' },
    {
      code: 'FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=yes\nFROM base\nRUN pip install flask',
      name: 'ENV inherited from the parent stage',
    },
    { code: 'FROM python:3.12\nRUN PIP_NO_CACHE_DIR=1 pip install flask', name: 'inline variable' },
    {
      code: 'FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask',
      name: 'cache mount',
    },
    {
      code: 'FROM python:3.12\nRUN --mount=type=tmpfs,target=/root/.cache/pip pip install flask',
      name: 'tmpfs mount',
    },
    {
      code: 'FROM python:3.12\nRUN --mount=type=cache,target=/home/app/.cache/pip pip install flask',
      name: 'cache mount in another home',
    },
    {
      code: 'FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache pip install flask',
      name: 'cache mount on the whole ~/.cache',
    },
    { code: 'FROM python:3.12\nRUN pipx install black' },
    { code: 'FROM python:3.12\nRUN pipenv install' },
    { code: 'FROM python:3.12\nRUN pip download flask' },
    { code: 'FROM python:3.12\nRUN pip --version' },
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nRUN /venv/bin/pip install flask==3.0.0',
      lines: [2],
      name: 'pip by path or version: /venv/bin/pip',
    },
    {
      code: 'FROM python:3.12-slim\nRUN /opt/venv/bin/pip3 install flask==3.0.0',
      lines: [2],
      name: 'pip by path or version: /opt/venv/bin/pip3',
    },
    {
      code: 'FROM python:3.12-slim\nRUN /usr/local/bin/pip install flask==3.0.0',
      lines: [2],
      name: 'pip by path or version: /usr/local/bin/pip',
    },
    {
      code: 'FROM python:3.12-slim\nRUN /venv/bin/python -m pip install flask==3.0.0',
      lines: [2],
      name: 'pip by path or version: /venv/bin/python -m pip',
    },
    {
      code: 'FROM python:3.12-slim\nRUN python3.12 -m pip install flask==3.0.0',
      lines: [2],
      name: 'pip by path or version: python3.12 -m pip',
    },
    {
      code: 'FROM python:3.12-slim\nRUN pip3.12 install flask==3.0.0',
      lines: [2],
      name: 'pip by path or version: pip3.12',
    },
    { code: 'FROM python:3.12\nRUN pip install flask', lines: [2] },
    { code: 'FROM python:3.12\nRUN pip3 install -r requirements.txt', lines: [2] },
    { code: 'FROM python:3.12\nRUN python3 -m pip install flask', lines: [2] },
    {
      code: 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=0\nRUN pip install flask',
      lines: [3],
      name: 'a false value does not count',
    },
    {
      code: 'FROM python:3.12 AS a\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12\nRUN pip install flask',
      lines: [4],
      name: 'ENV of an unrelated stage does not count',
    },
    { code: 'FROM python:3.12\nRUN apt-get update && \\\n  pip install flask', lines: [2] },
    { code: 'FROM python:3.12\nONBUILD RUN pip install flask', lines: [2] },
    {
      code: 'FROM python:3.12\nRUN --mount=type=cache,target=/root/.npm pip install flask',
      lines: [2],
      name: 'a cache mount elsewhere leaves pip caching into the layer',
    },
    {
      code: 'FROM python:3.12\nRUN --mount=type=bind,target=/root/.cache/pip pip install flask',
      lines: [2],
      name: 'a bind mount is not a cache',
    },
  ],
});
