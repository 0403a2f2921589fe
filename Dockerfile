# syntax=docker/dockerfile:1
# azsr in a container. The build stage compiles the TypeScript; the runtime stage holds only the
# production dependencies, dist/ and the knowledge, runs as the unprivileged `node` user, and has
# tini as PID 1 so SIGTERM reaches node and zombies are reaped.
# Build: docker build -t azsr .   Run: see docs/operations.md (or compose.yaml).

ARG NODE_VERSION=20

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY commands ./commands
COPY src ./src
RUN npm run build
RUN npm prune --omit=dev --no-audit --no-fund

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    KNOWLEDGE_DIR=/srv/azsr/knowledge \
    DATA_DIR=/srv/azsr/data \
    HEALTH_PORT=9464 \
    HEALTH_HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/scripts/healthcheck.mjs ./scripts/healthcheck.mjs
# The knowledge shipped with the image; mount your own over it to edit it live (compose.yaml does).
COPY knowledge /srv/azsr/knowledge
RUN mkdir -p /srv/azsr/data && chown node:node /srv/azsr/data
USER node
VOLUME ["/srv/azsr/knowledge", "/srv/azsr/data"]
# 9464: /healthz and /metrics. 3000: Slack in HTTP mode (SLACK_PORT), when used.
EXPOSE 9464 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["node", "scripts/healthcheck.mjs"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/src/main.js"]
