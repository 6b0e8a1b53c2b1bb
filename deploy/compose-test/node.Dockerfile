# Test stand-in for node:20: the Debian root deploy/local-images.sh made, with this machine's node and
# npm (in the build context's node/) and its CA certificates, which npm's registry may need here.
ARG BASE_IMAGE
FROM ${BASE_IMAGE}
COPY node /usr/local
COPY ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
