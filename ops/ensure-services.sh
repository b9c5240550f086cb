#!/usr/bin/env bash
# Starts the local PostgreSQL and RabbitMQ that the test suite talks to, if they are down,
# and waits until both answer. Used by .ci/run; safe to run when they are already up.
set -u

if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  echo "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
fi
for _ in $(seq 1 60); do pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null && break; sleep 1; done
pg_isready -h 127.0.0.1 -p 5432 || { echo "PostgreSQL is not reachable on 127.0.0.1:5432" >&2; exit 1; }

if ! rabbitmq-diagnostics -q check_port_connectivity >/dev/null 2>&1; then
  echo "starting RabbitMQ"
  rabbitmq-server -detached >/dev/null 2>&1 || true
  for _ in $(seq 1 90); do rabbitmq-diagnostics -q check_port_connectivity >/dev/null 2>&1 && break; sleep 1; done
fi
rabbitmq-diagnostics -q check_port_connectivity >/dev/null 2>&1 || { echo "RabbitMQ is not reachable on 127.0.0.1:5672" >&2; exit 1; }
echo "PostgreSQL and RabbitMQ are up"
