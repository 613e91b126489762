#!/usr/bin/env bash
# npm run <task> [-- args]: the npm scripts that need Node 24 and the compiled .build/ tree.
# Each first runs itself again under with-toolchain.sh (Node 24 fetched into .toolchain/ and
# `npm ci` when needed), then compiles everything into .build/ and runs the task:
#   test [jest args]       Jest over .build/ (`npm test -- reliability` runs one folder)
#   e2e [jest args]        the real-n8n suite, once per release (TELECRM_N8N_MATRIX=2.x|1.x)
#   demo                   the README's demo
#   dev                    a real n8n editor with the package, the sandbox and the examples
#   sandbox [options]      the local telecrm sandbox (--help)
#   bench [options]        the benchmark; `bench --profile [options]` profiles one scenario
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ "${TELECRM_TASK_TOOLCHAIN:-}" != 1 ]; then
  TELECRM_TASK_TOOLCHAIN=1 exec bash scripts/with-toolchain.sh bash scripts/task.sh "$@"
fi
unset TELECRM_TASK_TOOLCHAIN # the task's own children check again
export PATH="$root/node_modules/.bin:$PATH"

task="${1:-}"
shift || true
case "$task" in
  test | e2e | demo | dev | sandbox | bench) ;;
  *) echo "task.sh: unknown task \"$task\" (test, e2e, demo, dev, sandbox, bench)" >&2; exit 2 ;;
esac

rimraf .build
tsc -p tsconfig.test.json

case "$task" in
  test) exec jest "$@" ;;
  e2e)
    bash scripts/ensure-chromium.sh
    bash scripts/ensure-queue-services.sh
    exec node .build/test/e2e/runMatrix.cjs "$@"
    ;;
  demo) exec node .build/dev/demo.cjs "$@" ;;
  dev) exec node .build/dev/n8nDev.cjs "$@" ;;
  sandbox) exec node .build/sandbox/cli.cjs "$@" ;;
  bench)
    if [ "${1:-}" = --profile ]; then
      shift
      exec node .build/bench/profile.cjs "$@"
    fi
    exec node .build/bench/run.cjs "$@"
    ;;
esac
