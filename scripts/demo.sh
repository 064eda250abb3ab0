#!/usr/bin/env bash
# Runs shipshape's main job on the bundled example app, on a fresh machine: installs what it
# needs, then checks the good Dockerfile (passes) and the naive one (fails: it runs as root).
# Docker Hub is unreachable here, so the examples' BASE_IMAGE build argument points at the
# local stand-in that setup.sh builds.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
source scripts/env.sh
mkdir -p reports
base=shipshape.local/python:3-slim
status=0
for variant in Dockerfile Dockerfile.naive; do
  echo
  echo "================ shipshape check examples/python-web/$variant ================"
  node dist/cli/index.js check \
    --file "examples/python-web/$variant" --context examples/python-web \
    --build-arg "BASE_IMAGE=$base" --max-size 400MB --max-layers 20 \
    --report-file "reports/$variant.json"
  code=$?
  echo "---------------- exit code $code; JSON report in reports/$variant.json"
  if [ "$variant" = Dockerfile ] && [ $code -ne 0 ]; then status=1; fi
  if [ "$variant" = Dockerfile.naive ] && [ $code -ne 1 ]; then status=1; fi
done
echo
echo "================ shipshape lint --format json examples/python-web/Dockerfile.naive ================"
node dist/cli/index.js lint --format json examples/python-web/Dockerfile.naive
exit $status
