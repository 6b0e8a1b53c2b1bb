#!/usr/bin/env bash
# Runs MockAPI with embedded defaults: no MySQL or Redis install needed.
# Builds what changed, then starts the manager API on :8000 (H2 file DB and, when nothing answers
# on the Redis port, an embedded Redis, both under ./.mockapi). Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/java-env.sh

MANAGER_JAR=manager-api/target/manager-api-0.1.0-SNAPSHOT.jar
MANAGER_JAVA_OPTS=${MANAGER_JAVA_OPTS:--Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}

needs_build() {
  [ ! -f "$MANAGER_JAR" ] && return 0
  [ -n "$(find pom.xml shared-model manager-api -newer "$MANAGER_JAR" -type f \
      \( -name '*.java' -o -name '*.xml' -o -name '*.yml' -o -name '*.sql' -o -name '*.factories' \) \
      -not -path '*/target/*' -print -quit)" ]
}

if needs_build; then
  echo "Building MockAPI (first run downloads dependencies; this takes a few minutes)..."
  ./mvnw -B -q -T 2 -DskipTests -Dspotless.check.skip=true package
fi

pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all EXIT INT TERM

# shellcheck disable=SC2086
java $MANAGER_JAVA_OPTS -jar "$MANAGER_JAR" &
pids+=($!)

echo "Manager API:  http://localhost:8000  (Swagger UI: http://localhost:8000/docs)"
wait -n "${pids[@]}"
