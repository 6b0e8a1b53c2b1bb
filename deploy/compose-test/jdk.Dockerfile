# Test stand-in for eclipse-temurin:21-jdk: the Debian root deploy/local-images.sh made, with the JDK
# the build uses, in the build context's jdk/.
ARG BASE_IMAGE
FROM ${BASE_IMAGE}
COPY jdk /opt/java
ENV JAVA_HOME=/opt/java PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
