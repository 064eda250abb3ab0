// A deterministic corpus of realistic Dockerfiles: the repository's own plus generated ones that
// combine the shapes real files have (multi-stage builds, continuations with comments, heredocs,
// ONBUILD, the backtick escape directive, ARG before FROM, JSON and shell forms, lower-case
// keywords, BuildKit flags, Windows images). Same seed, same files, so runs compare.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BASES = [
  'python:3.12-slim',
  'python:3.11',
  'python:3.12-alpine',
  'node:20-bookworm-slim',
  'node:18-alpine',
  'golang:1.22',
  'debian:bookworm',
  'debian:bookworm-slim',
  'ubuntu:22.04',
  'ubuntu',
  'alpine:3.19',
  'alpine:latest',
  'eclipse-temurin:21-jre',
  'ghcr.io/acme/base:1.4.2',
  'registry.example.com:5000/team/runtime@sha256:' + 'ab'.repeat(32),
  'nginx:1.25-alpine',
  'ruby:3.3-slim',
];
const APT = [
  'curl',
  'ca-certificates',
  'git',
  'build-essential',
  'libpq-dev',
  'tini',
  'procps',
  'gnupg',
  'unzip',
  'wget',
  'locales',
];
const PIP = [
  'flask',
  'gunicorn==21.2.0',
  'requests>=2.31',
  'uvicorn[standard]',
  'psycopg2-binary',
  'django==5.0.1',
  'numpy',
];

export function generateDockerfile(i) {
  const r = prng(i * 7919 + 17);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const some = (a, n) => [...a].sort(() => r() - 0.5).slice(0, 1 + Math.floor(r() * n));
  const kw = (k) => (r() < 0.08 ? k.toLowerCase() : k);
  const backtick = r() < 0.05;
  const esc = backtick ? '`' : '\\';
  const out = [];
  if (backtick) out.push('# escape=`');
  else if (r() < 0.3) out.push('# syntax=docker/dockerfile:1.7');
  if (r() < 0.2) out.push('# hadolint ignore=DL3008');
  const base = pick(BASES);
  const argBase = r() < 0.25;
  if (argBase) out.push(`${kw('ARG')} BASE_IMAGE=${base}`);
  const multi = r() < 0.45;
  if (multi) {
    out.push(`${kw('FROM')} ${r() < 0.3 ? '--platform=$BUILDPLATFORM ' : ''}${pick(BASES)} AS build`);
    out.push(`${kw('WORKDIR')} /src`);
    out.push(`${kw('COPY')} requirements.txt package.json* ./`);
    if (r() < 0.5) {
      out.push(
        `${kw('RUN')} --mount=type=cache,target=/root/.cache/pip pip install --prefix=/install -r requirements.txt`,
      );
    } else {
      out.push(`${kw('RUN')} apt-get update ${esc}`);
      out.push(`    # toolchain only in the builder`);
      out.push(`    && apt-get install -y --no-install-recommends ${some(APT, 4).join(' ')} ${esc}`);
      out.push(`    && rm -rf /var/lib/apt/lists/*`);
    }
    out.push(`${kw('COPY')} . .`);
    out.push(`${kw('RUN')} make build || (cd /src && ./build.sh --release)`);
  }
  out.push(`${kw('FROM')} ${argBase ? '${BASE_IMAGE}' : base}${multi && r() < 0.5 ? ' AS runtime' : ''}`);
  if (r() < 0.15) out.push(`${kw('MAINTAINER')} someone@example.com`);
  if (r() < 0.4)
    out.push(
      `${kw('LABEL')} org.opencontainers.image.source="https://example.com/repo" ${esc}\n      org.opencontainers.image.licenses="MIT"`,
    );
  if (r() < 0.3) out.push(`${kw('ARG')} DEBIAN_FRONTEND=noninteractive`);
  else if (r() < 0.2) out.push(`${kw('ENV')} DEBIAN_FRONTEND=noninteractive`);
  out.push(
    `${kw('ENV')} PYTHONUNBUFFERED=1 ${esc}\n    APP_HOME=/app ${esc}\n    PATH="/app/.venv/bin:$PATH"`,
  );
  if (r() < 0.2) out.push(`${kw('SHELL')} ["/bin/bash", "-o", "pipefail", "-c"]`);
  const n = 1 + Math.floor(r() * 4);
  for (let k = 0; k < n; k++) {
    const v = r();
    if (v < 0.25) {
      out.push(
        `${kw('RUN')} apt-get update && apt-get install -y ${some(APT, 5)
          .map((p) => (r() < 0.3 ? `${p}=1.*` : p))
          .join(' ')}${r() < 0.5 ? ' && rm -rf /var/lib/apt/lists/*' : ''}`,
      );
    } else if (v < 0.4) {
      out.push(
        `${kw('RUN')} pip install ${r() < 0.5 ? '--no-cache-dir ' : ''}${some(PIP, 4)
          .map((p) => `"${p}"`)
          .join(' ')}`,
      );
    } else if (v < 0.5) {
      out.push(
        `${kw('RUN')} <<EOF`,
        'set -eux',
        'apt-get update',
        'apt-get install -y --no-install-recommends curl',
        'rm -rf /var/lib/apt/lists/*',
        'EOF',
      );
    } else if (v < 0.6) {
      out.push(
        `${kw('RUN')} curl -fsSL https://example.com/install.sh | sh ${esc}\n    && wget -q https://example.com/x.tgz ${esc}\n    && tar -xzf x.tgz -C /opt`,
      );
    } else if (v < 0.68) {
      out.push(`${kw('RUN')} ["/bin/sh", "-c", "echo building && sudo chown -R 1000 /app"]`);
    } else if (v < 0.75) {
      out.push(`${kw('RUN')} apk add --no-cache ${some(['bash', 'curl', 'git', 'tzdata'], 3).join(' ')}`);
    } else if (v < 0.82) {
      out.push(`${kw('RUN')} npm ci --omit=dev && npm cache clean --force`);
    } else if (v < 0.9) {
      out.push(
        `${kw('RUN')} groupadd --system --gid 10001 app ${esc}\n && useradd --system --uid 10001 --gid app --no-create-home app`,
      );
    } else {
      out.push(
        `${kw('RUN')} for f in a b c; do echo "$f" >> /etc/list; done; if [ -f /etc/list ]; then cat /etc/list; fi`,
      );
    }
  }
  out.push(`${kw('WORKDIR')} ${r() < 0.1 ? 'app' : '/app'}`);
  if (multi) out.push(`${kw('COPY')} --from=build --chown=10001:10001 /install /usr/local`);
  out.push(`${kw('COPY')} ${r() < 0.5 ? '. .' : '--chown=10001:10001 app/ ./app/'}`);
  if (r() < 0.2) out.push(`${kw('ONBUILD')} ${kw('RUN')} pip install -r /app/requirements.txt`);
  if (r() < 0.15) out.push(`${kw('ADD')} https://example.com/file.tar.gz /tmp/`);
  if (r() < 0.7) out.push(`${kw('USER')} ${pick(['10001:10001', 'app', 'root', 'nobody', '0'])}`);
  out.push(`${kw('EXPOSE')} ${pick(['8000', '80 443', '8080/tcp', '3000'])}`);
  if (r() < 0.4) out.push(`${kw('HEALTHCHECK')} --interval=30s CMD curl -f http://localhost:8000/ || exit 1`);
  if (r() < 0.5) out.push(`${kw('ENTRYPOINT')} ["/usr/bin/tini", "--"]`);
  out.push(
    r() < 0.7 ? `${kw('CMD')} ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]` : `${kw('CMD')} python app.py`,
  );
  let text = out.join('\n') + '\n';
  if (backtick) text = text.replaceAll(' \\\n', ' `\n');
  return text;
}

// Files real repositories have that are valid for BuildKit but trip simple parsers.
export const ODD = [
  '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]\nRUN Invoke-WebRequest https://example.com/x.zip -OutFile x.zip; `\n    Expand-Archive x.zip -DestinationPath C:\\x\nWORKDIR C:\\x\nCMD ["C:\\\\x\\\\app.exe"]\n',
  '# syntax=docker/dockerfile:1\nFROM alpine:3.19\nCOPY <<EOF /etc/app.conf\nkey=value\nEOF\nRUN --network=none --security=sandbox echo ok\n',
  'FROM node:20-alpine AS deps\nWORKDIR /app\nCOPY package*.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci\nFROM deps AS test\nRUN npm test\nFROM gcr.io/distroless/nodejs20-debian12\nCOPY --from=deps /app /app\nCMD ["/app/server.js"]\n',
  'ARG GO_VERSION=1.22\nFROM golang:${GO_VERSION} AS build\nARG TARGETOS TARGETARCH\nRUN --mount=target=. --mount=type=cache,target=/go/pkg/mod GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
  'from ubuntu:22.04\nrun apt-get update \\\n\n  && apt-get install -y curl\ncmd bash\n',
  'FROM python:3.12-slim\nRUN python3 - <<PY\nprint("hello")\nPY\nRUN cat <<-EOT > /etc/motd\n\tWelcome\n\tEOT\n',
];

/** Writes the corpus into `dir` (copies c0…c{copies-1}); returns the file lists per copy. */
export function writeCorpus(dir, { generated = 400, copies = 10, repoRoot }) {
  const sources = [];
  for (const rel of ['examples/python-web/Dockerfile', 'examples/python-web/Dockerfile.naive']) {
    try {
      sources.push({ name: rel.replaceAll('/', '__'), text: readFileSync(join(repoRoot, rel), 'utf8') });
    } catch {
      // The examples may move; the generated files are the bulk anyway.
    }
  }
  ODD.forEach((text, i) => sources.push({ name: `odd-${i}.Dockerfile`, text }));
  for (let i = 0; i < generated; i++)
    sources.push({ name: `gen/${String(i).padStart(4, '0')}/Dockerfile`, text: generateDockerfile(i) });
  const lists = [];
  for (let c = 0; c < copies; c++) {
    const files = [];
    for (const s of sources) {
      const path = join(dir, `c${c}`, s.name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, s.text);
      files.push(path);
    }
    lists.push(files);
  }
  return lists;
}
