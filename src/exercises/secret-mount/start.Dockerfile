# The app depends on @acme/ui-kit, a package on the company's private registry,
# which wants a token. Build with: docker build --build-arg NPM_TOKEN=… .
FROM node:24 AS build
WORKDIR /app
ARG NPM_TOKEN
COPY package.json package-lock.json ./
RUN echo "@acme:registry=https://npm.acme.example/" > .npmrc \
 && echo "//npm.acme.example/:_authToken=${NPM_TOKEN}" >> .npmrc \
 && npm ci
COPY . .
RUN npm run build

FROM node:24-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
# The runtime needs @acme/ui-kit as well, so it takes the .npmrc along.
COPY --from=build /app/package.json /app/package-lock.json /app/.npmrc ./
RUN npm ci --omit=dev && rm .npmrc
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/server.js"]
