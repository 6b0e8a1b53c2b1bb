# The mock engine. Built from the repository root:
#   docker build -f deploy/engine.Dockerfile -t mockapi/engine .
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
COPY mock-engine/src mock-engine/src
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -pl mock-engine -am -DskipTests -Dspotless.check.skip=true package \
    && cp mock-engine/target/mock-engine-*.jar /engine.jar

FROM ${RUNTIME_IMAGE} AS runtime
WORKDIR /app
USER 10001:10001
# start.sh's engine settings (bench/run.sh measures with them).
ENV ENGINE_JAVA_OPTS="-Xms64m -Xmx160m -XX:+UseSerialGC -XX:MaxDirectMemorySize=32m -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=96m -Xss512k -Dio.netty.leakDetection.level=disabled"
EXPOSE 8001
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${MOCKAPI_ENGINE_PORT:-${SERVER_PORT:-8001}} && printf 'GET /actuator/health HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q '\"UP\"' <&3"]
ENTRYPOINT ["sh", "-c", "exec java $(cat /app/engine/java-options) $ENGINE_JAVA_OPTS -jar /app/engine/engine.jar \"$@\"", "--"]

FROM runtime
COPY --from=build /engine.jar /tmp/engine.jar
# The JVM's class cache (scripts/aot-cache.sh), made with the image's own JVM and options.
USER root
COPY scripts/aot-cache.sh /usr/local/bin/
RUN sh /usr/local/bin/aot-cache.sh --full-start /tmp/engine.jar /app/engine $ENGINE_JAVA_OPTS && rm /tmp/engine.jar
USER 10001:10001
