#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3 for the browser) from npm, without downloads from
# GitHub/Microsoft, following docs in /work/shared/notes/real-vscode-offline.md.
# Usage: scripts/e2e/install-code-server.sh [INSTALL_DIR]
# Default INSTALL_DIR: ${ISNAD_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/isnad-e2e}/code-server-4.100.3
# A complete install leaves INSTALL_DIR/.isnad-install-complete; without it the folder is redone.
set -euo pipefail

VERSION=4.100.3
CACHE="${ISNAD_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/isnad-e2e}"
DIR="${1:-$CACHE/code-server-$VERSION}"
MARKER="$DIR/.isnad-install-complete"
log() { echo "[install-code-server] $*" >&2; }

# 1. Debian packages: install only what is missing.
APT_PKGS=(libkrb5-dev libxkbfile-dev libsecret-1-dev pkg-config ripgrep chromium)
missing=()
for p in "${APT_PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  log "apt packages missing: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
else
  log "apt packages present"
fi

# 2. code-server itself, reused when complete.
if [ -f "$MARKER" ] && [ -x "$DIR/node_modules/.bin/code-server" ]; then
  log "reusing $DIR"
  echo "$DIR"
  exit 0
fi
log "installing code-server $VERSION into $DIR"
rm -rf "$DIR"
mkdir -p "$DIR"
cd "$DIR"
echo '{"name":"isnad-e2e-code-server","private":true}' > package.json
export npm_config_yes=true npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
npm install --ignore-scripts --no-save "code-server@$VERSION" >&2
npm rebuild argon2 >&2
cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts >&2
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
npm rebuild >&2
ln -sfn node_modules node_modules.asar
(cd extensions && npm install --omit=dev >&2)
cd "$DIR"
node_modules/.bin/code-server --version >&2
date -u +%FT%TZ > "$MARKER"
log "done"
echo "$DIR"
