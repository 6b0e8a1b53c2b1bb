#!/usr/bin/env bash
# Start-up in the images (issue "Run anywhere": the manager within 8 s, the engine within 3 s, in the
# images too). Builds the images as the compose test does (deploy/local-images.sh: podman, base images
# stood in for, the class caches made at build time), then times each container from `podman run` to
# the first 200 from /actuator/health, with curl polling every 50 ms: podman's own start of the
# container is part of the figure. Host network, a Redis of its own, the manager on an H2 database
# that exists already (as on a restart). Needs a quiet machine.
#   bench/startup-images.sh          5 runs of each
#   RUNS=3 bench/startup-images.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/java-env.sh

RUNS=${RUNS:-5}
MANAGER_PORT=18140 ENGINE_PORT=18141 REDIS_PORT=18144
WORK=$PWD/bench/.work/startup-images
RESULTS=bench/results/startup-images-latest.md
. deploy/local-images.sh
command -v redis-server >/dev/null || { apt-get update -qq && apt-get install -y -qq redis-server >/dev/null; }
rm -rf "$WORK" && mkdir -p "$WORK/data" bench/results
chown 10001:10001 "$WORK/data"

. bench/lib.sh
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no > "$WORK/redis.log" 2>&1 &
pids+=($!)
stop_containers() { podman ps -aq --filter name=mockapi-startup- | xargs -r podman rm -f -t 0 >/dev/null 2>&1 || true; }
trap 'stop_containers; cleanup' EXIT
stop_containers

# Milliseconds from `podman run` to the first 200 of `url`; the container is removed after.
time_to_health() { # url run podman-run-arguments...
  local url=$1 name=mockapi-startup-$2 start
  shift 2
  start=$(date +%s%N)
  podman run -d --name "$name" --network host -e SPRING_DATA_REDIS_PORT="$REDIS_PORT" "$@" >/dev/null
  until curl -sf -o /dev/null "$url"; do
    [ "$(podman inspect -f '{{.State.Running}}' "$name")" = true ] \
      || { podman logs "$name" >&2; echo "$name exited" >&2; return 1; }
    sleep 0.05
  done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
  podman rm -f -t 10 "$name" >/dev/null
}

M="http://127.0.0.1:$MANAGER_PORT/actuator/health" E="http://127.0.0.1:$ENGINE_PORT/actuator/health"
manager=(-e SERVER_PORT="$MANAGER_PORT" -e MOCKAPI_REDIS_EMBEDDED=never -v "$WORK/data:/app/data"
  -e SECRET_KEY=bench-secret-bench-secret-bench-secret-0123 "mockapi/manager:$MOCKAPI_TAG")
engine=(-e MOCKAPI_ENGINE_PORT="$ENGINE_PORT" "mockapi/engine:$MOCKAPI_TAG")
time_to_health "$M" first "${manager[@]}" > /dev/null # creates the schema

measure manager "$M" "${manager[@]}"
measure engine "$E" "${engine[@]}"

{
  echo "# Start-up in the images, $(date -u +%Y-%m-%d) ($(nproc) cores, podman $(podman version -f '{{.Client.Version}}'), load before: $(cut -d' ' -f1-3 /proc/loadavg))"
  echo
  echo "\`podman run\` to the first 200 from /actuator/health, $RUNS runs each (\`bench/startup-images.sh\`;"
  echo "base images stood in for as in the compose test: a JRE linked from $("$JAVA_HOME/bin/java" -version 2>&1 | head -1))."
  echo
  echo "| Image | Median | All runs (ms) | Goal |"
  echo "|---|---|---|---|"
  echo "| mockapi/manager | $(median <<< "${runs[manager]# }") ms | ${runs[manager]# } | 8 000 ms |"
  echo "| mockapi/engine | $(median <<< "${runs[engine]# }") ms | ${runs[engine]# } | 3 000 ms |"
} | tee "$RESULTS"
