#!/usr/bin/env bash
# The full test suite on a fresh machine: installs what it needs (scripts/setup.sh), type-checks,
# lints, proves dist/ is the bundle of src/, and runs unit + Docker-backed integration tests.
#
#   bash scripts/test.sh                 # everything
#   bash scripts/test.sh --keep-running  # leave the engine and registry up afterwards
set -euo pipefail
cd "$(dirname "$0")/.."
keep=0
[ "${1:-}" = "--keep-running" ] && keep=1

bash scripts/setup.sh
# shellcheck source=scripts/env.sh
source scripts/env.sh
if [ $keep = 0 ]; then trap 'bash scripts/stop-bench.sh' EXIT; fi

echo "::group::type-check, lint, format" 2>/dev/null || true
npm run build
npm run lint
echo "::endgroup::" 2>/dev/null || true

echo "[test] check-dist: dist/ must be the bundle of src/" >&2
npm run bundle >/dev/null
if [ -n "$(git status --porcelain -- dist)" ]; then
  git status --short -- dist >&2
  echo "[test] dist/ is not the bundle of src/: run 'npm run bundle' and commit dist/" >&2
  exit 1
fi

npx vitest run
