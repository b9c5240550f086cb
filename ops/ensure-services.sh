#!/usr/bin/env bash
# Starts the local PostgreSQL and RabbitMQ that the test suite talks to, if they are down,
# and waits until both answer; installs Debian's chromium for the browser tests if missing, and tries to
# install Debian's prometheus package for promtool (the alert-rules check) when missing. Used by .ci/run;
# safe to run when they are already up.
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

# The web page's browser tests drive Debian's Chromium (test/helpers/browser.ts).
if [ ! -x /usr/bin/chromium ]; then
  echo "installing chromium (Debian package) for the browser tests"
  as_root=""; [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && as_root="sudo"
  { $as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq chromium >/dev/null; } \
    || { echo "could not install chromium (apt-get install chromium)" >&2; exit 1; }
fi
/usr/bin/chromium --version 2>/dev/null

# promtool checks ops/prometheus/alerts.yml (test/ops/ops-files.test.ts); without it that check is
# skipped and says so, so a failed install is no failure here.
if ! command -v promtool >/dev/null 2>&1; then
  echo "installing prometheus (Debian package, for promtool)"
  as_root=""; [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && as_root="sudo"
  { $as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends prometheus >/dev/null; } \
    || echo "could not install prometheus: the promtool check will be skipped" >&2
fi
exit 0
