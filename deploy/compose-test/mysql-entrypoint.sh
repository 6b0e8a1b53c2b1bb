#!/bin/bash
# What mysql:8.4's entrypoint does with MYSQL_ROOT_PASSWORD, MYSQL_DATABASE, MYSQL_USER and
# MYSQL_PASSWORD, for MariaDB: on an empty data directory only, then the server on port 3306.
set -euo pipefail
if [ ! -d /var/lib/mysql/mysql ]; then
  chown mysql:mysql /var/lib/mysql
  mariadb-install-db --user=mysql --datadir=/var/lib/mysql --skip-test-db > /dev/null
  mariadbd --user=mysql --skip-networking --socket=/tmp/init.sock &
  until mariadb-admin --socket=/tmp/init.sock ping --silent 2>/dev/null; do sleep 0.5; done
  mariadb --socket=/tmp/init.sock <<SQL
ALTER USER 'root'@'localhost' IDENTIFIED BY '${MYSQL_ROOT_PASSWORD}';
CREATE DATABASE \`${MYSQL_DATABASE}\`;
CREATE USER '${MYSQL_USER}'@'%' IDENTIFIED BY '${MYSQL_PASSWORD}';
GRANT ALL ON \`${MYSQL_DATABASE}\`.* TO '${MYSQL_USER}'@'%';
SQL
  mariadb-admin --socket=/tmp/init.sock -uroot -p"${MYSQL_ROOT_PASSWORD}" shutdown
  wait
fi
exec mariadbd --user=mysql --bind-address=0.0.0.0 "$@"
