# Test stand-in for prom/prometheus: Debian's Prometheus (2.42), run as prom/prometheus runs it (user
# nobody, data under /prometheus: Debian's build defaults to /var/lib/prometheus), with the wget its
# busybox base has.
ARG BASE_IMAGE
FROM ${BASE_IMAGE}
RUN apt-get update && apt-get install -y --no-install-recommends prometheus wget \
    && rm -rf /var/lib/apt/lists/* && mkdir /prometheus && chown nobody:nogroup /prometheus
WORKDIR /prometheus
USER nobody
EXPOSE 9090
ENTRYPOINT ["/usr/bin/prometheus", "--storage.tsdb.path=/prometheus/data"]
CMD ["--config.file=/etc/prometheus/prometheus.yml"]
