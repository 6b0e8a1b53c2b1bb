#!/usr/bin/env bash
# Runs every test of MockAPI. Starts what the tests need (MariaDB, Redis) when it is installed
# but not running; see README "Tests" for what runs where.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/java-env.sh
. scripts/ensure-services.sh

./mvnw -B -T 2 verify
