import rule from '../../../src/lint/rules/init-process-in-entrypoint.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    // Class: say only what is true of the server seen. gunicorn's arbiter and the uWSGI master
    // reap their workers and stop them on SIGTERM.
    {
      code: 'FROM python:3.12-slim\nCMD ["gunicorn", "--bind", "0.0.0.0:5000", "app:app"]',
      name: 'gunicorn as PID 1',
    },
    {
      code: 'FROM python:3.10-alpine\nCMD gunicorn --bind 0.0.0.0:5000 web.app:app',
      name: 'seed 001: gunicorn alone under sh -c',
    },
    {
      code: 'FROM python:3.12-slim\nCMD ["uwsgi", "--master", "--http", ":8000", "--module", "app"]',
      name: 'the uWSGI master',
    },
    {
      code: 'FROM python:3.11-slim\nENTRYPOINT ["tini", "--", "gunicorn", "--bind", "0.0.0.0:5000", "manage:app" ]',
      name: 'seed 000: tini',
    },
    {
      code: 'FROM python:3.11-slim\nENTRYPOINT ["/usr/bin/dumb-init", "--"]\nCMD ["celery", "-A", "proj", "worker"]',
    },
    { code: 'FROM python:3.12-slim\nCMD ["python", "app.py"]', name: 'a single process' },
    { code: 'FROM node:20-slim\nCMD ["node", "server.js"]', name: 'node: cannot know, stay quiet' },
    {
      code: 'FROM python:3.12-slim\nCMD ["uvicorn", "app:app", "--host", "0.0.0.0"]',
      name: 'one uvicorn worker',
    },
    { code: 'FROM python:3.12-slim\nCMD python app.py', name: 'shell form with one command' },
    {
      code: 'FROM python:3.12-slim AS a\nCMD ["gunicorn", "app:app"]\nFROM python:3.12-slim\nCMD ["python", "x.py"]',
      name: 'not the final stage',
    },
    { code: 'FROM python:3.12-slim\nENTRYPOINT ["/init"]\nCMD ["sh", "-c", "a && b"]', name: 's6-overlay' },
    { code: 'FROM python:3.12-slim\nCMD ["supervisord", "-n"]' },
    {
      code: 'FROM python:3.12-slim\nENTRYPOINT /usr/bin/dumb-init -- gunicorn app:app',
      name: 'shell-form ENTRYPOINT with an init',
    },
    {
      code: 'FROM python:3.12-slim\nCMD ["sh", "-c", "./migrate.sh; exec python app.py"]',
      name: 'exec replaces the shell',
    },
    {
      code: 'FROM python:3.12-slim\nCMD ["celery", "-A", "app.scheduler.celery_app", "beat", "--loglevel=INFO"]',
      name: 'celery beat is one scheduler process',
    },
    {
      code: 'FROM python:3-slim\nCMD ["celery", "-A", "app.worker.celery", "worker", "--concurrency=1", "--pool=solo"]',
      name: 'a solo pool runs tasks in the worker process itself',
    },
    {
      code: 'FROM python:3.12-slim\nCMD celery -A proj worker -P gevent -c 100',
      name: 'gevent pool, shell form',
    },
    {
      code: 'FROM python:3.12-slim\nENTRYPOINT ["celery", "-A", "proj"]\nCMD ["worker", "--pool", "threads"]',
      name: 'threads pool, ENTRYPOINT and CMD read together',
    },
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nENTRYPOINT ["celery", "-A", "proj"]\nCMD ["worker", "-l", "info"]',
      lines: [2],
    },
    { code: 'FROM node:20-slim\nCMD ["npm", "start"]', lines: [2], message: 'npm runs the app as its child' },
    {
      code: 'FROM python:3.12-slim\nCMD ["celery", "-A", "proj", "worker", "--pool=prefork", "-B"]',
      lines: [2],
      message: 'celery',
      name: 'prefork pool (and embedded beat) forks workers',
    },
    {
      code: 'FROM python:3.12-slim\nCMD python manage.py migrate && gunicorn app:app',
      lines: [2],
      message: 'does not pass SIGTERM on',
      name: 'a shell running gunicorn after another command',
    },
    { code: 'FROM python:3.12-slim\nCMD ["sh", "-c", "python worker.py & python app.py"]', lines: [2] },
    { code: 'FROM python:3.12-slim\nCMD ["uvicorn", "app:app", "--workers", "4"]', lines: [2] },
    {
      code: 'FROM node:20-slim AS base\nCMD ["npm", "run", "serve"]\nFROM base\nRUN true',
      lines: [2],
      name: 'inherited CMD',
    },
  ],
});
