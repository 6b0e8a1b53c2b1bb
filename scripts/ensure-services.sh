# Sourced by test.sh: makes sure the MariaDB and Redis the integration tests use are answering,
# starting the locally installed servers when they are down. Machines without them still run the
# suites that need neither (the tests say which they skipped; under CI=true a missing DB fails).

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for_port() {
  local port=$1 i
  for i in $(seq 1 60); do port_open "$port" && return 0; sleep 0.5; done
  return 1
}

if ! port_open 3306 && [ -x /usr/sbin/mariadbd ] && command -v start-stop-daemon >/dev/null; then
  echo "MariaDB is not answering on 3306; starting the local server"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd || true
  wait_for_port 3306 || echo "MariaDB did not come up on 3306"
fi

if ! port_open 6379 && command -v redis-server >/dev/null; then
  echo "Redis is not answering on 6379; starting the local server"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null || true
  wait_for_port 6379 || echo "Redis did not come up on 6379"
fi
