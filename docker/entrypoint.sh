#!/bin/sh
# Picks the role of the one DeployGuard image: api | worker | scheduler | migrate | cli …
# Extra arguments go to the role (e.g. `worker --queues scan`, `cli scan --repo-url …`).
set -eu
cd /app
role="${1:-api}"
[ "$#" -gt 0 ] && shift
case "$role" in
  api) exec node dist/apps/api/src/main.js "$@" ;;
  worker) exec node dist/apps/worker/src/main.js "$@" ;;
  scheduler) exec node dist/apps/scheduler/src/main.js "$@" ;;
  migrate) exec node dist/libs/persistence/src/migrate.main.js "$@" ;;
  cli) exec node bin/deployguard.js "$@" ;;
  *)
    echo "deployguard: unknown role \"$role\"; accepted: api, worker, scheduler, migrate, cli" >&2
    exit 64
    ;;
esac
