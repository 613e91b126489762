#!/usr/bin/env bash
# The queue-mode e2e runs its own Redis and PostgreSQL (Debian's packages) on loopback ports.
set -euo pipefail
# dpkg and service live in sbin, which a user's PATH often lacks.
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"
missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-queue-services: installing ${missing[*]} from Debian" >&2
  log="$(mktemp)"
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    echo "ensure-queue-services: step \"apt-get install ${missing[*]}\" failed (log above)." >&2
    exit 1
  fi
  rm -f "$log"
  # The package starts its own servers; the tests run theirs on other ports.
  service redis-server stop >/dev/null 2>&1 || true
else
  echo "ensure-queue-services: install ${missing[*]} (Debian: apt-get install ${missing[*]})" >&2
  exit 1
fi
