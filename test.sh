#!/usr/bin/env bash
# Runs every test of MockAPI: unit and integration suites (Maven), then the end-to-end smoke test. Starts what the tests need (MariaDB, Redis) when it is installed
# but not running; see README "Tests" for what runs where.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/java-env.sh
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

# The dashboard: type check and component tests (Vitest, jsdom; no server needed).
npm ci --prefix frontend --no-audit --no-fund --loglevel=error
npm --prefix frontend run typecheck
npm --prefix frontend test
npm --prefix frontend run build

# The built jars end to end, as a user drives them with curl and a STOMP client (Node packages).
npm ci --prefix e2e --no-audit --no-fund --loglevel=error
bash e2e/api-smoke.sh

# The dashboard in Chromium against the whole stack (installs Debian's chromium when missing).
bash e2e/browser-test.sh
