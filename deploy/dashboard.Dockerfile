# The dashboard, served by nginx, which also proxies /api and /ws to the manager and /mock to the
# engines (deploy/nginx/nginx.conf). Built from the repository root:
#   docker build -f deploy/dashboard.Dockerfile -t mockapi/dashboard .
# Builds with npm ci in NODE_IMAGE (deploy/local-images.sh builds it so, on stand-in base images).
ARG NODE_IMAGE=node:20
ARG NGINX_IMAGE=nginx:1.27-alpine

FROM ${NODE_IMAGE} AS build
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund --loglevel=error
COPY frontend/ ./
RUN npm run build

FROM ${NGINX_IMAGE} AS runtime
COPY deploy/nginx/nginx.conf /etc/nginx/nginx.conf
# nginx's own unprivileged user (101 in the official image); it listens on 8080 and keeps its pid
# and temporary files under /tmp, so nothing runs as root.
USER 101:101
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=3 \
    CMD ["sh", "-c", "wget -q -O /dev/null http://127.0.0.1:8080/healthz || curl -sf -o /dev/null http://127.0.0.1:8080/healthz"]
CMD ["nginx", "-g", "daemon off;"]

FROM runtime
COPY --from=build /src/frontend/dist /usr/share/nginx/html
