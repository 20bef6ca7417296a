# Manifests once, in a base that the installs and the runtime share.
FROM node:24-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./

FROM base AS dev-deps
RUN npm ci

FROM base AS prod-deps
RUN npm ci --omit=dev

FROM dev-deps AS build
COPY . .
RUN npm run build

FROM build AS test
RUN npm test

FROM base AS runtime
ENV NODE_ENV=production
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/server.js"]
