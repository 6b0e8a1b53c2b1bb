#!/usr/bin/env bash
# Runs MockAPI with embedded defaults: no MySQL or Redis install needed.
# Builds what changed, starts the manager API on :8000 (H2 file DB and, when nothing answers on the
# Redis port, an embedded Redis, both under ./.mockapi), then the mock engine on :8001 and, when npm is
# installed, the dashboard on :3000. Ctrl-C stops everything.
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

if $dashboard; then
  # vite preview serves the build and proxies /api and /ws to the manager. The local binary is what
  # `npx vite` runs, started directly so the pid we stop is vite itself.
  (cd frontend && MOCKAPI_MANAGER_URL="http://localhost:$port" \
    exec node_modules/.bin/vite preview --port "$DASHBOARD_PORT" --strictPort) &
  pids+=($!)
fi

echo "Manager API:  http://localhost:$port  (Swagger UI: http://localhost:$port/docs)"
echo "Mock engine:  http://localhost:${MOCKAPI_ENGINE_PORT:-8001}/mock/<projectSlug>/..."
if $dashboard; then echo "Dashboard:    http://localhost:$DASHBOARD_PORT"; fi
wait -n "${pids[@]}"
