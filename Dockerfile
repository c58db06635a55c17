# One image for every role; the command picks it: api | worker | scheduler | migrate | cli …
# (see docker/entrypoint.sh). Build: docker build -t deployguard .

# --- build: dev dependencies, TypeScript compile, then only production dependencies kept
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: the prepare script would build before the sources are copied; re2 (the
# linear-time engine for user regexes) is a native addon, so it is built on its own afterwards
# (a prebuilt binary when one is published for this platform, else node-gyp with the toolchain)
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
RUN npm ci --ignore-scripts --no-audit --no-fund && npm rebuild re2
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY apps ./apps
COPY libs ./libs
COPY binding.gyp ./
COPY native ./native
COPY scripts/bundle-cli.js scripts/build-native.js scripts/keyword-tables.js ./scripts/
# also compiles the native keyword scan (native/, with the toolchain above) into build/Release
RUN npm run build && npm prune --omit=dev --ignore-scripts

# --- runtime: node, git (every role runs git: clone, scan, rewrite, push) and tini as PID 1
FROM node:20-bookworm-slim AS runtime
RUN apt-get update \
  && apt-get install -y --no-install-recommends git openssh-client ca-certificates tini \
  && rm -rf /var/lib/apt/lists/*
RUN groupadd --system --gid 10001 deployguard \
  && useradd --system --uid 10001 --gid deployguard --home-dir /home/deployguard --create-home deployguard \
  && mkdir -p /var/lib/deployguard/work \
  && chown -R deployguard:deployguard /var/lib/deployguard
WORKDIR /app
ENV NODE_ENV=production \
    WORKSPACE_ROOT=/var/lib/deployguard/work \
    HOME=/home/deployguard
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/build/Release/deployguard_native.node ./build/Release/
COPY bin ./bin
# The CI step (scripts/ci/deployguard-ci.sh), used by the GitLab CI template.
COPY --chmod=0755 scripts/ci/deployguard-ci.sh ./scripts/ci/deployguard-ci.sh
COPY --chmod=0755 docker/entrypoint.sh /usr/local/bin/deployguard-entrypoint
# numeric, so Kubernetes can verify runAsNonRoot
USER 10001:10001
EXPOSE 8000 9464
ENTRYPOINT ["/usr/bin/tini", "--", "/usr/local/bin/deployguard-entrypoint"]
CMD ["api"]
