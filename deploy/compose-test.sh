#!/usr/bin/env bash
# Runs docker-compose.yml for real with podman and podman-compose from Debian (no Docker engine here,
# no image registry either): builds the images as deploy/local-images.sh does (base images stood in
# for), brings the stack up on a free port and walks it
# through nginx: register, project, a stateful resource, mock calls answered by both engine replicas,
# a call seen live over /ws, Prometheus scraping every service; then down and up again, and users, endpoints and state are still there.
# Always takes the stack and its volumes down. Prints "N passed, M failed" and the timings.
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/java-env.sh
started=$(date +%s)
PROJECT=mockapi-compose-test
. deploy/local-images.sh || exit 1
images_built=$(date +%s)
[ -d e2e/node_modules/@stomp ] || npm ci --prefix e2e --no-audit --no-fund --loglevel=error

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])')
export MOCKAPI_HTTP_PORT=$PORT MOCKAPI_PUBLIC_URL=http://localhost:$PORT
export MOCKAPI_MYSQL_IMAGE=localhost/mockapi-compose/mysql:$tag MOCKAPI_REDIS_IMAGE=localhost/mockapi-compose/redis:$tag
export MOCKAPI_PROMETHEUS_IMAGE=localhost/mockapi-compose/prometheus:$tag
export SECRET_KEY MYSQL_PASSWORD MYSQL_ROOT_PASSWORD REDIS_PASSWORD
SECRET_KEY=$(openssl rand -base64 48) MYSQL_PASSWORD=$(openssl rand -hex 16)
MYSQL_ROOT_PASSWORD=$(openssl rand -hex 16) REDIS_PASSWORD=$(openssl rand -hex 16)
docker-compose config -q || { echo "docker-compose rejects docker-compose.yml" >&2; exit 1; }
docker-compose --profile observability config -q \
  || { echo "docker-compose rejects docker-compose.yml with the observability profile" >&2; exit 1; }

RUN=$(mktemp -d)
compose() { podman-compose -p "$PROJECT" -f docker-compose.yml "$@" >>"$RUN/compose.log" 2>&1; }
watcher=""
teardown() { # podman-compose first, then whatever it left (it stops at the first error) by label
  [ -n "$watcher" ] && kill "$watcher" 2>/dev/null
  compose down -v
  podman ps -a -q --filter "label=io.podman.compose.project=$PROJECT" | xargs -r podman rm -f -t 5 >/dev/null 2>&1
  podman volume ls -q --filter "label=io.podman.compose.project=$PROJECT" | xargs -r podman volume rm -f >/dev/null 2>&1
  podman network rm -f "${PROJECT}_default" >/dev/null 2>&1
  rm -rf "$RUN"
}
trap teardown EXIT
compose down -v # a run stopped before its teardown

containers="${PROJECT}_mysql_1 ${PROJECT}_redis_1 ${PROJECT}_manager_1 ${PROJECT}_engine_1 ${PROJECT}_engine_2 ${PROJECT}_dashboard_1"
up() { # Without systemd podman runs no health checks by itself: run each until all pass.
  # Named: Debian's podman-compose 1.0.3 ignores profiles and would start the observability services.
  compose up -d --no-build mysql redis manager engine dashboard
  local container pending
  for _ in $(seq 1 180); do
    pending=""
    for container in $containers; do
      podman healthcheck run "$container" >/dev/null 2>&1 || pending="$pending $container"
    done
    [ -z "$pending" ] && return 0
    sleep 1
  done
  echo "Not healthy after 3 minutes:$pending" >&2
  tail -20 "$RUN/compose.log" >&2
  for container in $pending; do podman logs --tail 30 "$container" >&2; done
  return 1
}
passed=0 failed=0
check() { # description, command...
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok   $what"; else failed=$((failed + 1)); echo "FAIL $what"; fi
}
json() { python3 -c "import sys,json; print(json.load(sys.stdin)$1)"; }

up_started=$(date +%s)
up || exit 1
first_up=$(( $(date +%s) - up_started ))
check "all six containers are healthy (in ${first_up} s; the manager restarted $(podman inspect -f '{{.RestartCount}}' "${PROJECT}_manager_1") times waiting for MySQL)" true
check "the images' processes are not root" test "$(podman exec "${PROJECT}_manager_1" id -u),$(podman exec "${PROJECT}_engine_1" id -u),$(podman exec "${PROJECT}_dashboard_1" id -u)" = 10001,10001,101
check "Redis appends to its AOF" test "$(podman exec -e REDISCLI_AUTH="$REDIS_PASSWORD" "${PROJECT}_redis_1" redis-cli config get appendonly | tail -1)" = yes

U=http://localhost:$PORT A=http://localhost:$PORT/api
check "nginx serves the dashboard" grep -q '<div id="root">' <(curl -s "$U/projects/deep/link")
email="compose-$RANDOM$RANDOM@example.com"
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$A/auth/register" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"password-123\"}")
check "register through nginx answers 201" [ "$status" = 201 ]
login() { curl -s -X POST "$A/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"password-123\"}" | json '["accessToken"]'; }
token=$(login)
check "login gives an access token" [ -n "$token" ]
auth="Authorization: Bearer $token"
org=$(curl -s -X POST "$A/orgs" -H "$auth" -H 'Content-Type: application/json' -d '{"name":"Compose"}' | json '["id"]')
project=$(curl -s -X POST "$A/orgs/$org/projects" -H "$auth" -H 'Content-Type: application/json' -d '{"name":"Compose Shop"}')
pid=$(json '["id"]' <<< "$project")
mock=$(json '["mockBaseUrl"]' <<< "$project")
check "the project's mock URL is nginx's" [ "${mock%/mock/*}" = "$U" ]
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$A/projects/$pid/resources" -H "$auth" \
  -H 'Content-Type: application/json' -d '{"name":"people","seedCount":2}')
check "the resource shortcut creates a stateful resource (201)" [ "$status" = 201 ]
for _ in $(seq 1 100); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$mock/people")" = 200 ] && break; sleep 0.05; done
created=$(curl -s -X POST "$mock/people" -H 'Content-Type: application/json' -d '{"name":"Ada Lovelace"}' | json '["id"]')
check "POST to the mock through nginx stores an item (id 3)" [ "$created" = 3 ]
engines=$(for _ in $(seq 1 10); do
  curl -s -D - -o /dev/null "$mock/people/3" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-mock-engine" {print $2}'
done | sort -u)
check "both engine replicas answer and both read the item (engines: $(echo $engines))" \
  [ "$(wc -l <<< "$engines")" = 2 ]
for container in "${PROJECT}_engine_1" "${PROJECT}_engine_2"; do
  address=$(podman inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' "$container")
  check "replica $container ($address) is one of them" grep -q "^$address:8001$" <<< "$engines"
done

node e2e/stomp-watch.mjs "ws://localhost:$PORT/ws" "$token" "$pid" > "$RUN/live.log" 2>&1 &
watcher=$!
for _ in $(seq 1 100); do grep -q connected "$RUN/live.log" && break; sleep 0.1; done
seen=""
for i in $(seq 1 50); do # until the subscription is in place, then the call shows
  curl -s -o /dev/null "$mock/people/live-$i"
  if grep -q '"path":"/people/live-' "$RUN/live.log"; then seen=yes; break; fi
  sleep 0.1
done
check "a STOMP client on nginx's /ws sees a mock call live" [ -n "$seen" ]
call_id=$(grep -m1 '"path":"/people/live-' "$RUN/live.log" | json '["id"]')
logged=""
for _ in $(seq 1 50); do
  logged=$( (podman logs "${PROJECT}_engine_1"; podman logs "${PROJECT}_engine_2") 2>&1 | grep -F "$call_id" | head -1)
  [ -n "$logged" ] && break
  sleep 0.1
done
check "an engine's access log has the call as one ECS JSON line with the id the inspector showed" \
  python3 -c 'import json, sys; line = json.loads(sys.argv[1]); assert line["log"]["logger"] == "mockapi.access", line' "$logged"
kill "$watcher" 2>/dev/null; watcher=""

# The observability profile's Prometheus (a stand-in: its image cannot be pulled here) with
# deploy/observability/prometheus.yml: the manager and, found by DNS, both engine replicas scraped.
compose up -d --no-build prometheus
targets=""
for _ in $(seq 1 120); do
  targets=$(podman exec "${PROJECT}_prometheus_1" wget -qO- http://localhost:9090/api/v1/targets 2>/dev/null \
    | python3 -c 'import json, sys
active = json.load(sys.stdin)["data"]["activeTargets"]
print(" ".join(sorted(t["labels"]["job"] + "=" + t["health"] for t in active)))' 2>/dev/null)
  [ "$targets" = "mockapi-engine=up mockapi-engine=up mockapi-manager=up" ] && break
  sleep 0.5
done
check "Prometheus scrapes the manager and both engine replicas ($targets)" \
  [ "$targets" = "mockapi-engine=up mockapi-engine=up mockapi-manager=up" ]

compose down
up_started=$(date +%s)
up || exit 1
check "down and up again: all healthy (in $(( $(date +%s) - up_started )) s)" true
token=$(login)
check "the user still signs in" [ -n "$token" ]
auth="Authorization: Bearer $token"
check "the project still has the resource's six endpoints" \
  [ "$(curl -s "$A/projects/$pid/endpoints" -H "$auth" | json '.__len__()' 2>/dev/null)" = 6 ]
name=""
for _ in $(seq 1 100); do
  name=$(curl -s "$mock/people/3" | json '["name"]' 2>/dev/null) && [ -n "$name" ] && break; sleep 0.1
done
check "the stored item is still served (Redis AOF)" [ "$name" = "Ada Lovelace" ]

echo "Image sizes:"
podman images --format '  {{.Repository}}:{{.Tag}} {{.Size}}' | grep -E "mockapi/(manager|engine|dashboard):$MOCKAPI_TAG"
echo "compose-test: $passed passed, $failed failed; images built in $(( images_built - started )) s, whole run $(( $(date +%s) - started )) s"
[ "$failed" -eq 0 ]
