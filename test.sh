#!/usr/bin/env bash
# Runs every test of MockAPI: unit and integration suites (Maven), then the end-to-end smoke test. Starts what the tests need (MariaDB, Redis) when it is installed
# but not running; see docs/testing.md for what runs where.
set -euo pipefail
cd "$(dirname "$0")"

# The docs: every relative link and #anchor of README.md and docs/ resolves (a second; no build needed).
python3 scripts/check-links.py
# start.bat: line endings, blocks, labels, files it names; its launcher compiled and tested (seconds).
bash scripts/check-bat.sh
# deploy/kubernetes: `kubectl kustomize` renders it and the objects pass check.py (installs kubectl).
bash deploy/kubernetes/check.sh

. scripts/java-env.sh
# The Redis Cluster and Sentinel tests start redis-server and redis-cli processes of their own.
if ! command -v redis-server >/dev/null || ! command -v redis-cli >/dev/null; then
  apt-get update -qq && apt-get install -y -qq redis-server redis-tools >/dev/null
fi
. scripts/ensure-services.sh

if ! port_open 3306; then
  if [ "${CI:-}" = "true" ]; then
    echo "CI=true and no MariaDB/MySQL answers on 127.0.0.1:3306: the database suites will fail." >&2
  else
    echo "No MariaDB/MySQL on 127.0.0.1:3306: the database integration suites will be skipped" \
      "(the H2 embedded-defaults suite still runs). Install MariaDB or run Docker to include them."
  fi
fi

./mvnw -B -T 2 verify

# The dashboard: type check, lint (ESLint with the feature boundaries, then Prettier) and component tests
# (Vitest, jsdom; no server needed).
npm ci --prefix frontend --no-audit --no-fund --loglevel=error
npm --prefix frontend run typecheck
npm --prefix frontend run lint
npm --prefix frontend test
npm --prefix frontend run build

# The built jars end to end, as a user drives them with curl and a STOMP client (Node packages).
npm ci --prefix e2e --no-audit --no-fund --loglevel=error
bash e2e/api-smoke.sh

# The dashboard in Chromium against the whole stack (installs Debian's chromium when missing).
bash e2e/browser-test.sh

# docker-compose.yml for real with podman (installs podman when missing; takes the stack down on exit).
bash deploy/compose-test.sh
