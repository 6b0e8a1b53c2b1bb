# Test stand-in for mysql:8.4, which Debian does not package: Debian's MariaDB (10.11), set up from the
# same MYSQL_* variables by mysql-entrypoint.sh, data in /var/lib/mysql.
ARG BASE_IMAGE
FROM ${BASE_IMAGE}
RUN apt-get update && apt-get install -y --no-install-recommends mariadb-server \
    && rm -rf /var/lib/apt/lists/* /var/lib/mysql/* \
    && mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld /var/lib/mysql
COPY mysql-entrypoint.sh /usr/local/bin/
EXPOSE 3306
ENTRYPOINT ["/usr/local/bin/mysql-entrypoint.sh"]
