#!/usr/bin/env bash
# Benchmark of the OpenAPI import (issue "Import and export": a 5 MiB spec with 500 operations imports
# in under 5 s). The spec is the tests' own generator (OpenApiSpecs: petstore-like resources with $ref,
# allOf, oneOf, bounded arrays, enums and formats, padded to the size). Each run uploads it through the
# API into a new project, as the dashboard does: first a dry run, then the import; the time is curl's,
# from the first byte sent to the last byte of the answer. Needs a quiet machine.
#   bench/import.sh                          3 runs, 500 operations, 5 MiB
#   RUNS=1 OPERATIONS=100 SIZE=1048576 bench/import.sh
# No peer is compared: neither WireMock nor MockServer imports OpenAPI in its open-source server.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/java-env.sh

RUNS=${RUNS:-3}
OPERATIONS=${OPERATIONS:-500}
SIZE=${SIZE:-5242880}
MANAGER_PORT=18120 ENGINE_PORT=18121 REDIS_PORT=18124
WORK=bench/.work/import
RESULTS=bench/results/import-latest.md

command -v redis-server >/dev/null || { apt-get update -qq && apt-get install -y -qq redis-server >/dev/null; }
rm -rf "$WORK" && mkdir -p "$WORK" bench/results

echo "== building the manager and the engine (and the tests' spec generator)"
./mvnw -B -q -T 2 -DskipTests -Dspotless.check.skip=true -pl manager-api,mock-engine -am package \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/classpath.txt
java -cp "manager-api/target/test-classes:$(cat manager-api/target/classpath.txt)" \
  dev.mockapi.manager.transfer.openapi.OpenApiSpecs "$OPERATIONS" "$SIZE" "$WORK/spec.json"
SPEC_BYTES=$(stat -c %s "$WORK/spec.json")

. bench/lib.sh
json() { python3 -c "import sys,json; print(json.load(sys.stdin)$1)"; }

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no > "$WORK/redis.log" 2>&1 &
pids+=($!)
export SPRING_DATA_REDIS_PORT=$REDIS_PORT MOCKAPI_REDIS_EMBEDDED=never MOCKAPI_DATA_DIR=$WORK/data \
  SECRET_KEY=bench-secret-bench-secret-bench-secret-0123 MOCKAPI_ENGINE_PUBLIC_URL=http://127.0.0.1:$ENGINE_PORT
MANAGER_JAVA_OPTS=$(sed -n 's/^MANAGER_JAVA_OPTS_DEFAULT="\(.*\)"$/\1/p' start.sh)
ENGINE_JAVA_OPTS=$(sed -n 's/^ENGINE_JAVA_OPTS_DEFAULT="\(.*\)"$/\1/p' start.sh)
# shellcheck disable=SC2086
SERVER_PORT=$MANAGER_PORT java $MANAGER_JAVA_OPTS -jar manager-api/target/manager-api-0.1.0-SNAPSHOT.jar \
  > "$WORK/manager.log" 2>&1 &
pids+=($!)
# shellcheck disable=SC2086
MOCKAPI_ENGINE_PORT=$ENGINE_PORT java $ENGINE_JAVA_OPTS -jar mock-engine/target/mock-engine-0.1.0-SNAPSHOT.jar \
  > "$WORK/engine.log" 2>&1 &
pids+=($!)
M=http://127.0.0.1:$MANAGER_PORT E=http://127.0.0.1:$ENGINE_PORT
wait_http "$M/actuator/health"; wait_http "$E/actuator/health"

curl -sf -o /dev/null -X POST "$M/api/auth/register" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.com","password":"password-123"}'
TOKEN=$(curl -sf -X POST "$M/api/auth/login" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.com","password":"password-123"}' | json '["accessToken"]')
AUTH="Authorization: Bearer $TOKEN"
ORG=$(curl -sf -X POST "$M/api/orgs" -H "$AUTH" -H 'Content-Type: application/json' -d '{"name":"Bench"}' | json '["id"]')

upload() { # project dryRun -> "seconds created untranslated"
  local out
  out=$(curl -s -o "$WORK/report.json" -w '%{http_code} %{time_total}' -X POST "$M/api/projects/$1/import?format=openapi&mode=replace&dryRun=$2" \
    -H "$AUTH" -H 'Content-Type: application/json' --data-binary "@$WORK/spec.json")
  [ "${out%% *}" = 200 ] || { echo "import answered ${out%% *}: $(head -c 500 "$WORK/report.json")" >&2; exit 1; }
  echo "${out#* } $(json '["created"]' < "$WORK/report.json") $(json '["untranslated"].__len__()' < "$WORK/report.json")"
}

DRY=() REAL=()
for run in $(seq 1 "$RUNS"); do
  project=$(curl -sf -X POST "$M/api/orgs/$ORG/projects" -H "$AUTH" -H 'Content-Type: application/json' \
    -d "{\"name\":\"Import bench $run\"}")
  id=$(json '["id"]' <<< "$project") slug=$(json '["slug"]' <<< "$project")
  read -r dry planned _ <<< "$(upload "$id" true)"
  read -r real created untranslated <<< "$(upload "$id" false)"
  [ "$planned" = "$OPERATIONS" ] && [ "$created" = "$OPERATIONS" ] \
    || { echo "expected $OPERATIONS endpoints, planned $planned, created $created" >&2; exit 1; }
  # A generated mock answers once the route table is out: the import is served, not only stored.
  for _ in $(seq 1 100); do curl -sf -o /dev/null "$E/mock/$slug/resources0" && break; sleep 0.1; done
  status=$(curl -s -o /dev/null -w '%{http_code}' "$E/mock/$slug/resources0/42")
  echo "   run $run: dry run ${dry} s, import ${real} s, $created endpoints, $untranslated untranslated, GET /resources0/42 -> $status"
  DRY+=("$dry") REAL+=("$real")
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
{
  echo "Import benchmark, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD), $RUNS run(s)"
  echo
  echo "| Spec | Operations | Dry run (median) | Import (median) | All runs, import |"
  echo "|---|---|---|---|---|"
  echo "| OpenAPI 3.0 JSON, $SPEC_BYTES bytes | $OPERATIONS | $(median "${DRY[@]}") s | $(median "${REAL[@]}") s | ${REAL[*]} |"
} | tee "$RESULTS"
