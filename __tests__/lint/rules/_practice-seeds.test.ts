// The seed tutorials' Dockerfiles (../shared/seeds/) through every default-on practice rule. The
// final versions each tutorial arrives at must raise only the findings listed here, each one a
// practice that tutorial does not teach (checked by hand, reason next to it).
import { describe, expect, it } from 'vitest';
import { defaultLintConfig } from '../../../src/lint/config.js';
import { runRules } from '../../../src/lint/engine.js';
import { parseDockerfile } from '../../../src/dockerfile/model.js';
import type { Rule } from '../../../src/lint/rule.js';
import * as all from '../../../src/lint/rules/index.js';

const PRACTICE_RULES = [
  'add-remote-checksum',
  'avoid-alpine-for-python',
  'build-toolchain-in-final-stage',
  'copy-context-before-dependency-install',
  'debian-frontend-as-arg',
  'dev-server-in-final-stage',
  'dockerignore-present',
  'expose-server-port',
  'init-process-in-entrypoint',
  'no-secrets-in-env-or-arg',
  'no-user-in-final-stage',
  'pip-install-into-venv',
  'poetry-install-without-dev',
  'prefer-slim-base-image',
  'python-unbuffered',
];
const rules = Object.values(all as Record<string, Rule>).filter((r) => PRACTICE_RULES.includes(r.meta.id));

function findings(text: string): string[] {
  const out = runRules({
    file: 'Dockerfile',
    model: parseDockerfile(text),
    rules,
    config: defaultLintConfig(),
    contextDir: null,
  });
  expect(out.errors).toEqual([]);
  return out.findings.map((f) => `${f.line} ${f.rule}`);
}

const DIGEST = 'sha256:36b544be6e796eb5caa0bf1ab75a17d2e20211cad7f66f04f6f5c9eeda930ef5';

const SEED_000_FINAL = `FROM python:3.11.4-slim-bookworm@${DIGEST} as build
RUN apt-get update
RUN apt-get install -y --no-install-recommends \\
	      build-essential gcc

WORKDIR /usr/app
COPY requirements.txt .
RUN python -m venv env
ENV PATH=/usr/app/env/bin:$PATH
RUN pip install -r requirements.txt

FROM python:3.11.4-slim-bookworm@${DIGEST}
RUN groupadd -g 1001 python && \\
    useradd -r -u 1001 -g python python
USER 1001

WORKDIR /usr/app

ENV TINI_VERSION v0.19.0
ADD https://github.com/krallin/tini/releases/download/\${TINI_VERSION}/tini /tini
ADD https://github.com/krallin/tini/releases/download/\${TINI_VERSION}/tini.asc /tini.asc
RUN gpg --batch --keyserver hkp://keyserver.ubuntu.com:80 --recv-keys 595E85A6B1B4779EA4DAAEC70B588DFF0527A9B7 \\
 && gpg --batch --verify /tini.asc /tini
RUN chmod +x /tini

COPY --from=build /usr/app/env ./env
ENV PATH=/usr/app/env/bin:$PATH

COPY . .
ENTRYPOINT ["tini", "--", "gunicorn", "--bind", "0.0.0.0:5000", "manage:app" ]
`;

const SEED_001_FINAL = `FROM my-poetry:devel as build
ENV PYTHONUNBUFFERED=true \\
    POETRY_VIRTUALENVS_IN_PROJECT=true \\
    POETRY_VERSION=1.1.13
WORKDIR /app
COPY . .
RUN poetry install --no-interaction --no-ansi -vvv --no-dev
RUN poetry build

FROM python:3.10-alpine as production
RUN adduser --disabled-password --uid 10000 --home /home/appuser appuser
WORKDIR /home/appuser
COPY --from=build --chown=appuser:appuser /app/dist/*whl .
USER appuser
ENV PATH="\${PATH}:/home/appuser/.local/bin"
RUN pip install exercise_3-0.1.0-py3-none-any.whl
CMD gunicorn --bind 0.0.0.0:5000 web.app:app
`;

const SEED_002_FINAL = `ARG base_image="python:3.9.5-alpine"
FROM $base_image AS builder
LABEL \\
      author="Piers Harding <Piers.Harding@skao.int>" \\
      description="This image illustrates build dependencies"
ENV PYTHONPATH=\${PYTHONPATH}:../:/
RUN apk add --no-cache \\
    alpine-sdk \\
    build-base \\
    --virtual build-dependencies \\
    linux-headers \\
    make
COPY requirements.txt ./
RUN pip3 install -r /requirements.txt --prefix /app

ARG base_image="python:3.9.5-alpine"
FROM $base_image
LABEL \\
      author="Piers Harding <Piers.Harding@skao.int>" \\
      license="Apache2.0"
ENV PYTHONPATH=/app/lib/python3.9/site-packages
ENV PYTHONUNBUFFERED=1
COPY --from=builder /app /app
RUN adduser -h /app -D app
WORKDIR /app
USER app
COPY ./echo.py /app/echo.py
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/python3"]
CMD ["/app/echo.py"]
`;

const SEED_003_DISTROLESS = `FROM cgr.dev/chainguard/python:latest-dev as builder
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt --user

FROM cgr.dev/chainguard/python:latest
WORKDIR /app
COPY --from=builder /home/nonroot/.local/lib/python3.12/site-packages /home/nonroot/.local/lib/python3.12/site-packages
COPY --from=builder /home/nonroot/.local/bin  /home/nonroot/.local/bin
ENV PATH=$PATH:/home/nonroot/.local/bin
COPY app.py .
COPY static/ static/
COPY templates/ templates/
ENV REDIS_HOST="redis-server"
ENTRYPOINT ["flask", "run", "--host=0.0.0.0"]
`;

const SEED_004_TASK_3 = `FROM python:3.8.14
ARG DEBIAN_FRONTEND=noninteractive
ENV PYTHONUNBUFFERED 1
WORKDIR /server
COPY pyproject.toml poetry.lock ./
RUN pip install --no-cache-dir poetry && poetry install --only main
COPY . .
EXPOSE 8000
ENTRYPOINT ["poetry", "run"]
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
`;

describe('seed tutorials through the practice rules', () => {
  it('000 (multi-stage, venv, non-root, tini, gunicorn)', () => {
    expect(findings(SEED_000_FINAL)).toEqual([
      '12 python-unbuffered', // 000 does not teach PYTHONUNBUFFERED (001, 002, 004 do)
      '20 add-remote-checksum', // tini downloaded with ADD, verified by gpg in a later RUN, not by BuildKit
      '21 add-remote-checksum',
      '30 expose-server-port', // gunicorn on :5000 without EXPOSE
    ]);
  });
  it('001 (poetry builder, wheel into an Alpine production stage)', () => {
    expect(findings(SEED_001_FINAL)).toEqual([
      '6 copy-context-before-dependency-install', // COPY . . then poetry install in the build stage
      '10 python-unbuffered', // set in the build stage only
      '16 avoid-alpine-for-python', // practice 2, taught by seed 000
      '17 expose-server-port',
    ]);
  });
  it('002 (Alpine builder with --prefix, labels, non-root, EXPOSE)', () => {
    expect(findings(SEED_002_FINAL)).toEqual(['14 avoid-alpine-for-python']);
  });
  it('003 (chainguard distroless)', () => {
    expect(findings(SEED_003_DISTROLESS)).toEqual([
      '6 python-unbuffered',
      '15 dev-server-in-final-stage', // the seed runs flask run even in its smallest image
      '15 expose-server-port',
    ]);
  });
  it('004 task 3 (python base, poetry --only main, manifests first)', () => {
    expect(findings(SEED_004_TASK_3)).toEqual([
      '1 no-user-in-final-stage', // task 3 has not reached the non-root task yet
      '1 prefer-slim-base-image', // the task uses the full python:3.8.14 on purpose, then slims it
    ]);
  });
});
