import rule from '../../../src/lint/rules/expose-server-port.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM python:3.11\nEXPOSE 5000\nCMD ["flask", "run", "--host=0.0.0.0"]', name: 'seed 003' },
    {
      code: 'FROM python:3.12-slim\nEXPOSE 8080\nENTRYPOINT ["/usr/local/bin/python3"]\nCMD ["/app/echo.py"]',
      name: 'seed 002',
    },
    { code: 'FROM python:3.12-slim\nCMD ["python", "batch.py"]', name: 'not certainly a server' },
    { code: 'FROM node:20-slim\nCMD ["node", "server.js"]', name: 'node: cannot know' },
    {
      code: 'FROM python:3.12-slim AS base\nEXPOSE 8000\nFROM base\nCMD ["gunicorn", "app:app"]',
      name: 'inherited EXPOSE',
    },
    {
      code: 'FROM python:3.12-slim\nCMD ["celery", "-A", "proj", "worker"]',
      name: 'a worker listens on nothing',
    },
    {
      code: 'FROM python:3.12-slim AS web\nCMD ["gunicorn", "app:app"]\nFROM python:3.12-slim\nCMD ["python", "x.py"]',
    },
  ],
  invalid: [
    {
      code: 'FROM python:3.11-slim\nENTRYPOINT ["tini", "--", "gunicorn", "--bind", "0.0.0.0:5000", "manage:app" ]',
      lines: [2],
      message: 'gunicorn',
      name: 'seed 000',
    },
    {
      code: 'FROM python:3.12-slim\nENTRYPOINT ["uvicorn"]\nCMD ["app.main:app", "--host", "0.0.0.0", "--port", "8000"]',
      lines: [2],
      name: 'seed 004',
    },
    {
      code: 'FROM python:3.10-alpine\nCMD gunicorn --bind 0.0.0.0:5000 web.app:app',
      lines: [2],
      name: 'seed 001',
    },
    { code: 'FROM python:3.12-slim\nCMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]', lines: [2] },
    {
      code: 'FROM python:3.12-slim\nENTRYPOINT ["/docker-entrypoint.sh"]\nCMD ["python", "-m", "uvicorn", "app:app"]',
      lines: [3],
    },
  ],
});
