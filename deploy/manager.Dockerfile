# The manager API. Built from the repository root:
#   docker build -f deploy/manager.Dockerfile -t mockapi/manager .
# Compiles with ./mvnw in BUILD_IMAGE (deploy/local-images.sh builds it so, on stand-in base images).
ARG BUILD_IMAGE=eclipse-temurin:21-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:21-jre

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY shared-model/pom.xml shared-model/
COPY manager-api/pom.xml manager-api/
COPY mock-engine/pom.xml mock-engine/
COPY hostile-tenant/pom.xml hostile-tenant/
COPY shared-model/src shared-model/src
COPY manager-api/src manager-api/src
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -pl manager-api -am -DskipTests -Dspotless.check.skip=true package \
    && cp manager-api/target/manager-api-*.jar /manager.jar

FROM ${RUNTIME_IMAGE} AS runtime
# A user of its own, no shell login, no home: the image's files are root's and read-only to it.
RUN mkdir -p /app/data && chown 10001:10001 /app/data
WORKDIR /app
USER 10001:10001
ENV MOCKAPI_DATA_DIR=/app/data \
    MANAGER_JAVA_OPTS="-Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
EXPOSE 8000
# bash's /dev/tcp, so the check needs neither curl nor a second JVM.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT:-8000} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q '\"UP\"' <&3"]
ENTRYPOINT ["sh", "-c", "exec java $(cat /app/manager/java-options) $MANAGER_JAVA_OPTS -jar /app/manager/manager.jar \"$@\"", "--"]

FROM runtime
COPY --from=build /manager.jar /tmp/manager.jar
# The JVM's class cache (scripts/aot-cache.sh), made with the image's own JVM and options.
USER root
COPY scripts/aot-cache.sh /usr/local/bin/
RUN sh /usr/local/bin/aot-cache.sh /tmp/manager.jar /app/manager $MANAGER_JAVA_OPTS && rm /tmp/manager.jar
USER 10001:10001
