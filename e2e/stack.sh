# Sourced by the end-to-end scripts: starts the built manager and engine jars (and, when UI is set, the
# built dashboard through `vite preview`) on the ports M, E (and UI), with an H2 database in a
# temporary folder and Redis database 12; stops them and removes their data and keys on exit.
for port in $M $E ${UI:-}; do
  if curl -s -o /dev/null "localhost:$port"; then
    echo "Port $port is taken: stop what serves it (a left-over run?) and try again." >&2
    exit 1
  fi
done
DATA=$(mktemp -d)
export SPRING_DATA_REDIS_DATABASE=12 MOCKAPI_DATA_DIR=$DATA SECRET_KEY=e2e-secret-e2e-secret-e2e-secret-0123456789
export MOCKAPI_ENGINE_PUBLIC_URL=http://localhost:$E
pids=()

cleanup() {
  # A browser test restarts the manager and leaves the new one's pid here.
  [ -f "$DATA/manager-restarted.pid" ] && pids+=("$(cat "$DATA/manager-restarted.pid")")
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  redis-cli -n 12 --scan --pattern 'mockapi:*' 2>/dev/null | xargs -r redis-cli -n 12 DEL >/dev/null 2>&1
  rm -rf "$DATA"
}
trap cleanup EXIT

SERVER_PORT=$M java -Xmx384m -jar manager-api/target/manager-api-0.1.0-SNAPSHOT.jar > "$DATA/manager.log" 2>&1 &
pids+=($!)
export MANAGER_PID=$! MANAGER_PORT=$M
# Analytics flushed every second instead of every 5, so checks of them wait less.
MOCKAPI_ENGINE_PORT=$E MOCKAPI_ENGINE_ANALYTICSFLUSHINTERVAL=1s java -Xmx256m -jar mock-engine/target/mock-engine-0.1.0-SNAPSHOT.jar > "$DATA/engine.log" 2>&1 &
pids+=($!)
if [ -n "${UI:-}" ]; then
  # The local binary, not npx: npx would leave vite running when its pid is stopped.
  (cd frontend && MOCKAPI_MANAGER_URL=http://localhost:$M exec node_modules/.bin/vite preview --port "$UI" --strictPort) \
    > "$DATA/ui.log" 2>&1 &
  pids+=($!)
fi
for _ in $(seq 1 240); do
  curl -sf "localhost:$M/actuator/health" >/dev/null && curl -sf "localhost:$E/actuator/health" >/dev/null \
    && { [ -z "${UI:-}" ] || curl -sf "localhost:$UI/" >/dev/null; } && break
  sleep 0.5
done
