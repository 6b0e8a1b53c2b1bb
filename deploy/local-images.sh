# Sourced by deploy/compose-test.sh and bench/startup-images.sh: makes this machine able to run
# MockAPI's images with podman (no Docker engine, no registry here) and builds them. Installs podman
# and its tools when missing (CONTAINERS_CONF names the settings runc needs here), builds local
# stand-ins for the public base images (a debootstrapped Debian root; the build's JDK, a JRE linked
# from it, this machine's node and npm; Debian's MariaDB, Redis and nginx) once into a cache, then
# the three MockAPI images, tagged mockapi/<service>:$MOCKAPI_TAG, as the Dockerfiles build them for
# users: compiled with ./mvnw and npm ci inside the build stages (Maven Central and npm's registry
# reached from the container). Sets `tag` (of the stand-ins) and `base`; a failed step exits the caller.
# MOCKAPI_COMPOSE_CACHE (default ~/.cache/mockapi-compose) holds the cache; delete it for a cold run.
CACHE=${MOCKAPI_COMPOSE_CACHE:-$HOME/.cache/mockapi-compose}
mkdir -p "$CACHE"

missing=()
for tool in podman podman-compose runc debootstrap slirp4netns fuse-overlayfs newuidmap docker-compose iptables; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing podman and its tools (missing: ${missing[*]})..."
  apt-get update -qq
  # docker-compose only validates the file; without its recommended docker.io. netavark needs iptables.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends podman podman-compose \
    runc debootstrap slirp4netns fuse-overlayfs uidmap docker-compose netavark aardvark-dns iptables >/dev/null \
    || { echo "Could not install podman and podman-compose." >&2; exit 1; }
fi
# crun, podman's default runtime, refuses to start containers here; runc works without systemd.
cat > "$CACHE/containers.conf" <<'CONF'
[containers]
default_ulimits = []
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
CONF
export CONTAINERS_CONF=$CACHE/containers.conf


# Base images, tagged with a hash of what they are made of: a changed stand-in or JDK rebuilds them.
stand_ins=deploy/compose-test
tag=$( (cat "$stand_ins"/*; "$JAVA_HOME/bin/java" -version 2>&1; node --version) | sha256sum | cut -c1-12)
base=localhost/mockapi-compose/debian:bookworm
if ! podman image exists "$base"; then
  if [ ! -f "$CACHE/debian-bookworm.tar" ]; then
    echo "Making a Debian root with debootstrap (once)..."
    rm -rf "$CACHE/rootfs"
    debootstrap --variant=minbase bookworm "$CACHE/rootfs" http://deb.debian.org/debian >"$CACHE/debootstrap.log" 2>&1 \
      || { echo "debootstrap failed: see $CACHE/debootstrap.log" >&2; exit 1; }
    rm -rf "$CACHE"/rootfs/var/cache/apt/archives/*.deb
    tar -C "$CACHE/rootfs" -cf "$CACHE/debian-bookworm.tar" . && rm -rf "$CACHE/rootfs"
  fi
  podman import -q "$CACHE/debian-bookworm.tar" "$base" >/dev/null
fi
build_stand_in() { # name
  local name=$1
  podman image exists "localhost/mockapi-compose/$name:$tag" && return 0
  echo "Building the stand-in for the $name base image (once)..."
  podman build -q --format docker --build-arg BASE_IMAGE="$base" -f "$stand_ins/$name.Dockerfile" \
    -t "localhost/mockapi-compose/$name:$tag" "$stand_ins" >/dev/null
}
# Stand-ins made of what this machine has; `prepare CONTEXT` fills the build context beside the Dockerfile.
build_host_stand_in() { # name prepare
  local name=$1 context=$CACHE/$1-context status
  podman image exists "localhost/mockapi-compose/$name:$tag" && return 0
  echo "Building the stand-in for the $name base image (once)..."
  rm -rf "$context" && mkdir -p "$context"
  "$2" "$context" && cp "$stand_ins/$name.Dockerfile" "$context/" \
    && podman build -q --format docker --build-arg BASE_IMAGE="$base" -f "$context/$name.Dockerfile" \
      -t "localhost/mockapi-compose/$name:$tag" "$context" >/dev/null
  status=$?
  rm -rf "$context"
  return $status
}
# The modules of a JRE image (java.se) and those Spring Boot and Netty reach for besides.
jre_context() {
  "$JAVA_HOME/bin/jlink" --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.management,jdk.jfr,jdk.naming.dns,jdk.charsets,jdk.localedata,jdk.net \
    --strip-debug --no-man-pages --no-header-files --output "$1/jre"
}
# The build's JDK, its trust store copied as a file (Debian's JDKs link it to /etc/ssl).
jdk_context() {
  cp -a "$(readlink -f "$JAVA_HOME")" "$1/jdk" && rm -f "$1/jdk/lib/security/cacerts" \
    && cp -L "$JAVA_HOME/lib/security/cacerts" "$1/jdk/lib/security/cacerts"
}
# This machine's node and npm, and its CA certificates: npm's registry may be reached through a
# TLS proxy that only they trust.
node_context() {
  mkdir -p "$1/node/bin" "$1/node/lib/node_modules" && cp "$(command -v node)" "$1/node/bin/" \
    && cp -a "$(npm root -g)/npm" "$1/node/lib/node_modules/" \
    && ln -s ../lib/node_modules/npm/bin/npm-cli.js "$1/node/bin/npm" \
    && cp /etc/ssl/certs/ca-certificates.crt "$1/"
}
build_host_stand_in jre jre_context || exit 1
build_host_stand_in jdk jdk_context || exit 1
build_host_stand_in node node_context || exit 1
build_stand_in redis || exit 1
build_stand_in nginx || exit 1
build_stand_in mysql || exit 1
build_stand_in prometheus || exit 1

export MOCKAPI_TAG=compose-test
build_image() { # service, extra build arguments...
  local service=$1; shift
  podman build -q --format docker "$@" -f "deploy/$service.Dockerfile" \
    -t "mockapi/$service:$MOCKAPI_TAG" . >/dev/null
}
jdk=localhost/mockapi-compose/jdk:$tag jre=localhost/mockapi-compose/jre:$tag
build_image manager --build-arg BUILD_IMAGE="$jdk" --build-arg RUNTIME_IMAGE="$jre" || exit 1
build_image engine --build-arg BUILD_IMAGE="$jdk" --build-arg RUNTIME_IMAGE="$jre" || exit 1
build_image dashboard --build-arg NODE_IMAGE="localhost/mockapi-compose/node:$tag" \
  --build-arg NGINX_IMAGE="localhost/mockapi-compose/nginx:$tag" || exit 1
