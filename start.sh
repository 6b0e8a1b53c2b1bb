#!/usr/bin/env bash
# Runs MockAPI with embedded defaults: no MySQL or Redis install needed.
# Builds what changed, starts the manager API on :8000 (H2 file DB and, when nothing answers on the
# Redis port, an embedded Redis, both under ./.mockapi), then the mock engine on :8001 and, when npm is
# installed, the dashboard on :3000; prints the URLs once all three answer. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/java-env.sh

MANAGER_JAR=manager-api/target/manager-api-0.1.0-SNAPSHOT.jar
ENGINE_JAR=mock-engine/target/mock-engine-0.1.0-SNAPSHOT.jar
MANAGER_JAVA_OPTS_DEFAULT="-Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
MANAGER_JAVA_OPTS=${MANAGER_JAVA_OPTS:-$MANAGER_JAVA_OPTS_DEFAULT}
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

# The JVM's class caches (scripts/aot-cache.sh), made again after each build: both processes start
# about twice as fast with them.
MANAGER_APP=manager-api/target/app ENGINE_APP=mock-engine/target/app
if [ ! "$MANAGER_APP/java-options" -nt "$MANAGER_JAR" ] || [ ! "$ENGINE_APP/java-options" -nt "$ENGINE_JAR" ]; then
  echo "Making the JVM's class caches (once per build, about a minute)..."
  # shellcheck disable=SC2086
  scripts/aot-cache.sh "$MANAGER_JAR" "$MANAGER_APP" $MANAGER_JAVA_OPTS &
  # shellcheck disable=SC2086
  scripts/aot-cache.sh --full-start "$ENGINE_JAR" "$ENGINE_APP" $ENGINE_JAVA_OPTS
  wait $!
fi

# The dashboard: installed when package-lock.json changed, built when its sources changed.
DASHBOARD_PORT=3000
dashboard=false
if command -v npm >/dev/null 2>&1; then
  if [ ! -f frontend/node_modules/.package-lock.json ] \
      || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then
    echo "Installing the dashboard's packages..."
    npm ci --prefix frontend --no-audit --no-fund --loglevel=error
  fi
  if [ ! -f frontend/dist/index.html ] || [ -n "$(find frontend/src frontend/public frontend/index.html \
      frontend/package-lock.json frontend/vite.config.ts frontend/tsconfig*.json \
      -newer frontend/dist/index.html -type f -print -quit 2>/dev/null)" ]; then
    echo "Building the dashboard..."
    npm --prefix frontend run build --silent
  fi
  dashboard=true
else
  echo "npm not found: the dashboard (port $DASHBOARD_PORT) is not served. Install Node.js 20.19 or newer." >&2
fi

pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all EXIT INT TERM

# shellcheck disable=SC2086
java $(cat "$MANAGER_APP/java-options") $MANAGER_JAVA_OPTS -jar "$MANAGER_APP/$(basename "$MANAGER_JAR")" &
pids+=($!)

# Waits until $2 answers 200 (at most $3 half-seconds) while pid $4 runs; says which one failed.
await_healthy() {
  local name=$1 url=$2 tries=$3 pid=$4
  for _ in $(seq 1 "$tries"); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ] && return 0
    kill -0 "$pid" 2>/dev/null || { echo "$name did not start; see its log above." >&2; exit 1; }
    sleep 0.5
  done
  echo "$name did not answer $url within $((tries / 2)) s." >&2
  exit 1
}

# The manager brings up the embedded Redis the engine also uses: start the engine once it answers.
port=${SERVER_PORT:-8000}
engine_port=${MOCKAPI_ENGINE_PORT:-8001}
await_healthy "The manager API" "http://localhost:$port/actuator/health" 240 "${pids[0]}"

# SERVER_PORT here is the manager's: the engine, which honours it too, must not take it.
# shellcheck disable=SC2086
env -u SERVER_PORT java $(cat "$ENGINE_APP/java-options") $ENGINE_JAVA_OPTS -jar "$ENGINE_APP/$(basename "$ENGINE_JAR")" &
pids+=($!)

if $dashboard; then
  # vite preview serves the build and proxies /api and /ws to the manager. The local binary is what
  # `npx vite` runs, started directly so the pid we stop is vite itself.
  (cd frontend && MOCKAPI_MANAGER_URL="http://localhost:$port" \
    exec node_modules/.bin/vite preview --port "$DASHBOARD_PORT" --strictPort) &
  pids+=($!)
  await_healthy "The dashboard" "http://localhost:$DASHBOARD_PORT/" 120 "${pids[2]}"
fi
await_healthy "The mock engine" "http://localhost:$engine_port/actuator/health" 120 "${pids[1]}"

dashboard_url=""
if $dashboard; then dashboard_url="dashboard http://localhost:$DASHBOARD_PORT, "; fi
echo "MockAPI is up: ${dashboard_url}API http://localhost:$port (Swagger UI /docs)," \
  "mocks http://localhost:$engine_port/mock/<slug>/"
wait -n "${pids[@]}"
