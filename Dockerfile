# The Signaalkaart server as a container image: Node 24 LTS, production dependencies and the build output only,
# a non-root user, settings from the environment (see README, "Op een server zetten").
#   docker build -t signaalkaart .
#   docker run --read-only --tmpfs /tmp -p 3978:3978 -e TAB_ENDPOINT=https://… signaalkaart
ARG BASE_IMAGE=node:24-bookworm-slim

# Build: all dependencies, then the production bundle and the prerendered pages into dist/.
FROM ${BASE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Production dependencies alone, from the same lockfile.
FROM ${BASE_IMAGE} AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM ${BASE_IMAGE}
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3978
WORKDIR /app
# Owned by root and read-only to the app; nothing is written at run time (the root file system may be
# read-only; /tmp as a tmpfs is enough).
COPY --from=dependencies /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
# The base image's user `node`; numeric, so an orchestrator can verify it is not root.
USER 1000:1000
EXPOSE 3978
# No curl in the slim image: Node asks /healthz itself.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Node itself is process 1, so SIGTERM (docker stop) reaches the server, which then stops gracefully.
CMD ["node", "dist/server/main.js"]
