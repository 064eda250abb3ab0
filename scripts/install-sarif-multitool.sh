#!/usr/bin/env bash
# Installs Microsoft's SARIF Multitool, which the SARIF test runs with GitHub's ingestion rules
# (`validate --rule-kind "Gh;Sarif"`). It is published on the npm registry as a self-contained
# Linux binary (@microsoft/sarif-multitool-linux); it is unpacked into the state dir rather than
# made a devDependency, so `npm ci` does not fetch ~45 MB for everyone who never runs it.
#
#   bash scripts/install-sarif-multitool.sh   # prints the binary's path
set -euo pipefail

VERSION=5.7.0
STATE="${SHIPSHAPE_STATE_DIR:-/var/tmp/shipshape-bench}"
DIR="$STATE/sarif-multitool-$VERSION"
BIN="$DIR/Sarif.Multitool"

if [ ! -x "$BIN" ]; then
  echo "[setup] installing the SARIF Multitool $VERSION from the npm registry" >&2
  mkdir -p "$STATE"
  tmp=$(mktemp -d "$STATE/sarif-multitool.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --silent "@microsoft/sarif-multitool-linux@$VERSION" >/dev/null)
  mkdir -p "$tmp/unpacked"
  tar -xzf "$tmp"/microsoft-sarif-multitool-linux-*.tgz -C "$tmp/unpacked" --strip-components=1
  chmod 755 "$tmp/unpacked/Sarif.Multitool"
  rm -rf "$DIR"
  mv "$tmp/unpacked" "$DIR"
fi
printf '%s\n' "$BIN"
