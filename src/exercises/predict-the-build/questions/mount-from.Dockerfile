FROM node:24 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM node:24 AS lint
WORKDIR /app
COPY . .
RUN npx eslint .

FROM node:24 AS build
WORKDIR /app
COPY . .
RUN --mount=type=bind,from=deps,source=/app/node_modules,target=/app/node_modules npm run build

FROM nginx:1.31-alpine AS site
COPY --from=build /app/dist /usr/share/nginx/html
