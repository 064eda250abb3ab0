#!/usr/bin/env bash
# The full test suite on a fresh machine: installs what it needs (scripts/setup.sh), type-checks,
# lints, proves dist/ is the bundle of src/, runs the unit tests, and runs the Docker-backed
# integration tests twice: on the containerd image store (what a fresh Docker 29 and GitHub-hosted
# runners use) and on the classic overlay2 store (self-hosted runners, older installs).
#
#   bash scripts/test.sh                 # everything
#   bash scripts/test.sh --keep-running  # leave the engine and registry up afterwards
set -euo pipefail
cd "$(dirname "$0")/.."
keep=0
[ "${1:-}" = "--keep-running" ] && keep=1

STATE="${SHIPSHAPE_STATE_DIR:-/var/tmp/shipshape-bench}"
SHIPSHAPE_IMAGE_STORE=containerd bash scripts/setup.sh
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

# Each store's pass records what it measured of one fixed image here; the classic pass compares.
export SHIPSHAPE_STORE_FIGURES="$STATE/store-figures"
rm -rf "$SHIPSHAPE_STORE_FIGURES"

echo "[test] unit tests, and integration tests on the containerd image store" >&2
npx vitest run

# Everything that meets the image store runs again: build, measure, verify, baselines, the
# registry and the end-to-end runs. The lint-only integration tests (ShellCheck, the SARIF
# Multitool) never touch an image, so they run once.
echo "[test] integration tests on the classic image store" >&2
SHIPSHAPE_IMAGE_STORE=classic bash scripts/setup.sh
SHIPSHAPE_COMPARE_STORES=containerd npx vitest run --project integration --exclude '__tests__/lint/**'

# Developers get the engine back as the suite found it by default: the containerd store.
if [ $keep = 1 ]; then SHIPSHAPE_IMAGE_STORE=containerd bash scripts/setup.sh; fi
