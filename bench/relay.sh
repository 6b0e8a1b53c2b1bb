#!/usr/bin/env bash
# Benchmark of the live relay (issue "Live inspector relay"): the whole path from a mock call on the
# engine, through Redis Pub/Sub and the manager's STOMP broker, to subscribed WebSocket clients.
#   A: 1 subscriber while the engine serves about 1 000 req/s -> latency call -> frame, p99 < 250 ms
#   B: 50 subscribers, one per project, 5 000 mock calls/s spread over the 50 projects
#      -> 5 000 events/s relayed across 50 subscribers, none dropped
#   C: fan-out, 50 subscribers of one project at about 1 000 req/s -> 50 000 frames/s
# Load is wrk paced by bench/paced.lua; every process shares the machine's two cores (no pinning:
# nothing here is compared with another product). Needs a quiet machine.
#   bench/relay.sh                          default: 10 s warm-up, 30 s measured per scenario
#   WARMUP=5 MEASURE=10 bench/relay.sh      a quick run
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/java-env.sh

WARMUP=${WARMUP:-10}
MEASURE=${MEASURE:-30}
SCENARIOS=${SCENARIOS:-A B C}   # e.g. SCENARIOS=C for the fan-out alone
MANAGER_PORT=18110 ENGINE_PORT=18111 REDIS_PORT=18114
WORK=bench/.work/relay
RESULTS=bench/results/relay-latest.md

if ! command -v wrk >/dev/null || ! command -v redis-server >/dev/null; then
  apt-get update -qq && apt-get install -y -qq wrk redis-server >/dev/null
fi
[ "$(ulimit -n)" -ge 8192 ] || ulimit -n 65536
rm -rf "$WORK" && mkdir -p "$WORK" bench/results
npm ci --prefix bench --no-audit --no-fund --loglevel=error

echo "== building the manager and the engine"
./mvnw -B -q -T 2 -DskipTests -Dspotless.check.skip=true -pl manager-api,mock-engine -am package

. bench/lib.sh
json() { python3 -c "import sys,json; print(json.load(sys.stdin)$1)"; }
metric() { # url name
  curl -s "$1/actuator/prometheus" | awk -v m="$2" '$1 == m {print $2}'
}

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no > "$WORK/redis.log" 2>&1 &
pids+=($!)
export SPRING_DATA_REDIS_PORT=$REDIS_PORT MOCKAPI_REDIS_EMBEDDED=never MOCKAPI_DATA_DIR=$WORK/data \
  SECRET_KEY=bench-secret-bench-secret-bench-secret-0123 MOCKAPI_ENGINE_PUBLIC_URL=http://127.0.0.1:$ENGINE_PORT
ENGINE_JAVA_OPTS=$(sed -n 's/^ENGINE_JAVA_OPTS_DEFAULT="\(.*\)"$/\1/p' start.sh)
SERVER_PORT=$MANAGER_PORT java -Xmx512m -jar manager-api/target/manager-api-0.1.0-SNAPSHOT.jar \
  > "$WORK/manager.log" 2>&1 &
pids+=($!)
# shellcheck disable=SC2086
MOCKAPI_ENGINE_PORT=$ENGINE_PORT java $ENGINE_JAVA_OPTS -jar mock-engine/target/mock-engine-0.1.0-SNAPSHOT.jar \
  > "$WORK/engine.log" 2>&1 &
pids+=($!)
M=http://127.0.0.1:$MANAGER_PORT E=http://127.0.0.1:$ENGINE_PORT
wait_http "$M/actuator/health"; wait_http "$E/actuator/health"

echo "== a user, an org, 50 projects with a static endpoint each"
curl -sf -o /dev/null -X POST "$M/api/auth/register" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.com","password":"password-123"}'
TOKEN=$(curl -sf -X POST "$M/api/auth/login" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.com","password":"password-123"}' | json '["accessToken"]')
AUTH="Authorization: Bearer $TOKEN"
ORG=$(curl -sf -X POST "$M/api/orgs" -H "$AUTH" -H 'Content-Type: application/json' -d '{"name":"Bench"}' | json '["id"]')
PROJECTS=() PATHS=()
for i in $(seq 1 50); do
  project=$(curl -sf -X POST "$M/api/orgs/$ORG/projects" -H "$AUTH" -H 'Content-Type: application/json' \
    -d "{\"name\":\"Relay bench $i\"}")
  PROJECTS+=("$(json '["id"]' <<< "$project")")
  PATHS+=("/mock/$(json '["slug"]' <<< "$project")/ping")
  curl -sf -o /dev/null -X POST "$M/api/projects/${PROJECTS[-1]}/endpoints" -H "$AUTH" \
    -H 'Content-Type: application/json' \
    -d '{"method":"GET","path":"/ping","response":{"status":200,"headers":{"Content-Type":"application/json"},"body":"{\"pong\": true}"}}'
done
for _ in $(seq 1 100); do curl -sf -o /dev/null "$E${PATHS[-1]}" && break; sleep 0.1; done
ONE_PROJECT=${PROJECTS[0]} ONE_PATH=${PATHS[0]}
ALL_PROJECTS=$(IFS=,; echo "${PROJECTS[*]}") ALL_PATHS=$(IFS=,; echo "${PATHS[*]}")

declare -a ROWS
scenario() { # name subscribers projects(comma) paths(comma) connections pace-ms
  local name=$1 subscribers=$2 projects=$3 paths=$4 connections=$5 pace=$6 out summary rps relay_before relay_after engine_before engine_after
  echo "== scenario $name: $subscribers subscriber(s), wrk -c$connections paced at $pace ms"
  node bench/relay-subscribers.mjs "ws://127.0.0.1:$MANAGER_PORT/ws" "$TOKEN" "$projects" "$subscribers" \
    "$WARMUP" "$MEASURE" > "$WORK/$name.out" 2> "$WORK/$name.err" &
  local node_pid=$!
  for _ in $(seq 1 100); do grep -q ready "$WORK/$name.out" && break; sleep 0.1; done
  relay_before=$(metric "$M" mockapi_relay_events_dropped_total)
  engine_before=$(metric "$E" mockapi_engine_log_events_dropped_total)
  out=$(PACE_MS=$pace PATHS=$paths wrk -t1 -c"$connections" -d"$((WARMUP + MEASURE))s" -s bench/paced.lua "$E")
  wait "$node_pid"
  relay_after=$(metric "$M" mockapi_relay_events_dropped_total)
  engine_after=$(metric "$E" mockapi_engine_log_events_dropped_total)
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  summary=$(grep '^{' "$WORK/$name.out")
  echo "   wrk: $rps req/s; subscribers: $summary"
  ROWS+=("$(python3 - "$name" "$subscribers" "$rps" "$summary" "$relay_before" "$relay_after" "$engine_before" "$engine_after" <<'PY'
import json, sys
name, subs, rps, summary, rb, ra, eb, ea = sys.argv[1:]
s = json.loads(summary)
drop = lambda a, b: int(float(b or 0) - float(a or 0))
print(f"| {name} | {subs} | {float(rps):,.0f} | {s['framesPerSecond']:,} | {s['perClientMin']:,} / {s['perClientMax']:,} "
      f"| {s['p50Ms']} | {s['p99Ms']} | {s['maxMs']} | {drop(rb, ra):,} | {drop(eb, ea):,} | {s['errors']} |")
PY
)")
}

wants() { [[ " $SCENARIOS " == *" $1 "* ]]; }
wants A && scenario A 1 "$ONE_PROJECT" "$ONE_PATH" 12 10
wants B && scenario B 50 "$ALL_PROJECTS" "$ALL_PATHS" 60 10
wants C && scenario C 50 "$ONE_PROJECT" "$ONE_PATH" 12 10

{
  echo "Relay benchmark, $(date -u +%Y-%m-%dT%H:%MZ), ${WARMUP} s warm-up + ${MEASURE} s measured per scenario"
  echo
  echo "| Scenario | Subscribers | Mock calls/s | Frames/s delivered | Events per client (min / max) | p50 ms | p99 ms | max ms | Dropped at relay | Dropped at engine | Client errors |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
} | tee "$RESULTS"
