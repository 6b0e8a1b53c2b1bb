# Sourced by the bench scripts: the processes they start (stopped on exit) and a wait for HTTP.
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

wait_http() { # url: until anything answers, at most 2 minutes
  local url=$1 i
  for i in $(seq 1 240); do curl -s -o /dev/null "$url" && return 0; sleep 0.5; done
  echo "no answer from $url" >&2; return 1
}
