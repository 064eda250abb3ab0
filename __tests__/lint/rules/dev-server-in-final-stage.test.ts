import { describe, expect, it } from 'vitest';
import rule, { debugSetting, devServerIn } from '../../../src/lint/rules/dev-server-in-final-stage.js';
import { ruleTester } from '../rule-tester.js';

describe('devServerIn', () => {
  it.each([
    [['flask', 'run', '--host=0.0.0.0'], 'flask run'],
    [['python', '-m', 'flask', 'run'], 'flask run'],
    [['python', 'manage.py', 'runserver', '0.0.0.0:8000'], 'manage.py runserver'],
    [['uvicorn', 'app.main:app', '--reload'], 'uvicorn --reload'],
    [['/usr/local/bin/gunicorn', '--reload', 'app:app'], 'gunicorn --reload'],
    [['npm', 'run', 'dev'], 'npm run dev'],
    [['yarn', 'dev'], 'yarn dev'],
    [['nodemon', 'server.js'], 'nodemon'],
    [['tini', '--', 'flask', 'run'], 'flask run'],
    [['python', 'app.py', '--debug'], '--debug'],
    [['fastapi', 'dev', 'main.py'], 'fastapi dev'],
  ])('%j → %s', (argv, hit) => expect(devServerIn(argv)).toBe(hit));
  it.each([
    [['gunicorn', '--bind', '0.0.0.0:5000', 'manage:app']],
    [['uvicorn', 'app.main:app', '--host', '0.0.0.0', '--port', '8000']],
    [['npm', 'start']],
    [['node', 'server.js']],
    [['celery', '-A', 'proj', 'worker', '--loglevel=debug']],
    [['python', 'app.py']],
    [['vite', 'build']],
    [['fastapi', 'run', 'main.py']],
    [['echo', 'flask']],
  ])('%j is production', (argv) => expect(devServerIn(argv)).toBeNull());
  it('reads debug settings', () => {
    expect(debugSetting('FLASK_DEBUG', '1')).toBe('FLASK_DEBUG=1');
    expect(debugSetting('DEBUG', 'True')).toBe('DEBUG=True');
    expect(debugSetting('NODE_ENV', 'development')).toBe('NODE_ENV=development');
    expect(debugSetting('DEBUG', '0')).toBeNull();
    expect(debugSetting('DEBUG', 'app:*')).toBeNull();
    expect(debugSetting('NODE_ENV', 'production')).toBeNull();
    expect(debugSetting('LOG_LEVEL', 'debug')).toBeNull();
  });
});

ruleTester(rule, {
  valid: [
    {
      code: 'FROM python:3.11-slim\nENTRYPOINT ["tini", "--", "gunicorn", "--bind", "0.0.0.0:5000", "manage:app" ]',
      name: 'seed 000: gunicorn',
    },
    {
      code: 'FROM python:3.12-slim\nCMD gunicorn --bind 0.0.0.0:5000 web.app:app',
      name: 'seed 001, shell form',
    },
    {
      code: 'FROM python:3.12-slim\nENTRYPOINT ["uvicorn"]\nCMD ["app.main:app", "--host", "0.0.0.0", "--port", "8000"]',
      name: 'seed 004',
    },
    {
      code: 'FROM python:3.12 AS dev\nCMD ["flask", "run"]\nFROM python:3.12-slim AS prod\nCMD ["gunicorn", "app:app"]',
      name: 'dev server in a non-final stage',
    },
    {
      code: 'FROM python:3.12-slim\nCMD ["flask", "run"]\nCMD ["gunicorn", "app:app"]',
      name: 'only the last CMD counts',
    },
    { code: 'FROM python:3.12-slim\nENV DEBUG=1\nENV DEBUG=0', name: 'switched off again' },
    { code: 'FROM node:20-slim\nENV NODE_ENV=production\nCMD ["npm", "start"]' },
    { code: 'FROM python:3.12 AS build\nENV FLASK_DEBUG=1\nFROM python:3.12-slim\nCOPY --from=build /a /a' },
    { code: 'FROM python:3.12-slim\nARG DEBUG=1', name: 'an ARG does not reach the container' },
    { code: 'FROM python:3.12-slim\nONBUILD CMD ["flask", "run"]', name: 'ONBUILD is for child images' },
  ],
  invalid: [
    {
      code: 'FROM python:3.11\nWORKDIR /app\nEXPOSE 5000\nCMD ["flask", "run", "--host=0.0.0.0"]',
      lines: [4],
      message: 'flask run',
      name: 'seed 003',
    },
    {
      code: 'FROM cgr.dev/chainguard/python:latest\nENV REDIS_HOST="redis-server"\nENTRYPOINT ["flask", "run", "--host=0.0.0.0"]',
      lines: [3],
      name: 'seed 003, distroless',
    },
    { code: 'FROM python:3.12-slim\nCMD python manage.py runserver 0.0.0.0:8000', lines: [2] },
    { code: 'FROM python:3.12-slim\nCMD ["uvicorn", "main:app", "--reload"]', lines: [2] },
    {
      code: 'FROM python:3.12-slim\nENTRYPOINT ["uvicorn"]\nCMD ["main:app", "--reload"]',
      lines: [3],
      message: 'ENTRYPOINT + CMD',
    },
    {
      code: 'FROM python:3.12-slim\nENV FLASK_APP=app.py FLASK_DEBUG=1\nCMD ["gunicorn", "app:app"]',
      lines: [2],
      message: 'FLASK_DEBUG=1',
    },
    { code: 'FROM python:3.12-slim\nENV DJANGO_DEBUG=true', lines: [2] },
    {
      code: 'FROM python:3.12-slim AS base\nENV DEBUG=True\nFROM base\nCMD ["gunicorn", "app:app"]',
      lines: [2],
      name: 'inherited ENV',
    },
    { code: 'FROM node:20-slim\nCMD ["npm", "run", "dev"]', lines: [2] },
    {
      code: 'FROM node:20-slim\nCMD ["sh", "-c", "npm install && nodemon server.js"]',
      lines: [2],
      name: 'sh -c in exec form',
    },
    { code: 'FROM python:3.12-slim\ncmd flask --debug run', lines: [2] },
    {
      code: 'FROM python:3.12-slim\nENV NODE_ENV development\nCMD ["python", "app.py", "--debug"]',
      lines: [2, 3],
    },
  ],
});
