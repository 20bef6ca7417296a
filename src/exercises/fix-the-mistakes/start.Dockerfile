FROM node:24 AS Builder
WORKDIR /app
COPY . .
RUN npm ci && npm run build

FROM node:24
WORKDIR /app
COPY --from=biulder /app /app
CMD ["node", "dist/server.js"]
