# syntax=docker/dockerfile:1
FROM node:24 AS build
WORKDIR /app
# The manifests change rarely: install from them alone, so the layer stays cached.
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci
# The source changes all the time: copy it after the install.
COPY . .
RUN npm run build

FROM node:24-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/server.js"]
