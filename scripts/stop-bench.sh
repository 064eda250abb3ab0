#!/usr/bin/env bash
# Stops the Docker engine and the registry that scripts/setup.sh started (and only those: an
# engine that was already running when setup ran is left alone, as setup left it).
set -uo pipefail
STATE="${SHIPSHAPE_STATE_DIR:-/var/tmp/shipshape-bench}"
stop() {
  local name=$1 pidfile="$STATE/$1.pid"
  [ -f "$pidfile" ] || return 0
  local pid; pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    echo "[stop] $name stopped" >&2
  fi
  rm -f "$pidfile"
}
stop registry
stop dockerd
