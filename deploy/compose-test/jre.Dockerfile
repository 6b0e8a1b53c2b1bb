# Test stand-in for eclipse-temurin:21-jre: the Debian root deploy/local-images.sh made, with the JRE
# it linked (jlink) from the JDK the build uses, in the build context's jre/.
ARG BASE_IMAGE
FROM ${BASE_IMAGE}
COPY jre /opt/java
ENV JAVA_HOME=/opt/java PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
