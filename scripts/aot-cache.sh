#!/bin/sh
# Makes the JVM's class cache of a Spring Boot jar, the start-up time's largest saving (docs/benchmarks.md,
# "Start-up"): extracts the jar into DIR (DIR/<jar name> and DIR/lib, the layout the cache needs: no
# nested jars), then runs the application once until its context is
# refreshed (spring.context.exit=onRefresh: no port is opened, no lifecycle bean starts) with the
# JVM options given, and keeps what it loaded:
#   JDK 25 and newer: an AOT cache (JEP 483/514), DIR/app.aot;
#   JDK 21 to 24:     a CDS archive, DIR/app.jsa.
# DIR/java-options then holds the flag that uses it; run the application as
#   java $(cat DIR/java-options) <the same JVM options> -jar DIR/<jar name>
# A JVM that cannot use the cache (another JDK, other options) says so and starts without it.
# Usage: scripts/aot-cache.sh JAR DIR [JVM option...]
set -eu
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
fi

# The training run's own data folder (so the default H2 database and secret are throw-away), ports
# chosen by the system, no embedded Redis. It opens no port and no Redis connection; a database
# configured in .env or the environment is opened (and migrated by Flyway) as the start after it would.
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
if MOCKAPI_DATA_DIR=$data SERVER_PORT=0 MOCKAPI_ENGINE_PORT=0 MOCKAPI_REDIS_EMBEDDED=never \
    "$java" "$record" -Dspring.context.exit=onRefresh "$@" -jar "$app" >"$dir/training.log" 2>&1 \
    && [ -f "$cache" ]; then
  echo "$use" >"$dir/java-options"
else
  echo "No class cache for $jar (the application starts without it): see $dir/training.log" >&2
  : >"$dir/java-options"
fi
