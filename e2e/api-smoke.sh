#!/usr/bin/env bash
# End-to-end check of the built jars as a user drives them with curl: manager and engine on ports of
# their own, an H2 database in a temporary folder, Redis database 12 (keys removed afterwards).
# Register -> login -> org -> project -> endpoint -> call its mock URL; a saved change must be served
# by the engine within 1 s; a seeded CRUD resource answers POST, list, get by id, and resets; a
# STOMP client (e2e/stomp-watch.mjs) sees mock calls live and another tenant's is refused; calls show
# up in the project's analytics; the Grafana dashboard's metrics are served.
# Prints "N passed, M failed" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/java-env.sh

M=18000 E=18001
. e2e/stack.sh
passed=0 failed=0

check() { # description, command...
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok   $what"; else failed=$((failed + 1)); echo "FAIL $what"; fi
}

json() { python3 -c "import sys,json; print(json.load(sys.stdin)$1)"; }

A=localhost:$M/api
email="e2e-$RANDOM$RANDOM@example.com"
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$A/auth/register" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"password-123\"}")
check "register answers 201" [ "$status" = 201 ]
token=$(curl -s -X POST "$A/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"password-123\"}" | json '["accessToken"]')
check "login gives an access token" [ -n "$token" ]
auth="Authorization: Bearer $token"
org=$(curl -s -X POST "$A/orgs" -H "$auth" -H 'Content-Type: application/json' -d '{"name":"E2E"}' | json '["id"]')
project=$(curl -s -X POST "$A/orgs/$org/projects" -H "$auth" -H 'Content-Type: application/json' \
  -d '{"name":"E2E Shop"}')
pid=$(json '["id"]' <<< "$project")
base=$(json '["mockBaseUrl"]' <<< "$project")
check "project has a mock base URL on the engine" [ "${base%/mock/*}" = "http://localhost:$E" ]

endpoint=$(curl -s -X POST "$A/projects/$pid/endpoints" -H "$auth" -H 'Content-Type: application/json' \
  -d '{"method":"GET","path":"/users/{id}","response":{"status":200,"headers":{"Content-Type":"application/json"},"body":"{\"id\": \"{{request.path.id}}\", \"name\": \"{{Faker.name()}}\"}"}}')
eid=$(json '["id"]' <<< "$endpoint")
start=$(date +%s%N)
body=""
for _ in $(seq 1 100); do
  body=$(curl -sf "$base/users/7") && break
  sleep 0.02
done
elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
check "saved endpoint is served within 1 s (took ${elapsed} ms)" [ "$elapsed" -lt 1000 ]
check "mock renders the path parameter" [ "$(json '["id"]' <<< "$body")" = 7 ]
check "mock renders a fake name" [ -n "$(json '["name"]' <<< "$body")" ]

version=$(json '["version"]' <<< "$endpoint")
updated=$(curl -s -o /dev/null -w '%{http_code}' -X PUT "$A/projects/$pid/endpoints/$eid" -H "$auth" \
  -H 'Content-Type: application/json' \
  -d '{"method":"GET","path":"/users/{id}","response":{"status":202,"body":"{\"changed\": true}"},"version":'"$version"'}')
check "update with the version read answers 200" test "$updated" = 200
start=$(date +%s%N)
code=""
for _ in $(seq 1 100); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$base/users/7")
  [ "$code" = 202 ] && break
  sleep 0.02
done
elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
check "updated endpoint is served within 1 s (took ${elapsed} ms)" test "$code" = 202 -a "$elapsed" -lt 1000

resource=$(curl -s -w '\n%{http_code}' -X POST "$A/projects/$pid/resources" -H "$auth" \
  -H 'Content-Type: application/json' -d '{"name":"people","seedCount":2}')
check "resource shortcut creates six endpoints (201)" \
  test "$(tail -1 <<< "$resource")" = 201 -a "$(head -1 <<< "$resource" | json '["endpoints"].__len__()')" = 6
for _ in $(seq 1 50); do curl -sf "$base/people" >/dev/null && break; sleep 0.02; done
created=$(curl -s -w '\n%{http_code}' -X POST "$base/people" -H 'Content-Type: application/json' \
  -d '{"name":"Ada Lovelace"}')
check "POST to the resource's mock URL stores the item with the next id (201, id 3)" \
  test "$(tail -1 <<< "$created")" = 201 -a "$(head -1 <<< "$created" | json '["id"]')" = 3
check "the item is in the list" \
  [ "$(curl -s "$base/people?name=Ada%20Lovelace" | json '[0]["id"]')" = 3 ]
check "the item is served by id" [ "$(curl -s "$base/people/3" | json '["name"]')" = "Ada Lovelace" ]
check "the list pages with X-Total-Count" \
  [ "$(curl -s -D - -o /dev/null "$base/people?_page=1&_limit=2" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-total-count" {print $2}')" = 3 ]
check "the manager counts the collection" \
  [ "$(curl -s "$A/projects/$pid/state" -H "$auth" | json '["collections"][0]["count"]')" = 3 ]
curl -s -o /dev/null -X DELETE "$A/projects/$pid/state/people" -H "$auth"
check "a reset restores the seeded items" \
  [ "$(curl -s "$base/people" | json '.__len__()')" = 2 ]

code=$(curl -s -o /dev/null -w '%{http_code}' "$base/nothing-here")
check "unmatched path answers 404" [ "$code" = 404 ]

# The live inspector: a STOMP client sees each mock call; another tenant is refused and sees nothing.
watch() { # token, log file
  node e2e/stomp-watch.mjs "ws://localhost:$M/ws" "$1" "$pid" > "$2" 2>&1 &
  pids+=($!)
}
stranger=$(curl -s -X POST "$A/auth/register" -H 'Content-Type: application/json' \
  -d "{\"email\":\"other-$email\",\"password\":\"password-123\"}" >/dev/null;
  curl -s -X POST "$A/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"other-$email\",\"password\":\"password-123\"}" | json '["accessToken"]')
watch "$token" "$DATA/live.log"
watch "$stranger" "$DATA/stranger.log"
for _ in $(seq 1 100); do grep -q connected "$DATA/live.log" && break; sleep 0.1; done
seen=""
for i in $(seq 1 50); do # until the subscription is in place, then the call shows
  curl -s -o /dev/null "$base/people/live-$i"
  if grep -q '"path":"/people/live-' "$DATA/live.log"; then seen=yes; break; fi
  sleep 0.1
done
check "a STOMP subscriber sees the mock call live" [ -n "$seen" ]
for _ in $(seq 1 50); do grep -q error "$DATA/stranger.log" && break; sleep 0.1; done
check "another org's member is refused the topic and sees nothing" \
  test "$(grep -c '"path"' "$DATA/stranger.log")" = 0 -a "$(grep -c "Project $pid not found" "$DATA/stranger.log")" = 1
probe=$(curl -s -X POST "$A/projects/$pid/endpoints" -H "$auth" -H 'Content-Type: application/json' \
  -d '{"method":"GET","path":"/probe","response":{"status":200,"body":"ok"}}' | json '["id"]')
for _ in $(seq 1 100); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/probe")" = 200 ] && break; sleep 0.02
done
curl -s -o /dev/null "$base/probe"; curl -s -o /dev/null "$base/probe"
# The engine adds its counts to Redis periodically: poll for up to 10 s.
probe_calls=0
for _ in $(seq 1 50); do
  analytics=$(curl -s "$A/projects/$pid/analytics?window=1h" -H "$auth")
  probe_calls=$(python3 -c "import sys, json; a = json.load(sys.stdin)
print(next((e['requests'] for e in a['topEndpoints'] if e['endpointId'] == $probe), 0))" <<< "$analytics")
  [ "$probe_calls" = 3 ] && break
  sleep 0.2
done
check "analytics count the 3 calls of a new endpoint within 10 s (saw $probe_calls)" [ "$probe_calls" = 3 ]
check "analytics count the unmatched call" [ "$(json '["totals"]["unmatched"] >= 1' <<< "$analytics")" = True ]
check "analytics of the last hour have 60 minute points" [ "$(json '["series"].__len__()' <<< "$analytics")" = 60 ]
missing="" scraped=$(curl -s "localhost:$M/actuator/prometheus" "localhost:$E/actuator/prometheus")
for metric in $(grep -o 'mockapi_[a-z_]*' deploy/grafana/mockapi-dashboard.json | sed 's/_bucket$//' | sort -u); do
  grep -q "^$metric" <<< "$scraped" || missing="$missing $metric"
done
check "every metric of the Grafana dashboard is served${missing:+ (missing:$missing)}" [ -z "$missing" ]
curl -s -o /dev/null -X DELETE "$A/projects/$pid" -H "$auth"
for _ in $(seq 1 50); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$base/users/7"); [ "$code" = 404 ] && break; sleep 0.02
done
check "a deleted project stops being served" [ "$code" = 404 ]

echo "api-smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
