#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks, then the npm dependencies, then
# builds the TypeScript projects. Idempotent and fast when nothing changed:
#   - apt packages are installed only when a tool is missing;
#   - `npm ci` runs only when package-lock.json changed since the last install;
#   - `tsc -b` is incremental.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true

log() { printf '[setup] %s\n' "$*"; }

# --- system packages (LLVM 14 for the native target, a C toolchain for native addons)
missing=()
command -v llvm-config-14 >/dev/null 2>&1 || missing+=(llvm-14-dev)
command -v llc-14 >/dev/null 2>&1 || missing+=(llvm-14)
command -v opt-14 >/dev/null 2>&1 || missing+=(llvm-14)
command -v cmake >/dev/null 2>&1 || missing+=(cmake)
command -v ninja >/dev/null 2>&1 || missing+=(ninja-build)
command -v g++ >/dev/null 2>&1 || missing+=(g++)
command -v cc >/dev/null 2>&1 || missing+=(gcc)
if [ ${#missing[@]} -gt 0 ]; then
  # shellcheck disable=SC2207
  pkgs=($(printf '%s\n' "${missing[@]}" | sort -u))
  log "installing apt packages: ${pkgs[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${pkgs[@]}"
fi

# --- npm dependencies. Native addons (llvm-bindings) must build against the
# local Node headers; without npm_config_nodedir node-gyp/cmake-js try to
# download them, and this machine has no internet beyond the registries.
node_prefix="$(dirname "$(dirname "$(command -v node)")")"
export npm_config_nodedir="$node_prefix"
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
stamp="node_modules/.tetra-lock-hash"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
  log "npm ci (nodedir=$npm_config_nodedir)"
  npm ci --no-audit --no-fund
  echo "$lock_hash" > "$stamp"
else
  log "npm dependencies up to date"
fi

# --- build (incremental): the `tetra` CLI runs from the compiled output.
log "building TypeScript projects"
npx tsc -b
log "ready"
