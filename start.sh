#!/usr/bin/env bash
# Runs MockAPI with embedded defaults: no MySQL or Redis install needed.
# Builds what changed, starts the manager API on :8000 (H2 file DB and, when nothing answers on the
# Redis port, an embedded Redis, both under ./.mockapi), then the mock engine on :8001.
# Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/java-env.sh

MANAGER_JAR=manager-api/target/manager-api-0.1.0-SNAPSHOT.jar
ENGINE_JAR=mock-engine/target/mock-engine-0.1.0-SNAPSHOT.jar
MANAGER_JAVA_OPTS=${MANAGER_JAVA_OPTS:--Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}
# The engine's JVM settings; bench/run.sh measures with exactly these.
ENGINE_JAVA_OPTS_DEFAULT="-Xms64m -Xmx160m -XX:+UseSerialGC -XX:MaxDirectMemorySize=32m -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=96m -Xss512k -Dio.netty.leakDetection.level=disabled"
ENGINE_JAVA_OPTS=${ENGINE_JAVA_OPTS:-$ENGINE_JAVA_OPTS_DEFAULT}

needs_build() {
  local jar
  for jar in "$MANAGER_JAR" "$ENGINE_JAR"; do
    [ -f "$jar" ] || return 0
    [ -n "$(find pom.xml shared-model manager-api mock-engine -newer "$jar" -type f \
        \( -name '*.java' -o -name '*.xml' -o -name '*.yml' -o -name '*.sql' -o -name '*.factories' -o -name '*.lua' \) \
        -not -path '*/target/*' -print -quit)" ] && return 0
  done
  return 1
}

if needs_build; then
  echo "Building MockAPI (the first run downloads dependencies; this takes a few minutes)..."
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

# The manager brings up the embedded Redis the engine also uses: start the engine once it answers.
port=${SERVER_PORT:-8000}
for _ in $(seq 1 240); do
  curl -s -o /dev/null "http://localhost:$port/actuator/health" && break
  kill -0 "${pids[0]}" 2>/dev/null || { echo "The manager API did not start." >&2; exit 1; }
  sleep 0.5
done

# shellcheck disable=SC2086
java $ENGINE_JAVA_OPTS -jar "$ENGINE_JAR" &
pids+=($!)

echo "Manager API:  http://localhost:$port  (Swagger UI: http://localhost:$port/docs)"
echo "Mock engine:  http://localhost:${MOCKAPI_ENGINE_PORT:-8001}/mock/<projectSlug>/..."
wait -n "${pids[@]}"
