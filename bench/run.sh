#!/usr/bin/env bash
# Load benchmark of the MockAPI engine against WireMock 3.13 and MockServer 5.15 on identical stubs.
# Method (issue "Mock Engine"): each server pinned to core 0, wrk on core 1, -t1 -c32 -d20s --latency,
# 60 s of warm-up load per route, then 3 measured runs; medians printed. The engine keeps live logging
# ON (events go to a Redis of the bench's own); the peers run in their fastest setting.
#   bench/run.sh                      full run (about 25 minutes)
#   WARMUP=5 DURATION=5 RUNS=1 bench/run.sh    a quick smoke run
# Needs a quiet machine: run nothing else meanwhile.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/java-env.sh

WARMUP=${WARMUP:-60}
DURATION=${DURATION:-20}
RUNS=${RUNS:-3}
ENGINE_PORT=18101 WIREMOCK_PORT=18102 MOCKSERVER_PORT=18103 REDIS_PORT=18104
WORK=bench/.work
CACHE=bench/.cache
RESULTS=bench/results/latest.md
SERVERS=${SERVERS:-mockapi wiremock mockserver}   # e.g. SERVERS=mockapi for the engine alone
wants() { [[ " $SERVERS " == *" $1 "* ]]; }
ENGINE_JAVA_OPTS=${ENGINE_JAVA_OPTS:-$(sed -n 's/^ENGINE_JAVA_OPTS_DEFAULT="\(.*\)"$/\1/p' start.sh)}

if ! command -v wrk >/dev/null || ! command -v redis-server >/dev/null; then
  apt-get update -qq && apt-get install -y -qq wrk redis-server >/dev/null
fi
[ "$(ulimit -n)" -ge 8192 ] || ulimit -n 65536
rm -rf "$WORK" && mkdir -p "$WORK" "$CACHE" bench/results

echo "== building the engine and fetching the peers"
./mvnw -B -q -T 2 -DskipTests -Dspotless.check.skip=true -pl mock-engine -am package
./mvnw -B -q dependency:copy -Dartifact=org.wiremock:wiremock-standalone:3.13.2 -DoutputDirectory="$CACHE"
./mvnw -B -q dependency:copy \
  -Dartifact=org.mock-server:mockserver-netty:5.15.0:jar:jar-with-dependencies -DoutputDirectory="$CACHE"

. bench/lib.sh

python3 bench/stubs.py "$WORK"

echo "== Redis (bench-only, port $REDIS_PORT)"
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize no \
  > "$WORK/redis.log" 2>&1 &
pids+=($!)
sleep 0.5
# The keys RedisKeys names (hash-tagged since the Redis Cluster work): routes(slug), PROJECT_SLUGS.
redis-cli -p "$REDIS_PORT" -x SET "mockapi:routes:{routes}:bench" < "$WORK/engine-routes.json" >/dev/null
redis-cli -p "$REDIS_PORT" SADD "mockapi:projects:{routes}" bench >/dev/null

declare -A RPS P99
measure() { # name url
  local name=$1 url=$2 run out rps p99 all_rps=() all_p99=()
  taskset -c 1 wrk -t1 -c32 -d"${WARMUP}s" "$url" > /dev/null
  for run in $(seq 1 "$RUNS"); do
    out=$(taskset -c 1 wrk -t1 -c32 -d"${DURATION}s" --latency "$url")
    rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
    p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
    echo "   $name run $run: $rps req/s, p99 $p99"
    # wrk counts error answers as requests: a run that got any is not a measurement.
    if grep -q "Non-2xx or 3xx responses" <<< "$out"; then
      echo "$name: $(grep "Non-2xx or 3xx responses" <<< "$out")" >&2; exit 1
    fi
    all_rps+=("$rps"); all_p99+=("$p99")
  done
  RPS[$name]=$(printf '%s\n' "${all_rps[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  P99[$name]=$(printf '%s\n' "${all_p99[@]}" | python3 bench/median_latency.py)
}

if wants mockapi; then
echo "== MockAPI engine"
# shellcheck disable=SC2086
SPRING_DATA_REDIS_PORT=$REDIS_PORT MOCKAPI_ENGINE_PORT=$ENGINE_PORT \
  taskset -c 0 java $ENGINE_JAVA_OPTS -jar mock-engine/target/mock-engine-0.1.0-SNAPSHOT.jar \
  > "$WORK/engine.log" 2>&1 &
ENGINE_PID=$!
pids+=($ENGINE_PID)
wait_http "http://127.0.0.1:$ENGINE_PORT/actuator/health"
for i in $(seq 1 40); do curl -sf "http://127.0.0.1:$ENGINE_PORT/mock/bench/static" >/dev/null && break; sleep 0.5; done
curl -sf -o /dev/null "http://127.0.0.1:$ENGINE_PORT/mock/bench/static" \
  || { echo "the engine does not serve /mock/bench/static: see $WORK/engine.log" >&2; exit 1; }
measure "mockapi static" "http://127.0.0.1:$ENGINE_PORT/mock/bench/static"
measure "mockapi templated" "http://127.0.0.1:$ENGINE_PORT/mock/bench/templated"

echo "   stateful routes: 1 000 users created through the engine"
python3 bench/seed_users.py "$ENGINE_PORT" 1000
measure "mockapi get-by-id" "http://127.0.0.1:$ENGINE_PORT/mock/bench/users/500"
measure "mockapi list-page" "http://127.0.0.1:$ENGINE_PORT/mock/bench/users?_page=3&_limit=10"

echo "   delayed route: 1 000 ms delay, 2 000 connections"
taskset -c 1 wrk -t1 -c2000 -d"${WARMUP}s" --timeout 10s "http://127.0.0.1:$ENGINE_PORT/mock/bench/delayed" > /dev/null || true
DELAYED=$(taskset -c 1 wrk -t1 -c2000 -d"${DURATION}s" --timeout 10s --latency \
  "http://127.0.0.1:$ENGINE_PORT/mock/bench/delayed")
DELAYED_RPS=$(awk '/Requests\/sec/ {print $2}' <<< "$DELAYED")
DELAYED_ERRORS=$(awk '/Socket errors|Non-2xx/ {print}' <<< "$DELAYED" | tr '\n' ' ')
DELAYED_REQUESTS=$(awk '/requests in/ {print $1}' <<< "$DELAYED")
ENGINE_RSS_MB=$(( $(ps -o rss= -p "$ENGINE_PID") / 1024 ))
DROPPED=$(curl -s "http://127.0.0.1:$ENGINE_PORT/actuator/prometheus" | awk '/^mockapi_engine_log_events_dropped_total/ {print $2}')
HISTORY=$(redis-cli -p "$REDIS_PORT" XLEN "mockapi:history:{00000000-0000-4000-8000-00000000be0c}")
kill "$ENGINE_PID"; wait "$ENGINE_PID" 2>/dev/null || true
fi

if wants wiremock; then
echo "== WireMock 3.13.2"
taskset -c 0 java -jar "$CACHE/wiremock-standalone-3.13.2.jar" --port "$WIREMOCK_PORT" \
  --root-dir "$WORK/wiremock" --no-request-journal --disable-request-logging --disable-banner \
  > "$WORK/wiremock.log" 2>&1 &
WM_PID=$!
pids+=($WM_PID)
wait_http "http://127.0.0.1:$WIREMOCK_PORT/static"
measure "wiremock static" "http://127.0.0.1:$WIREMOCK_PORT/static"
measure "wiremock templated" "http://127.0.0.1:$WIREMOCK_PORT/templated"
kill "$WM_PID"; wait "$WM_PID" 2>/dev/null || true
fi

if wants mockserver; then
echo "== MockServer 5.15.0"
taskset -c 0 java -Dmockserver.disableLogging=true -Dmockserver.logLevel=WARN \
  -jar "$CACHE/mockserver-netty-5.15.0-jar-with-dependencies.jar" -serverPort "$MOCKSERVER_PORT" \
  > "$WORK/mockserver.log" 2>&1 &
MS_PID=$!
pids+=($MS_PID)
wait_http "http://127.0.0.1:$MOCKSERVER_PORT/mockserver/status"
for stub in "$WORK"/mockserver-*.json; do
  curl -s -o /dev/null -X PUT "http://127.0.0.1:$MOCKSERVER_PORT/mockserver/expectation" --data-binary "@$stub"
done
measure "mockserver static" "http://127.0.0.1:$MOCKSERVER_PORT/static"
measure "mockserver templated" "http://127.0.0.1:$MOCKSERVER_PORT/templated"
kill "$MS_PID"; wait "$MS_PID" 2>/dev/null || true
fi

ratio() { python3 -c "print(f'{float(\"$1\")/float(\"$2\"):.2f}x' if '$1' and '$2' else 'n/a')"; }
{
  echo "Run: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, JDK $(java -version 2>&1 | head -1 | cut -d'"' -f2)."
  echo "wrk -t1 -c32 -d${DURATION}s --latency, ${WARMUP}s warm-up per route, median of $RUNS runs;"
  echo "servers on core 0, wrk on core 1. Engine JVM: \`$ENGINE_JAVA_OPTS\`, live logging on."
  echo
  echo "| Route | MockAPI req/s | p99 | WireMock req/s | p99 | MockServer req/s | p99 | vs WireMock | vs MockServer |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for route in static templated; do
    echo "| $route | ${RPS[mockapi $route]:-} | ${P99[mockapi $route]:-} | ${RPS[wiremock $route]:-} | ${P99[wiremock $route]:-} | ${RPS[mockserver $route]:-} | ${P99[mockserver $route]:-} | $(ratio "${RPS[mockapi $route]:-}" "${RPS[wiremock $route]:-}") | $(ratio "${RPS[mockapi $route]:-}" "${RPS[mockserver $route]:-}") |"
  done
  echo
  echo "| Stateful route (1 000 items in Redis) | MockAPI req/s | p99 | vs MockAPI static |"
  echo "|---|---|---|---|"
  echo "| get by id \`GET /users/500\` | ${RPS[mockapi get-by-id]:-} | ${P99[mockapi get-by-id]:-} | $(ratio "${RPS[mockapi get-by-id]:-}" "${RPS[mockapi static]:-}") |"
  echo "| list page \`GET /users?_page=3&_limit=10\` | ${RPS[mockapi list-page]:-} | ${P99[mockapi list-page]:-} | $(ratio "${RPS[mockapi list-page]:-}" "${RPS[mockapi static]:-}") |"
  echo
  echo "Delayed route (1 000 ms, wrk -c2000 -d${DURATION}s --timeout 10s): ${DELAYED_RPS:-n/a} req/s," \
    "${DELAYED_REQUESTS:-n/a} requests; errors: ${DELAYED_ERRORS:-none}."
  echo "Engine RSS after the run: ${ENGINE_RSS_MB:-n/a} MiB. Log events dropped: ${DROPPED:-0};" \
    "history stream length: ${HISTORY:-n/a} (capped near 1 000)."
} | tee "$RESULTS"
echo "Written to $RESULTS"
