#!/usr/bin/env bash
# Installs what the real-VS-Code tests need on a fresh Debian machine (run as root; idempotent):
#   - Debian's chromium (playwright-core drives it; nothing downloads a browser),
#   - the build deps code-server's native modules compile against, and ripgrep,
#   - code-server (VS Code 1.100 served to a browser) into a folder of its own, not the project's deps.
# Desktop VS Code cannot be downloaded here, so this is how the extension runs in a real VS Code.
# Usage: scripts/install-code-server.sh   (CODE_SERVER_DIR overrides the install folder)
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION=4.100.3   # the newest release whose engines accept Node 20
CODE_SERVER_DIR="${CODE_SERVER_DIR:-$PWD/.code-server}"
start=$(date +%s)

apt_packages=(chromium libkrb5-dev pkg-config libsecret-1-dev libxkbfile-dev libx11-dev ripgrep)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "install-code-server: apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

bin="$CODE_SERVER_DIR/node_modules/.bin/code-server"
# `code-server --version` writes a default config under XDG_CONFIG_HOME: keep that out of $HOME.
version() { XDG_CONFIG_HOME="$(mktemp -d)" "$bin" --version 2>/dev/null | grep -v ' info ' | head -1; }
if [[ -x "$bin" ]] && [[ "$(version)" == "$CODE_SERVER_VERSION "* ]]; then
  echo "install-code-server: code-server $CODE_SERVER_VERSION already in $CODE_SERVER_DIR"
else
  # @vscode/ripgrep's postinstall downloads rg from GitHub (unreachable here) unless its cache holds
  # the tarball; a tarball with Debian's rg in it satisfies it.
  cache="$(node -p "require('os').tmpdir()")/vscode-ripgrep-cache-1.15.11"
  tarball="$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
  if [[ ! -s "$tarball" ]]; then
    mkdir -p "$cache"
    staging="$(mktemp -d)"
    cp /usr/bin/rg "$staging/rg"
    tar -czf "$tarball" -C "$staging" rg
    rm -rf "$staging"
  fi

  mkdir -p "$CODE_SERVER_DIR"
  # A package.json of its own so npm installs here and never touches the project's lockfile.
  [[ -f "$CODE_SERVER_DIR/package.json" ]] ||
    echo '{ "name": "leadlint-code-server", "private": true }' >"$CODE_SERVER_DIR/package.json"
  echo "install-code-server: npm install code-server@$CODE_SERVER_VERSION into $CODE_SERVER_DIR"
  # unsafe_perm: its postinstall refuses to run as root otherwise; yes: it runs `npx node-gyp`
  # and this machine's npmrc says yes=false.
  (cd "$CODE_SERVER_DIR" &&
    npm_config_unsafe_perm=true npm_config_yes=true \
      npm install --no-audit --no-fund --no-save --loglevel=error "code-server@$CODE_SERVER_VERSION")
  version
fi
echo "install-code-server: done in $(($(date +%s) - start)) s"
