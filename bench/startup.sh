#!/usr/bin/env bash
# Benchmark of start-up (issue "Run anywhere": the manager answers its health check within 8 s of
# launch, the engine within 3 s). Each run launches one process with start.sh's JVM settings and
# times it from launch to the first 200 from /actuator/health, with curl polling every 50 ms: the
# manager on an H2 database that exists already (start.sh's second run; the first run also creates
# the schema) and the engine on a Redis of its own, each as start.sh runs it (the class cache of
# scripts/aot-cache.sh) and as the plain jar. Needs a quiet machine.
#   bench/startup.sh            5 runs of each
#   RUNS=3 bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/java-env.sh

RUNS=${RUNS:-5}
MANAGER_PORT=18130 ENGINE_PORT=18131 REDIS_PORT=18134
WORK=bench/.work/startup
RESULTS=bench/results/startup-latest.md
MANAGER_JAR=manager-api/target/manager-api-0.1.0-SNAPSHOT.jar
ENGINE_JAR=mock-engine/target/mock-engine-0.1.0-SNAPSHOT.jar

command -v redis-server >/dev/null || { apt-get update -qq && apt-get install -y -qq redis-server >/dev/null; }
rm -rf "$WORK" && mkdir -p "$WORK" bench/results

echo "== building the manager and the engine, and their class caches"
./mvnw -B -q -T 2 -DskipTests -Dspotless.check.skip=true -pl manager-api,mock-engine -am package
MANAGER_JAVA_OPTS=$(sed -n 's/^MANAGER_JAVA_OPTS_DEFAULT="\(.*\)"$/\1/p' start.sh)
ENGINE_JAVA_OPTS=$(sed -n 's/^ENGINE_JAVA_OPTS_DEFAULT="\(.*\)"$/\1/p' start.sh)
# shellcheck disable=SC2086
scripts/aot-cache.sh "$MANAGER_JAR" "$WORK/manager" $MANAGER_JAVA_OPTS
# shellcheck disable=SC2086
scripts/aot-cache.sh --full-start "$ENGINE_JAR" "$WORK/engine" $ENGINE_JAVA_OPTS

. bench/lib.sh
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no > "$WORK/redis.log" 2>&1 &
pids+=($!)
export SPRING_DATA_REDIS_PORT=$REDIS_PORT MOCKAPI_REDIS_EMBEDDED=never MOCKAPI_DATA_DIR=$WORK/data \
  SECRET_KEY=bench-secret-bench-secret-bench-secret-0123 SERVER_PORT=$MANAGER_PORT MOCKAPI_ENGINE_PORT=$ENGINE_PORT

# Milliseconds from launch to the first 200 of `url`; the process is stopped after.
time_to_health() { # url run java-arguments...
  local url=$1 log=$WORK/$2.log start pid
  shift 2
  start=$(date +%s%N)
  java "$@" > "$log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "$url"; do
    kill -0 "$pid" 2>/dev/null || { echo "it exited: see $log" >&2; return 1; }
    sleep 0.05
  done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
  kill "$pid" && wait "$pid" 2>/dev/null || true
}

# shellcheck disable=SC2086
time_to_health "http://127.0.0.1:$MANAGER_PORT/actuator/health" first $MANAGER_JAVA_OPTS \
  -jar "$MANAGER_JAR" > /dev/null # creates the schema: the runs below find it

M="http://127.0.0.1:$MANAGER_PORT/actuator/health" E="http://127.0.0.1:$ENGINE_PORT/actuator/health"
# shellcheck disable=SC2086
{
  measure manager-cache "$M" $(cat "$WORK/manager/java-options") $MANAGER_JAVA_OPTS -jar "$WORK/manager/$(basename "$MANAGER_JAR")"
  measure manager-jar "$M" $MANAGER_JAVA_OPTS -jar "$MANAGER_JAR"
  measure engine-cache "$E" $(cat "$WORK/engine/java-options") $ENGINE_JAVA_OPTS -jar "$WORK/engine/$(basename "$ENGINE_JAR")"
  measure engine-jar "$E" $ENGINE_JAVA_OPTS -jar "$ENGINE_JAR"
}

{
  echo "# Start-up, $(date -u +%Y-%m-%d) ($(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), load before: $(cut -d' ' -f1-3 /proc/loadavg))"
  echo
  echo "Launch to the first 200 from /actuator/health, $RUNS runs each (\`bench/startup.sh\`)."
  echo
  echo "| Process | Median | All runs (ms) | Goal |"
  echo "|---|---|---|---|"
  echo "| manager, class cache ($(cat "$WORK/manager/java-options")) | $(median <<< "${runs[manager-cache]# }") ms | ${runs[manager-cache]# } | 8 000 ms |"
  echo "| manager, plain jar | $(median <<< "${runs[manager-jar]# }") ms | ${runs[manager-jar]# } | |"
  echo "| engine, class cache ($(cat "$WORK/engine/java-options")) | $(median <<< "${runs[engine-cache]# }") ms | ${runs[engine-cache]# } | 3 000 ms |"
  echo "| engine, plain jar | $(median <<< "${runs[engine-jar]# }") ms | ${runs[engine-jar]# } | |"
} | tee "$RESULTS"
