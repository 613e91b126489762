#!/usr/bin/env bash
# The editor test drives Debian's Chromium (playwright cannot download browsers here).
set -euo pipefail
# dpkg and service live in sbin, which a user's PATH often lacks.
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"
if command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: installing Debian's chromium (about a minute)" >&2
  log="$(mktemp)"
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "ensure-chromium: step \"apt-get install chromium\" failed (log above). Install it by hand or set CHROMIUM_PATH." >&2
    exit 1
  fi
  rm -f "$log"
else
  echo "ensure-chromium: install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH" >&2
  exit 1
fi
