#!/usr/bin/env bash
# The whole test suite: checks (and starts when down) the local services the end-to-end tests
# use, builds the code (the CLI is tested as a real process), then runs every jest project.
set -euo pipefail
cd "$(dirname "$0")/.."

wait_for() { # name, seconds, command...
  local name=$1 secs=$2; shift 2
  for _ in $(seq "$secs"); do "$@" >/dev/null 2>&1 && return 0; sleep 1; done
  echo "test: $name did not come up within ${secs}s" >&2; return 1
}

if ! pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1; then
  echo "test: starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start || true
  wait_for PostgreSQL 30 pg_isready -h 127.0.0.1 -p 5432
fi
if ! (exec 3<>/dev/tcp/127.0.0.1/5672) 2>/dev/null; then
  echo "test: starting RabbitMQ"
  rabbitmq-server -detached || true
  wait_for RabbitMQ 90 bash -c 'exec 3<>/dev/tcp/127.0.0.1/5672'
  timeout 60 rabbitmqctl await_startup >/dev/null 2>&1 || true
fi

npm run build --silent
npx jest --ci --maxWorkers=2 "$@"
