# Sourced by the bench scripts: the processes they start (stopped on exit) and a wait for HTTP.
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

wait_http() { # url: until anything answers, at most 2 minutes
  local url=$1 i
  for i in $(seq 1 240); do curl -s -o /dev/null "$url" && return 0; sleep 0.5; done
  echo "no answer from $url" >&2; return 1
}

# For the start-up benchmarks: `measure NAME URL ARGS...` calls the script's own
# `time_to_health URL RUN ARGS...` (RUN names the run: NAME-i) RUNS times and keeps the milliseconds
# in runs[NAME]; `median` of a space-separated list.
declare -A runs
measure() { # name url arguments...
  local name=$1 url=$2 i ms
  shift 2
  for i in $(seq 1 "$RUNS"); do
    ms=$(time_to_health "$url" "$name-$i" "$@")
    runs[$name]="${runs[$name]:-} $ms"
    echo "$name run $i: $ms ms"
  done
}
median() { tr ' ' '\n' | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
