import rule from '../../../src/lint/rules/poetry-install-without-dev.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM python:3.12-slim\nRUN poetry install --only main', name: 'seed 004' },
    { code: 'FROM python:3.12-slim\nRUN poetry install --only=main --no-root' },
    { code: 'FROM python:3.12-slim\nRUN poetry install --without dev' },
    { code: 'FROM python:3.12-slim\nRUN poetry install --without=dev,test --no-interaction' },
    {
      code: 'FROM my-poetry:devel\nRUN poetry install --no-interaction --no-ansi -vvv --no-dev',
      name: 'seed 001 (poetry < 1.2)',
    },
    { code: 'FROM python:3.12-slim\nRUN poetry install --only-root' },
    { code: 'FROM python:3.12-slim\nRUN poetry sync --only main' },
    {
      code: 'FROM python:3.12 AS build\nRUN poetry install\nRUN poetry run pytest\nFROM python:3.12-slim\nCOPY --from=build /app/dist /dist',
      name: 'a test/build stage',
    },
    { code: 'FROM python:3.12-slim\nRUN poetry export -f requirements.txt -o requirements.txt' },
    { code: 'FROM python:3.12-slim\nRUN poetry build' },
    {
      code: 'FROM python:3.12-slim\nARG INSTALL_DEV=false\nRUN bash -c "if [ $INSTALL_DEV == \'true\' ] ; then poetry install --no-root ; else poetry install --no-root --no-dev ; fi"',
      name: 'a build arg chooses the dev install; the other branch leaves dev out',
    },
    {
      code: 'FROM python:3.12-slim\nRUN if [ "$DEV" = 1 ]; then poetry install; else poetry install --only main; fi',
    },
  ],
  invalid: [
    { code: 'FROM python:3.12-slim\nRUN poetry install', lines: [2] },
    { code: 'FROM python:3.12-slim\nRUN poetry install --no-root --no-interaction', lines: [2] },
    { code: 'FROM python:3.12-slim\nRUN poetry install --with dev', lines: [2] },
    { code: 'FROM python:3.12-slim\nRUN poetry install --only dev,main', lines: [2] },
    {
      code: 'FROM python:3.12-slim\nRUN pip install poetry && \\\n    poetry config virtualenvs.create false && \\\n    poetry install --no-interaction',
      lines: [2],
    },
    { code: 'FROM python:3.12-slim\nRUN ["poetry", "install"]', lines: [2] },
    { code: 'FROM python:3.12-slim\nONBUILD RUN poetry install', lines: [2] },
    { code: 'FROM python:3.12-slim\nRUN poetry sync', lines: [2] },
    {
      code: 'FROM python:3.12-slim\nRUN poetry install --no-root && poetry install --only-root',
      lines: [2],
      name: '--only-root adds the project, it is no dev-free alternative',
    },
  ],
});
