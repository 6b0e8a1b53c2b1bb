# Test stand-in for nginx:1.27-alpine: Debian's nginx (1.22) and the wget the alpine image has.
ARG BASE_IMAGE
FROM ${BASE_IMAGE}
RUN apt-get update && apt-get install -y --no-install-recommends nginx-light wget \
    && rm -rf /var/lib/apt/lists/* && mkdir -p /usr/share/nginx/html
EXPOSE 8080
CMD ["nginx", "-g", "daemon off;"]
