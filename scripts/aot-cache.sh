#!/bin/sh
# Makes the JVM's class cache of a Spring Boot jar, the start-up time's largest saving (docs/benchmarks.md,
# "Start-up"): extracts the jar into DIR (DIR/<jar name> and DIR/lib, the layout the cache needs: no
# nested jars), then runs the application once until its context is
# refreshed (spring.context.exit=onRefresh: no port is opened, no lifecycle bean starts) with the
# JVM options given, and keeps what it loaded:
#   JDK 25 and newer: an AOT cache (JEP 483/514), DIR/app.aot;
#   JDK 21 to 24:     a CDS archive, DIR/app.jsa.
# With --full-start (JDK 25 and newer; the engine's choice) the training run starts the application
# fully instead, on ports chosen by the system and with Redis at a closed port (the engine starts
# without Redis), and stops it with SIGTERM once it has started: the cache then also holds what
# opening the server and the first Redis connection load, about 0.3 s of the engine's start.
# DIR/java-options then holds the flag that uses it; run the application as
#   java $(cat DIR/java-options) <the same JVM options> -jar DIR/<jar name>
# A JVM that cannot use the cache (another JDK, other options) says so and starts without it.
# Usage: scripts/aot-cache.sh [--full-start] JAR DIR [JVM option...]
set -eu
full_start=false
if [ "$1" = --full-start ]; then
  full_start=true
  shift
fi
jar=$1 dir=$2
shift 2
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

rm -rf "$dir"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
app=$dir/$(basename "$jar")
version=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
if [ "${version%%.*}" -ge 25 ]; then
  cache=$dir/app.aot record=-XX:AOTCacheOutput=$cache use=-XX:AOTCache=$cache
else
  cache=$dir/app.jsa record=-XX:ArchiveClassesAtExit=$cache use=-XX:SharedArchiveFile=$cache
  full_start=false
fi

# The training run's own data folder (so the default H2 database and secret are throw-away), ports
# chosen by the system, no embedded Redis. Until its context is refreshed it opens no port and no Redis
# connection; a database configured in .env or the environment is opened (and migrated by Flyway) as
# the start after it would.
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
log=$dir/training.log

# Waits up to 120 s for `condition` (a shell command) to hold.
await() {
  tries=0
  until eval "$1"; do
    tries=$((tries + 1))
    [ "$tries" -le 1200 ] || return 1
    sleep 0.1
  done
}

train() { # JVM option...
  if ! $full_start; then
    "$java" "$record" -Dspring.context.exit=onRefresh "$@" -jar "$app" >"$log" 2>&1
    return
  fi
  "$java" "$record" "$@" -jar "$app" --spring.data.redis.host=127.0.0.1 --spring.data.redis.port=1 \
    >"$log" 2>&1 &
  pid=$!
  if ! await "grep -q 'Started [A-Za-z]* in ' '$log' || ! kill -0 $pid 2>/dev/null" || ! kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid" 2>/dev/null || true
    return 1
  fi
  kill -TERM "$pid"
  wait "$pid" || true
  # The JVM assembles the cache in a child process that may outlive it.
  await "[ -s '$cache' ] && [ ! -e '$cache.config' ]"
}

if MOCKAPI_DATA_DIR=$data SERVER_PORT=0 MOCKAPI_ENGINE_PORT=0 MOCKAPI_REDIS_EMBEDDED=never train "$@" \
    && [ -f "$cache" ]; then
  echo "$use" >"$dir/java-options"
else
  echo "No class cache for $jar (the application starts without it): see $log" >&2
  : >"$dir/java-options"
fi
